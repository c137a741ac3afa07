import LetopisCore

extension EventClusterer {
    /// Corpus events from clusters: aggregate fields, mentions with their reasons, and planned events linked
    /// to their occurrence.
    func build(_ clusters: [Cluster], prepared: [Prepared]) -> [CorpusEvent] {
        var events: [CorpusEvent] = []
        var sides: [Side] = []
        var firstSeenDays: [CalendarDate?] = []
        for c in clusters {
            let members = c.members.sorted { prepared[$0].seenKey < prepared[$1].seenKey }
            var reasonOf: [Int: String] = [:]
            for (k, m) in c.members.enumerated() { reasonOf[m] = c.reasons[k] }
            guard let first = members.first else { continue }
            let founder = prepared[first]
            let founderRecord = records[founder.record]

            var cameoCount: [String: Int] = [:]
            var contexts = Set<String>()
            var documents = Set<String>(), sources = Set<String>()
            var lead = false
            var actorCount: [String: Int] = [:], recipientCount: [String: Int] = [:], names: [String: String] = [:]
            var placeCount: [String: Int] = [:]
            var placeGeo: DocumentRecord.Geo?
            var links: [MentionLink] = []
            var statuses = Set<String>()
            for m in members {
                let p = prepared[m], r = records[p.record]
                if let c = p.mention.cameo { cameoCount[c, default: 0] += 1 }
                contexts.formUnion(p.mention.contexts)
                documents.insert(r.id)
                sources.insert(r.outlet ?? "document " + r.id)
                lead = lead || p.mention.inLead
                statuses.insert(p.mention.status)
                for party in p.parties {
                    names[party.id] = party.name
                    if party.role == "recipient" { recipientCount[party.id, default: 0] += 1 } else { actorCount[party.id, default: 0] += 1 }
                }
                if let n = p.placeName { placeCount[n, default: 0] += 1 }
                if placeGeo == nil { placeGeo = p.mention.place?.geo }
                let participants = p.mention.participants.map { q in
                    LinkedParticipant(start: q.start, end: q.end, text: q.text, role: q.role,
                                      actor: q.actor.flatMap { actors.id(document: r.id, actor: $0) })
                }
                links.append(MentionLink(
                    document: r.id, event: p.mention.id, sentence: p.mention.sentence, trigger: p.mention.trigger,
                    participants: participants, attribution: p.mention.source.map { $0.normal ?? $0.text },
                    outlet: r.outlet, published: r.published, time: r.time, date: p.date.text, status: p.mention.status,
                    lead: p.mention.inLead, reason: reasonOf[m] ?? "",
                    reasonCode: (reasonOf[m]?.hasPrefix("joined") ?? false) ? "joined" : "founding"))
            }
            func ranked(_ d: [String: Int]) -> [String] {
                d.keys.sorted { a, b in (d[a] ?? 0) != (d[b] ?? 0) ? (d[a] ?? 0) > (d[b] ?? 0) : a < b }
            }
            let actorIDs = ranked(actorCount)
            let recipientIDs = ranked(recipientCount).filter { actorCount[$0] == nil }
            let cameo = cameoCount.keys.sorted { a, b in
                (cameoCount[a] ?? 0) != (cameoCount[b] ?? 0) ? (cameoCount[a] ?? 0) > (cameoCount[b] ?? 0)
                    : (a == founder.mention.cameo) || (b != founder.mention.cameo && a < b)
            }.first
            let placeName = ranked(placeCount).first
            let place = placeName.map { name in
                EventPlace(name: name, actor: c.placeKey.flatMap { actors.actor(id: $0) != nil ? $0 : nil }, geo: placeGeo)
            }
            let status: String
            switch c.statusClass {
            case "planned": status = statuses.contains("planned") ? "planned" : "hypothetical"
            default: status = c.statusClass
            }
            events.append(CorpusEvent(
                id: "ev-" + founder.mention.id, type: c.type, mode: c.mode, cameo: cameo,
                quadClass: EventRules.quadClass(cameo: cameo), date: eventDate(c, members: members, prepared: prepared),
                place: place, actors: actorIDs.map { ActorRef(id: $0, name: names[$0] ?? $0) },
                recipients: recipientIDs.map { ActorRef(id: $0, name: names[$0] ?? $0) },
                contexts: contexts.sorted(), status: status, firstSeen: founderRecord.time ?? founderRecord.published,
                numMentions: members.count, numArticles: documents.count, numSources: sources.count, lead: lead,
                mentions: links))
            sides.append(EventClusterer.side(c))
            firstSeenDays.append(founderRecord.published.flatMap { CalendarDate(iso: $0) })
        }
        linkPlanned(&events, sides: sides, firstSeenDays: firstSeenDays)
        return events.sorted { $0.id < $1.id }
    }

    /// The event's date: the value of its most precise text-dated mention and the days all of them allow;
    /// else its publication day.
    func eventDate(_ c: Cluster, members: [Int], prepared: [Prepared]) -> EventDate {
        let dated = members.compactMap { m -> (DayInterval, String, String?)? in
            if case .timex(let i, let v, let mod) = prepared[m].date { return (i, v, mod) }
            return nil
        }.sorted { a, b in a.0.length != b.0.length ? a.0.length < b.0.length : (a.1, a.2 ?? "") < (b.1, b.2 ?? "") }
        // A period from the text (`в середине октября`) and a report published within it: the report, written on
        // the day as wire reports are, dates it more precisely than the period does.
        if let best = dated.first, !best.0.isSingleDay, let interval = c.interval,
           let day = c.publishedDays.filter({ interval.contains($0) }).min() {
            return EventDate(value: day.iso, granularity: "day", earliest: day.iso, latest: day.iso, basis: "published")
        }
        if let best = dated.first {
            let days = c.interval ?? best.0
            let grain = DayInterval.granularity(ofTimexValue: best.1)?.rawValue ?? "day"
            return EventDate(value: best.1.split(separator: "T").first.map(String.init) ?? best.1,
                             granularity: days.isSingleDay ? "day" : grain,
                             earliest: days.earliest.iso, latest: days.latest.iso, mod: best.2, basis: "timex")
        }
        if let d = c.publishedDays.min() {
            return EventDate(value: d.iso, granularity: "day", earliest: d.iso, latest: d.iso, basis: "published")
        }
        // Past or future of the publication day: that day bounds one side, the other is open (empty).
        for m in members {
            if case .reference(let value, let day) = prepared[m].date {
                let iso = day?.iso ?? ""
                return EventDate(value: value, granularity: "reference", earliest: value == "FUTURE_REF" ? iso : "",
                                 latest: value == "PAST_REF" ? iso : "", basis: "timex")
            }
        }
        return EventDate(value: "undated", granularity: "none", earliest: "", latest: "", basis: "none")
    }

    /// A planned event links to the one occurrence of the same type and mode with compatible participants and
    /// place, dated within the plan's days (or, for a plan without a date of its own, on or after the day it was
    /// first reported). The occurrence's history lists the plan. Two or more such occurrences: no link.
    func linkPlanned(_ events: inout [CorpusEvent], sides: [Side], firstSeenDays: [CalendarDate?]) {
        var occurredByType: [String: [Int]] = [:]
        for (i, e) in events.enumerated() where e.status == "occurred" { occurredByType[e.type, default: []].append(i) }
        for (i, e) in events.enumerated() where e.status == "planned" || e.status == "hypothetical" {
            let plan = sides[i]
            var fits: [Int] = []
            for j in occurredByType[e.type] ?? [] {
                var done = sides[j]
                done.statusClass = plan.statusClass
                let parties = EventClusterer.compareParties(plan, done)
                let samePlace = plan.placeKey != nil && plan.placeKey == done.placeKey
                guard done.mode == plan.mode, parties.ok, parties.specific > 0 || parties.shared >= 2 || samePlace,
                      EventClusterer.comparePlaces(plan, done).ok,
                      let doneDays = DayInterval(timexValue: events[j].date.earliest).flatMap({ a in
                          DayInterval(timexValue: events[j].date.latest).map { DayInterval(a.earliest, $0.latest) } })
                else { continue }
                if let planned = plan.interval {
                    guard planned.overlaps(doneDays) else { continue }
                } else if let reported = firstSeenDays[i] {
                    guard doneDays.latest >= reported else { continue }
                } else { continue }
                fits.append(j)
            }
            guard fits.count == 1, let j = fits.first else { continue }
            events[i].occurrence = events[j].id
            events[j].history.append(HistoryEntry(event: e.id, status: e.status, firstSeen: e.firstSeen,
                                                  date: e.date.value, mentions: e.mentions.map(\.event)))
            events[j].history.sort { ($0.firstSeen ?? "", $0.event) < ($1.firstSeen ?? "", $1.event) }
        }
    }
}
