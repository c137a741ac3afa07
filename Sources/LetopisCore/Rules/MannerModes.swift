/// Modes that say only how an act was done, which one report names and another leaves out (`ВСУ нанесли удар` /
/// `нанесли удар ракетами`; `Путин обсудил с Эрдоганом` / `провёл телефонный разговор`). Two tellings of one act
/// that differ only so are one act: within a document (the extractor's merger) and across documents (corpus
/// events). Modes that make another act — a visit against a meeting during it, a sentence against a sanction, a
/// signing against an agreement, a killing against an attack — are not listed: there a missing mode is a different
/// happening as often as not, and PLOVER codes them as two records.
public enum MannerModes {
    /// Manner modes by event type (PLOVER type names).
    public static let byType: [String: Set<String>] = [
        "ASSAULT": ["artillery", "aerial", "explosives", "firearms", "drone", "missile"],
        "CONSULT": ["phone"],
        "PROTEST": ["demonstrate"],
    ]

    /// Whether a mode of a type says only how the act was done.
    public static func isManner(type: String, _ mode: String) -> Bool {
        byType[type]?.contains(mode) ?? false
    }

    /// Whether two modes of one type tell one kind of act: equal, or one absent and the other only a manner.
    public static func compatible(type: String, _ a: String?, _ b: String?) -> Bool {
        if a == b { return true }
        guard let given = a ?? b, a == nil || b == nil else { return false }
        return isManner(type: type, given)
    }
}
