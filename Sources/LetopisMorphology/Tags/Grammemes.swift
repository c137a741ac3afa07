/// A set of grammemes, stored as a 128-bit mask.
///
/// ```swift
/// let wanted: Grammemes = [.nomn, .sing]
/// parse.tag.grammemes.isSuperset(of: wanted)
/// ```
/// - Complexity: every set operation is O(1).
public struct Grammemes: SetAlgebra, Hashable, Sendable, Sequence, CustomStringConvertible {
    public typealias Element = Grammeme

    @usableFromInline var low: UInt64
    @usableFromInline var high: UInt64

    @inlinable public init() { low = 0; high = 0 }
    @inlinable init(low: UInt64, high: UInt64) { self.low = low; self.high = high }

    public init<S: Sequence>(_ sequence: S) where S.Element == Grammeme {
        self.init()
        for g in sequence { insert(g) }
    }

    /// The grammemes named in `names` (Latin OpenCorpora names); `nil` if one is unknown.
    public init?(names: some Sequence<some StringProtocol>) {
        self.init()
        for name in names {
            guard let g = Grammeme(name: name) else { return nil }
            insert(g)
        }
    }

    @inlinable public var isEmpty: Bool { low == 0 && high == 0 }
    @inlinable public var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }

    @inlinable public func contains(_ member: Grammeme) -> Bool {
        let bit = Int(member.rawValue)
        return bit < 64 ? (low >> UInt64(bit)) & 1 == 1 : (high >> UInt64(bit - 64)) & 1 == 1
    }

    @inlinable public func union(_ other: Grammemes) -> Grammemes { Grammemes(low: low | other.low, high: high | other.high) }
    @inlinable public func intersection(_ other: Grammemes) -> Grammemes { Grammemes(low: low & other.low, high: high & other.high) }
    @inlinable public func symmetricDifference(_ other: Grammemes) -> Grammemes { Grammemes(low: low ^ other.low, high: high ^ other.high) }
    @inlinable public func subtracting(_ other: Grammemes) -> Grammemes { Grammemes(low: low & ~other.low, high: high & ~other.high) }
    @inlinable public func isSubset(of other: Grammemes) -> Bool { low & ~other.low == 0 && high & ~other.high == 0 }
    @inlinable public func isSuperset(of other: Grammemes) -> Bool { other.isSubset(of: self) }
    @inlinable public func isDisjoint(with other: Grammemes) -> Bool { low & other.low == 0 && high & other.high == 0 }

    @inlinable @discardableResult
    public mutating func insert(_ newMember: Grammeme) -> (inserted: Bool, memberAfterInsert: Grammeme) {
        let had = contains(newMember)
        let bit = Int(newMember.rawValue)
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
        return (!had, newMember)
    }

    @inlinable @discardableResult
    public mutating func remove(_ member: Grammeme) -> Grammeme? {
        guard contains(member) else { return nil }
        let bit = Int(member.rawValue)
        if bit < 64 { low &= ~(1 << UInt64(bit)) } else { high &= ~(1 << UInt64(bit - 64)) }
        return member
    }

    @inlinable @discardableResult
    public mutating func update(with newMember: Grammeme) -> Grammeme? {
        insert(newMember).inserted ? nil : newMember
    }

    @inlinable public mutating func formUnion(_ other: Grammemes) { self = union(other) }
    @inlinable public mutating func formIntersection(_ other: Grammemes) { self = intersection(other) }
    @inlinable public mutating func formSymmetricDifference(_ other: Grammemes) { self = symmetricDifference(other) }
    @inlinable public mutating func subtract(_ other: Grammemes) { self = subtracting(other) }

    /// The grammemes in table order.
    public func makeIterator() -> IndexingIterator<[Grammeme]> {
        var all: [Grammeme] = []
        for i in 0..<128 where contains(Grammeme(rawValue: UInt8(i))) { all.append(Grammeme(rawValue: UInt8(i))) }
        return all.makeIterator()
    }

    /// The first grammeme (in table order) that is also in `category`.
    @inlinable public func first(in category: Grammemes) -> Grammeme? {
        let l = low & category.low
        if l != 0 { return Grammeme(rawValue: UInt8(l.trailingZeroBitCount)) }
        let h = high & category.high
        if h != 0 { return Grammeme(rawValue: UInt8(64 + h.trailingZeroBitCount)) }
        return nil
    }

    public var description: String { "[" + map(\.name).joined(separator: ", ") + "]" }
}

extension Grammemes {
    /// Parts of speech (`NOUN`, `ADJF`, ... `INTJ`); pymorphy3's `PARTS_OF_SPEECH`.
    public static let partsOfSpeech: Grammemes = [.NOUN, .ADJF, .ADJS, .COMP, .VERB, .INFN, .PRTF, .PRTS, .GRND,
                                                  .NUMR, .ADVB, .NPRO, .PRED, .PREP, .CONJ, .PRCL, .INTJ]
    public static let animacies: Grammemes = [.anim, .inan]
    public static let genders: Grammemes = [.masc, .femn, .neut]
    public static let numbers: Grammemes = [.sing, .plur]
    public static let cases: Grammemes = [.nomn, .gent, .datv, .accs, .ablt, .loct, .voct, .gen1, .gen2, .acc2, .loc1, .loc2]
    public static let aspects: Grammemes = [.perf, .impf]
    public static let transitivities: Grammemes = [.tran, .intr]
    public static let persons: Grammemes = [.per1, .per2, .per3]
    public static let tenses: Grammemes = [.pres, .past, .futr]
    public static let moods: Grammemes = [.indc, .impr]
    public static let voices: Grammemes = [.actv, .pssv]
    public static let involvements: Grammemes = [.incl, .excl]
    /// Grammemes of closed classes, which analogy units never predict (pymorphy3's `_NON_PRODUCTIVE_GRAMMEMES`).
    public static let nonProductive: Grammemes = [.NUMR, .NPRO, .PRED, .PREP, .CONJ, .PRCL, .INTJ, .Apro]
    /// The name grammemes of a person or place or organisation.
    public static let nameParts: Grammemes = [.Name, .Surn, .Patr]
}
