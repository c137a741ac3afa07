/// Lexemes: every form of the word an analysis belongs to (pymorphy3's `get_lexeme`).
extension MorphAnalyzer {
    /// Every form of the lexeme `form` belongs to, in paradigm order, each with the same normal form.
    ///
    /// ```swift
    /// morph.lexeme(of: morph.parse("москве")[0]).map(\.word)   // ["москва", "москвы", ...]
    /// ```
    /// - Complexity: O(forms in the paradigm), recursing once per analogy step.
    public func lexeme(of form: MorphParse) -> [MorphParse] {
        lexeme(form, depth: 0)
    }

    private func lexeme(_ form: MorphParse, depth: Int) -> [MorphParse] {
        guard let last = form.methods.last, depth < 32 else { return [form] }
        let base = form.with(methods: Array(form.methods.dropLast()))
        switch last {
        case .dictionary(_, let para, let idx):
            return paradigmForms(form, para, idx) { .dictionary(word: $0, paradigm: para, form: $1) }
        case .suffixDictionary(_, let para, let idx):
            return paradigmForms(form, para, idx) { .suffixDictionary(word: $0, paradigm: para, form: $1) }
        case .firstNameInitial:
            let tags = form.tag.contains(.masc) ? Array(dictionary.tags.firstNameInitials[0..<6]) : Array(dictionary.tags.firstNameInitials[6...])
            return tags.map { make(form.word, $0, form.normalForm, form.score, form.methods) }
        case .patronymicInitial:
            return dictionary.tags.patronymicInitials.map { make(form.word, $0, form.normalForm, form.score, form.methods) }
        case .number, .punctuation, .roman, .latin, .hyphenAdverb, .unknown:
            return [form]
        case .knownPrefix(let prefix), .unknownPrefix(let prefix):
            let n = UTF8Text.count(prefix)
            let inner = base.with(word: UTF8Text.suffix(from: n, of: form.word), normalForm: UTF8Text.suffix(from: n, of: form.normalForm))
            return lexeme(inner, depth: depth + 1).map {
                $0.with(word: prefix + $0.word, normalForm: prefix + $0.normalForm, methods: $0.methods + [last])
            }
        case .knownSuffix:
            return lexeme(base, depth: depth + 1).map { $0.with(methods: $0.methods + [last]) }
        case .particle(let particle):
            let n = UTF8Text.count(particle)
            let inner = base.with(word: UTF8Text.slice(form.word, dropFirst: 0, dropLast: n),
                                  normalForm: UTF8Text.slice(form.normalForm, dropFirst: 0, dropLast: n))
            return lexeme(inner, depth: depth + 1).map {
                $0.with(word: $0.word + particle, normalForm: $0.normalForm + particle, methods: $0.methods + [last])
            }
        case .hyphenFixedLeft(let left, let rightMethods):
            let n = UTF8Text.count(left) + 1
            let right = form.with(word: UTF8Text.suffix(from: n, of: form.word), normalForm: UTF8Text.suffix(from: n, of: form.normalForm),
                                  methods: rightMethods)
            return lexeme(right, depth: depth + 1).map {
                $0.with(word: left + "-" + $0.word, normalForm: left + "-" + $0.normalForm,
                        methods: [.hyphenFixedLeft(left: left, right: $0.methods)])
            }
        case .hyphenBoth(let leftMethods, let rightMethods):
            let (lw, rw) = splitAtHyphen(form.word)
            let (ln, rn) = splitAtHyphen(form.normalForm)
            let leftLexeme = lexeme(form.with(word: lw, normalForm: ln, methods: leftMethods), depth: depth + 1)
            let rightLexeme = lexeme(form.with(word: rw, normalForm: rn, methods: rightMethods), depth: depth + 1)
            let same: [(Grammeme, Grammeme)] = [(.V_oy, .V_ey), (.gen1, .gent), (.loc1, .loct)]
            var result: [MorphParse] = []
            for r in rightLexeme {
                let gr = MorphAnalyzer.replacing(r.tag.grammemes, same)
                var best: MorphParse?
                var bestDistance = Int.max
                for l in leftLexeme {
                    let d = MorphAnalyzer.replacing(l.tag.grammemes, same).symmetricDifference(gr).count
                    if d < bestDistance { bestDistance = d; best = l }
                }
                guard let l = best else { continue }
                result.append(MorphParse(word: l.word + "-" + r.word, tagID: l.tagID, tag: l.tag,
                                         normalForm: l.normalForm + "-" + r.normalForm, score: (l.score + r.score) / 2,
                                         methods: [.hyphenBoth(left: l.methods, right: r.methods)]))
            }
            return result
        }
    }

    private func paradigmForms(_ form: MorphParse, _ para: Int, _ idx: Int, method: (String, Int) -> ParseMethod) -> [MorphParse] {
        let dict = dictionary
        let stem = dict.stem(para, idx, word: form.word)
        var result: [MorphParse] = []
        for index in 0..<dict.formCount(para) {
            guard let f = dict.form(para, index) else { continue }
            let word = f.prefix + stem + f.suffix
            result.append(make(word, f.tag, form.normalForm, 1.0, [method(word, index)] + form.methods.dropFirst()))
        }
        return result
    }

    private func splitAtHyphen(_ s: String) -> (String, String) {
        guard let i = s.firstIndex(of: "-") else { return (s, "") }
        return (String(s[..<i]), String(s[s.index(after: i)...]))
    }
}
