import LetopisCore

/// Word lists the tokenizer, the sentence splitter and the readers consult, read from the TSV files
/// of `Sources/LetopisText/Lexicons` (embedded in the binary) by ``LexiconTable`` and kept as 64-bit
/// hashes of lower-cased scalars (see ``Abbreviations/hash(_:)``), so that a look-up in the hot loop
/// allocates nothing.
///
/// A malformed table is a ``LetopisError`` naming `file:line` (``shipped``), which
/// ``SegmentationStage`` throws; a test loads every table, so a release never carries one.
struct SegmentationLexicon: Sendable {
    /// `abbreviations.tsv`: abbreviations whose full stop does not end a sentence.
    var abbreviationHashes: Set<UInt64> = []
    /// `abbreviation-pairs.tsv`: `т.е.`, hashed as `hash(first) &* 31 &+ hash(second)`.
    var pairHashes: Set<UInt64> = []
    /// `list-closers.tsv`: `и` before `пр.`, `др.`.
    var listCloserHashes: Set<UInt64> = []
    /// `domain-zones.tsv`: `ru`, `рф`.
    var domainZoneHashes: Set<UInt64> = []
    /// `months.tsv`: exact forms and stems of month names.
    var monthForms: [String: Int] = [:]
    var monthStems: [(stem: String, month: Int)] = []

    /// An empty lexicon: no abbreviation, zone or month is known.
    init() {}

    /// The shipped tables, or the error that stopped them loading.
    static let shipped: Result<SegmentationLexicon, LetopisError> = Result { () throws(LetopisError) in try SegmentationLexicon(loading: ()) }

    /// The shipped tables; empty when they failed to load (``SegmentationStage`` then throws the error).
    static let shared: SegmentationLexicon = (try? shipped.get()) ?? SegmentationLexicon()

    init(loading: Void) throws(LetopisError) {
        let groups: Set<String> = ["place", "title", "reference", "language", "qualifier"]
        let abbreviations = try LexiconTable(file: "abbreviations.tsv", bytes: PackageResources.abbreviations_tsv,
                                             columns: [.word("abbreviation"), .choice("group", groups)], key: ["abbreviation"])
        abbreviationHashes = Set(abbreviations.rows.map { Abbreviations.hash($0["abbreviation"]) })
        let pairs = try LexiconTable(file: "abbreviation-pairs.tsv", bytes: PackageResources.abbreviation_pairs_tsv,
                                     columns: [.word("first"), .word("second")], key: ["first", "second"])
        pairHashes = Set(pairs.rows.map { Abbreviations.hash($0["first"]) &* 31 &+ Abbreviations.hash($0["second"]) })
        listCloserHashes = Set(try LexiconTable.wordSet(file: "list-closers.tsv", bytes: PackageResources.list_closers_tsv).map(Abbreviations.hash))
        domainZoneHashes = Set(try LexiconTable.wordSet(file: "domain-zones.tsv", bytes: PackageResources.domain_zones_tsv, column: "zone")
            .map(Abbreviations.hash))
        let months = try LexiconTable(file: "months.tsv", bytes: PackageResources.months_tsv,
                                      columns: [.integer("value"), .word("stem", optional: true), .phrase("forms")], key: ["value"])
        for row in months.rows {
            guard let m = row.integer("value"), (1...12).contains(m) else {
                throw LetopisError(.modelCorrupt, subject: "months.tsv:\(row.line)", message: "'\(row["value"])' is not a month number 1-12",
                                   remedy: "fix the data file (format in Docs/lexicons.md) and rebuild Letopis")
            }
            if !row["stem"].isEmpty { monthStems.append((row["stem"], m)) }
            for form in row.words("forms") {
                if let other = monthForms[form], other != m {
                    throw LetopisError(.modelCorrupt, subject: "months.tsv:\(row.line)", message: "'\(form)' is also a form of month \(other)",
                                       remedy: "fix the data file (format in Docs/lexicons.md) and rebuild Letopis")
                }
                monthForms[form] = m
            }
        }
    }
}
