import ArgumentParser
import Foundation
import LetopisPipeline

/// `letopis tag`: morphology, syntax and entities of a text, one token a line (CoNLL-U columns).
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tags a text with the slovnet news models (CoNLL-U-like lines; NER in the MISC column).")

    @OptionGroup var modelsOption: ModelsOption

    @Option(help: "Comma-separated tasks among morph, syntax, ner.")
    var with: String = "morph,syntax,ner"

    @Flag(help: "Decode syntax as a tree with one root (default: each token's best head, as natasha).")
    var tree = false

    @Flag(help: ArgumentHelp("Use the portable GEMM kernel even where AVX2 is available.", visibility: .hidden))
    var portableKernel = false

    @Option(help: "Worker threads for --replay (default: all cores).")
    var threads: Int?

    @Option(help: "Read natasha's token dump (JSON Lines from Benchmarks/scripts/natasha_dump.py), tag those very tokens and write JSON Lines.")
    var replay: String?

    @Argument(help: "A text file, - for standard input, or a folder of .txt files (then JSON Lines of entities, one document a line).")
    var path: String?


    func run() throws {
        var tasks = Set<NeuralModels.Task>()
        for name in with.split(separator: ",") {
            guard let t = NeuralModels.Task(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw LetopisError(.badArgument, subject: "--with", message: "unknown task '\(name)'", remedy: "use morph, syntax, ner")
            }
            tasks.insert(t)
        }
        if portableKernel { Kernels.forcePortable(true) }
        let tagger = try NeuralTagger(modelsDirectory: modelsOption.directory.url, tasks: tasks, syntaxDecoding: tree ? .tree : .argmax)
        if let replay { return try runReplay(replay, tagger) }
        guard let path else { throw ValidationError("give a PATH or -") }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try runFolder(path, tagger)
        }
        let data: Data
        if path == "-" { data = Data(try Console.readStandardInput()) } else {
            guard let d = FileManager.default.contents(atPath: path) else {
                throw LetopisError(.fileNotFound, subject: path, message: "cannot read the file", remedy: "check the path")
            }
            data = d
        }
        var doc = Document(id: "stdin", text: String(decoding: data, as: UTF8.self))
        try SegmentationStage().process(&doc)
        var docs = [doc]
        tagger.processBatch(&docs)
        doc = docs[0]
        let out = doc.conllu(ner: tasks.contains(.ner))
        for w in doc.warnings { FileHandle.standardError.write(Data("letopis: \(w)\n".utf8)) }
        Console.writeNow(Data(out.utf8))
    }

    /// Tags every `.txt` of a folder (own segmentation) and writes `{"id", "entities": [{type, start, end, text}]}` lines,
    /// offsets in code points, for `../shared/eval/score.py ner`.
    func runFolder(_ folder: String, _ tagger: NeuralTagger) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        var docs: [Document] = []
        for n in names {
            guard let data = FileManager.default.contents(atPath: folder + "/" + n) else { continue }
            var doc = Document(id: String(n.dropLast(4)), text: String(decoding: data, as: UTF8.self))
            try SegmentationStage().process(&doc)
            docs.append(doc)
        }
        tagger.process(&docs, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        var out = Data()
        for doc in docs {
            let map = CodePointMap(utf8: doc.utf8)
            let entities: [[String: Any]] = doc.mentions.map {
                ["type": $0.type.rawValue, "start": map.codePoint($0.range.start), "end": map.codePoint($0.range.end),
                 "text": doc.text(of: $0.range)]
            }
            out.append(try JSONSerialization.data(withJSONObject: ["id": doc.id, "entities": entities] as [String: Any]))
            out.append(UInt8(ascii: "\n"))
            for w in doc.warnings { FileHandle.standardError.write(Data("letopis: \(doc.id): \(w)\n".utf8)) }
        }
        Console.writeNow(out)
    }

    /// Tags the tokens of natasha's dump and writes, per document, morph, syntax and NER in the dump's format.
    func runReplay(_ file: String, _ tagger: NeuralTagger) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw LetopisError(.fileNotFound, subject: file, message: "cannot read the file", remedy: "run Benchmarks/scripts/natasha_dump.py first")
        }
        var docs: [Document] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = obj["id"] as? String, let text = obj["text"] as? String,
                  let toks = obj["tokens"] as? [[Int]], let sents = obj["sents"] as? [[Int]] else {
                throw LetopisError(.malformedJSON, subject: file, message: "not a natasha dump line", remedy: "regenerate the dump")
            }
            var doc = Document(id: id, text: text)
            // Code point offsets to byte offsets.
            var bytes: [Int] = [0]
            for s in text.unicodeScalars { bytes.append((bytes.last ?? 0) + UTF8.width(s)) }
            doc.tokens = toks.map { Token(TextRange(bytes[$0[0]], bytes[$0[1]]), kind: .word) }
            doc.sentences = sents.compactMap { s in
                guard s[1] > s[0] else { return nil }
                return Sentence(TextRange(bytes[toks[s[0]][0]], bytes[toks[s[1] - 1][1]]), tokens: s[0]..<s[1])
            }
            doc.layers.formUnion([.tokens, .sentences])
            docs.append(doc)
        }
        let start = Date()
        tagger.process(&docs, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let elapsed = Date().timeIntervalSince(start)
        let tokens = docs.reduce(0) { $0 + $1.tokens.count }
        FileHandle.standardError.write(Data("letopis: tagged \(docs.count) documents, \(tokens) tokens in \(String(format: "%.3f", elapsed)) s\n".utf8))
        var out = Data()
        for doc in docs {
            let map = CodePointMap(utf8: doc.utf8)
            var sentOf = [Int](repeating: 0, count: doc.tokens.count)
            for s in doc.sentences { for i in s.tokens { sentOf[i] = s.tokens.lowerBound } }
            var obj: [String: Any] = ["id": doc.id]
            if !doc.morphTags.isEmpty {
                obj["morph"] = doc.morphTags.map { [$0.pos, $0.features.map { "\($0.0)=\($0.1)" }.joined(separator: "|")] }
            }
            if !doc.syntax.isEmpty {
                obj["syntax"] = doc.syntax.map { a -> [Any] in [a.head.map { $0 - sentOf[$0] + 1 } ?? 0, a.relation] }
            }
            if doc.layers.contains(.entities) {
                obj["ner"] = doc.mentions.map { [map.codePoint($0.range.start), map.codePoint($0.range.end), $0.type.rawValue] as [Any] }
            }
            out.append(try JSONSerialization.data(withJSONObject: obj))
            out.append(UInt8(ascii: "\n"))
        }
        Console.writeNow(out)
    }
}
