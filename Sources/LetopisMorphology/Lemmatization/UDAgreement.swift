import LetopisCore

/// Matching OpenCorpora analyses to Universal Dependencies tags, so the
/// dictionary's many readings of a word are narrowed by the tagger's context.
public enum UDAgreement {
    static let caseByUD: [String: Grammeme] = [
        "Nom": .nomn, "Gen": .gent, "Dat": .datv, "Acc": .accs, "Ins": .ablt, "Loc": .loct, "Voc": .voct, "Par": .gen2,
    ]
    static let numberByUD: [String: Grammeme] = ["Sing": .sing, "Plur": .plur]
    public static let genderByUD: [String: Grammeme] = ["Masc": .masc, "Fem": .femn, "Neut": .neut]

    /// OpenCorpora parts of speech a UD part of speech may correspond to.
    static func partsOfSpeech(_ ud: String) -> [Grammeme] {
        switch ud {
        case "NOUN", "PROPN": return [.NOUN]
        case "ADJ": return [.ADJF, .ADJS, .COMP, .PRTF, .NUMR]
        case "VERB": return [.VERB, .INFN, .PRTF, .PRTS, .GRND]
        case "AUX": return [.VERB, .INFN]
        case "ADV": return [.ADVB, .COMP, .PRED]
        case "PRON": return [.NPRO]
        case "DET": return [.ADJF, .NPRO]
        case "NUM": return [.NUMR, .ADJF]
        case "ADP": return [.PREP]
        case "CCONJ", "SCONJ": return [.CONJ]
        case "PART": return [.PRCL]
        case "INTJ": return [.INTJ]
        default: return []
        }
    }

    /// OpenCorpora case for a UD `Case` value.
    public static func caseGrammeme(_ ud: String?) -> Grammeme? { ud.flatMap { caseByUD[$0] } }

    private static let properKinds: Grammemes = [.Name, .Surn, .Geox, .Orgn]

    /// The parse that best agrees with a UD tag: same part of speech, then case,
    /// number and gender; pymorphy3's order breaks ties. Nil when `parses` is empty.
    public static func best(_ parses: [MorphParse], for tag: MorphTag?) -> MorphParse? {
        guard let tag else { return parses.first }
        let allowed = partsOfSpeech(tag.pos)
        // The tag's grammemes once, not once per reading.
        let wantedCase = caseByUD[tag.feature("Case") ?? ""]
        let wantedNumber = numberByUD[tag.feature("Number") ?? ""]
        let wantedGender = genderByUD[tag.feature("Gender") ?? ""]
        let proper = tag.pos == "PROPN"
        var best = -1
        var bestScore = Int.min
        for rank in parses.indices {
            let grammemes = parses[rank].tag.grammemes
            var score = 0
            if let pos = grammemes.first(in: .partsOfSpeech), allowed.contains(pos) { score += 8 }
            if let c = wantedCase, grammemes.contains(c) { score += 4 }
            if let n = wantedNumber, grammemes.contains(n) { score += 2 }
            if let g = wantedGender, grammemes.contains(g) { score += 1 }
            if proper && !grammemes.isDisjoint(with: properKinds) { score += 2 }
            score = score * 100 - rank
            if score > bestScore { bestScore = score; best = rank }
        }
        return best >= 0 ? parses[best] : nil
    }
}
