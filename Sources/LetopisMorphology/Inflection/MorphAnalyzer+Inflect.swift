/// Inflection: the form of a lexeme with given grammemes (pymorphy3's `Parse.inflect`).
extension MorphAnalyzer {
    /// The form of `form`'s lexeme that has every grammeme of `required` and otherwise
    /// differs least from `form`; `nil` if the lexeme has no such form.
    ///
    /// Rare cases fall back to common ones when no form has them (`loc2` → `loct`, `voct` → `nomn`...).
    /// ```swift
    /// let p = morph.parse("Лавровым")[0]
    /// morph.inflect(p, to: [.nomn])?.word   // "лавров"
    /// ```
    public func inflect(_ form: MorphParse, to required: Grammemes) -> MorphParse? {
        let forms = lexeme(of: form)
        var required = required
        var candidates = forms.filter { $0.tag.contains(required) }
        if candidates.isEmpty {
            required = MorphAnalyzer.fixingRareCases(required)
            candidates = forms.filter { $0.tag.contains(required) }
        }
        let target = MorphAnalyzer.updated(form.tag.grammemes, with: required)
        var best: MorphParse?
        var bestScore = -Double.infinity
        for c in candidates {
            let g = c.tag.grammemes
            let s = Double(target.intersection(g).count) - 0.1 * Double(target.symmetricDifference(g).count)
            if s > bestScore { bestScore = s; best = c }
        }
        return best
    }

    /// The dictionary form of an analysis as a parse (pymorphy3's `Parse.normalized`): the
    /// lexeme's first form.
    public func normalized(_ form: MorphParse) -> MorphParse {
        lexeme(of: form).first ?? form
    }

    static let rareCases: [(Grammeme, Grammeme)] = [(.gen1, .gent), (.gen2, .gent), (.acc2, .accs),
                                                    (.loc1, .loct), (.loc2, .loct), (.voct, .nomn)]

    /// pymorphy3's `fix_rare_cases`.
    static func fixingRareCases(_ g: Grammemes) -> Grammemes {
        var out = Grammemes()
        for x in g { out.insert(rareCases.first { $0.0 == x }?.1 ?? x) }
        return out
    }

    /// pymorphy3's `updated_grammemes`: `required` added, grammemes incompatible with them removed.
    static func updated(_ grammemes: Grammemes, with required: Grammemes) -> Grammemes {
        var result = grammemes.union(required)
        for g in required where Int(g.rawValue) < incompatible.count { result.subtract(incompatible[Int(g.rawValue)]) }
        return result
    }

    /// For each grammeme, the ones it excludes: its siblings and their children under the same
    /// parent (`nomn` excludes the other cases), and for `plur` every gender.
    static let incompatible: [Grammemes] = {
        let table = Grammeme.table
        var children: [String: Grammemes] = [:]
        let parentOf = Dictionary(table.map { ($0.name, $0.parent) }, uniquingKeysWith: { a, _ in a })
        for row in table {
            guard let g = Grammeme(name: row.name) else { continue }
            if !row.parent.isEmpty { children[row.parent, default: []].insert(g) }
            if let grand = parentOf[row.parent], !grand.isEmpty { children[grand, default: []].insert(g) }
        }
        var extraPlur: Grammemes = [.GNdr]
        extraPlur.formUnion(children["GNdr"] ?? [])
        return table.map { row in
            guard let g = Grammeme(name: row.name) else { return [] }
            var set = row.name == "plur" ? extraPlur : Grammemes()
            set.formUnion(children[row.parent] ?? [])
            set.remove(g)
            return set
        }
    }()
}

/// Agreement with a number (pymorphy3's `make_agree_with_number`).
extension MorphAnalyzer {
    /// The form of `form` that agrees with the cardinal `number`: `1 рубль`, `2 рубля`, `5 рублей`.
    ///
    /// ```swift
    /// morph.inflect(morph.parse("рубль")[0], agreeingWith: 5)?.word   // "рублей"
    /// ```
    public func inflect(_ form: MorphParse, agreeingWith number: Int) -> MorphParse? {
        inflect(form, to: MorphAnalyzer.numeralAgreement(form.tag, number))
    }

    /// pymorphy3's `numeral_agreement_grammemes`.
    static func numeralAgreement(_ tag: OpencorporaTag, _ num: Int) -> Grammemes {
        let n = num.magnitude
        let index: Int
        if n % 10 == 1 && n % 100 != 11 { index = 0 }
        else if n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) { index = 1 }
        else { index = 2 }
        guard let pos = tag.POS, pos == .NOUN || pos == .ADJF || pos == .PRTF else { return [] }
        if pos == .NOUN, let c = tag.case, c != .nomn, c != .accs {
            return index == 0 ? [.sing, c] : [.plur, c]
        }
        if index == 0 { return tag.case == .nomn ? [.sing, .nomn] : [.sing, .accs] }
        if pos == .NOUN && index == 1 { return [.sing, .gent] }
        if (pos == .ADJF || pos == .PRTF) && tag.gender == .femn && index == 1 { return [.plur, .nomn] }
        return [.plur, .gent]
    }
}
