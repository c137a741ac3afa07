import Foundation
import Testing
@testable import LetopisPipeline

@Suite("Event dates for PLOVER and GDELT")
struct EventDateTests {
    @Test("give the first day of the period a TIMEX3 value names")
    func firstDay() {
        let cases: [(String, String, EventDate.Granularity)] = [
            ("2025-07-15", "2025-07-15", .day), ("2025-07-15T10:00", "2025-07-15", .time), ("2025-07", "2025-07-01", .month),
            ("2025", "2025-01-01", .year), ("2025-W02", "2025-01-06", .week), ("2025-W02-WE", "2025-01-11", .week),
            ("2025-Q3", "2025-07-01", .quarter), ("2025-H2", "2025-07-01", .half), ("2025-SU", "2025-06-01", .season),
            ("202", "2020-01-01", .decade), ("20", "2000-01-01", .century),
        ]
        for (value, iso, grain) in cases {
            let r = EventDate.start(of: value)
            #expect(r?.0.iso == iso, "\(value)")
            #expect(r?.1 == grain, "\(value)")
        }
    }

    @Test("name no day for references and unknown years")
    func noDay() {
        for value in ["FUTURE_REF", "PAST_REF", "PRESENT_REF", "XXXX-07", "XXXX-WXX", "2025-13", "2025-02-30", "", "P3W"] {
            #expect(EventDate.start(of: value) == nil, "\(value)")
        }
    }

    @Test("fall back to the publication date, and to nothing without one")
    func fallback() {
        let e = Event(type: "CONSULT", trigger: TextRange(0, 1), time: EventTime(value: "FUTURE_REF", mod: nil, basis: .timex, timex: 0))
        let d = EventDate.of(e, published: CalendarDate(year: 2025, month: 8, day: 3))
        #expect(d?.date.iso == "2025-08-03" && d?.granularity == .published && d?.timex == "FUTURE_REF")
        #expect(EventDate.of(e, published: nil) == nil)
    }
}

@Suite("The GDELT writer")
struct GDELTWriterTests {
    @Test("writes 61 columns in GDELT's order for each coded event")
    func columns() throws {
        #expect(GDELTWriter.eventColumns.count == 61)
        #expect(GDELTWriter.eventColumns.first == "GLOBALEVENTID" && GDELTWriter.eventColumns.last == "SOURCEURL")
        #expect(GDELTWriter.mentionColumns.count == 16)
        let lines = String(decoding: try GDELTWriter().encode(EventFormatsFixture.document), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3)
        for line in lines { #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 61) }
    }

    @Test("codes actors, the event and its place as GDELT does")
    func visitRow() throws {
        let doc = EventFormatsFixture.document
        let row = try #require(GDELTEventRecord(event: doc.events[0], number: 1, in: doc, codes: try ActorCodes.table()))
        let f = GDELTWriter.eventLine(row).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        func col(_ name: String) -> String { f[GDELTWriter.eventColumns.firstIndex(of: name) ?? 0] }
        #expect(col("SQLDATE") == "20250701" && col("MonthYear") == "202507" && col("Year") == "2025")
        #expect(col("Actor1Code") == "RUSGOV" && col("Actor1CountryCode") == "RUS" && col("Actor1Type1Code") == "GOV")
        #expect(col("Actor2Code") == "SYR" && col("Actor2Geo_Type") == "1" && col("Actor2Geo_CountryCode") == "SY")
        #expect(col("EventCode") == "042" && col("EventBaseCode") == "042" && col("EventRootCode") == "04")
        #expect(col("QuadClass") == "1" && col("GoldsteinScale") == "1.9" && col("IsRootEvent") == "1")
        #expect(col("ActionGeo_Type") == "4" && col("ActionGeo_FullName") == "Damascus, Syria")
        #expect(col("ActionGeo_CountryCode") == "SY" && col("ActionGeo_ADM1Code") == "SY13")
        #expect(col("ActionGeo_Lat") == "33.5102" && col("ActionGeo_Long") == "36.2913" && col("ActionGeo_FeatureID") == "170654")
        #expect(col("DATEADDED") == "20250803000000" && col("SOURCEURL") == "https://example.ru/news/1")
        #expect(col("AvgTone") == "" && col("NumMentions") == "1")
    }

    @Test("leaves geography empty without a resolved place, and dates an undatable event by publication")
    func arrestRow() throws {
        let doc = EventFormatsFixture.document
        let row = try #require(GDELTEventRecord(event: doc.events[1], number: 2, in: doc, codes: try ActorCodes.table()))
        let f = GDELTWriter.eventLine(row).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        func col(_ name: String) -> String { f[GDELTWriter.eventColumns.firstIndex(of: name) ?? 0] }
        #expect(col("SQLDATE") == "20250803" && col("EventCode") == "173" && col("QuadClass") == "4")
        #expect(col("Actor1Code") == "" && col("Actor2Name") == "Петров")
        #expect(col("ActionGeo_Type") == "0" && col("ActionGeo_Lat") == "")
    }

    @Test("a reciprocal event's two actors are Actor1 and Actor2, in the order the record lists them")
    func reciprocalRow() throws {
        var doc = EventFormatsFixture.document
        // The visit retold as a meeting: both sides act, nobody receives (event-annotation.md, Participants).
        doc.events[0].type = "CONSULT"
        doc.events[0].mode = nil
        for i in doc.events[0].participants.indices { doc.events[0].participants[i].role = .actor }
        let row = try #require(GDELTEventRecord(event: doc.events[0], number: 1, in: doc, codes: try ActorCodes.table()))
        let f = GDELTWriter.eventLine(row).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        func col(_ name: String) -> String { f[GDELTWriter.eventColumns.firstIndex(of: name) ?? 0] }
        #expect(col("Actor1Name") == "Сергей Лавров" && col("Actor1Code") == "RUSGOV")
        #expect(col("Actor2Name") == "Сирия" && col("Actor2Code") == "SYR")
        #expect(col("EventCode") == "040")
        let mention = GDELTMentionRecord(event: doc.events[0], record: row, in: doc, map: CodePointMap(utf8: doc.utf8))
        #expect(mention.actor1CharOffset == 0 && mention.actor2CharOffset == 15)  // `Лавров` at 0, `Дамаск` at 15
    }

    @Test("keeps event ids stable, distinct and within a double's integers")
    func ids() {
        let a = GDELTWriter.globalEventID(documentID: "0012", number: 1)
        #expect(a == GDELTWriter.globalEventID(documentID: "0012", number: 1))
        #expect(a != GDELTWriter.globalEventID(documentID: "0012", number: 2))
        #expect(a != GDELTWriter.globalEventID(documentID: "12", number: 1))
        #expect(a >= 0 && a < 1 << 53)
    }

    @Test("writes mentions with sentence and offsets in code points")
    func mentions() throws {
        let doc = EventFormatsFixture.document
        let line = String(decoding: try GDELTWriter().encodeMentions(doc), as: UTF8.self).split(separator: "\n").first ?? ""
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(f.count == 16)
        #expect(f[3] == "1" && f[4] == "example.ru" && f[6] == "1")
        #expect(f[7] == "0" && f[9] == "7")  // `Лавров` at 0, `посетил` at code point 7
    }

    @Test("formats numbers without locale")
    func fixed() {
        #expect(GDELTWriter.fixed(2025.1945, 4) == "2025.1945")
        #expect(GDELTWriter.fixed(-5, 1) == "-5.0")
        #expect(GDELTWriter.fixed(-0.04, 1) == "0.0")
        #expect(GDELTWriter.fixed(36.29128, 4) == "36.2913")
    }
}

@Suite("The PLOVER encoder")
struct PloverEncoderTests {
    func records(_ options: PloverEncoder.Options = .init()) throws -> [[String: Any]] {
        let bytes = PloverEncoder(options: options, codes: try ActorCodes.table(), scores: try PloverScores.table()).encode(EventFormatsFixture.document)
        return try String(decoding: bytes, as: UTF8.self).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("writes the manual's required fields, a YYYY-MM-DD date and lists of PLOVER values")
    func required() throws {
        let r = try records()
        #expect(r.count == 2, "STATEMENT is left out unless asked for")
        let visit = r[0]
        #expect(visit["id"] as? String == "0012-1")
        #expect(visit["date"] as? String == "2025-07-01" && visit["date_granularity"] as? String == "month")
        #expect(visit["date_timex"] as? String == "2025-07")
        #expect(visit["event"] as? [String] == ["CONSULT"] && visit["mode"] as? [String] == ["visit"])
        #expect(visit["context"] as? [String] == ["election"])
        #expect(visit["letopis_contexts"] as? [String] == ["elections", "security"])
        #expect(visit["quad_code"] as? Int == 1 && visit["event_scale"] as? Double == 4)
        let actor = try #require((visit["actor"] as? [[String: Any]])?.first)
        #expect(actor["code"] as? String == "RUS" && actor["sector"] as? String == "GOV")
        #expect(actor["entity_text"] as? String == "Лавров" && actor["entity_name"] as? String == "Сергей Лавров")
        #expect(actor["identifier_id"] is NSNull && actor["office"] as? String == "министр иностранных дел")
        let loc = try #require(visit["event_loc"] as? [String: Any])
        #expect(loc["geonameid"] as? Int == 170654 && loc["country_code"] as? String == "SYR" && loc["resolution"] as? Int == 4)
        let text = try #require(visit["text_info"] as? [String: Any])
        #expect(text["sequence"] as? Int == 1 && text["start"] as? Int == 0 && text["trigger_start"] as? Int == 7)
        let cite = try #require(visit["cite_info"] as? [String: Any])
        for key in ["language", "coder", "codebook", "version"] { #expect(cite[key] is String, "cite_info.\(key)") }
    }

    @Test("completes a record without an actor and carries status as an auxiliary mode")
    func completedActor() throws {
        let arrest = try records()[1]
        #expect(arrest["date"] as? String == "2025-08-03" && arrest["date_granularity"] as? String == "published")
        #expect(arrest["date_timex"] as? String == "FUTURE_REF")
        #expect(arrest["actor_completed"] as? Bool == true)
        let actor = try #require((arrest["actor"] as? [[String: Any]])?.first)
        #expect(actor["sector"] as? String == "UNK")
        #expect(arrest["context"] as? [String] == ["negation"])
        #expect(arrest["event_loc"] is NSNull)
    }

    @Test("writes STATEMENT records only when asked")
    func statements() throws {
        let r = try records(.init(includeStatements: true))
        #expect(r.count == 3 && r[2]["event"] as? [String] == ["STATEMENT"])
        #expect(r[2]["event_scale"] is NSNull)
    }
}
