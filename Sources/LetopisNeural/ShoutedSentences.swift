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
/// word capitalised and the rest as `recase` says. In a text written all in capitals
/// (``LetopisCore/TextCasing/upperCase``) every sentence is, however short.
enum ShoutedSentences {
    static func recase(_ encoded: inout EncodedSequence, document: Document, encoder: TokenEncoder,
                       recase: (String) -> OrdinaryCase) {
        for sentence in document.validSentences where document.isInCapitals(sentence.tokens) {
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

/// A text typed without capitals (``LetopisCore/TextCasing/lowerCase``: `путин встретился с си цзиньпином`)
/// gives the models no capitalised word, so they find no names. As for a shouted headline, the words keep
/// their vocabulary ids and get the shapes of their ordinary spelling: each sentence's first word
/// capitalised, the rest as `recase` says (names and unknown words capitalised, abbreviations in capitals).
/// Words that have a capital already (`МИД`, `iPhone`) and shouted sentences (recased by ``ShoutedSentences``)
/// keep theirs.
enum LowerCaseText {
    static func recase(_ encoded: inout EncodedSequence, document: Document, encoder: TokenEncoder,
                       recase: (String) -> OrdinaryCase) {
        guard document.casing == .lowerCase else { return }
        for sentence in document.validSentences where !document.isInCapitals(sentence.tokens) {
            var first = true
            for t in sentence.tokens where document.tokens[t].kind == .word {
                let word = document.text(ofToken: t)
                let scalars = word.unicodeScalars
                let lower = scalars.contains(where: { $0.properties.isLowercase })
                let upper = scalars.contains(where: { $0.properties.isUppercase })
                guard lower || upper else { continue }
                defer { first = false }
                guard lower && !upper else { continue }
                let ordinary: String
                let dictionary = recase(word)
                // A sentence's first word is capitalised, an abbreviation there still written in capitals (`мид`).
                switch first && dictionary != .upper ? .title : dictionary {
                case .title: ordinary = word.prefix(1).uppercased() + word.dropFirst()
                case .upper: ordinary = word.uppercased()
                case .lower: continue
                }
                encoded.shapes[t] = encoder.shapeIDs[WordShape.of(ordinary)] ?? encoder.shapePad
            }
        }
    }
}
