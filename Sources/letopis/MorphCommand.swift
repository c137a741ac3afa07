import ArgumentParser
import Foundation
import LetopisPipeline

/// `letopis morph`: every analysis of words, as pymorphy3 gives them.
struct MorphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "morph",
        abstract: "Prints the morphological analyses of words (OpenCorpora dictionary, pymorphy3's algorithm).",
        discussion: """
        With words as arguments, prints each word's analyses. With --format tsv and no words, reads one \
        token per line from stdin and writes, per token, one line per analysis in pymorphy3's order — \
        token<TAB>normal_form<TAB>tag<TAB>score — then a blank line.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, tsv }

    @Option(help: "Output format: text or tsv.")
    var format: Format = .text

    @OptionGroup var modelsOption: ModelsOption

    @Option(help: "Inflect each word's first analysis to these grammemes (comma-separated, e.g. nomn,sing).")
    var inflect: String?

    @Flag(help: "Treat the words as one noun phrase and print it in the nominative (or in --inflect's grammemes).")
    var phrase = false

    @Argument(help: "Words to analyse (none: read tokens from stdin, one per line).")
    var words: [String] = []

    func run() throws {
        let dictionary: MorphDictionary
        do {
            dictionary = try MorphDictionary(directory: modelsOption.directory.url.appendingPathComponent("opencorpora"))
        } catch let error as LetopisError {
            FileHandle.standardError.write(Data("letopis: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let morph = MorphAnalyzer(dictionary: dictionary)
        var required: Grammemes?
        if let inflect {
            guard let g = Grammemes(names: inflect.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) else {
                FileHandle.standardError.write(Data("letopis: --inflect: unknown grammeme in '\(inflect)' — use OpenCorpora names such as nomn,sing\n".utf8))
                throw ExitCode(1)
            }
            required = g
        }
        if phrase {
            print(morph.inflectPhrase(words.flatMap { $0.split(separator: " ").map(String.init) }, to: required ?? [.nomn])
                .joined(separator: " "))
            return
        }
        var out = OutputBuffer()
        func emit(_ token: String) {
            let parses = morph.parse(token)
            switch format {
            case .tsv:
                for p in parses { out.write("\(token)\t\(p.normalForm)\t\(p.tag)\t\(p.score)\n") }
                out.write("\n")
            case .text:
                out.write("\(token)\n")
                for p in parses {
                    let methods = p.methods.map(\.unitName).joined(separator: " > ")
                    out.write("  \(p.normalForm)\t\(p.tag)\t\(p.score)\t\(methods)\n")
                }
                if let required, let first = parses.first {
                    if let inflected = morph.inflect(first, to: required) {
                        out.write("  → \(inflected.word)\t\(inflected.tag)\n")
                    } else {
                        out.write("  → (no form with \(required))\n")
                    }
                }
            }
        }
        if words.isEmpty {
            while let line = readLine(strippingNewline: true) {
                let token = line.hasSuffix("\r") ? String(line.dropLast()) : line
                if token.isEmpty { continue }
                emit(token)
            }
        } else {
            for w in words { emit(w) }
        }
        out.flush()
    }

}

/// Buffered standard output (one write per 64 KiB instead of one per line).
private struct OutputBuffer {
    var bytes: [UInt8] = []

    mutating func write(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        if bytes.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        Console.writeNow(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }
}
