/// A morphological tag in OpenCorpora notation: `NOUN,anim,masc,Sgtm,Surn sing,ablt`.
///
/// The grammemes before the space belong to the lexeme, those after it to the form;
/// ``description`` gives the tag back exactly as pymorphy3 prints it.
///
/// ```swift
/// let tag = OpencorporaTag("NOUN,inan,femn,Sgtm,Geox sing,loct")!
/// tag.POS      // .NOUN
/// tag.case     // .loct
/// tag.contains([.Geox, .sing])   // true
/// ```
public struct OpencorporaTag: Hashable, Sendable, CustomStringConvertible {
    /// The tag as OpenCorpora writes it.
    public let string: String
    /// Every grammeme of the tag, as a set.
    public let grammemes: Grammemes
    /// The first grammeme written (the part of speech for dictionary tags; `NUMB`, `LATN`... otherwise).
    public let leading: Grammeme?

    /// Parses a tag; `nil` if it is empty or names a grammeme outside ``Grammeme/table``.
    public init?(_ string: String) {
        var set = Grammemes()
        var first: Grammeme?
        // Split on the bytes ',' and ' ' (ASCII, so never inside a character): splitting the
        // String itself would walk grapheme clusters, and the dictionary parses 5,000 tags at load.
        let bytes = Array(string.utf8)
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x2C || bytes[end] == 0x20 {
            defer { start = end + 1 }
            guard end > start else { continue }
            guard let g = Grammeme(name: String(decoding: bytes[start..<end], as: UTF8.self)) else { return nil }
            if first == nil { first = g }
            set.insert(g)
        }
        guard first != nil else { return nil }
        self.string = string
        self.grammemes = set
        self.leading = first
    }

    public var description: String { string }

    /// Whether every grammeme of `required` is in the tag.
    @inlinable public func contains(_ required: Grammemes) -> Bool { grammemes.isSuperset(of: required) }
    /// Whether `grammeme` is in the tag.
    @inlinable public func contains(_ grammeme: Grammeme) -> Bool { grammemes.contains(grammeme) }

    public var POS: Grammeme? { grammemes.first(in: .partsOfSpeech) }
    public var animacy: Grammeme? { grammemes.first(in: .animacies) }
    public var aspect: Grammeme? { grammemes.first(in: .aspects) }
    public var `case`: Grammeme? { grammemes.first(in: .cases) }
    public var gender: Grammeme? { grammemes.first(in: .genders) }
    public var involvement: Grammeme? { grammemes.first(in: .involvements) }
    public var mood: Grammeme? { grammemes.first(in: .moods) }
    public var number: Grammeme? { grammemes.first(in: .numbers) }
    public var person: Grammeme? { grammemes.first(in: .persons) }
    public var tense: Grammeme? { grammemes.first(in: .tenses) }
    public var transitivity: Grammeme? { grammemes.first(in: .transitivities) }
    public var voice: Grammeme? { grammemes.first(in: .voices) }

    /// pymorphy3's `is_productive`: no closed-class grammeme (analogy units may predict it).
    public var isProductive: Bool { grammemes.isDisjoint(with: .nonProductive) }
    /// pymorphy3's `_is_unknown`: the leading grammeme is not a part of speech (`UNKN`, `LATN`, `NUMB`...).
    public var isUnknown: Bool { !(leading.map { Grammemes.partsOfSpeech.contains($0) } ?? false) }
}
