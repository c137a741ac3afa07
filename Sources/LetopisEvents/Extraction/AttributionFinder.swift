import LetopisCore
import LetopisEntities

/// Finds on whose word each sentence stands: `пишет агентство SANA`,
/// `по данным агентства`, `как отмечает SANA`, `сообщил РИА Новости`.
///
/// A reporting frame whose subject is a news organisation is a source, not an
/// event; a source named only by a generic noun (`агентство`) is the latest
/// news organisation the document named.
struct AttributionFinder {
    let extractor: EventExtractor
    var view: TokenView { extractor.view }
    var doc: Document { extractor.document }

    struct Frame {
        var sentence: SentenceIndex
        /// The reporting verb or the `по данным` noun.
        var token: TokenIndex
        var source: FactPart
        /// Whether the source is a news organisation (then the frame is not a statement event).
        var isMedia: Bool
        /// Whether the source is named after a dash closing the sentence (`…, — СМИ`): words that only attribute,
        /// never a participant of what the sentence reports.
        var isTail = false
    }

    func frames() -> [Frame] {
        var out: [Frame] = []
        for s in doc.sentences.indices.map({ SentenceIndex($0) }) {
            for t in view.tokens(of: s) {
                guard let source = frameSource(t) else { continue }
                if let (part, media) = sourcePart(source, at: t) { out.append(Frame(sentence: s, token: t, source: part, isMedia: media)) }
            }
            if let (dash, tail) = dashTail(in: s), let (part, media) = sourcePart(phrase: tail, at: dash, preferPerson: true) {
                out.append(Frame(sentence: s, token: dash, source: part, isMedia: media, isTail: true))
            }
        }
        return out
    }

    /// Most words a dash attribution names its source in (`— официальный представитель МИД России`).
    static let dashTailLimit = 6

    /// `Курская область атакована ракетами ATACMS, — СМИ.`, `…, — Песков`: posts name their source after a dash that
    /// closes the sentence. The dash and the words after it (at most `dashTailLimit`, no verb, up to the final
    /// punctuation, naming someone in the nominative), when the dash follows a comma or a quote, or a verb earlier in
    /// the sentence and no nominative noun the tail would rename: `Путин — президент России` (a copula's dash) and
    /// `задержан беглец — Тургун Абдуллаев` (an apposition) attribute nothing.
    func dashTail(in s: SentenceIndex) -> (dash: TokenIndex, tail: [TokenIndex])? {
        let tokens = Array(view.tokens(of: s))
        var end = tokens.count
        while end > 0, view.isPunctuation(tokens[end - 1]), !Self.dashes.contains(view.text(tokens[end - 1])) { end -= 1 }
        guard end > 0 else { return nil }
        var i = end - 1
        while i > 0, end - i <= Self.dashTailLimit, !Self.dashes.contains(view.text(tokens[i])) { i -= 1 }
        guard i > 0, Self.dashes.contains(view.text(tokens[i])), i + 1 < end else { return nil }
        let tail = Array(tokens[(i + 1)..<end])
        guard !tail.contains(where: { view.pos($0) == .verb || view.pos($0) == .auxiliary || view.isPunctuation($0) }) else { return nil }
        // A source is named in the nominative (`— официальный представитель МВД Ирина Волк`); words in another case
        // after a dash are an apposition (`убили настоятеля церкви — отца Николая`, `района — Большесолдатского`).
        let head = tail.prefix { view.pos($0) != .adposition }    // `Bloomberg со ссылкой на источники`
        if let c = head.lazy.compactMap({ view.features($0).case }).first, c != .nominative { return nil }
        let before = tokens[i - 1]
        let closes = [",", "»", "\"", "“", "”", "!", "?", "…"].contains(view.text(before))
            || (tokens[..<i].contains { view.pos($0) == .verb }
                // A nominative noun right before the dash is renamed by it (`Задержан последний беглец — Тургун Абдуллаев`).
                && !(view.pos(before)?.isNominal == true && view.features(before).case == .nominative)
                && !renamesPerson(endingAt: before, tail: tail))
        return closes ? (tokens[i], tail) : nil
    }

    /// `Задержан последний беглец из Липецкой колонии — Тургун Абдуллаев`: a person's name after the phrase of a
    /// nominative animate noun that ends right before the dash renames that noun; it is no source. Only a person's
    /// name: `прошли обыски у журналистов — источник` keeps its source.
    func renamesPerson(endingAt before: TokenIndex, tail: [TokenIndex]) -> Bool {
        let names = tail.compactMap(view.mention(at:)).compactMap(view.mention)
        guard names.contains(where: { $0.type == .person }),
              // `— посол России Андрей Келин`: a person named with an office is a source.
              !tail.contains(where: { JobTitleSectors.sector(ofLemma: extractor.lemma($0)) != nil || extractor.isWord($0, .mediaNoun) })
        else { return false }
        // Up the chain of nouns whose phrase `before` ends (`колонии` → `беглец`), not past a verb.
        var cur = before
        for _ in 0..<4 {
            guard view.pos(cur)?.isNominal == true else { return false }
            let f = view.features(cur)
            if f.case == .nominative, f.animacy == .animate { return true }
            guard let h = view.head(cur), h < before else { return false }
            cur = h
        }
        return false
    }

    static let dashes: Set<String> = ["—", "–", "-", "--"]

    /// Whether what a frame attributes reaches the event at `trigger`. A reporting verb in a clause that only dates or
    /// qualifies another — an adverbial or a relative clause (`собрались на акцию после того, как премьер заявил, что …`,
    /// `Песков, который заявил …`) — is the source of what it governs, not of the sentence's other events.
    static func frame(_ frame: Frame, reaches trigger: TokenIndex, in view: TokenView) -> Bool {
        frame.isTail || word(frame.token, reaches: trigger, in: view)
    }

    /// Whether a reporting word (a frame's, a statement's) bears on the event at `trigger`: see `frame(_:reaches:in:)`.
    static func word(_ reporting: TokenIndex, reaches trigger: TokenIndex, in view: TokenView) -> Bool {
        var cur = reporting
        for _ in 0..<8 {
            guard let relation = view.relation(cur), let head = view.head(cur) else { return true }
            if relation == .adverbialClause || relation == .clausalModifierOfNoun {
                return trigger == cur || view.ancestors(trigger, limit: 16).contains(cur)
            }
            cur = head
        }
        return true
    }

    /// The words of a candidate that lie in a dash attribution of its sentence: not its participants.
    static func isAttributionWords(_ r: TextRange, of frame: Frame) -> Bool {
        frame.isTail && r.start >= frame.source.range.start && r.end <= frame.source.range.end
    }

    /// The phrase naming the source of a reporting verb (its subject) or of a `по данным X` frame.
    func frameSource(_ t: TokenIndex) -> TokenIndex? {
        if extractor.isWord(t, .reportingVerb), view.pos(t) == nil || view.pos(t) == .verb {
            return view.children(t, [.nominalSubject]).first ?? postposedSubject(after: t)
        }
        guard extractor.isWord(t, .reportingFrame), extractor.isMarked(t, .framePreposition)
                || (extractor.isWord(t, .citationFrame) && extractor.isMarked(t, .citationPreposition)) else { return nil }
        return view.children(t, [.nominalModifier, .obliqueNominal]).first
    }

    /// `..., пишет агентство`: the nominative noun right after a reporting verb,
    /// which parsers often attach to the main clause instead.
    func postposedSubject(after t: TokenIndex) -> TokenIndex? {
        for u in view.tokens(after: t).prefix(6) {
            if view.isPunctuation(u) { return nil }
            // Taggers often read a neuter subject (`агентство`) as accusative: both are its forms.
            if view.pos(u)?.isNominal == true, let c = view.features(u).case, c == .nominative || c == .accusative { return u }
        }
        return nil
    }

    /// The source a phrase names, and whether it is a news organisation.
    func sourcePart(_ h: TokenIndex, at t: TokenIndex) -> (FactPart, Bool)? {
        sourcePart(phrase: view.subtree(h), at: t)
    }

    /// The source the words of `phrase` name, and whether it is a news organisation.
    func sourcePart(phrase: [TokenIndex], at t: TokenIndex, preferPerson: Bool = false) -> (FactPart, Bool)? {
        let media = phrase.contains { extractor.isWord($0, .mediaNoun) }
        // In the words of a dash attribution, the person when they are named with their office (`— посол России
        // Андрей Келин`); else, as in a reporting verb's subject, the first name.
        let mentions = phrase.compactMap(view.mention(at:))
        let person = preferPerson ? mentions.first { view.mention($0)?.type == .person } : nil
        if let m = person ?? mentions.first, let mention = view.mention(m) {
            return (FactPart(extractor.range(phrase), normal: name(of: mention)), media || isNewsOrganisation(m))
        }
        if media, let m = latestNewsOrganisation(before: t, introducedBy: phrase.map(view.lemma)), let mention = view.mention(m) {
            return (FactPart(extractor.range(phrase), normal: name(of: mention)), true)
        }
        return nil
    }

    func name(of mention: Mention) -> String {
        extractor.actor(mention.entity)?.name ?? mention.normal ?? doc.text(of: mention.range)
    }

    /// An organisation introduced by a media noun (`агентство SANA`) anywhere in the
    /// document, a dateline agency, or a well-known agency name.
    func isNewsOrganisation(_ m: MentionIndex) -> Bool { mediaNoun(introducing: m) != nil || isKnownAgency(m) }

    func isKnownAgency(_ m: MentionIndex) -> Bool {
        guard let mention = view.mention(m), mention.type == .organization else { return false }
        if let agency = doc.dateline?.agency, extractor.actor(mention.entity)?.name == agency { return true }
        return extractor.tables.newsAgencies.contains(doc.text(of: mention.range))
    }

    /// The media noun before any mention of the same actor (`агентство` of `агентство SANA`), in its sentence.
    func mediaNoun(introducing m: MentionIndex) -> String? {
        guard let mention = view.mention(m), mention.type == .organization else { return nil }
        let siblings = extractor.actor(mention.entity)?.mentions.map { MentionIndex($0) } ?? [m]
        for s in siblings {
            guard let first = view.tokens(of: s).first else { continue }
            for u in view.tokens(before: first).prefix(4) {
                if extractor.isWord(u, .mediaNoun) { return view.lemma(u) }
                if view.isPunctuation(u) { break }
            }
        }
        return nil
    }

    /// The organisation a generic `агентство` refers to: the latest one introduced with
    /// the same noun, else the latest news organisation named.
    func latestNewsOrganisation(before t: TokenIndex, introducedBy nouns: [String]) -> MentionIndex? {
        guard let start = view.range(t)?.start else { return nil }
        var sameNoun: MentionIndex?
        var any: MentionIndex?
        for (i, mention) in doc.mentions.enumerated() where mention.range.end <= start {
            let m = MentionIndex(i)
            // The dateline's agency is the publisher, not the source it quotes.
            if let r = doc.dateline?.range, r.contains(mention.range) { continue }
            if let noun = mediaNoun(introducing: m) {
                if nouns.contains(noun) { sameNoun = m }
                any = m
            } else if isKnownAgency(m) {
                any = m
            }
        }
        return sameNoun ?? any
    }
}
