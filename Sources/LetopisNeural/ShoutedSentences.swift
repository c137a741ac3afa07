import LetopisCore

/// How a word of an all-capitals sentence would be written in ordinary text.
public enum OrdinaryCase: Sendable {
    /// `ПУТИН` → `Путин`: a name.
    case title
    /// `ВСТРЕТИЛСЯ` → `встретился`.
    case lower
    /// `МИД`, `США`: an abbreviation stays in capitals.
    case upper
}

/// All-capitals headlines (`ПРЕЗИДЕНТ РОССИИ ВЛАДИМИР ПУТИН ВСТРЕТИЛСЯ С ...`) defeat the models, which learnt
/// names from capitalisation: every word has the abbreviation shape `XX`. The words keep their (lower-cased)
/// vocabulary ids; only their shapes are those of the sentence as ordinary text would write it, the first
/// word capitalised and the rest as `recase` says.
enum ShoutedSentences {
    static func recase(_ encoded: inout EncodedSequence, document: Document, encoder: TokenEncoder,
                       recase: (String) -> OrdinaryCase) {
        for sentence in document.validSentences where document.isShouted(sentence.tokens) {
            var first = true
            for t in sentence.tokens where document.tokens[t].kind == .word {
                let word = document.text(ofToken: t)
                guard word.unicodeScalars.contains(where: { $0.properties.isUppercase }) else { continue }
                let ordinary: String
                switch first ? .title : recase(word) {
                case .title: ordinary = word.prefix(1) + word.dropFirst().lowercased()
                case .lower: ordinary = word.lowercased()
                case .upper: ordinary = word
                }
                first = false
                encoded.shapes[t] = encoder.shapeIDs[WordShape.of(ordinary)] ?? encoder.shapePad
            }
        }
    }
}
