/// A lexicon or rule table kept as a TSV data file of a package, read by one validating loader.
///
/// The file format (documented in `Docs/lexicons.md`):
/// - UTF-8; lines starting with `#` and empty lines are comments;
/// - the first other line is the header, the column names separated by tabs, which must equal
///   the columns the code declares (so a column cannot be silently shifted);
/// - every further line is a row with exactly as many tab-separated fields (an optional column
///   may be empty).
///
/// Word and phrase columns are folded by ``TextFolding`` (so `ё` and `е` are one letter to every
/// rule); choice columns must hold one of their declared values; duplicate keys are refused with
/// both line numbers. Every failure is a ``LetopisError`` naming `file:line` and the fix.
///
/// ```swift
/// let table = try LexiconTable(file: "titles.tsv", bytes: PackageResources.titles_tsv,
///                              columns: [.phrase("title"), .choice("sector", ["government", "military"])],
///                              key: ["title"])
/// for row in table.rows { row["title"] ... }
/// ```
public struct LexiconTable: Sendable {
    public struct Column: Sendable {
        public enum Kind: Sendable, Equatable {
            /// One word, folded; no spaces.
            case word
            /// Words separated by single spaces, folded.
            case phrase
            /// Text kept as written (a note, a code, a pattern).
            case text
            /// One of the listed values, as written.
            case choice(Set<String>)
            /// A whole number.
            case integer
            /// A decimal number.
            case number
        }

        public let name: String
        public let kind: Kind
        public let optional: Bool

        public init(_ name: String, _ kind: Kind, optional: Bool = false) {
            self.name = name
            self.kind = kind
            self.optional = optional
        }

        public static func word(_ name: String, optional: Bool = false) -> Column { Column(name, .word, optional: optional) }
        public static func phrase(_ name: String, optional: Bool = false) -> Column { Column(name, .phrase, optional: optional) }
        public static func text(_ name: String, optional: Bool = false) -> Column { Column(name, .text, optional: optional) }
        public static func choice(_ name: String, _ values: Set<String>, optional: Bool = false) -> Column {
            Column(name, .choice(values), optional: optional)
        }
        public static func integer(_ name: String, optional: Bool = false) -> Column { Column(name, .integer, optional: optional) }
        public static func number(_ name: String, optional: Bool = false) -> Column { Column(name, .number, optional: optional) }
    }

    /// One row: its fields by column name, already validated and folded.
    public struct Row: Sendable {
        /// 1-based line number in the file, for messages.
        public let line: Int
        public let fields: [String]
        let columnIndex: [String: Int]

        /// The field of a declared column (empty for an optional column left empty; a column name
        /// the table does not declare is a programming error caught by the table's own test).
        public subscript(_ column: String) -> String {
            guard let i = columnIndex[column], i < fields.count else { return "" }
            return fields[i]
        }

        /// The field as an integer; nil when empty.
        public func integer(_ column: String) -> Int? { Int(self[column]) }

        /// The field as a number; nil when empty.
        public func number(_ column: String) -> Double? { Double(self[column]) }

        /// The words of a phrase column.
        public func words(_ column: String) -> [String] { self[column].split(separator: " ").map(String.init) }
    }

    public let file: String
    public let columns: [Column]
    public let rows: [Row]

    /// Reads and validates a table; throws on the first bad line.
    public init(file: String, bytes: [UInt8], columns: [Column], key: [String] = []) throws(LetopisError) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Self.corrupt(file, nil, "not UTF-8 text")
        }
        try self.init(file: file, text: text, columns: columns, key: key)
    }

    public init(file: String, text: String, columns: [Column], key: [String] = []) throws(LetopisError) {
        self.file = file
        self.columns = columns
        var columnIndex: [String: Int] = [:]
        for (i, column) in columns.enumerated() { columnIndex[column.name] = i }
        for k in key where columnIndex[k] == nil {
            throw Self.corrupt(file, nil, "key column '\(k)' is not a declared column")
        }
        var rows: [Row] = []
        var headerSeen = false
        var firstLineOfKey: [[String]: Int] = [:]
        // Lines and fields are cut on bytes (`\n`, `\t` are ASCII): the tables are parsed at every
        // process start, and cutting by Characters costs grapheme breaking over every byte.
        for (offset, raw) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = raw.last == UInt8(ascii: "\r") ? raw.dropLast() : raw
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard headerSeen else {
                let expected = columns.map(\.name)
                guard fields == expected else {
                    throw Self.corrupt(file, number, "header is '\(fields.joined(separator: " | "))', expected '\(expected.joined(separator: " | "))'")
                }
                headerSeen = true
                continue
            }
            guard fields.count == columns.count else {
                throw Self.corrupt(file, number, "\(fields.count) fields, expected \(columns.count) (\(columns.map(\.name).joined(separator: ", ")))")
            }
            var values: [String] = []
            values.reserveCapacity(fields.count)
            for (column, field) in zip(columns, fields) {
                values.append(try Self.validate(field, column, file, number))
            }
            let row = Row(line: number, fields: values, columnIndex: columnIndex)
            if !key.isEmpty {
                let keyValues = key.map { row[$0] }
                if let first = firstLineOfKey[keyValues] {
                    throw Self.corrupt(file, number, "duplicate of line \(first) (\(key.joined(separator: ", ")): \(keyValues.joined(separator: " | ")))")
                }
                firstLineOfKey[keyValues] = number
            }
            rows.append(row)
        }
        guard headerSeen else { throw Self.corrupt(file, nil, "no header line") }
        self.rows = rows
    }

    private static func validate(_ field: String, _ column: Column, _ file: String, _ line: Int) throws(LetopisError) -> String {
        if field.isEmpty {
            guard column.optional else { throw corrupt(file, line, "column '\(column.name)' is empty") }
            return field
        }
        guard field.first?.isWhitespace != true, field.last?.isWhitespace != true else {
            throw corrupt(file, line, "column '\(column.name)' has spaces around '\(field)'")
        }
        switch column.kind {
        case .word:
            let folded = TextFolding.fold(field)
            guard !folded.contains(" ") else { throw corrupt(file, line, "column '\(column.name)' holds one word, got '\(field)'") }
            return folded
        case .phrase:
            return TextFolding.foldWords(field).joined(separator: " ")
        case .text:
            return field
        case .choice(let values):
            guard values.contains(field) else {
                throw corrupt(file, line, "'\(field)' is not a value of column '\(column.name)' (\(values.sorted().joined(separator: ", ")))")
            }
            return field
        case .integer:
            guard Int(field) != nil else { throw corrupt(file, line, "column '\(column.name)' holds a whole number, got '\(field)'") }
            return field
        case .number:
            guard Double(field) != nil else { throw corrupt(file, line, "column '\(column.name)' holds a number, got '\(field)'") }
            return field
        }
    }

    static func corrupt(_ file: String, _ line: Int?, _ message: String) -> LetopisError {
        LetopisError(.modelCorrupt, subject: line.map { "\(file):\($0)" } ?? file, message: message,
                     remedy: "fix the data file (format in Docs/lexicons.md) and rebuild Letopis")
    }

    // MARK: - Common shapes

    /// A one-column word list as a set of folded words.
    public static func wordSet(file: String, bytes: [UInt8], column: String = "word") throws(LetopisError) -> Set<String> {
        let table = try LexiconTable(file: file, bytes: bytes, columns: [.word(column)], key: [column])
        return Set(table.rows.map { $0[column] })
    }

    /// A one-column phrase list as a set of folded phrases (words joined by single spaces).
    public static func phraseSet(file: String, bytes: [UInt8], column: String = "phrase") throws(LetopisError) -> Set<String> {
        let table = try LexiconTable(file: file, bytes: bytes, columns: [.phrase(column)], key: [column])
        return Set(table.rows.map { $0[column] })
    }
}

