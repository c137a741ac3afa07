import LetopisCore

/// A readable summary of a document for the terminal: header, sentences,
/// entities, actors, time expressions, facts and a chronicle of its events.
public struct TextSummaryEncoder: Sendable {
    public var options: OutputOptions

    public init(options: OutputOptions = OutputOptions()) { self.options = options }

    public func encode(_ document: Document) -> String {
        var out = "── \(document.id)"
        if let p = document.published { out += " · published \(p.date.iso) (\(p.source.rawValue))" } else { out += " · publication date unknown" }
        out += "\n"
        if let d = document.dateline {
            out += "dateline: \(d.place)"
            if let day = d.day { out += ", day \(day)" }
            if let month = d.month { out += ", month \(month)" }
            if let agency = d.agency { out += " — \(agency)" }
            out += "\n"
        }
        out += "sentences: \(document.sentences.count), tokens: \(document.tokens.count)\n"
        for (i, s) in document.sentences.enumerated() {
            out += "  [\(i + 1)] \(document.text(of: s.range).replacingOccurrences(of: "\n", with: " "))\n"
        }
        if !document.mentions.isEmpty {
            out += "entities:\n"
            for m in document.mentions {
                out += "  \(m.type.rawValue)\t\(document.text(of: m.range))"
                if let n = m.normal, n != document.text(of: m.range) { out += " → \(n)" }
                out += "\n"
            }
        }
        if !document.actors.isEmpty {
            // One line an actor: who the mentions add up to, with country, roles and how often the text names it.
            out += "actors:\n"
            for a in document.actors {
                out += "  #\(a.id) \(a.type.rawValue)\t\(a.name)"
                let tags = [a.country, a.sector].compactMap { $0 }
                if !tags.isEmpty { out += " [" + tags.joined(separator: ", ") + "]" }
                let roles = a.roles.map { r in r.title + (r.place.map { " (\($0))" } ?? "") }
                if !roles.isEmpty { out += " — " + roles.joined(separator: "; ") } else if let role = a.role { out += " — \(role)" }
                out += " · \(a.mentions.count) mention\(a.mentions.count == 1 ? "" : "s")"
                if !a.descriptors.isEmpty { out += ", also «" + a.descriptors.map { document.text(of: $0) }.joined(separator: "», «") + "»" }
                out += "\n"
            }
        }
        // One line for the map: every resolved place with its GeoNames id, country and coordinates.
        let placed = document.actors.compactMap { a in a.geo.map { (a.name, $0) } }
        if !placed.isEmpty {
            out += "places: " + placed.map { name, g in
                "\(name) = \(g.name) [\(g.geonameID.map { "geonames \($0), " } ?? "")\(g.country ?? "?"), "
                    + "\(Self.coordinate(g.latitude)), \(Self.coordinate(g.longitude))]"
            }.joined(separator: "; ") + "\n"
        }
        if !document.timexes.isEmpty {
            out += "time expressions:\n"
            for t in document.timexes {
                out += "  \(document.text(of: t.range)) → \(t.value)\(t.mod.map { " \($0.rawValue)" } ?? "") (\(t.type.rawValue))"
                if options.trace { out += " [\(t.rule)]" }
                out += "\n"
            }
        }
        if !document.facts.isEmpty {
            out += "facts:\n"
            for f in document.facts {
                out += "  \(f.type): \(f.who.normal ?? document.text(of: f.who.range)) — \(f.job.normal ?? document.text(of: f.job.range))"
                if let w = f.where { out += " (\(w.normal ?? document.text(of: w.range)))" }
                out += "\n"
            }
        }
        if !document.events.isEmpty {
            out += "events:\n"
            for e in document.events {
                let actors = e.participants.filter { $0.role == .actor }.map { $0.normal ?? document.text(of: $0.range) }
                let recipients = e.participants.filter { $0.role == .recipient }.map { $0.normal ?? document.text(of: $0.range) }
                out += "  \(e.time.map { $0.value + ($0.mod.map { " " + $0.rawValue } ?? "") } ?? "?") · \(e.type.rawValue)"
                if let mode = e.mode { out += "/\(mode)" }
                out += " · \(actors.joined(separator: ", ")) → \(recipients.joined(separator: ", "))"
                if let place = e.place { out += " · \(place.normal ?? document.text(of: place.range))" }
                if let source = e.source { out += " · per \(source.normal ?? document.text(of: source.range))" }
                out += " · «\(document.text(of: e.trigger))» [\(e.status.rawValue)]\n"
            }
        }
        for warning in document.warnings { out += "warning: \(warning)\n" }
        if options.trace, let lines = document.traceLines, !lines.isEmpty {
            out += "trace:\n"
            for line in lines { out += "  \(line.stage)\t\(line.text)\n" }
        }
        return out
    }

    /// Two decimals: a place's position to about a kilometre, enough to read.
    static func coordinate(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let a = abs(hundredths)
        return "\(sign)\(a / 100).\(a % 100 < 10 ? "0" : "")\(a % 100)"
    }
}
