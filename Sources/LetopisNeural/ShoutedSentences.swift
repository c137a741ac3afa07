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
    /// Words with at least two letters that a sentence needs, all in capitals, to count as shouted.
    static let minimumWords = 3

    static func recase(_ encoded: inout EncodedSequence, document: Document, encoder: TokenEncoder,
                       recase: (String) -> OrdinaryCase) {
        for sentence in document.validSentences where isShouted(sentence.tokens, document) {
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

    /// Every word with letters is in capitals, and there are at least `minimumWords` of two letters or more.
    static func isShouted(_ tokens: Range<Int>, _ document: Document) -> Bool {
        var long = 0
        for t in tokens where document.tokens[t].kind == .word {
            let scalars = document.text(ofToken: t).unicodeScalars
            if scalars.contains(where: { $0.properties.isLowercase }) { return false }
            if scalars.filter({ $0.properties.isUppercase }).count >= 2 { long += 1 }
        }
        return long >= minimumWords
    }
}
