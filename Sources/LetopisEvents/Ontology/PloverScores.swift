import LetopisCore

/// PLOVER's conflict–cooperation score (`event_scale`) of each type and PLOVER mode, from
/// `plover-scores.tsv` (transcribed from the manual's table; checked as it is read).
///
/// ```swift
/// try PloverScores.table().score(type: "CONSULT", ploverMode: "visit")   // 4
/// ```
public struct PloverScores: Sendable {
    private var scores: [String: Double] = [:]
    public static let file = "plover-scores.tsv"

    public init(_ text: String) throws {
        for (n, f) in OntologyResource.rows(text) {
            guard f.count == 3 else { throw OntologyResource.corrupt(Self.file, n, "expected 3 tab-separated fields, found \(f.count)") }
            guard PloverOntology.types.contains(EventType(rawValue: f[0])) else {
                throw OntologyResource.corrupt(Self.file, n, "'\(f[0])' is not a PLOVER type")
            }
            guard f[1] == "-" || PloverOntology.ploverModes[f[0]]?.contains(f[1]) == true else {
                throw OntologyResource.corrupt(Self.file, n, "'\(f[1])' is not a PLOVER mode of \(f[0])")
            }
            guard let s = Double(f[2]), (-10...10).contains(s) else {
                throw OntologyResource.corrupt(Self.file, n, "score '\(f[2])' is not a number in -10 … 10")
            }
            scores[f[0] + "\t" + f[1]] = s
        }
    }

    /// The score of a type with a PLOVER mode, or of the type alone when the mode has none.
    public func score(type: EventType, ploverMode: String?) -> Double? {
        if let m = ploverMode, let s = scores[type.rawValue + "\t" + m] { return s }
        return scores[type.rawValue + "\t-"]
    }

    public static let shipped: Result<PloverScores, LetopisError> = {
        Result { try PloverScores(OntologyResource.text(file)) }
            .mapError { $0 as? LetopisError ?? LetopisError(.modelCorrupt, message: "\($0)") }
    }()

    public static func table() throws -> PloverScores { try shipped.get() }

    /// No scores: every lookup answers nil.
    public static let empty = PloverScores()
    private init() {}
}
