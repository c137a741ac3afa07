/// One analysis of a word: the form, its tag, its normal form, a score and how it was found.
///
/// ```swift
/// let p = morph.parse("Путиным")[0]
/// p.normalForm        // "путин"
/// p.tag.description   // "NOUN,anim,masc,Sgtm,Surn sing,ablt"
/// ```
public struct MorphParse: Hashable, Sendable, CustomStringConvertible {
    /// The form as analysed: lower-cased, with `ё` restored if the dictionary has it.
    public let word: String
    public let tag: OpencorporaTag
    /// The dictionary form (lemma), lower-cased.
    public let normalForm: String
    /// pymorphy3's score: P(tag | word) from OpenCorpora's corpus when known, else the
    /// unit's estimate, normalised to sum to 1.
    public let score: Double
    /// The stack of analyzer steps that produced the parse, innermost first (pymorphy3's `methods_stack`).
    public let methods: [ParseMethod]
    let tagID: Int32

    init(word: String, tagID: Int32, tag: OpencorporaTag, normalForm: String, score: Double, methods: [ParseMethod]) {
        self.word = word
        self.tagID = tagID
        self.tag = tag
        self.normalForm = normalForm
        self.score = score
        self.methods = methods
    }

    func with(word: String? = nil, normalForm: String? = nil, score: Double? = nil, methods: [ParseMethod]? = nil) -> MorphParse {
        MorphParse(word: word ?? self.word, tagID: tagID, tag: tag, normalForm: normalForm ?? self.normalForm,
                   score: score ?? self.score, methods: methods ?? self.methods)
    }

    /// Whether the form comes straight from the dictionary (not predicted).
    public var isKnown: Bool {
        if case .dictionary = methods.first, methods.count == 1 { return true }
        return false
    }

    public var description: String { "\(word) → \(normalForm) \(tag) \(score)" }
}

/// One step of an analysis, as pymorphy3 records it in `methods_stack`.
public enum ParseMethod: Hashable, Sendable, CustomStringConvertible {
    /// Found in `words.dawg`: the form as stored, its paradigm and form index.
    case dictionary(word: String, paradigm: Int, form: Int)
    /// A form built by analogy with a dictionary ending (KnownSuffixAnalyzer's stand-in dictionary).
    case suffixDictionary(word: String, paradigm: Int, form: Int)
    case firstNameInitial(String)
    case patronymicInitial(String)
    case number(String)
    case punctuation(String)
    case roman(String)
    case latin(String)
    case hyphenAdverb(String)
    case unknown(String)
    /// A particle after a hyphen (`-то`, `-ка`...), analysed without it.
    case particle(String)
    /// A known prefix (`анти`, `экс-`...) stripped and the rest analysed.
    case knownPrefix(String)
    /// One to five leading letters stripped and the rest looked up.
    case unknownPrefix(String)
    /// Predicted from the word's ending (the ending as matched).
    case knownSuffix(String)
    /// `интернет-магазин`: a fixed left part and the right part's analysis.
    case hyphenFixedLeft(left: String, right: [ParseMethod])
    /// `человек-гора`: both parts analysed and inflected together.
    case hyphenBoth(left: [ParseMethod], right: [ParseMethod])

    /// The pymorphy3 unit name.
    public var unitName: String {
        switch self {
        case .dictionary: "DictionaryAnalyzer"
        case .suffixDictionary: "FakeDictionary"
        case .firstNameInitial: "AbbreviatedFirstNameAnalyzer"
        case .patronymicInitial: "AbbreviatedPatronymicAnalyzer"
        case .number: "NumberAnalyzer"
        case .punctuation: "PunctuationAnalyzer"
        case .roman: "RomanNumberAnalyzer"
        case .latin: "LatinAnalyzer"
        case .hyphenAdverb: "HyphenAdverbAnalyzer"
        case .unknown: "UnknAnalyzer"
        case .particle: "HyphenSeparatedParticleAnalyzer"
        case .knownPrefix: "KnownPrefixAnalyzer"
        case .unknownPrefix: "UnknownPrefixAnalyzer"
        case .knownSuffix: "KnownSuffixAnalyzer"
        case .hyphenFixedLeft, .hyphenBoth: "HyphenatedWordsAnalyzer"
        }
    }

    public var description: String {
        switch self {
        case .dictionary(let w, let p, let f), .suffixDictionary(let w, let p, let f): "\(unitName)(\(w), \(p), \(f))"
        case .firstNameInitial(let s), .patronymicInitial(let s), .number(let s), .punctuation(let s), .roman(let s),
             .latin(let s), .hyphenAdverb(let s), .unknown(let s), .particle(let s), .knownPrefix(let s),
             .unknownPrefix(let s), .knownSuffix(let s): "\(unitName)(\(s))"
        case .hyphenFixedLeft(let left, let right): "\(unitName)(\(left), \(right))"
        case .hyphenBoth(let left, let right): "\(unitName)(\(left), \(right))"
        }
    }
}

extension MorphParse {
    /// A proper name by the dictionary's tags: a first name, surname, patronymic, place or organisation.
    /// What decides whether a word written in capitals is capitalised in ordinary text.
    public var isProperName: Bool {
        tag.contains(.Name) || tag.contains(.Surn) || tag.contains(.Patr) || tag.contains(.Geox) || tag.contains(.Orgn)
    }
}
