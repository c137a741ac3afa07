import LetopisCore

/// Pipeline stage: fills `timexes` from the tokens, anchored on the publication date.
///
/// With no publication date the values stay relative (`XXXX-07`, `XXXX-12-07`):
/// the stage never reads the clock. Impossible dates go to the document's warnings.
public struct TimexStage: Stage {
    public let tagger: TimeExpressionTagger
    public var name: String { "time.rules.v1" }
    public var requires: Set<Layer> { [.tokens] }
    public var produces: Set<Layer> { [.timexes] }

    public init(tagger: TimeExpressionTagger = TimeExpressionTagger()) {
        self.tagger = tagger
    }

    public func process(_ document: inout Document) throws {
        // A malformed table of `Lexicons/` (caught by the tests before a release) is every document's error.
        if case .failure(let error) = TimeLexicon.shipped { throw error }
        let (timexes, warnings) = tagger.tag(document.utf8, tokens: document.tokens, anchor: document.published?.date)
        document.timexes = timexes
        document.warnings += warnings
        document.layers.formUnion(produces)
    }
}
