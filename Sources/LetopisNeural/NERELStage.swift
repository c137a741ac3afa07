import Foundation
import LetopisCore

/// Pipeline stage `nerel.letopis-cnn-v1`: mentions of NEREL's 29 entity types, possibly nested,
/// in ``Document/nerelMentions`` (the `nerel` layer; the PER/LOC/ORG `entities` layer is untouched).
///
/// As the slovnet NER stage, the model reads the whole document as one sequence of tokens, and a
/// mention spans from its first token's start to its last token's end.
public struct NERELStage: BatchStage {
    public let model: NERELModel
    public var name: String { "nerel.letopis-cnn-v1" }
    public var requires: Set<Layer> { [.tokens, .sentences] }
    public var produces: Set<Layer> { [.nerel] }

    public init(model: NERELModel) { self.model = model }

    public func process(batch documents: inout [Document]) {
        let encoded = documents.map { model.base.tokens.encode(document: $0) }
        let spans = model.spans(encoded: encoded)
        for (d, found) in spans.enumerated() {
            let tokens = documents[d].tokens
            documents[d].nerelMentions = found.compactMap { span in
                guard span.start >= 0, span.start < span.end, span.end <= tokens.count else { return nil }
                return Mention(TextRange(tokens[span.start].range.start, tokens[span.end - 1].range.end),
                               type: EntityType(rawValue: span.type))
            }
            documents[d].layers.formUnion(produces)
        }
    }
}
