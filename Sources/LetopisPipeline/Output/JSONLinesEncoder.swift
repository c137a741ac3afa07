import LetopisCore

/// Writes a document as one line of JSON, as described in `Docs/output-format.md`.
///
/// Offsets are Unicode code points into `text`, end exclusive — the unit
/// Python and the corpora use — converted from the document's byte ranges.
public struct JSONLinesEncoder: Sendable {
    public var options: OutputOptions

    public init(options: OutputOptions = OutputOptions()) { self.options = options }

    /// The document's JSON as a string, without the line end (what a database stores).
    public func json(_ document: Document) -> String {
        let line = encode(document)
        // Cut on bytes: Foundation's `trimmingCharacters(in: .newlines)` walks the whole JSON as UTF-16 and
        // took 3 % of an ingest worker's time.
        let end = line.lastIndex { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }.map { $0 + 1 } ?? 0
        return String(decoding: line[..<end], as: UTF8.self)
    }

    /// The document as one line of JSON, ending in a line feed.
    public func encode(_ document: Document) -> [UInt8] {
        let map = CodePointMap(utf8: document.utf8)
        var w = JSONWriter(capacity: 1024 + document.utf8.count / 2)
        func span(_ range: TextRange) {
            w.field("start", map.codePoint(range.start))
            w.field("end", map.codePoint(range.end))
        }
        /// A gazetteer entry with every key, or null (Docs/places.md).
        func geo(_ g: GeoPlace?, always: Bool = false) {
            guard g != nil || always else { w.null(); return }
            w.beginObject()
            w.field("geonameid", g?.geonameID)
            w.field("name", g?.name)
            w.field("name_ru", g?.nameRu)
            w.field("latitude", g?.latitude)
            w.field("longitude", g?.longitude)
            w.field("country", g?.country)
            w.field("admin1", g?.admin1)
            w.field("feature_class", g?.featureClass)
            w.field("feature_code", g?.featureCode)
            w.field("population", g?.population)
            w.endObject()
        }
        func part(_ p: FactPart?) {
            guard let p else { w.null(); return }
            w.beginObject(); span(p.range); w.field("text", document.text(of: p.range)); w.field("normal", p.normal); w.endObject()
        }
        /// A part that is always an object with all its keys, null values when absent, so that tables flatten.
        func fullPart(_ p: FactPart?) {
            w.beginObject()
            w.field("start", p.map { map.codePoint($0.range.start) })
            w.field("end", p.map { map.codePoint($0.range.end) })
            w.field("text", p.map { document.text(of: $0.range) })
            w.field("normal", p?.normal)
            w.endObject()
        }
        func spanObject(_ r: TextRange?) {
            guard let r else { w.null(); return }
            w.beginObject(); span(r); w.field("text", document.text(of: r)); w.endObject()
        }
        w.beginObject()
        w.field("id", document.id)
        w.field("published", document.published?.date.iso)
        w.field("published_source", document.published?.source.rawValue)
        if let title = document.title { w.field("title", title) }
        if let url = document.url { w.field("url", url) }

        w.key("dateline")
        if let d = document.dateline {
            w.beginObject()
            span(d.range)
            w.field("place", d.place)
            w.key("place_span"); w.beginArray(); w.int(map.codePoint(d.placeRange.start)); w.int(map.codePoint(d.placeRange.end)); w.endArray()
            w.field("day", d.day)
            w.field("month", d.month)
            w.field("agency", d.agency)
            w.key("agency_span")
            if let a = d.agencyRange {
                w.beginArray(); w.int(map.codePoint(a.start)); w.int(map.codePoint(a.end)); w.endArray()
            } else { w.null() }
            // The same spans as span objects, like every other span of the format.
            w.key("place_range"); spanObject(d.placeRange)
            w.key("agency_range"); spanObject(d.agencyRange)
            w.endObject()
        } else { w.null() }

        w.key("sentences"); w.beginArray()
        for s in document.sentences {
            w.beginArray(); w.int(map.codePoint(s.range.start)); w.int(map.codePoint(s.range.end)); w.endArray()
        }
        w.endArray()

        if !options.with.isDisjoint(with: ["tokens", "morph", "syntax"]) {
            w.key("tokens"); w.beginArray()
            for (i, t) in document.tokens.enumerated() {
                w.beginObject()
                span(t.range)
                w.field("text", document.text(of: t.range))
                if i < document.lemmas.count { w.field("lemma", document.lemmas[i]) }
                if options.with.contains("morph"), i < document.morphTags.count {
                    let tag = document.morphTags[i]
                    w.field("pos", tag.pos)
                    w.field("feats", tag.features.isEmpty ? nil : tag.features.map { "\($0.0)=\($0.1)" }.joined(separator: "|"))
                }
                if options.with.contains("syntax"), i < document.syntax.count {
                    let arc = document.syntax[i]
                    w.field("head", arc.head)
                    w.field("rel", arc.relation)
                }
                w.endObject()
            }
            w.endArray()
        }

        w.key("entities"); w.beginArray()
        for m in document.mentions {
            w.beginObject()
            span(m.range)
            w.field("type", m.type.rawValue)
            w.field("text", document.text(of: m.range))
            w.field("normal", m.normal)
            w.field("entity", m.entity)
            w.endObject()
        }
        w.endArray()

        // Written only when the `nerel` stage ran, so output without it is unchanged.
        if document.layers.contains(.nerel) {
            w.key("nerel"); w.beginArray()
            for m in document.nerelMentions {
                w.beginObject()
                span(m.range)
                w.field("type", m.type.rawValue)
                w.field("text", document.text(of: m.range))
                w.endObject()
            }
            w.endArray()
        }

        w.key("actors"); w.beginArray()
        for a in document.actors {
            w.beginObject()
            w.field("id", a.id)
            w.field("type", a.type.rawValue)
            w.field("name", a.name)
            w.field("country", a.country)
            w.field("role", a.role)
            w.field("sector", a.sector)
            w.key("person")
            if let p = a.person {
                w.beginObject()
                w.field("first", p.first)
                w.field("patronymic", p.patronymic)
                w.field("last", p.last)
                w.key("particles"); w.beginArray(); for x in p.particles { w.string(x) }; w.endArray()
                w.endObject()
            } else { w.null() }
            w.key("roles"); w.beginArray()
            for r in a.roles {
                w.beginObject()
                w.field("title", r.title)
                w.field("place", r.place)
                w.field("country", r.country)
                w.field("sector", r.sector)
                w.key("facts"); w.beginArray(); for f in r.facts { w.int(f) }; w.endArray()
                w.endObject()
            }
            w.endArray()
            w.key("mentions"); w.beginArray(); for m in a.mentions { w.int(m) }; w.endArray()
            w.key("descriptors"); w.beginArray()
            for r in a.descriptors { w.beginObject(); span(r); w.field("text", document.text(of: r)); w.endObject() }
            w.endArray()
            w.key("geo"); geo(a.geo)
            w.endObject()
        }
        w.endArray()

        w.key("timexes"); w.beginArray()
        for t in document.timexes {
            w.beginObject()
            span(t.range)
            w.field("text", document.text(of: t.range))
            w.field("type", t.type.rawValue)
            w.field("value", t.value)
            w.field("mod", t.mod?.rawValue)
            if options.trace { w.field("rule", t.rule) }
            w.endObject()
        }
        w.endArray()

        w.key("facts"); w.beginArray()
        for f in document.facts {
            w.beginObject()
            w.field("type", f.type)
            w.key("who"); part(f.who)
            w.key("job"); part(f.job)
            w.key("where"); part(f.where)
            if options.trace { w.field("rule", f.rule) }
            // An addition: the pair scorer's probability, on facts it decided.
            if let score = f.score { w.field("score", (score * 1000).rounded() / 1000) }
            w.endObject()
        }
        w.endArray()

        w.key("events"); w.beginArray()
        for (n, e) in document.events.enumerated() {
            w.beginObject()
            w.field("id", "\(document.id)-\(n + 1)")
            w.field("type", e.type.rawValue)
            w.field("mode", e.mode)
            w.field("cameo", e.cameo)
            w.key("trigger"); w.beginObject(); span(e.trigger); w.field("text", document.text(of: e.trigger)); w.endObject()
            w.key("evidence"); w.beginArray()
            for r in e.evidence { w.beginObject(); span(r); w.field("text", document.text(of: r)); w.endObject() }
            w.endArray()
            w.key("participants"); w.beginArray()
            for p in e.participants {
                w.beginObject()
                span(p.range)
                w.field("text", document.text(of: p.range))
                w.field("normal", p.normal)
                w.field("entity", p.entity.flatMap { $0 >= 0 && $0 < document.actors.count ? $0 : nil })
                w.field("role", p.role.rawValue)
                // Always an object (tables flatten): the mention a pronoun stands for, every key null otherwise.
                w.key("antecedent"); w.beginObject()
                if let a = p.antecedent {
                    span(a); w.field("text", document.text(of: a))
                } else {
                    w.field("start", nil as Int?); w.field("end", nil as Int?); w.field("text", nil as String?)
                }
                w.endObject()
                w.endObject()
            }
            w.endArray()
            w.key("place"); fullPart(e.place)
            // Always an object, like `place`: every key null when the place is absent or unresolved (tables flatten).
            w.key("place_geo"); geo(e.placeGeo, always: true)
            w.key("time")
            // Always an object with all its keys: `start`, `end`, `timex` null when no expression dates it.
            let timex = e.time?.timex.flatMap { $0 >= 0 && $0 < document.timexes.count ? $0 : nil }
            w.beginObject()
            w.field("start", timex.map { map.codePoint(document.timexes[$0].range.start) })
            w.field("end", timex.map { map.codePoint(document.timexes[$0].range.end) })
            w.field("timex", timex)
            w.field("value", e.time?.value)
            w.field("mod", e.time?.mod?.rawValue)
            w.field("basis", e.time?.basis.rawValue)
            w.endObject()
            w.key("source"); fullPart(e.source)
            w.key("contexts"); w.beginArray(); for c in e.contexts { w.string(c) }; w.endArray()
            w.field("status", e.status.rawValue)
            w.field("rule", e.rule)
            w.key("patterns"); w.beginArray(); for p in e.patterns { w.string(p) }; w.endArray()
            // An addition: the act as told when `type`/`status` are the conventions' coding of its announcement or
            // offer; always an object (tables flatten), every key null otherwise.
            w.key("intended"); w.beginObject()
            w.field("type", e.intended?.type.rawValue)
            w.field("mode", e.intended?.mode)
            w.field("status", e.intended?.status.rawValue)
            w.endObject()
            w.endObject()
        }
        w.endArray()

        if !document.warnings.isEmpty {
            w.key("warnings"); w.beginArray(); for warning in document.warnings { w.string(warning) }; w.endArray()
        }
        // What each stage decided, under --trace only (an addition: absent from ordinary output).
        if options.trace, let lines = document.traceLines, !lines.isEmpty {
            w.key("trace"); w.beginArray()
            for line in lines {
                w.beginObject(); w.field("stage", line.stage); w.field("text", line.text); w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        w.bytes.append(0x0A)
        return w.bytes
    }
}
