import LetopisCore

extension DocumentRecord {
    /// The record of an extracted document: its metadata, actors and events, spans in code points.
    ///
    /// - Parameters:
    ///   - outlet: the JSON Lines `source` (channel, agency), if any.
    ///   - time: the publication timestamp (JSON Lines `time`), if any.
    ///   - extractorVersion: what produced the layers, recorded so that re-extraction can be told apart.
    /// - Complexity: O(n) in the document's size plus its layers.
    public init(document: Document, outlet: String?, time: String?, extractorVersion: String) {
        let map = CodePointMap(utf8: document.utf8)
        func span(_ r: TextRange) -> Span {
            Span(start: map.codePoint(r.start), end: map.codePoint(r.end), text: document.text(of: r))
        }
        func inside(_ r: TextRange) -> Bool { r.start >= 0 && r.end <= document.utf8.count }

        var actors: [Actor] = []
        actors.reserveCapacity(document.actors.count)
        for (i, a) in document.actors.enumerated() {
            var aliases = Set<String>()
            aliases.insert(a.name)
            for m in a.mentions where m >= 0 && m < document.mentions.count {
                if let n = document.mentions[m].normal, !n.isEmpty { aliases.insert(n) }
            }
            actors.append(Actor(
                index: i, type: a.type.rawValue, name: a.name, aliases: aliases.sorted(), country: a.country,
                role: a.role, sector: a.sector,
                person: a.person.map { NameParts(first: $0.first, patronymic: $0.patronymic, last: $0.last, particles: $0.particles) },
                roles: a.roles.map { Role(title: $0.title, place: $0.place, country: $0.country, sector: $0.sector) },
                geo: a.geo.map(Geo.init), mentionCount: max(a.mentions.count, 1)))
        }

        // The lead: the first sentence that goes past the dateline and any header line.
        let bodyFloor = max(document.bodyStart, document.dateline?.range.end ?? 0)
        let lead = document.sentences.firstIndex { $0.range.end > bodyFloor }

        var events: [EventMention] = []
        events.reserveCapacity(document.events.count)
        for (n, e) in document.events.enumerated() where inside(e.trigger) {
            var sentenceIndex: Int?
            if let t = DocumentRecord.firstToken(endingAfter: e.trigger.start, in: document.tokens) {
                sentenceIndex = document.sentenceIndex(ofToken: t)
            }
            let sentence = sentenceIndex.flatMap { $0 < document.sentences.count ? span(document.sentences[$0].range) : nil }
            let participants = e.participants.filter { inside($0.range) }.map { p in
                Participant(start: map.codePoint(p.range.start), end: map.codePoint(p.range.end),
                            text: document.text(of: p.range), normal: p.normal, role: p.role.rawValue,
                            actor: p.entity.flatMap { $0 >= 0 && $0 < actors.count ? $0 : nil })
            }
            let place = e.place.flatMap { p in
                inside(p.range) ? Place(start: map.codePoint(p.range.start), end: map.codePoint(p.range.end),
                                        text: document.text(of: p.range), normal: p.normal, geo: e.placeGeo.map(Geo.init)) : nil
            }
            // The corpus files an announcement or offer under the act it tells (a planned CONSULT, not the
            // conventions' AGREE), so that a plan links to the meeting that took place and an offer is no meeting
            // (Docs/corpus.md).
            let act = e.intended
            let time = (act != nil ? act?.time : e.time).map { t -> Time in
                let interval = DayInterval(timexValue: t.value, mod: t.mod?.rawValue)
                let timexSpan = t.timex.flatMap { $0 >= 0 && $0 < document.timexes.count && inside(document.timexes[$0].range)
                    ? span(document.timexes[$0].range) : nil }
                return Time(value: t.value, mod: t.mod?.rawValue, basis: t.basis.rawValue,
                            earliest: interval?.earliest.iso, latest: interval?.latest.iso, timex: timexSpan)
            }
            let source = e.source.flatMap { s in
                inside(s.range) ? Attribution(start: map.codePoint(s.range.start), end: map.codePoint(s.range.end),
                                              text: document.text(of: s.range), normal: s.normal) : nil
            }
            let head = DocumentRecord.triggerHead(e.trigger, in: document)
            let headTag = head.flatMap { $0 < document.morphTags.count ? document.morphTags[$0] : nil }
            let pos = headTag.flatMap { $0.pos == "X" || $0.pos.isEmpty ? nil : $0.pos }
            events.append(EventMention(
                id: "\(document.id)-\(n)", index: n, type: (act?.type ?? e.type).rawValue, mode: act != nil ? act?.mode : e.mode,
                cameo: act != nil ? act?.cameo : e.cameo, status: (act?.status ?? e.status).rawValue, contexts: e.contexts, sentenceIndex: sentenceIndex, sentence: sentence,
                trigger: span(e.trigger), participants: participants, place: place, time: time, source: source,
                inLead: sentenceIndex != nil && sentenceIndex == lead,
                triggerPOS: pos, triggerVerbForm: pos == "VERB" || pos == "AUX" ? headTag?.feature("VerbForm") : nil,
                triggerGovernor: pos == "NOUN" ? head.flatMap { DocumentRecord.governingVerb(ofObject: $0, in: document) } : nil))
        }

        var hash = SHA256()
        hash.update(document.utf8)
        self.init(id: document.id, textSHA256: hash.hexDigest(), text: document.text,
                  published: document.published?.date.iso, publishedSource: document.published?.source.rawValue,
                  time: time, outlet: outlet, title: document.title, url: document.url,
                  extractorVersion: extractorVersion, actors: actors, events: events)
    }
}

extension DocumentRecord {
    /// The trigger's head word (a token index): of the word tokens under the trigger, the first whose syntactic head
    /// lies outside it (`нанесли` in `нанесли удар`, `ордер` in `ордер на арест`); without syntax, the first verb
    /// under it, else its first word. O(tokens under the trigger).
    static func triggerHead(_ r: TextRange, in document: Document) -> Int? {
        guard let first = firstToken(endingAfter: r.start, in: document.tokens) else { return nil }
        var words: [Int] = []
        var i = first
        while i < document.tokens.count, document.tokens[i].range.start < r.end {
            if document.tokens[i].kind == .word { words.append(i) }
            i += 1
        }
        guard let firstWord = words.first else { return nil }
        let inside = first..<i
        if document.syntax.count == document.tokens.count {
            if let h = words.first(where: { w in document.syntax[w].head.map { !inside.contains($0) } ?? true }) { return h }
        }
        if document.morphTags.count == document.tokens.count,
           let v = words.first(where: { document.morphTags[$0].pos == "VERB" }) { return v }
        return firstWord
    }

    /// The lemma of the verb whose direct object token `t` is (`ввёл` of `санкции`), when the syntax says so.
    static func governingVerb(ofObject t: Int, in document: Document) -> String? {
        guard t < document.syntax.count, document.syntax[t].relation.hasPrefix("obj"),
              let g = document.syntax[t].head, g >= 0, g < document.tokens.count,
              g < document.morphTags.count, document.morphTags[g].pos == "VERB" else { return nil }
        if g < document.lemmas.count, !document.lemmas[g].isEmpty { return document.lemmas[g] }
        return document.text(of: document.tokens[g].range).lowercased()
    }

    /// The first token whose end is past `offset`, by binary search over tokens in text order.
    static func firstToken(endingAfter offset: Int, in tokens: [Token]) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].range.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count ? lo : nil
    }
}

extension DocumentRecord.Geo {
    /// The plain value of a gazetteer entry.
    public init(_ g: GeoPlace) {
        self.init(geonameID: g.geonameID, name: g.name, nameRu: g.nameRu, latitude: g.latitude, longitude: g.longitude,
                  country: g.country, admin1: g.admin1, featureClass: g.featureClass, featureCode: g.featureCode)
    }
}
