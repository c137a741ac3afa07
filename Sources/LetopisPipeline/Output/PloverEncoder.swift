import LetopisCore

/// Writes each event as a PLOVER record (one JSON object a line), the shape
/// POLECAT data uses: `id, date, actor, recipient, event, mode, context,
/// event_loc, text_info, cite_info`. Documents without events write nothing.
public struct PloverEncoder: Sendable {
    public init() {}

    public func encode(_ document: Document) -> [UInt8] {
        var out: [UInt8] = []
        for (n, e) in document.events.enumerated() {
            var w = JSONWriter()
            w.beginObject()
            w.field("id", "\(document.id)-\(n + 1)")
            w.field("date", e.time?.value)
            w.field("date_mod", e.time?.mod?.rawValue)
            w.field("date_basis", e.time?.basis.rawValue)
            w.key("actor"); actors(e.participants.filter { $0.role == .actor }, document, &w)
            w.key("recipient"); actors(e.participants.filter { $0.role == .recipient }, document, &w)
            w.field("event", e.type.rawValue)
            w.field("mode", e.mode)
            w.field("cameo", e.cameo)
            w.key("context"); w.beginArray(); for c in e.contexts { w.string(c) }; w.endArray()
            w.key("event_loc")
            if let place = e.place {
                w.beginObject()
                w.field("name", place.normal ?? document.text(of: place.range))
                w.field("text", document.text(of: place.range))
                w.endObject()
            } else { w.null() }
            w.key("text_info")
            w.beginObject()
            w.field("trigger", document.text(of: e.trigger))
            w.field("sentence", sentence(containing: e.trigger, in: document))
            w.field("status", e.status.rawValue)
            w.endObject()
            w.key("cite_info")
            w.beginObject()
            w.field("doc_id", document.id)
            w.field("source", e.source.map { $0.normal ?? document.text(of: $0.range) })
            w.field("publisher", document.dateline?.agency)
            w.field("publication_date", document.published?.date.iso)
            w.field("url", document.url)
            w.field("title", document.title)
            w.endObject()
            w.endObject()
            out += w.bytes
            out.append(0x0A)
        }
        return out
    }

    private func actors(_ participants: [EventParticipant], _ document: Document, _ w: inout JSONWriter) {
        w.beginArray()
        for p in participants {
            w.beginObject()
            w.field("name", p.normal ?? document.text(of: p.range))
            w.field("text", document.text(of: p.range))
            if let e = p.entity, e < document.actors.count {
                let a = document.actors[e]
                w.field("type", a.type.rawValue)
                w.field("country", a.country)
                w.field("role", a.role)
                w.field("sector", a.sector)
            }
            w.endObject()
        }
        w.endArray()
    }

    private func sentence(containing range: TextRange, in document: Document) -> String? {
        document.sentences.first { $0.range.contains(range) }.map { document.text(of: $0.range).replacingOccurrences(of: "\n", with: " ") }
    }
}
