import LetopisCore

/// Word classes of `occupation-words.tsv`: what a word does for the occupation rules.
enum OccupationWord: String, CaseIterable, Sendable {
    case stop, preposition, listOpener = "list-opener", kinship, vagueAlone = "vague-alone"
    case qualifierPreposition = "qualifier-preposition", possessive
    case titleIntroducer = "title-introducer", appointment, copula, holderCopula = "holder-copula", post, occupying
    case bodyKind = "body-kind", stateBody = "state-body"
    case combiningForm = "combining-form", and, topicPreposition = "topic-preposition"
    case originPreposition = "origin-preposition", capitalisedOnly = "capitalised-only", rankPrefix = "rank-prefix", rank
}

/// What the entity stages know about Russian words, read once from the module's TSV tables
/// (`Sources/LetopisEntities/Lexicons/*.tsv`, format in `Docs/lexicons.md`) by ``LexiconTable``.
///
/// The tables ship inside the binary and a test loads every one, so a malformed table fails the
/// build's tests; the stage registry still calls ``check()`` before any document, so a bad build
/// stops with the `LetopisError` naming `file:line` rather than extracting with empty lists.
struct EntityLexicons: Sendable {
    typealias Title = (words: [String], sector: Sector)

    /// Job titles in file order.
    let titles: [Title]
    /// Titles by first word, longest first (`генеральный секретарь` before `секретарь`).
    let titlesByFirstWord: [String: [Title]]
    /// One-word titles and their sectors.
    let singleWordTitles: [String: Sector]
    /// Complements that change a title's sector (`оборона` → military).
    let complementSectors: [String: Sector]
    /// Descriptive titles → the title an analyst counts.
    let canonicalTitles: [String: String]
    private let wordClasses: [OccupationWord: Set<String>]
    /// Combining forms in file order (`медиа`, `видео`, ...), as bytes for cheap prefix tests.
    let combiningForms: [[UInt8]]
    let governmentBodies: Set<String>
    let unionsOfStates: Set<String>
    let acronymSkips: Set<String>
    /// Organisation sectors: lemma runs tried in order, then single lemmas.
    let organisationPhrases: [([String], Sector)]
    let organisationWords: [String: Sector]
    let organisationStateMarkers: Set<String>
    let organisationWeakStateMarkers: Set<String>
    let organisationStateKinds: Set<String>
    let organisationStateExceptions: Set<String>
    let organisationSuffixes: [(String, Sector)]
    let particlesApart: Set<String>
    let particlesHyphen: Set<String>
    let eastAsianSurnames: Set<String>
    let countryAliases: [CountryAliases.Entry]
    /// Display names the news uses where Foundation's are formal (`Китай`, `США`).
    let countryPressNames: [CountryCode: String]
    /// Named conditions of the occupation rules (`title.veto.sought-post`, `title.of-post`).
    let occupationPatterns: DependencyPatternTable?

    /// The tables, read once; the failure when one is malformed.
    static let loaded: Result<EntityLexicons, LetopisError> = Result { () throws(LetopisError) in try EntityLexicons() }

    /// Throws the ``LetopisError`` naming `file:line` when a table is malformed.
    static func check() throws(LetopisError) { _ = try loaded.get() }

    /// The tables (empty only in a build whose tables failed their test; ``check()`` stops such a run first).
    static let shared: EntityLexicons = (try? loaded.get()) ?? EntityLexicons(empty: ())

    static let sectors = Set(Sector.allCases.map(\.rawValue))

    /// Whether `word` (folded) is of class `c`.
    func `is`(_ word: String, _ c: OccupationWord) -> Bool { wordClasses[c]?.contains(word) ?? false }

    func words(_ c: OccupationWord) -> Set<String> { wordClasses[c] ?? [] }

    init() throws(LetopisError) {
        let titles = try LexiconTable(file: "job-titles.tsv", bytes: PackageResources.job_titles_tsv,
                                      columns: [.phrase("title"), .choice("sector", Self.sectors)], key: ["title"])
        self.titles = titles.rows.map { ($0.words("title"), Sector(rawValue: $0["sector"]) ?? .other) }
        var byFirst: [String: [Title]] = [:]
        for e in self.titles { if let w = e.words.first { byFirst[w, default: []].append(e) } }
        for k in byFirst.keys { byFirst[k]?.sort { $0.words.count > $1.words.count } }
        titlesByFirstWord = byFirst
        singleWordTitles = Dictionary(self.titles.filter { $0.words.count == 1 }.map { ($0.words[0], $0.sector) },
                                      uniquingKeysWith: { a, _ in a })
        complementSectors = try Self.sectorMap("title-complement-sectors.tsv", PackageResources.title_complement_sectors_tsv, "complement")
        let canonical = try LexiconTable(file: "title-canonical.tsv", bytes: PackageResources.title_canonical_tsv,
                                         columns: [.phrase("phrase"), .text("canonical")], key: ["phrase"])
        canonicalTitles = Dictionary(canonical.rows.map { ($0["phrase"], $0["canonical"]) }, uniquingKeysWith: { a, _ in a })

        let words = try LexiconTable(file: "occupation-words.tsv", bytes: PackageResources.occupation_words_tsv,
                                     columns: [.word("word"), .choice("class", Set(OccupationWord.allCases.map(\.rawValue)))],
                                     key: ["word", "class"])
        var classes: [OccupationWord: Set<String>] = [:]
        var forms: [[UInt8]] = []
        for row in words.rows {
            guard let c = OccupationWord(rawValue: row["class"]) else { continue }
            classes[c, default: []].insert(row["word"])
            if c == .combiningForm { forms.append(Array(row["word"].utf8)) }
        }
        wordClasses = classes
        combiningForms = forms

        let bodies = try LexiconTable(file: "organisation-bodies.tsv", bytes: PackageResources.organisation_bodies_tsv,
                                      columns: [.phrase("name"), .choice("class", ["body", "union", "acronym-skip"])], key: ["name", "class"])
        governmentBodies = Set(bodies.rows.filter { $0["class"] == "body" }.map { $0["name"] })
        unionsOfStates = Set(bodies.rows.filter { $0["class"] == "union" }.map { $0["name"] })
        acronymSkips = Set(bodies.rows.filter { $0["class"] == "acronym-skip" }.map { $0["name"] })

        let org = try LexiconTable(file: "organisation-sectors.tsv", bytes: PackageResources.organisation_sectors_tsv,
                                   columns: [.phrase("name"), .choice("sector", Self.sectors),
                                             .choice("match", ["phrase", "word", "state-marker", "weak-state-marker", "state-kind", "state-exception", "suffix"])],
                                   key: ["name", "match"])
        func of(_ match: String) -> [LexiconTable.Row] { org.rows.filter { $0["match"] == match } }
        organisationPhrases = of("phrase").map { ($0.words("name"), Sector(rawValue: $0["sector"]) ?? .other) }
        organisationWords = Dictionary(of("word").map { ($0["name"], Sector(rawValue: $0["sector"]) ?? .other) }, uniquingKeysWith: { _, b in b })
        organisationStateMarkers = Set(of("state-marker").map { $0["name"] })
        organisationWeakStateMarkers = Set(of("weak-state-marker").map { $0["name"] })
        organisationStateKinds = Set(of("state-kind").map { $0["name"] })
        organisationStateExceptions = Set(of("state-exception").map { $0["name"] })
        organisationSuffixes = of("suffix").map { ($0["name"], Sector(rawValue: $0["sector"]) ?? .other) }

        let particles = try LexiconTable(file: "name-particles.tsv", bytes: PackageResources.name_particles_tsv,
                                         columns: [.word("particle"), .choice("class", ["apart", "hyphen"])], key: ["particle", "class"])
        particlesApart = Set(particles.rows.filter { $0["class"] == "apart" }.map { $0["particle"] })
        particlesHyphen = Set(particles.rows.filter { $0["class"] == "hyphen" }.map { $0["particle"] })
        eastAsianSurnames = try Set(LexiconTable(file: "east-asian-surnames.tsv", bytes: PackageResources.east_asian_surnames_tsv,
                                                 columns: [.word("surname"), .choice("origin", ["chinese", "korean", "vietnamese"])],
                                                 key: ["surname"]).rows.map { $0["surname"] })
        countryAliases = try CountryAliases.entries(PackageResources.country_aliases_tsv)
        let press = try LexiconTable(file: "country-press-names.tsv", bytes: PackageResources.country_press_names_tsv,
                                     columns: [.text("code"), .text("name")], key: ["code"])
        countryPressNames = Dictionary(press.rows.map { (CountryCode(rawValue: $0["code"]), $0["name"]) }, uniquingKeysWith: { a, _ in a })
        occupationPatterns = try DependencyPatternTable(file: "occupation-patterns.tsv", bytes: PackageResources.occupation_patterns_tsv)
    }

    private init(empty: Void) {
        titles = []; titlesByFirstWord = [:]; singleWordTitles = [:]; complementSectors = [:]; canonicalTitles = [:]
        wordClasses = [:]; combiningForms = []; governmentBodies = []; unionsOfStates = []; acronymSkips = []
        organisationPhrases = []; organisationWords = [:]; organisationStateMarkers = []; organisationWeakStateMarkers = []; organisationStateKinds = []
        organisationStateExceptions = []; organisationSuffixes = []; particlesApart = []; particlesHyphen = []
        eastAsianSurnames = []; countryAliases = []; countryPressNames = [:]; occupationPatterns = nil
    }

    private static func sectorMap(_ file: String, _ bytes: [UInt8], _ column: String) throws(LetopisError) -> [String: Sector] {
        let table = try LexiconTable(file: file, bytes: bytes, columns: [.phrase(column), .choice("sector", sectors)], key: [column])
        return Dictionary(table.rows.map { ($0[column], Sector(rawValue: $0["sector"]) ?? .other) }, uniquingKeysWith: { a, _ in a })
    }
}
