import Foundation
import Testing
import LetopisTestSupport
@testable import LetopisPipeline

/// A stage that only declares: the analysis reads contracts, not behaviour.
private struct Declared: Stage {
    var name: String
    var requires: Set<Layer>
    var uses: Set<Layer> = []
    var produces: Set<Layer>
    func process(_ document: inout Document) throws { document.layers.formUnion(produces) }
}

/// A registry shaped like the standard one, with stand-in stages (no models).
private func registry() -> StageRegistry {
    var r = StageRegistry()
    func add(_ name: String, requires: Set<Layer>, uses: Set<Layer> = [], produces: Set<Layer>) {
        let contract = StageContract(requires: requires, uses: uses, produces: produces)
        r.register(name, summary: name, contract: contract) { _ in
            Declared(name: "\(name).v1", requires: requires, uses: uses, produces: produces)
        }
    }
    add("segment", requires: [.text], produces: [.tokens, .sentences])
    add("neural", requires: [.tokens, .sentences], produces: [.morph, .syntax, .entities])
    add("lemmas", requires: [.tokens], produces: [.lemmas])
    add("time", requires: [.tokens], produces: [.timexes])
    add("entities", requires: [.tokens, .sentences, .entities, .lemmas], uses: [.morph], produces: [.normalised, .actors, .facts])
    add("events", requires: [.tokens, .sentences, .entities, .actors], uses: [.lemmas, .morph, .syntax, .timexes, .facts],
        produces: [.events])
    return r
}

private let noModels = ModelsDirectory(url: URL(fileURLWithPath: "/nonexistent"))

@Suite("Stage lists are checked by name, naming the stages to add")
struct StageContractTests {
    func refusal(_ names: [String], in r: StageRegistry = registry()) -> LetopisError? {
        do { _ = try r.analyse(names); return nil } catch let e as LetopisError { return e } catch { return nil }
    }

    @Test("--stages events names every stage to add, in the user's words, and the list that works")
    func eventsAlone() throws {
        let e = try #require(refusal(["events"]))
        #expect(e.code == .pipelineInvalid)
        #expect(e.message.contains("stage 'events' needs"))
        #expect(e.message.contains("tokens (which 'segment' produces)"))
        #expect(e.message.contains("actors (which 'entities' produces)"))
        #expect(e.remedy == "add segment, neural, lemmas, entities to --stages: --stages segment,neural,lemmas,entities,events")
        #expect(!e.description.contains("events.v1"), "the internal stage id is not the user's word")
    }

    @Test("a stage that needs a stage the user left out is refused: segment,neural,entities,events lacks lemmas")
    func missingLemmas() throws {
        let e = try #require(refusal(["segment", "neural", "entities", "events"]))
        #expect(e.message.contains("stage 'entities' needs lemmas (which 'lemmas' produces)"))
        #expect(e.remedy?.hasSuffix("--stages segment,neural,lemmas,entities,events") == true)
    }

    @Test("a stage before the one it needs is told to move, not to add")
    func order() throws {
        let e = try #require(refusal(["time", "segment"]))
        #expect(e.message.contains("tokens (which 'segment' produces, but runs after it)"))
        #expect(e.remedy == "run them in this order: --stages segment,time")
    }

    @Test("a layer a stage only uses is a remark, once, naming the stage that adds it")
    func usesAreRemarks() throws {
        let analysis = try registry().analyse(["segment", "neural", "lemmas", "entities", "events"])
        #expect(analysis.remarks.count == 1)
        let remark = try #require(analysis.remarks.first)
        #expect(remark.hasPrefix("stage 'events' reads timexes (which 'time' produces) when present"))
        #expect(remark.hasSuffix("add time to --stages"))
        #expect(try registry().analyse(registry().defaultStages).remarks.isEmpty)
    }

    @Test("unknown and empty lists are the user's to fix, with the known names")
    func names() {
        #expect(refusal(["segment", "nonsense"])?.code == .badArgument)
        #expect(refusal([])?.code == .badArgument)
    }

    @Test("a built stage that declares other layers than its registration is refused")
    func registrationMustMatch() throws {
        var r = StageRegistry()
        r.register("segment", summary: "", contract: StageContract(requires: [.text], produces: [.tokens])) { _ in
            Declared(name: "segment.v1", requires: [.text], produces: [.tokens, .sentences])
        }
        do {
            _ = try r.pipeline(["segment"], models: noModels)
            Issue.record("expected the registration to be refused")
        } catch let e as LetopisError {
            #expect(e.code == .pipelineInvalid)
            #expect(e.message.contains("but stage 'segment.v1' declares"))
        }
    }

    @Test("a registration without a contract is checked through its built stage")
    func undeclared() throws {
        var r = StageRegistry()
        r.register("segment", summary: "") { _ in Declared(name: "s", requires: [.text], produces: [.tokens, .sentences]) }
        r.register("time", summary: "") { _ in Declared(name: "t", requires: [.tokens], produces: [.timexes]) }
        #expect(throws: LetopisError.self) { try r.analyse(["time"], models: noModels) }
        #expect(throws: Never.self) { try r.pipeline(["segment", "time"], models: noModels) }
    }

    @Test("every standard stage declares its contract in the registry")
    func standardDeclares() {
        for entry in StageRegistry.standard.entries {
            #expect(entry.contract != nil, "stage '\(entry.name)' registers no contract")
        }
    }

    @Test("each standard stage that needs no models declares what its registration says")
    func standardWithoutModels() throws {
        for entry in StageRegistry.standard.entries where !entry.needsModels {
            let stage = try entry.make(noModels)
            #expect(StageContract(of: stage) == entry.contract, "stage '\(entry.name)'")
        }
    }

    @Test("each standard stage that needs models declares what its registration says", .requiresModels())
    func standardWithModels() throws {
        let models = ModelsDirectory.resolve()
        for entry in StageRegistry.standard.entries where entry.needsModels {
            let stage = try entry.make(models)
            #expect(StageContract(of: stage) == entry.contract, "stage '\(entry.name)'")
        }
    }

    @Test("the standard stages in order make a pipeline that checks, with no remark")
    func standardOrder() throws {
        let r = StageRegistry.standard
        #expect(try r.analyse(r.defaultStages).remarks.isEmpty)
    }
}

@Suite("Traces")
struct TraceTests {
    @Test("are recorded only when the run traces, and written by the JSON and text encoders only with --trace")
    func traces() throws {
        var doc = Document(id: "t", text: "x")
        doc.trace("events") { Issue.record("the text of an untraced line is built"); return "" }
        #expect(doc.traceLines == nil)
        doc.startTracing()
        doc.trace("events") { "candidate встретился" }
        #expect(doc.traceLines == [TraceLine(stage: "events", text: "candidate встретился")])
        let traced = String(decoding: JSONLinesEncoder(options: OutputOptions(trace: true)).encode(doc), as: UTF8.self)
        #expect(traced.contains(#""trace":[{"stage":"events","text":"candidate встретился"}]"#))
        let plain = String(decoding: JSONLinesEncoder().encode(doc), as: UTF8.self)
        #expect(!plain.contains("trace"))
        #expect(TextSummaryEncoder(options: OutputOptions(trace: true)).encode(doc).contains("trace:\n  events\tcandidate встретился"))
    }

    @Test("a traced pipeline starts every document's trace")
    func pipelineTraces() throws {
        var pipeline = try Pipeline(stages: [SegmentationStage()])
        pipeline.traces = true
        var doc = Document(id: "t", text: "Текст.")
        try pipeline.run(&doc)
        #expect(doc.traceLines != nil)
    }
}
