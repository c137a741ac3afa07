/// One OpenCorpora grammeme (`NOUN`, `nomn`, `sing`, `Surn`, ...).
///
/// A grammeme is a small index into a fixed table (``Grammeme/table``), so sets of
/// grammemes are two machine words (``Grammemes``).
///
/// ```swift
/// Grammeme(name: "nomn") == .nomn   // true
/// Grammeme.Surn.name                // "Surn"
/// ```
public struct Grammeme: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The grammeme named `name` in OpenCorpora's Latin notation, or `nil` if unknown.
    public init?(name: some StringProtocol) {
        guard let index = Grammeme.indexByName[String(name)] else { return nil }
        self.rawValue = index
    }

    /// The OpenCorpora name (`"nomn"`).
    public var name: String { row?.name ?? "?\(rawValue)" }
    /// The Cyrillic alias (`"им"`).
    public var cyrillicName: String { row?.alias ?? "?\(rawValue)" }
    /// The parent grammeme in OpenCorpora's hierarchy (`nomn` → `CAse`), if any.
    public var parent: Grammeme? { row.flatMap { Grammeme(name: $0.parent) } }

    private var row: (name: String, parent: String, alias: String)? {
        Int(rawValue) < Grammeme.table.count ? Grammeme.table[Int(rawValue)] : nil
    }

    public var description: String { name }

    public static func < (a: Grammeme, b: Grammeme) -> Bool { a.rawValue < b.rawValue }

    /// How many grammemes the table holds (at most 128, the width of ``Grammemes``).
    public static var count: Int { table.count }

    static let indexByName: [String: UInt8] = {
        var map: [String: UInt8] = [:]
        for (i, row) in table.enumerated() { map[row.name] = UInt8(i) }
        return map
    }()
}
