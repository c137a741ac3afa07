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

    /// Government bodies that are organisations even when the tagger did not mark them.
    static let bodies: Set<String> = [
        "правительство", "администрация", "министерство", "парламент", "посольство", "представительство", "полиция",
        "минобороны", "мид", "кабмин", "генпрокуратура", "прокуратура", "госдеп", "госдепартамент", "сенат", "конгресс",
        "армия", "спецслужба", "разведка", "генштаб", "минфин", "пресс-служба", "руководство", "власть", "канцелярия",
    ]

    /// Unions of states, which the tagger takes for places (lemmas): `ЕС`, `Евросоюз`, `Европейский союз`.
    static let unions: Set<String> = [
        "ес", "евросоюз", "европейский союз", "еврокомиссия", "европейский комиссия", "афросоюз", "африканский союз",
        "евразийский экономический союз", "еаэс", "лига арабский государство", "асеан",
    ]

    func merge(_ document: inout Document, titles: TitleLookups? = nil) {
        guard !document.tokens.isEmpty else { return }
        splitPeopleAtCommas(&document)
        splitBracketedAsides(&document)
        let view = DocumentView(document, titles: titles)
        // seat-or-union: `Кремль`, `Белый дом`, `ЕС`, `Европейский союз` act as organisations, as both corpora mark them.
        for m in document.mentions.indices where document.mentions[m].type == .location {
            let lemmas = view.mentionTokens[m].filter { !view.isPunctuation($0) }.map { view.lemma($0) }.joined(separator: " ")
            if gazetteer.lookup(lemma: lemmas)?.evidence == .seat || Self.unions.contains(EntityText.fold(lemmas)) {
                document.mentions[m].type = .organization
            }
        }
        for m in document.mentions.indices where document.mentions[m].type == .person {
            if let start = Self.nameStartAfterTitle(view.mentionTokens[m], view) {
                document.mentions[m].range = TextRange(document.tokens[start].range.start, document.mentions[m].range.end)
            }
        }
        var added: [Mention] = []
        // org-of-country
        for (m, mention) in document.mentions.enumerated() where mention.type == .organization {
            let tokens = view.mentionTokens[m]
            guard let last = tokens.last, last + 1 < view.tokenCount else { continue }
            let next = view.mentionIndex(last + 1)
            guard next >= 0, next != m, document.mentions[next].type == .location,
                  view.feature(last + 1, "Case") == "Gen" || view.pos(last + 1) == nil else { continue }
            added.append(Mention(TextRange(mention.range.start, document.mentions[next].range.end), type: .organization))
            document.mentions[m].type = .init(rawValue: "")  // replaced by the wider one
        }
        // body-of-country
        for t in 0..<view.tokenCount where view.mentionIndex(t) < 0 && Self.bodies.contains(view.lemma(t)) {
            var start = t
            if t > 0, view.mentionIndex(t - 1) < 0, let c = gazetteer.lookup(lemma: view.lemma(t - 1)), c.evidence == .adjective {
                start = t - 1  // `китайскому правительству`
            }
            var end = t
            if t + 1 < view.tokenCount, view.mentionIndex(t + 1) >= 0, document.mentions[view.mentionIndex(t + 1)].type == .location,
               view.feature(t + 1, "Case") == "Gen" {
                end = view.mentionTokens[view.mentionIndex(t + 1)].upperBound - 1
            }
            guard start < t || end > t else { continue }  // a bare `правительство` names nobody in particular
            added.append(Mention(TextRange(document.tokens[start].range.start, document.tokens[end].range.end), type: .organization))
        }
        document.mentions.removeAll { $0.type.rawValue.isEmpty }
        document.mentions += added
        document.mentions.sort { $0.range.start != $1.range.start ? $0.range.start < $1.range.start : $0.range.end > $1.range.end }
        // Drop exact duplicates a rule may have made.
        var seen = Set<TextRange>()
        document.mentions = document.mentions.filter { seen.insert($0.range).inserted }
    }

    /// `Комитет защиты журналистов (КЗЖ)`, `Джоэл Саймон (Joel Simon)` tagged as one mention: the name and the
    /// aside in brackets at its end are two mentions of one actor, as both corpora annotate them (the
    /// coreference joins them). A bracket inside a name (`Кировоградской (Кропивницкой) области`) stays.
    func splitBracketedAsides(_ document: inout Document) {
        var out: [Mention] = []
        for var mention in document.mentions {
            guard let trimmed = Self.trimmingPunctuation(document.tokens.indices(overlapping: mention.range), document) else { continue }
            let doc = document
            let text = { (t: Int) in doc.text(of: doc.tokens[t].range) }
            mention.range = TextRange(document.tokens[trimmed.lowerBound].range.start, document.tokens[trimmed.upperBound - 1].range.end)
            // `ХДС (Христианско-демократический союз Германии` with the closing bracket left outside: two mentions.
            if let open = trimmed.firstIndex(where: { text($0) == "(" }), open > trimmed.lowerBound, open + 1 < trimmed.upperBound,
               !trimmed.contains(where: { text($0) == ")" }) {
                var outer = mention
                outer.range = TextRange(document.tokens[trimmed.lowerBound].range.start, document.tokens[open - 1].range.end)
                out.append(outer)
                out.append(Mention(TextRange(document.tokens[open + 1].range.start, mention.range.end), type: mention.type))
                continue
            }
            let tokens = trimmed
            guard let last = tokens.last, document.text(of: document.tokens[last].range) == ")",
                  let open = tokens.firstIndex(where: { document.text(of: document.tokens[$0].range) == "(" }),
                  open > tokens.lowerBound, open + 1 < last,
                  !tokens[(open + 1)..<last].contains(where: { ["(", ")"].contains(document.text(of: document.tokens[$0].range)) })
            else {
                out.append(mention)
                continue
            }
            var outer = mention
            outer.range = TextRange(document.tokens[tokens.lowerBound].range.start, document.tokens[open - 1].range.end)
            out.append(outer)
            out.append(Mention(TextRange(document.tokens[open + 1].range.start, document.tokens[last - 1].range.end), type: mention.type))
        }
        document.mentions = out
    }

    /// A mention's tokens without the punctuation the tagger left at its edges (`Мишель —`, `Фрэнки Бой)`,
    /// `Бернс (`): a closing quote or bracket stays when the mention opens it, a full stop after an initial or
    /// a short abbreviation (`В.`, `им.`) stays. Nil when nothing but punctuation is left.
    static func trimmingPunctuation(_ tokens: Range<Int>, _ document: Document) -> Range<Int>? {
        let text = { (t: Int) in document.text(of: document.tokens[t].range) }
        let pairs: [String: String] = [")": "(", "»": "«", "\"": "\"", "“": "„", "”": "“"]
        var lower = tokens.lowerBound, upper = tokens.upperBound
        while lower < upper, document.tokens[lower].kind == .punctuation {
            let t = text(lower)
            // An opening quote or bracket closed inside the mention belongs to it (`«Яблоко»`).
            guard ["«", "(", "\"", "„", "“"].contains(t), (lower + 1..<upper).contains(where: { pairs[text($0)] == t }) else { lower += 1; continue }
            break
        }
        while upper > lower, document.tokens[upper - 1].kind == .punctuation {
            let t = text(upper - 1)
            if let opening = pairs[t], (lower..<(upper - 1)).contains(where: { text($0) == opening }) { break }
            if t == ".", upper - 2 >= lower, document.tokens[upper - 2].kind == .word, text(upper - 2).count <= 3 { break }
            upper -= 1
        }
        return lower < upper ? lower..<upper : nil
    }

    /// `Овечкин, Фёдоров` tagged as one person: a comma inside a name separates two people; and no name
    /// runs across a line break (`Игорь Малашенко⏎Останкинская`, a headline glued to the next line).
    func splitPeopleAtCommas(_ document: inout Document) {
        var out: [Mention] = []
        func breaksBefore(_ t: Int, in tokens: Range<Int>) -> Bool {
            guard t > tokens.lowerBound else { return false }
            let gap = TextRange(document.tokens[t - 1].range.end, document.tokens[t].range.start)
            return gap.start < gap.end && document.text(of: gap).contains("\n")
        }
        for mention in document.mentions {
            let tokens = document.tokens.indices(overlapping: mention.range)
            let comma = mention.type == .person && tokens.contains(where: { document.text(of: document.tokens[$0].range) == "," })
            guard comma || tokens.contains(where: { breaksBefore($0, in: tokens) }) else {
                out.append(mention)
                continue
            }
            var partStart: Int?
            for t in tokens {
                if breaksBefore(t, in: tokens), let s = partStart {
                    out.append(Mention(TextRange(document.tokens[s].range.start, document.tokens[t - 1].range.end), type: mention.type))
                    partStart = nil
                }
                if comma && document.text(of: document.tokens[t].range) == "," {
                    if let s = partStart { out.append(Mention(TextRange(document.tokens[s].range.start, document.tokens[t - 1].range.end), type: mention.type)) }
                    partStart = nil
                } else if partStart == nil {
                    partStart = t
                }
            }
            if let s = partStart, let last = tokens.last {
                out.append(Mention(TextRange(document.tokens[s].range.start, document.tokens[last].range.end), type: mention.type))
            }
        }
        document.mentions = out
    }

    /// First token of the name when a person mention opens with title words
    /// (`Император Акихито`, `Экс-президент Борис Ельцин`); nil when it does not,
    /// or when nothing capitalised would remain (`Папа` alone may be a name).
    static func nameStartAfterTitle(_ tokens: Range<Int>, _ view: DocumentView) -> Int? {
        var t = tokens.lowerBound
        while t < tokens.upperBound - 1 {
            guard let candidates = view.titleCandidates(t) else { break }
            // The longest entry that fits inside the mention (`генеральный секретарь`).
            guard let entry = candidates.first(where: { c in
                t + c.words.count < tokens.upperBound && (0..<c.words.count).allSatisfy { view.lemma(t + $0) == c.words[$0] }
            }) else { break }
            t += entry.words.count
        }
        // `оператор Аль-Джазиры Сами аль-Хадж`: an inanimate genitive before the name is the title's place.
        var u = t
        while u < tokens.upperBound - 1, view.feature(u, "Animacy") == "Inan", view.feature(u, "Case") == "Gen" { u += 1 }
        if u > t, view.feature(u, "Animacy") == "Anim" { t = u }
        guard t > tokens.lowerBound, t < tokens.upperBound, view.isCapitalised(t), !view.isPunctuation(t) else { return nil }
        return t
    }
}
