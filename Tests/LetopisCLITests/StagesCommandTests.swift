import Foundation
import Testing

@Suite("Stage lists from the command line")
struct StagesCommandTests {
    @Test("--stages events is refused before any model loads, in one line naming the stages to add")
    func eventsAlone() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLI.run(["extract", "-", "--stages", "events", "--models", dir.path], stdin: "Текст.")
        #expect(r.status == 2)
        #expect(r.stderr.contains("stage 'events' needs"))
        #expect(r.stderr.contains("--stages segment,neural,"))
        #expect(!r.stderr.contains("events.plover"), "the internal stage id is not the user's word: \(r.stderr)")
        #expect(!r.stderr.contains("models install"), "the list is checked before models: \(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r.stderr)")
    }

    @Test("letopis stages lists every stage with what it requires and produces")
    func listing() throws {
        let r = try CLI.run(["stages"])
        #expect(r.status == 0)
        for name in ["segment", "neural", "lemmas", "time", "entities", "events", "places"] {
            #expect(r.stdout.contains("\n\(name)\t"), "\(name) listed")
        }
        #expect(r.stdout.contains("produces: sentences, tokens"))
    }

    @Test("letopis stages --check says a working list works and refuses one that cannot")
    func check() throws {
        let good = try CLI.run(["stages", "--check", "segment,time"])
        #expect(good.status == 0)
        #expect(good.stdout.contains("every stage finds the layers it requires"))
        let bad = try CLI.run(["stages", "--check", "time"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("add segment to --stages: --stages segment,time"))
    }
}
