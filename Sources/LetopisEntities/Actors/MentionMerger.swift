import LetopisCore

/// Widens organisation mentions to the phrase that names them, as the corpora
/// annotate them and as an analyst counts them.
///
/// The kind of an organisation (`компания Microsoft`) stays outside the name:
/// FactRuEval includes it, NEREL does not, and the name is what identifies it.
///
/// Rules, in order:
/// - `people-at-commas`: a person mention with a comma inside is two people (`Овечкин, Фёдоров`);
/// - `seat-or-union`: a seat of government or a union of states the tagger took for a place is an organisation
///   (`Кремль`, `Белый дом`, `ЕС`, `Европейский союз`);
/// - `bracketed-aside`: a name and the aside in brackets at its end are two mentions (`Комитет защиты
///   журналистов (КЗЖ)`, `Джоэл Саймон (Joel Simon)`);
/// - `title-off-person`: a title the tagger took into a person's name leaves it
///   (`Император Акихито`, `Папа Франциск` → `Акихито`, `Франциск`), so the name is
///   the person and the title their occupation, as both corpora annotate them;
/// - `org-of-country`: an organisation followed by a place in the genitive takes
///   it in (`Конгресса США`, `МИД России`); the place stays a mention of its own;
/// - `body-of-country`: a government body named only by its kind becomes an
///   organisation with its place (`правительства США`, `китайскому правительству`).
struct MentionMerger {
    let gazetteer: CountryGazetteer

    /// Government bodies that are organisations even when the tagger did not mark them (`organisation-bodies.tsv`).
    static var bodies: Set<String> { EntityLexicons.shared.governmentBodies }

    /// Unions of states, which the tagger takes for places (lemmas): `ЕС`, `Евросоюз`, `Европейский союз`.
    static var unions: Set<String> { EntityLexicons.shared.unionsOfStates }

    func merge(_ document: inout Document, titles: TitleLookups? = nil) {
        guard !document.tokens.isEmpty else { return }
        // The tokens do not change here: one view answers every token question; mentions are read from the
        // document as each step leaves them.
        let tokenView = document.tokenView()
        splitPeopleAtCommas(&document, tokenView)
        splitBracketedAsides(&document, tokenView)
        let view = document.tokenView()
        let titles = titles ?? TitleLookups(tokenCount: view.tokenCount)
        // seat-or-union: `Кремль`, `Белый дом`, `ЕС`, `Европейский союз` act as organisations, as both corpora mark them.
        for m in document.mentions.indices where document.mentions[m].type == .location {
            let lemmas = view.tokens(of: MentionIndex(m)).filter { !view.isPunctuation($0) }.map { view.lemma($0) }.joined(separator: " ")
            if gazetteer.lookup(lemma: lemmas)?.evidence == .seat || Self.unions.contains(lemmas) {
                document.mentions[m].type = .organization
            }
        }
        for m in document.mentions.indices where document.mentions[m].type == .person {
            if let start = Self.nameStartAfterTitle(view.tokens(of: MentionIndex(m)), view, titles), let r = view.range(start) {
                document.mentions[m].range = TextRange(r.start, document.mentions[m].range.end)
            }
        }
        var added = organisationsOfCountries(&document, view)
        added += bodiesOfCountries(document, view)
        document.mentions.removeAll { $0.type.rawValue.isEmpty }
        document.mentions += added
        document.mentions.sort { $0.range.start != $1.range.start ? $0.range.start < $1.range.start : $0.range.end > $1.range.end }
        // Drop exact duplicates a rule may have made.
        var seen = Set<TextRange>()
        document.mentions = document.mentions.filter { seen.insert($0.range).inserted }
    }

    /// org-of-country: `Конгресса США`, `МИД России` — an organisation followed in its sentence by a place in the
    /// genitive takes it in; the narrower mention is marked for removal.
    private func organisationsOfCountries(_ document: inout Document, _ view: TokenView) -> [Mention] {
        var added: [Mention] = []
        for (i, mention) in document.mentions.enumerated() where mention.type == .organization {
            let m = MentionIndex(i)
            guard let last = view.tokens(of: m).last, let after = view.peek(last + 1, within: last),
                  let next = view.mention(at: after), next != m, next.rawValue < document.mentions.count,
                  case let place = document.mentions[next.rawValue], place.type == .location,
                  view.features(after).case == .genitive || view.pos(after) == nil else { continue }
            added.append(Mention(TextRange(mention.range.start, place.range.end), type: .organization))
            document.mentions[i].type = .init(rawValue: "")  // replaced by the wider one
        }
        return added
    }

    /// body-of-country: a government body named only by its kind becomes an organisation with its place
    /// (`правительства США`, `китайскому правительству`); a bare `правительство` names nobody in particular.
    private func bodiesOfCountries(_ document: Document, _ view: TokenView) -> [Mention] {
        var added: [Mention] = []
        for t in view.allTokens where view.mention(at: t) == nil && Self.bodies.contains(view.lemma(t)) {
            var start = t
            if let before = view.peek(t - 1, within: t), view.mention(at: before) == nil,
               let c = gazetteer.lookup(lemma: view.lemma(before)), c.evidence == .adjective {
                start = before  // `китайскому правительству`
            }
            var end = t + 1
            // The mention's type as the rules above left it (the view is a snapshot from before them).
            if let after = view.peek(t + 1, within: t), let place = view.mention(at: after), place.rawValue < document.mentions.count,
               document.mentions[place.rawValue].type == .location, view.features(after).case == .genitive {
                end = view.tokens(of: place).upperBound
            }
            guard start < t || end > t + 1, let range = view.range(of: start..<end) else { continue }
            added.append(Mention(range, type: .organization))
        }
        return added
    }

    /// `Комитет защиты журналистов (КЗЖ)`, `Джоэл Саймон (Joel Simon)` tagged as one mention: the name and the
    /// aside in brackets at its end are two mentions of one actor, as both corpora annotate them (the
    /// coreference joins them). A bracket inside a name (`Кировоградской (Кропивницкой) области`) stays.
    func splitBracketedAsides(_ document: inout Document, _ view: TokenView) {
        var out: [Mention] = []
        for var mention in document.mentions {
            let span = view.document.tokens.indices(overlapping: mention.range).typed(Token.self)
            guard let trimmed = Self.trimmingPunctuation(span, view), let whole = view.range(of: trimmed) else { continue }
            mention.range = whole
            // `ХДС (Христианско-демократический союз Германии` with the closing bracket left outside: two mentions.
            if let open = trimmed.first(where: { view.text($0) == "(" }), open > trimmed.lowerBound, open + 1 < trimmed.upperBound,
               !trimmed.contains(where: { view.text($0) == ")" }),
               let outer = view.range(of: trimmed.lowerBound..<open), let inner = view.range(of: (open + 1)..<trimmed.upperBound) {
                out.append(Mention(outer, type: mention.type, copying: mention))
                out.append(Mention(inner, type: mention.type))
                continue
            }
            guard let last = trimmed.last, view.text(last) == ")",
                  let open = trimmed.first(where: { view.text($0) == "(" }), open > trimmed.lowerBound, open + 1 < last,
                  !((open + 1)..<last).contains(where: { ["(", ")"].contains(view.text($0)) }),
                  let outer = view.range(of: trimmed.lowerBound..<open), let inner = view.range(of: (open + 1)..<last)
            else {
                out.append(mention)
                continue
            }
            out.append(Mention(outer, type: mention.type, copying: mention))
            out.append(Mention(inner, type: mention.type))
        }
        document.mentions = out
    }

    /// A mention's tokens without the punctuation the tagger left at its edges (`Мишель —`, `Фрэнки Бой)`,
    /// `Бернс (`): a closing quote or bracket stays when the mention opens it, a full stop after an initial or
    /// a short abbreviation (`В.`, `им.`) stays. Nil when nothing but punctuation is left.
    static func trimmingPunctuation(_ tokens: Range<TokenIndex>, _ view: TokenView) -> Range<TokenIndex>? {
        let pairs: [String: String] = [")": "(", "»": "«", "\"": "\"", "“": "„", "”": "“"]
        var lower = tokens.lowerBound, upper = tokens.upperBound
        while lower < upper, view.isPunctuation(lower) {
            let t = view.text(lower)
            // An opening quote or bracket closed inside the mention belongs to it (`«Яблоко»`).
            guard ["«", "(", "\"", "„", "“"].contains(t), (lower + 1..<upper).contains(where: { pairs[view.text($0)] == t }) else {
                lower = lower + 1
                continue
            }
            break
        }
        while upper > lower, view.isPunctuation(upper - 1) {
            let t = view.text(upper - 1)
            if let opening = pairs[t], (lower..<(upper - 1)).contains(where: { view.text($0) == opening }) { break }
            if t == ".", upper - 2 >= lower, view.kind(upper - 2) == .word, view.text(upper - 2).count <= 3 { break }
            upper = upper - 1
        }
        return lower < upper ? lower..<upper : nil
    }

    /// `Овечкин, Фёдоров` tagged as one person: a comma inside a name separates two people; and no name
    /// runs across a line break (`Игорь Малашенко⏎Останкинская`, a headline glued to the next line).
    func splitPeopleAtCommas(_ document: inout Document, _ view: TokenView) {
        var out: [Mention] = []
        func breaksBefore(_ t: TokenIndex, in tokens: Range<TokenIndex>) -> Bool {
            guard t > tokens.lowerBound, let previous = view.range(t - 1), let this = view.range(t) else { return false }
            return previous.end < this.start && view.document.text(of: TextRange(previous.end, this.start)).contains("\n")
        }
        for mention in document.mentions {
            let tokens = view.document.tokens.indices(overlapping: mention.range).typed(Token.self)
            let comma = mention.type == .person && tokens.contains(where: { view.text($0) == "," })
            guard comma || tokens.contains(where: { breaksBefore($0, in: tokens) }) else {
                out.append(mention)
                continue
            }
            var partStart: TokenIndex?
            func close(_ end: TokenIndex) {
                if let s = partStart, let r = view.range(of: s..<end) { out.append(Mention(r, type: mention.type)) }
                partStart = nil
            }
            for t in tokens {
                if breaksBefore(t, in: tokens), partStart != nil { close(t) }
                if comma && view.text(t) == "," {
                    close(t)
                } else if partStart == nil {
                    partStart = t
                }
            }
            close(tokens.upperBound)
        }
        document.mentions = out
    }

    /// First token of the name when a person mention opens with title words
    /// (`Император Акихито`, `Экс-президент Борис Ельцин`); nil when it does not,
    /// or when nothing capitalised would remain (`Папа` alone may be a name).
    static func nameStartAfterTitle(_ tokens: Range<TokenIndex>, _ view: TokenView, _ titles: TitleLookups) -> TokenIndex? {
        var t = tokens.lowerBound
        while t < tokens.upperBound - 1 {
            guard let candidates = titles.candidates(t, view) else { break }
            // The longest entry that fits inside the mention (`генеральный секретарь`).
            guard let entry = candidates.first(where: { c in
                t + c.words.count < tokens.upperBound && c.words.indices.allSatisfy { view.lemma(t + $0) == c.words[$0] }
            }) else { break }
            t = t + entry.words.count
        }
        // `оператор Аль-Джазиры Сами аль-Хадж`: an inanimate genitive before the name is the title's place.
        var u = t
        while u < tokens.upperBound - 1, view.features(u).animacy == .inanimate, view.features(u).case == .genitive { u = u + 1 }
        if u > t, view.features(u).animacy == .animate { t = u }
        guard t > tokens.lowerBound, t < tokens.upperBound, view.isCapitalised(t), !view.isPunctuation(t) else { return nil }
        return t
    }
}

extension Mention {
    /// A mention over `range` keeping the other fields of `original` (a split keeps the tagger's fields on its first part).
    init(_ range: TextRange, type: EntityType, copying original: Mention) {
        self = original
        self.range = range
        self.type = type
    }
}
