import Foundation
import Testing
import LetopisCore
@testable import LetopisEvents

@Suite("The learned event-trigger model")
struct EventTriggerModelTests {
    /// `Fixtures/event-triggers-v1.json`, written by `Training/event-model/train.sh` with the weights:
    /// feature lists and the probabilities Python's `event_model.py` gives them.
    struct Fixture: Decodable {
        struct Case: Decodable { let features: [String]; let probabilities: [Double] }
        let classes: [String]
        let cases: [Case]
    }

    static func fixture() throws -> Fixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/event-triggers-v1.json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    @Test("gives the probabilities the Python trainer gives on fixed inputs")
    func equalsPython() throws {
        let model = try EventTriggerModel.loaded.get()
        let fixture = try Self.fixture()
        #expect(model.classes == fixture.classes)
        #expect(fixture.cases.count > 10)
        for c in fixture.cases {
            let p = model.probabilities(c.features)
            #expect(p.count == c.probabilities.count)
            for (a, b) in zip(p, c.probabilities) { #expect(abs(a - b) < 1e-9, "features \(c.features)") }
        }
    }

    static let tiny = "classes\tnone\tREQUEST\npolicy\tcombined\nveto\t0.8\nadd\t0.5\nw\tl=призвать\t-1\t2\n"

    static func file(_ body: String, version: String = "1", lines: Int? = nil) -> String {
        var hash = SHA256()
        hash.update(body.utf8)
        let count = lines ?? body.split(separator: "\n").count
        return "letopis-event-model\t\(version)\t\(count)\t\(hash.hexDigest())\n" + body
    }

    @Test("reads a well-formed file and scores by its weights")
    func readsFile() throws {
        let model = try EventTriggerModel(text: Self.file(Self.tiny), name: "tiny.tsv")
        #expect(model.policy == .combined)
        #expect(model.vetoThreshold == 0.8 && model.addThreshold == 0.5)
        let p = model.probabilities(["l=призвать", "unknown"])
        #expect(abs(p[1] - 1 / (1 + exp(-3.0))) < 1e-12)
    }

    @Test("names the file and the command that builds it when the file is truncated, damaged, of another version or missing")
    func badFiles() {
        let good = Self.file(Self.tiny)
        let truncated = String(good.dropLast(7))
        let damaged = good.replacingOccurrences(of: "\t2\n", with: "\t3\n")
        for (text, code) in [(truncated, LetopisError.Code.modelCorrupt), (damaged, .modelCorrupt), ("", .modelCorrupt),
                             (Self.file(Self.tiny, version: "2"), .modelProtocol)] {
            #expect {
                _ = try EventTriggerModel(text: text, name: "event-triggers-v1.tsv")
            } throws: { error in
                guard let e = error as? LetopisError else { return false }
                return e.code == code && e.subject == "event-triggers-v1.tsv" && e.description.contains("Training/event-model/train.sh")
                    && !e.description.contains("\n")
            }
        }
        #expect {
            _ = try EventTriggerModel(contentsOf: URL(fileURLWithPath: "/nonexistent/event-triggers-v1.tsv"))
        } throws: { error in
            (error as? LetopisError)?.code == .modelMissing && "\(error)".contains("Training/event-model/train.sh")
        }
    }
}
