import Foundation
import LetopisCore

/// The learned trigger model: for each VERB or NOUN token, a PLOVER type or `none`.
///
/// A softmax regression over string features of the token (its folded lemma and first five
/// letters, part of speech, dependency label, head lemma, its dependents' labels and noun
/// lemmas, a negation particle among them, and the types the trigger lexicon gives its lemma).
/// Trained by `Training/event-model/train.sh` on the gold train split
/// (`Benchmarks/gold/events/train.jsonl`) and silver triggers from NEREL train; inference here
/// equals `Training/event-model/event_model.py` (a test checks it on a fixture).
///
/// File format (`Docs/events.md`, "Learned triggers"): UTF-8 TSV; the first line is
/// `letopis-event-model <TAB> 1 <TAB> <body lines> <TAB> <SHA-256 hex of the body>`; the body has
/// `classes` (none first), `policy` (rules, model, combined), `veto` and `add` thresholds, and one
/// `w <TAB> feature <TAB> weight per class` line per feature.
public struct EventTriggerModel: Sendable {
    /// How the model and the trigger lexicon combine.
    public enum Policy: String, Sendable {
        /// The lexicon alone (the model is not consulted).
        case rules
        /// The model alone: its type wherever it is above `add`; a lexicon row only supplies the
        /// frame, mode and multi-word span when it has the model's type.
        case model
        /// The lexicon, less the triggers the model gives `none` at least `veto`, plus the model's
        /// triggers (probability at least `add`) where the lexicon has no row.
        case combined
    }

    public static let fileName = "event-triggers-v1.tsv"
    public static let magic = "letopis-event-model"
    public static let formatVersion = "1"
    public static let remedy = "rebuild it with 'Training/event-model/train.sh' (see Training/README.md)"
    /// A file named by this environment variable replaces the built-in weights (cross-validation folds).
    public static let overrideVariable = "LETOPIS_EVENT_MODEL"

    /// Class names; the first is `none`.
    public let classes: [String]
    public let policy: Policy
    public let vetoThreshold: Double
    public let addThreshold: Double
    let weights: [String: [Double]]

    /// Parses and checks a model file's text; `name` is how errors name the file.
    public init(text: String, name: String) throws(LetopisError) {
        func corrupt(_ message: String) -> LetopisError {
            LetopisError(.modelCorrupt, subject: name, message: message, remedy: Self.remedy)
        }
        guard let newline = text.firstIndex(of: "\n") else { throw corrupt("is empty or truncated (no header line)") }
        let header = text[..<newline].split(separator: "\t", omittingEmptySubsequences: false)
        guard header.count == 4, header[0] == Self.magic else { throw corrupt("is not a Letopis event model (no '\(Self.magic)' header)") }
        guard header[1] == Self.formatVersion else {
            throw LetopisError(.modelProtocol, subject: name,
                               message: "event model has format version \(header[1]); this build reads \(Self.formatVersion)", remedy: Self.remedy)
        }
        let body = text[text.index(after: newline)...]
        var hash = SHA256()
        hash.update(body.utf8)
        guard hash.hexDigest() == header[3] else { throw corrupt("fails its SHA-256 check (truncated or damaged)") }
        let lines = body.split(separator: "\n")
        guard lines.count == Int(header[2]) else { throw corrupt("has \(lines.count) lines; its header says \(header[2])") }
        var classes: [String] = [], params: [String: String] = [:], weights: [String: [Double]] = [:]
        for (number, line) in lines.enumerated() {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch cols.first {
            case "classes": classes = Array(cols.dropFirst())
            case "w":
                let values = cols.dropFirst(2).compactMap(Double.init)
                guard cols.count >= 2, values.count == classes.count, !classes.isEmpty else {
                    throw corrupt("line \(number + 2): a weight line needs a feature and \(classes.count) numbers")
                }
                weights[cols[1]] = values
            default:
                guard cols.count == 2 else { throw corrupt("line \(number + 2): expected 'name <TAB> value'") }
                params[cols[0]] = cols[1]
            }
        }
        guard classes.first == "none" else { throw corrupt("'classes' must start with none") }
        guard let policy = params["policy"].flatMap(Policy.init), let veto = params["veto"].flatMap(Double.init),
              let add = params["add"].flatMap(Double.init) else {
            throw corrupt("needs 'policy' (rules, model, combined), 'veto' and 'add' lines")
        }
        self.classes = classes
        self.policy = policy
        vetoThreshold = veto
        addThreshold = add
        self.weights = weights
    }

    /// Reads and checks the model file at `url` (missing: one error naming it and the remedy).
    public init(contentsOf url: URL) throws(LetopisError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LetopisError(.modelMissing, subject: url.path, message: "event model file not found or unreadable", remedy: Self.remedy)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LetopisError(.modelCorrupt, subject: url.path, message: "is not UTF-8 text", remedy: Self.remedy)
        }
        try self.init(text: text, name: url.path)
    }

    /// The model of this build (`Sources/LetopisEvents/Model/event-triggers-v1.tsv`), or the file
    /// `$LETOPIS_EVENT_MODEL` names; the error names the file and the command that builds it.
    public static let loaded: Result<EventTriggerModel, LetopisError> = Result { () throws(LetopisError) -> EventTriggerModel in
        if let path = ProcessInfo.processInfo.environment[overrideVariable], !path.isEmpty {
            return try EventTriggerModel(contentsOf: URL(fileURLWithPath: path))
        }
        return try EventTriggerModel(text: String(decoding: PackageResources.event_triggers_v1_tsv, as: UTF8.self),
                                     name: "Sources/LetopisEvents/Model/\(fileName)")
    }

    /// Class probabilities for a candidate's distinct features (softmax of the summed weights).
    public func probabilities(_ features: [String]) -> [Double] {
        var scores = [Double](repeating: 0, count: classes.count)
        for f in features {
            guard let w = weights[f] else { continue }
            for k in scores.indices { scores[k] += w[k] }
        }
        let top = scores.max() ?? 0
        let exps = scores.map { Foundation.exp($0 - top) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    /// Whether the model judges token `t`: a VERB or a NOUN.
    static func isCandidate(_ view: TokenView, _ t: TokenIndex) -> Bool {
        view.pos(t) == .verb || view.pos(t) == .noun
    }

    /// The features of token `t` (as `event_model.features` computes them), distinct and sorted.
    static func features(_ view: TokenView, _ t: TokenIndex, lexicon: TriggerLexicon) -> [String] {
        let lemma = view.lemma(t)
        var f: Set<String> = ["b", "l=" + lemma, "p5=" + String(String.UnicodeScalarView(lemma.unicodeScalars.prefix(5))),
                              "pos=" + (view.pos(t)?.rawValue ?? ""), "rel=" + (view.label(t)?.label ?? "")]
        f.insert("h=" + (view.head(t).map(view.lemma) ?? "<root>"))
        for c in view.children(t) {
            f.insert("kr=" + (view.label(c)?.label ?? ""))
            if view.pos(c) == .noun { f.insert("k=" + view.lemma(c)) }
            if view.lemma(c) == "не" { f.insert("neg") }
        }
        for entry in lexicon.triggerRows(folded: lemma) { f.insert("rule=" + entry.type.rawValue) }
        return f.sorted()
    }

    /// The model's judgement of one token.
    struct Judgement {
        /// Probability of `none`.
        let none: Double
        /// The likeliest event type and its probability.
        let best: (type: EventType, probability: Double)?
    }

    func judge(_ view: TokenView, _ t: TokenIndex, lexicon: TriggerLexicon) -> Judgement? {
        guard Self.isCandidate(view, t) else { return nil }
        let p = probabilities(Self.features(view, t, lexicon: lexicon))
        guard let none = p.first else { return nil }
        var best: (type: EventType, probability: Double)?
        for k in p.indices.dropFirst() where p[k] > (best?.probability ?? 0) {
            best = (EventType(rawValue: classes[k]), p[k])
        }
        return Judgement(none: none, best: best)
    }
}
