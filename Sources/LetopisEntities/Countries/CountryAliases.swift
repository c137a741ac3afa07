import LetopisCore

/// Country aliases Letopis writes itself: what Foundation's country names (`Locale(identifier: "ru")`)
/// do not carry — short forms, adjectives, capitals and seats of government. The data is
/// `Lexicons/country-aliases.tsv` (one country a line, items separated by `|`); short forms are
/// matched as written (case matters for abbreviations), the other columns on folded lemmas.
enum CountryAliases {
    struct Entry: Sendable {
        var code: CountryCode
        var shortForms: [String]
        var adjectives: [String]
        var capitals: [String]
        var seats: [String]
    }

    static let columns: [LexiconTable.Column] = [
        .text("code"), .text("short_forms"), .text("adjectives", optional: true),
        .text("capitals", optional: true), .text("seats", optional: true),
    ]

    static func entries(_ bytes: [UInt8]) throws(LetopisError) -> [Entry] {
        let table = try LexiconTable(file: "country-aliases.tsv", bytes: bytes, columns: columns, key: ["code"])
        var out: [Entry] = []
        for row in table.rows {
            guard row["code"].count == 2, row["code"].allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw LetopisError(.modelCorrupt, subject: "country-aliases.tsv:\(row.line)",
                                   message: "'\(row["code"])' is not an ISO 3166-1 alpha-2 code",
                                   remedy: "write the country's two capital letters (RU, SY) and rebuild Letopis")
            }
            func items(_ column: String) -> [String] { row[column].split(separator: "|").map(String.init) }
            out.append(Entry(code: CountryCode(rawValue: row["code"]), shortForms: items("short_forms"),
                             adjectives: items("adjectives"), capitals: items("capitals"), seats: items("seats")))
        }
        return out
    }

    /// Every alias entry, from the module's table.
    static var entries: [Entry] { EntityLexicons.shared.countryAliases }
}
