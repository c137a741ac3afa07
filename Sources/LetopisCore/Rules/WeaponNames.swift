/// Names of weapon systems (`Data/weapons.tsv`): which weapons a sentence names, so that two attacks told with
/// different weapons stay two (`EventMerger` within a document, the corpus rules across documents).
///
/// ```swift
/// let table = WeaponNames.table
/// table.weapons(inWords: ["ударили", "ракетами", "atacms"])   // ["atacms"]
/// ```
public struct WeaponNames: Sendable {
    /// One name: its folded words and the weapon (system id) it names.
    public struct Name: Sendable, Hashable {
        public var words: [String]
        public var weapon: String
    }
    public var names: [Name] {
        didSet { byFirstWord = Self.index(names) }
    }
    /// The positions in `names` of the names each first word begins, so that a run of words costs one look-up
    /// per word (and per stem it may inflect) instead of a comparison with every name.
    private var byFirstWord: [String: [Int]]

    public init(names: [Name]) {
        self.names = names
        byFirstWord = Self.index(names)
    }

    private static func index(_ names: [Name]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, name) in names.enumerated() {
            guard let first = name.words.first else { continue }
            index[first, default: []].append(position)
        }
        return index
    }

    /// The table of this build, or the error naming the malformed line (a test loads it, so a release never
    /// carries one).
    public static let loaded: Result<WeaponNames, LetopisError> = Result { () throws(LetopisError) -> WeaponNames in
        let table = try LexiconTable(file: "weapons.tsv", bytes: PackageResources.weapons_tsv,
                                     columns: [.phrase("name"), .text("weapon")], key: ["name"])
        return WeaponNames(names: table.rows.map { row in
            Name(words: row["name"].split(separator: " ").map(String.init), weapon: row["weapon"])
        })
    }

    /// The loaded table; empty if it failed to load (the weapon rules then keep nothing apart, and the table's test
    /// fails).
    public static let table: WeaponNames = (try? loaded.get()) ?? WeaponNames(names: [])

    /// The weapons named in a run of words (folded by ``TextFolding``), each word matched as written or by its
    /// lemma (`lemmas`, parallel, may be empty). A Cyrillic name word also matches a word that begins with it and
    /// adds an ending of up to three letters (`искандером`), for text without lemmas. O(words): the names that
    /// can start at a word are looked up by the word, its lemma and the stems it may inflect (``scan(words:lemmas:)``
    /// is the same search over every name, which the tests compare it with).
    public func weapons(inWords words: [String], lemmas: [String] = []) -> Set<String> {
        var found = Set<String>()
        for start in words.indices {
            let word = words[start]
            var candidates = byFirstWord[word] ?? []
            if start < lemmas.count, lemmas[start] != word, let byLemma = byFirstWord[lemmas[start]] {
                candidates += byLemma
            }
            // Stems the word may inflect: at least five letters, one to three fewer than the word.
            let length = word.count
            if length > 5 {
                for stemLength in max(5, length - 3)..<length {
                    if let byStem = byFirstWord[String(word.prefix(stemLength))] { candidates += byStem }
                }
            }
            for position in candidates {
                let name = names[position]
                if found.contains(name.weapon) || name.words.count > words.count - start { continue }
                if matches(name, at: start, words: words, lemmas: lemmas) { found.insert(name.weapon) }
            }
        }
        return found
    }

    /// ``weapons(inWords:lemmas:)`` by trying every name at every word: O(words × names). What the indexed
    /// search must equal.
    func scan(words: [String], lemmas: [String] = []) -> Set<String> {
        var found = Set<String>()
        for name in names where !name.words.isEmpty && name.words.count <= words.count {
            for start in 0...(words.count - name.words.count) where matches(name, at: start, words: words, lemmas: lemmas) {
                found.insert(name.weapon)
                break
            }
        }
        return found
    }

    /// Every word of `name` matches the word at its place from `start` (which leaves room for all of them).
    private func matches(_ name: Name, at start: Int, words: [String], lemmas: [String]) -> Bool {
        name.words.indices.allSatisfy { k in
            let w = words[start + k]
            if w == name.words[k] { return true }
            if start + k < lemmas.count, lemmas[start + k] == name.words[k] { return true }
            return Self.inflected(w, of: name.words[k])
        }
    }

    /// The weapons a text names: its words folded and split at anything but letters, digits and hyphens.
    public func weapons(inText text: some StringProtocol) -> Set<String> {
        let words = TextFolding.fold(text).split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init)
        return weapons(inWords: words)
    }

    /// `word` is `stem` plus an ending of up to three letters, `stem` Cyrillic and at least five letters long.
    static func inflected(_ word: String, of stem: String) -> Bool {
        guard stem.count >= 5, word.count > stem.count, word.count <= stem.count + 3, word.hasPrefix(stem),
              let first = stem.unicodeScalars.first, (0x0400...0x04FF).contains(first.value) else { return false }
        return word.dropFirst(stem.count).allSatisfy(\.isLetter)
    }
}
