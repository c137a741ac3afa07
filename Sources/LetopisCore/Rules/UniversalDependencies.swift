/// Universal Dependencies part of speech (UPOS), the 17 tags of UD v2.
public enum UPOS: String, Sendable, Hashable, CaseIterable {
    case adjective = "ADJ", adposition = "ADP", adverb = "ADV", auxiliary = "AUX"
    case coordinatingConjunction = "CCONJ", determiner = "DET", interjection = "INTJ", noun = "NOUN"
    case numeral = "NUM", particle = "PART", pronoun = "PRON", properNoun = "PROPN", punctuation = "PUNCT"
    case subordinatingConjunction = "SCONJ", symbol = "SYM", verb = "VERB", other = "X"

    /// A noun or a proper noun: the heads of the phrases rules look for.
    public var isNominal: Bool { self == .noun || self == .properNoun }
}

/// Grammatical case (UD `Case`), as Russian taggers give it.
public enum UDCase: String, Sendable, Hashable, CaseIterable {
    case nominative = "Nom", genitive = "Gen", dative = "Dat", accusative = "Acc"
    case instrumental = "Ins", locative = "Loc", vocative = "Voc", partitive = "Par"
}

public enum UDNumber: String, Sendable, Hashable, CaseIterable { case singular = "Sing", plural = "Plur" }
public enum UDGender: String, Sendable, Hashable, CaseIterable { case masculine = "Masc", feminine = "Fem", neuter = "Neut" }
public enum UDAnimacy: String, Sendable, Hashable, CaseIterable { case animate = "Anim", inanimate = "Inan" }
public enum UDVerbForm: String, Sendable, Hashable, CaseIterable {
    case finite = "Fin", infinitive = "Inf", participle = "Part", converb = "Conv"
}
public enum UDVoice: String, Sendable, Hashable, CaseIterable { case active = "Act", passive = "Pass", middle = "Mid" }
public enum UDTense: String, Sendable, Hashable, CaseIterable { case past = "Past", present = "Pres", future = "Fut" }
public enum UDPerson: String, Sendable, Hashable, CaseIterable { case first = "1", second = "2", third = "3" }
public enum UDAspect: String, Sendable, Hashable, CaseIterable { case imperfective = "Imp", perfective = "Perf" }
public enum UDMood: String, Sendable, Hashable, CaseIterable { case indicative = "Ind", imperative = "Imp", conditional = "Cnd" }
public enum UDDegree: String, Sendable, Hashable, CaseIterable { case positive = "Pos", comparative = "Cmp", superlative = "Sup" }
public enum UDPolarity: String, Sendable, Hashable, CaseIterable { case negative = "Neg" }

/// The UD features of one token as typed values; a feature the tagger did not give (or gave with a
/// value outside UD's inventory) is nil.
public struct UDFeatures: Sendable, Hashable {
    public var `case`: UDCase?
    public var number: UDNumber?
    public var gender: UDGender?
    public var animacy: UDAnimacy?
    public var verbForm: UDVerbForm?
    public var voice: UDVoice?
    public var tense: UDTense?
    public var person: UDPerson?
    public var aspect: UDAspect?
    public var mood: UDMood?
    public var degree: UDDegree?
    public var polarity: UDPolarity?

    public static let none = UDFeatures()

    public init() {}

    /// Typed features of a tag's `Name=Value` pairs.
    public init(_ pairs: [(String, String)]) {
        for (name, value) in pairs {
            switch name {
            case "Case": self.case = UDCase(rawValue: value)
            case "Number": number = UDNumber(rawValue: value)
            case "Gender": gender = UDGender(rawValue: value)
            case "Animacy": animacy = UDAnimacy(rawValue: value)
            case "VerbForm": verbForm = UDVerbForm(rawValue: value)
            case "Voice": voice = UDVoice(rawValue: value)
            case "Tense": tense = UDTense(rawValue: value)
            case "Person": person = UDPerson(rawValue: value)
            case "Aspect": aspect = UDAspect(rawValue: value)
            case "Mood": mood = UDMood(rawValue: value)
            case "Degree": degree = UDDegree(rawValue: value)
            case "Polarity": polarity = UDPolarity(rawValue: value)
            default: continue
            }
        }
    }
}

/// A UD v2 dependency relation: the universal relation and its language subtype (`obl:agent` →
/// `.obliqueNominal`, subtype `agent`). A label outside UD's inventory keeps its text in `label`.
public struct DependencyLabel: Sendable, Hashable, CustomStringConvertible {
    public let relation: UDRelation?
    public let subtype: Substring?
    public let label: String

    public init(_ label: String) {
        self.label = label
        if let colon = label.firstIndex(of: ":") {
            relation = UDRelation(rawValue: String(label[..<colon]))
            subtype = label[label.index(after: colon)...]
        } else {
            relation = UDRelation(rawValue: label)
            subtype = nil
        }
    }

    public var description: String { label }
}

/// The 37 universal dependency relations of UD v2.
public enum UDRelation: String, Sendable, Hashable, CaseIterable {
    case clausalModifierOfNoun = "acl", adverbialClause = "advcl", adverbialModifier = "advmod"
    case adjectivalModifier = "amod", appositional = "appos", auxiliary = "aux", caseMarker = "case"
    case coordinatingConjunction = "cc", clausalComplement = "ccomp", classifier = "clf", compound = "compound"
    case conjunct = "conj", copula = "cop", clausalSubject = "csubj", unspecified = "dep", determiner = "det"
    case discourse = "discourse", dislocated = "dislocated", expletive = "expl", fixed = "fixed", flat = "flat"
    case goesWith = "goeswith", indirectObject = "iobj", list = "list", marker = "mark"
    case nominalModifier = "nmod", nominalSubject = "nsubj", numericModifier = "nummod", object = "obj"
    case obliqueNominal = "obl", orphan = "orphan", parataxis = "parataxis", punctuation = "punct"
    case reparandum = "reparandum", root = "root", vocative = "vocative", openClausalComplement = "xcomp"
}
