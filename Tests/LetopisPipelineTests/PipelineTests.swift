import Foundation
import Testing
@testable import LetopisPipeline

private struct NeedsEntities: Stage {
    var name: String { "needs-entities" }
    var requires: Set<Layer> { [.entities] }
    var produces: Set<Layer> { [.events] }
    func process(_ document: inout Document) throws {}
}

private struct FailsOnWord: Stage {
    var name: String { "fails" }
    var requires: Set<Layer> { [.text] }
    var produces: Set<Layer> { [] }
    func process(_ document: inout Document) throws {
        if document.text.contains("сбой") {
            throw LetopisError(.unreadable, message: "stage failed on purpose")
        }
    }
}

@Suite("A pipeline")
struct PipelineTests {
    @Test("is refused when a stage needs a layer no earlier stage makes")
    func checksRequirements() {
        #expect(throws: LetopisError.self) { try Pipeline(stages: [SegmentationStage(), NeedsEntities()]) }
        #expect(throws: Never.self) { try Pipeline(stages: [SegmentationStage()]) }
    }

    @Test("refuses an unknown stage name and lists the known ones")
    func unknownStage() {
        do {
            _ = try StageRegistry.standard.pipeline(["segment", "nonsense"], models: ModelsDirectory(url: URL(fileURLWithPath: "/nonexistent")))
            Issue.record("expected an error")
        } catch let e as LetopisError {
            #expect(e.code == .badArgument)
            #expect(e.description.contains("segment"))
        } catch { Issue.record("\(error)") }
    }

    @Test("keeps input order and goes on past failing documents", arguments: [1, 2, 4])
    func batchOrder(jobs: Int) throws {
        let pipeline = try Pipeline(stages: [SegmentationStage(), FailsOnWord()])
        let texts = (0..<150).map { $0 % 7 == 3 ? "документ \($0) сбой" : "Документ \($0). Второе предложение." }
        var items = texts.enumerated().map { i, t in
            ReadItem(location: InputLocation(path: "t\(i)"), result: .success(Document(id: "d\(i)", text: t)))
        }
        items.insert(ReadItem(location: InputLocation(path: "bad"), result: .failure(LetopisError(.emptyDocument, message: "empty"))), at: 10)
        var ids: [String] = []
        var errors: [LetopisError] = []
        let summary = BatchRunner(pipeline: pipeline, jobs: jobs, chunkSize: 16).run(items, output: { ids.append($0.id) },
                                                                                       report: { errors.append($0) })
        let expected = (0..<150).filter { $0 % 7 != 3 }.map { "d\($0)" }
        #expect(ids == expected)
        #expect(summary.failed == 150 - expected.count + 1)
        #expect(errors.count == summary.failed)
        #expect(errors.contains { $0.subject == "t3" })
    }
}

@Suite("Batch slicing")
struct BatchSlicingTests {
    @Test("cuts documents into runs of nearly equal size, covering each once")
    func balanced() {
        let sizes = [10_000, 100, 100, 100, 9_800, 50]
        let b = BatchRunner.balancedSlices(sizes, into: 2)
        #expect(b.first == 0 && b.last == sizes.count && b.count == 3)
        let sums = (0..<2).map { k in sizes[b[k]..<b[k + 1]].reduce(0, +) }
        #expect(abs(sums[0] - sums[1]) < 500, "\(sums)")
        #expect(BatchRunner.balancedSlices([5], into: 4).count == 5)
        #expect(BatchRunner.balancedSlices([], into: 2) == [0, 0, 0])
    }
}
