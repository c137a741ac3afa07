/// The analogy units: known prefixes (`псевдокошка` → `псевдо` + `кошка`), unknown prefixes
/// (`байткод` → `байт` + `код`) and prediction by the word's ending (`бутявкать` → `…вкать`).
extension MorphAnalyzer {
    /// Prefixes that do not change a word's analysis (pymorphy3's `KNOWN_PREFIXES`, in its order).
    static let knownPrefixes: [String] = [
        "авиа", "авто", "аква", "анти", "анти-", "антропо", "архи", "арт", "арт-", "астро", "аудио", "аэро",
        "без", "бес", "био", "вело", "взаимо", "вне", "внутри", "видео", "вице-", "вперед", "впереди",
        "гекто", "гелио", "гео", "гетеро", "гига", "гигро", "гипер", "гипо", "гомо", "дву", "двух", "де",
        "дез", "дека", "деци", "дис", "до", "евро", "за", "зоо", "интер", "инфра", "квази", "квази-", "кило",
        "кино", "контр", "контр-", "космо", "космо-", "крипто", "лейб-", "лже", "лже-", "макро", "макси",
        "макси-", "мало", "меж", "медиа", "медиа-", "мега", "мета", "мета-", "метео", "метро", "микро",
        "милли", "мини", "мини-", "моно", "мото", "много", "мульти", "нано", "нарко", "не", "небез", "недо",
        "нейро", "нео", "низко", "обер-", "обще", "одно", "около", "орто", "палео", "пан", "пара", "пента",
        "пере", "пиро", "поли", "полу", "после", "пост", "пост-", "порно", "пра", "пра-", "пред", "пресс-",
        "противо", "противо-", "прото", "псевдо", "псевдо-", "радио", "разно", "ре", "ретро", "ретро-",
        "само", "санти", "сверх", "сверх-", "спец", "суб", "супер", "супер-", "супра", "теле", "тетра",
        "топ-", "транс", "транс-", "ультра", "унтер-", "штаб-", "экзо", "эко", "эндо", "эконом-", "экс",
        "экс-", "экстра", "экстра-", "электро", "энерго", "этно",
    ]

    /// Known prefixes by their first character, in list order.
    static let knownPrefixesByFirst: [Unicode.Scalar: [String]] = Dictionary(grouping: knownPrefixes, by: { $0.unicodeScalars.first! })

    /// The known prefixes `word` starts with, in list order.
    static func knownPrefixes(of word: String) -> [String] {
        guard let first = word.unicodeScalars.first, let candidates = knownPrefixesByFirst[first] else { return [] }
        return candidates.filter { UTF8Text.hasPrefix(word, $0) }
    }

    /// KnownPrefixAnalyzer: the longest known prefixes first; the rest (three letters or more)
    /// analysed fully, productive tags kept (score × 0.75).
    func knownPrefixParses(_ lower: String, depth: Int, seen: inout Set<SeenKey>, into result: inout [MorphParse]) {
        var prefixes = MorphAnalyzer.knownPrefixes(of: lower)
        guard !prefixes.isEmpty else { return }
        prefixes = prefixes.enumerated().sorted { a, b in
            let la = UTF8Text.count(a.element), lb = UTF8Text.count(b.element)
            return la != lb ? la > lb : a.offset < b.offset
        }.map(\.element)
        for prefix in prefixes {
            let rest = UTF8Text.suffix(from: UTF8Text.count(prefix), of: lower)
            guard UTF8Text.count(rest) >= 3 else { continue }
            for p in parse(rest, depth: depth + 1) where p.tag.isProductive {
                MorphAnalyzer.addIfNotSeen(p.with(word: prefix + p.word, normalForm: prefix + p.normalForm,
                                                  score: p.score * 0.75, methods: p.methods + [.knownPrefix(prefix)]),
                                           &result, &seen)
            }
        }
    }

    /// UnknownPrefixAnalyzer: one to five leading letters set aside (leaving at least three)
    /// and the rest looked up in the dictionary, productive tags kept (score 0.5).
    func unknownPrefixParses(_ lower: String, seen: inout Set<SeenKey>, into result: inout [MorphParse]) {
        let bytes = Array(lower.utf8)
        let starts = UTF8Text.scalarStarts(bytes)
        let maxSplit = min(5, starts.count - 3)
        guard maxSplit >= 1 else { return }
        for i in 1...maxSplit {
            let prefix = String(decoding: bytes[..<starts[i]], as: UTF8.self)
            let rest = String(decoding: bytes[starts[i]...], as: UTF8.self)
            for p in dictionaryParses(rest) where p.tag.isProductive {
                MorphAnalyzer.addIfNotSeen(p.with(word: prefix + p.word, normalForm: prefix + p.normalForm,
                                                  score: p.score * 0.5, methods: p.methods + [.unknownPrefix(prefix)]),
                                           &result, &seen)
            }
        }
    }

    /// KnownSuffixAnalyzer: for each paradigm prefix the word starts with (`наи`, `по`, none),
    /// the longest ending (5 letters down to 1) that `prediction-suffixes-N.dawg` knows gives
    /// the analyses of dictionary words with that ending; score = count / (1 + total count) × 0.5.
    func knownSuffixParses(_ word: String, _ lower: String, seen: inout Set<SeenKey>, into result: inout [MorphParse]) {
        guard UTF8Text.count(word) >= 4 else { return }
        let dict = dictionary
        var totals = [Int](repeating: 1, count: dict.paradigmPrefixes.count)
        var found: [(count: Int, parse: MorphParse, prefixID: Int)] = []
        let bytes = Array(lower.utf8)
        let starts = UTF8Text.scalarStarts(bytes)
        for prefixID in dict.paradigmPrefixes.indices.reversed() {
            guard UTF8Text.hasPrefix(lower, dict.paradigmPrefixes[prefixID]) else { continue }
            let dawg = dict.predictionSuffixes[prefixID]
            for i in stride(from: dict.maxSuffixLength, through: 1, by: -1) {
                let cut = starts.count > i ? starts[starts.count - i] : 0
                let start = String(decoding: bytes[..<cut], as: UTF8.self)
                let end = Array(bytes[cut...])
                for match in dawg.similarItems(end, substitutes: substitutes) {
                    let fixedSuffix = String(decoding: match.key(end), as: UTF8.self)
                    let fixedWord = start + fixedSuffix
                    dawg.forEachRecord(at: match.payloadIndex) { rec in
                        let count = Int(rec >> 32)
                        let para = Int((rec >> 16) & 0xFFFF)
                        let idx = Int(rec & 0xFFFF)
                        guard let tag = dict.tagID(para, idx), dict.tags[tag].isProductive else { return }
                        totals[prefixID] += count
                        let key = SeenKey(word: WordKey(fixedWord), tag: tag, paradigm: .paradigm(para))
                        guard seen.insert(key).inserted else { return }
                        let normal = dict.normalForm(para, idx, word: fixedWord)
                        found.append((count, make(fixedWord, tag, normal, 0,
                                                  [.suffixDictionary(word: fixedWord, paradigm: para, form: idx),
                                                   .knownSuffix(fixedSuffix)]), prefixID))
                    }
                }
                if totals[prefixID] > 1 { break }
            }
        }
        let scored = found.map { $0.parse.with(score: Double($0.count) / Double(totals[$0.prefixID]) * 0.5) }
        let order = scored.indices.sorted { a, b in
            scored[a].score != scored[b].score ? scored[a].score > scored[b].score : a < b
        }
        result += order.map { scored[$0] }
    }
}
