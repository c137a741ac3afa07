/// A word as a lookup key, hashed and compared by its UTF-8 bytes.
///
/// Swift's `String` hashes and compares non-ASCII text through Unicode
/// normalisation, which made every Cyrillic lookup of the grammar slow (most of
/// the run time). Atoms and lexicon entries are both NFC as written, so byte
/// equality is the right equality here.
struct WordKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: WordKey, b: WordKey) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { xb in y.withUTF8 { yb in xb.count == yb.count && xb.elementsEqual(yb) } }
    }
}

/// A dictionary from word forms, with byte-wise keys (see ``WordKey``).
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
    private(set) var storage: [WordKey: Value] = [:]

    init() {}
    init(dictionaryLiteral elements: (String, Value)...) {
        for (k, v) in elements { storage[WordKey(k)] = v }
    }

    subscript(_ word: String) -> Value? {
        get { storage[WordKey(word)] }
        set { storage[WordKey(word)] = newValue }
    }

    var keys: [String] { storage.keys.map(\.text) }

    func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var inner = storage.makeIterator()
        return AnyIterator { inner.next().map { (key: $0.key.text, value: $0.value) } }
    }
}

/// A set of word forms, with byte-wise keys (see ``WordKey``).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private(set) var storage: Set<WordKey> = []

    init() {}
    init(arrayLiteral elements: String...) { for e in elements { storage.insert(WordKey(e)) } }
    init<S: Sequence>(_ words: S) where S.Element == String { for e in words { storage.insert(WordKey(e)) } }

    func contains(_ word: String) -> Bool { storage.contains(WordKey(word)) }
    mutating func insert(_ word: String) { storage.insert(WordKey(word)) }
    mutating func formUnion<S: Sequence>(_ words: S) where S.Element == String { for w in words { insert(w) } }
}
