import Foundation
import Testing
import LetopisTestSupport

@Suite("The whole pipeline", .requiresModels())
struct EndToEndTests {
    let article = """
    date 2026-03-12
    АНКАРА, 12 марта — РИА Новости. Министр иностранных дел Турции Хакан Фидан провел в Анкаре переговоры с главой МИД Азербайджана Джейхуном Байрамовым, сообщает агентство Anadolu.
    В феврале Байрамов уже посещал Анкару, где встретился с президентом Турции Реджепом Тайипом Эрдоганом. Следующий визит запланирован на начало апреля.
    """

    func run() throws -> [String: Any] {
        let r = try CLI.run(["extract", "-", "--format", "json"], stdin: article)
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test("with --syntax-tree, gives every sentence exactly one root and no cycle")
    func syntaxTree() throws {
        // Bulleted names: the per-token argmax makes «Мальта» its own head (a sentence without a root).
        let text = "date 2026-03-12\nУчастники турнира.\n• Исландия\n• Мальта"
        let r = try CLI.run(["extract", "-", "--format", "json", "--stages", "segment,neural", "--with", "syntax", "--syntax-tree"], stdin: text)
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let tokens = try #require(doc["tokens"] as? [[String: Any]])
        let sentences = try #require(doc["sentences"] as? [[Int]])
        #expect(sentences.count == 3)
        for s in sentences {
            let inside = tokens.indices.filter { (tokens[$0]["start"] as? Int ?? -1) >= s[0] && (tokens[$0]["end"] as? Int ?? .max) <= s[1] }
            let roots = inside.filter { tokens[$0]["head"] is NSNull || tokens[$0]["head"] == nil }
            #expect(roots.count == 1, "sentence \(s): roots \(roots)")
            for i in inside {   // following heads from any token reaches the root within n steps
                var at: Int? = i, steps = 0
                while let a = at, let h = tokens[a]["head"] as? Int, steps <= inside.count { at = h; steps += 1 }
                #expect(steps <= inside.count, "a cycle through token \(i)")
            }
        }
    }

    @Test("finds people, normalises their names and gives them roles and countries")
    func entities() throws {
        let doc = try run()
        let actors = try #require(doc["actors"] as? [[String: Any]])
        let bayramov = try #require(actors.first { ($0["name"] as? String) == "Джейхун Байрамов" })
        #expect(bayramov["type"] as? String == "PER")
        #expect(bayramov["role"] as? String == "министр иностранных дел")
        #expect(bayramov["country"] as? String == "AZ")
        #expect((bayramov["mentions"] as? [Int])?.count == 2, "the surname alone joins the full name")
        let parts = try #require(bayramov["person"] as? [String: Any])
        #expect(parts["first"] as? String == "Джейхун")
        #expect(parts["last"] as? String == "Байрамов")
        #expect(parts["patronymic"] is NSNull)
        let roles = try #require(bayramov["roles"] as? [[String: Any]])
        #expect(roles.first?["title"] as? String == "министр иностранных дел")
        #expect(roles.first?["country"] as? String == "AZ")
        let fidan = try #require(actors.first { ($0["name"] as? String) == "Хакан Фидан" })
        #expect(fidan["country"] as? String == "TR")
    }

    @Test("reads an all-capitals headline as ordinary text: finds its people and places and writes their names normally")
    func shoutedHeadline() throws {
        let text = "date 2026-03-12\nПРЕЗИДЕНТ РОССИИ ВЛАДИМИР ПУТИН ВСТРЕТИЛСЯ С ДОНАЛЬДОМ ТРАМПОМ В ХЕЛЬСИНКИ\n\nВстреча прошла в МИД РФ. Министр обороны САР Мурхеф Абу Касра прибыл в Москву."
        let r = try CLI.run(["extract", "-", "--format", "json"], stdin: text)
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let entities = try #require(doc["entities"] as? [[String: Any]])
        let normals = Set(entities.compactMap { $0["normal"] as? String })
        #expect(normals.isSuperset(of: ["Владимир Путин", "Дональд Трамп", "Россия", "Хельсинки"]), "\(normals)")
        // Abbreviations stay in capitals.
        #expect(normals.contains("МИД РФ"))
        let actors = try #require(doc["actors"] as? [[String: Any]])
        #expect(actors.contains { $0["name"] as? String == "Россия" && $0["country"] as? String == "RU" })
        // In ordinary text a word in capitals is an abbreviation and keeps its form.
        let facts = try #require(doc["facts"] as? [[String: Any]])
        let minister = try #require(facts.first { (($0["who"] as? [String: Any])?["text"] as? String) == "Мурхеф Абу Касра" })
        #expect((minister["where"] as? [String: Any])?["normal"] as? String == "САР")
    }

    @Test("resolves time expressions against the publication date")
    func timexes() throws {
        let doc = try run()
        let timexes = try #require(doc["timexes"] as? [[String: Any]])
        #expect(timexes.contains { ($0["value"] as? String) == "2026-02" })
    }

    @Test("codes the talks with their participants, place and source, and dates the earlier visit by its own phrase")
    func events() throws {
        let doc = try run()
        let events = try #require(doc["events"] as? [[String: Any]])
        let talks = try #require(events.first { ($0["type"] as? String) == "CONSULT" && $0["mode"] is NSNull })
        let participants = try #require(talks["participants"] as? [[String: Any]])
        #expect(participants.contains { ($0["normal"] as? String) == "Хакан Фидан" && ($0["role"] as? String) == "actor" })
        // Talks are reciprocal (event-annotation.md, Participants): both sides act, in the order the text names them.
        #expect(participants.contains { ($0["normal"] as? String) == "Джейхун Байрамов" && ($0["role"] as? String) == "actor" })
        #expect(!participants.contains { ($0["role"] as? String) == "recipient" })
        #expect((talks["place"] as? [String: Any])?["normal"] as? String == "Анкара")
        #expect((talks["source"] as? [String: Any])?["normal"] as? String == "Anadolu")
        let visit = try #require(events.first { ($0["mode"] as? String) == "visit" && ($0["status"] as? String) == "occurred" })
        #expect((visit["time"] as? [String: Any])?["value"] as? String == "2026-02")
        #expect((visit["time"] as? [String: Any])?["basis"] as? String == "timex")
    }
}

@Suite("letopis extract without models")
struct MissingModelsTests {
    @Test("names the missing model file and the install command, and exits 2")
    func missingModels() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["extract", "-", "--models", dir.path], stdin: "Текст.")
        #expect(r.status == 2)
        #expect(r.stderr.contains("letopis models install"))
        #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r.stderr)")
    }
}
