import LetopisCore

/// A (person, job title) pair the pair scorer weighs: every title the rules' title finder sees in a
/// sentence with every person named in it or in the sentences next to it, and every pair the hand rules
/// attached, whatever the distance.
struct OccupationPair {
    var person: MentionIndex
    var job: JobPhrase
    /// The hand rule that attached this title to this person, if one did.
    var rule: String?
    var anaphoric: Bool
    /// Sentences between the person's and the title's (0: the same sentence).
    var sentenceGap: Int
    /// Named binary features (`dist=2`, `path=appos^`, `rule=title-before-name`), for ``OccupationPairScorer``.
    var features: [String] = []
    var score: Double = 0
}

/// Builds the candidate pairs and their features (`Docs/entities.md`, "Occupation pair scorer").
///
/// Features are names, so the weights file reads as a table and the training code needs no copy of
/// this code: `letopis extract --trace` writes each candidate's features (`occupations` trace lines) and
/// `Training/occupation-pairs` learns from them.
///
/// - Complexity: O(titles × (log persons + ``nearestPersons``)) pairs besides the rules', each pair's
///   features O(min(gap, 60) + log titles + tree depth); a title finder call per token.
struct OccupationPairs {
    let extractor: OccupationExtractor
    var view: TokenView { extractor.view }

    /// How many sentences either side of a title its person may be named in.
    static let sentenceWindow = 1

    /// How many people, the nearest, a title is paired with (besides the rules' pairs). The features cap
    /// a pair's rank and its title's rivals at 3, so further people differ from the sixth only by distance;
    /// the bound keeps a sentence of thousands of names and titles linear (2,500 of each: 6 million pairs).
    static let nearestPersons = 6

    /// The candidates: the rules' pairs first (in their order), then the title finder's others.
    func candidates(rules: [Occupation]) -> [OccupationPair] {
        var out: [OccupationPair] = []
        var seen = Set<PairKey>()
        let sentences = view.sentenceRanges
        var sentenceOfToken: [Int] = Array(repeating: 0, count: view.tokenCount)
        for (s, range) in sentences.enumerated() { for t in range where t.rawValue < sentenceOfToken.count { sentenceOfToken[t.rawValue] = s } }
        func sentence(_ t: TokenIndex) -> Int {
            t.rawValue >= 0 && t.rawValue < sentenceOfToken.count ? sentenceOfToken[t.rawValue] : 0
        }
        // Persons in text order, for the nearest ones of each title.
        var persons: [(first: TokenIndex, tokens: Range<TokenIndex>, sentence: Int, mention: MentionIndex)] = []
        for i in view.document.mentions.indices where view.document.mentions[i].type == .person {
            let m = MentionIndex(i)
            let tokens = view.tokens(of: m)
            guard let first = tokens.first else { continue }
            persons.append((first, tokens, sentence(first), m))
        }
        persons.sort { $0.first != $1.first ? $0.first < $1.first : $0.mention.rawValue < $1.mention.rawValue }
        var jobs: [JobPhrase] = []
        var jobSeen = Set<Range<TokenIndex>>()
        for o in rules where o.job.tokens.lowerBound < o.job.tokens.upperBound {
            let key = PairKey(person: o.person, job: o.job.tokens)
            guard !seen.contains(key), let personFirst = view.tokens(of: o.person).first else { continue }
            seen.insert(key)
            if !jobSeen.contains(o.job.tokens) { jobSeen.insert(o.job.tokens); jobs.append(o.job) }
            out.append(OccupationPair(person: o.person, job: o.job, rule: o.rule, anaphoric: o.anaphoric,
                                      sentenceGap: abs(sentence(personFirst) - sentence(o.job.tokens.lowerBound))))
        }
        for range in sentences {
            for t in range {
                guard let job = extractor.title(at: t, limit: range.upperBound), !jobSeen.contains(job.tokens) else { continue }
                jobSeen.insert(job.tokens)
                jobs.append(job)
            }
        }
        for job in jobs {
            let s = sentence(job.tokens.lowerBound)
            for p in nearestPersons(to: job.tokens, sentence: s, in: persons) {
                let key = PairKey(person: p.mention, job: job.tokens)
                guard !seen.contains(key) else { continue }
                seen.insert(key)
                out.append(OccupationPair(person: p.mention, job: job, rule: nil, anaphoric: false, sentenceGap: abs(p.sentence - s)))
            }
        }
        let context = PairContext(out, view)
        for i in out.indices { out[i].features = features(of: out[i], context) }
        return out
    }

    /// The people within ``sentenceWindow`` sentences of a title, at most ``nearestPersons`` of them, the
    /// nearest by tokens between, in text order. A name inside the title or the title inside a name is none.
    /// `persons` is in text order.
    ///
    /// - Complexity: O(log persons + people walked past), the people overlapping the title and the chosen.
    func nearestPersons(to job: Range<TokenIndex>, sentence s: Int,
                        in persons: [(first: TokenIndex, tokens: Range<TokenIndex>, sentence: Int, mention: MentionIndex)])
        -> [(sentence: Int, mention: MentionIndex)] {
        // First person starting at or after the title's start.
        var low = 0, high = persons.count
        while low < high {
            let mid = (low + high) / 2
            if persons[mid].first < job.lowerBound { low = mid + 1 } else { high = mid }
        }
        var left = low - 1, right = low
        var chosen: [Int] = []
        func inWindow(_ i: Int) -> Bool { abs(persons[i].sentence - s) <= Self.sentenceWindow }
        func disjoint(_ i: Int) -> Bool {
            persons[i].tokens.upperBound <= job.lowerBound || job.upperBound <= persons[i].tokens.lowerBound
        }
        while chosen.count < Self.nearestPersons {
            while left >= 0, inWindow(left), !disjoint(left) { left -= 1 }
            while right < persons.count, inWindow(right), !disjoint(right) { right += 1 }
            let leftOK = left >= 0 && inWindow(left)
            let rightOK = right < persons.count && inWindow(right)
            guard leftOK || rightOK else { break }
            let takeLeft: Bool
            if leftOK && rightOK {
                takeLeft = Self.gap(persons[left].tokens, job) <= Self.gap(persons[right].tokens, job)
            } else {
                takeLeft = leftOK
            }
            if takeLeft { chosen.append(left); left -= 1 } else { chosen.append(right); right += 1 }
        }
        return chosen.sorted().map { (persons[$0].sentence, persons[$0].mention) }
    }

    struct PairKey: Hashable {
        var person: MentionIndex
        var job: Range<TokenIndex>
    }

    /// Which person is nearest each title and which title nearest each person, among the candidates.
    struct PairContext {
        var nearestPerson: [Range<TokenIndex>: MentionIndex] = [:]
        var nearestJob: [MentionIndex: Range<TokenIndex>] = [:]
        var jobStarts: [TokenIndex] = []
        /// Distances of each title's candidate persons, nearest first.
        var distancesForJob: [Range<TokenIndex>: [Int]] = [:]

        init(_ pairs: [OccupationPair], _ view: TokenView) {
            var bestForJob: [Range<TokenIndex>: Int] = [:]
            var bestForPerson: [MentionIndex: Int] = [:]
            for p in pairs {
                let d = OccupationPairs.gap(view.tokens(of: p.person), p.job.tokens)
                distancesForJob[p.job.tokens, default: []].append(d)
                if d < bestForJob[p.job.tokens] ?? .max { bestForJob[p.job.tokens] = d; nearestPerson[p.job.tokens] = p.person }
                if d < bestForPerson[p.person] ?? .max { bestForPerson[p.person] = d; nearestJob[p.person] = p.job.tokens }
            }
            jobStarts = Set(pairs.map(\.job.tokens.lowerBound)).sorted()
            for k in distancesForJob.keys { distancesForJob[k]?.sort() }
        }

        /// How many titles start inside `range` (binary search over the sorted starts).
        func jobStarts(in range: Range<TokenIndex>) -> Int {
            func firstIndex(notBelow t: TokenIndex) -> Int {
                var low = 0, high = jobStarts.count
                while low < high {
                    let mid = (low + high) / 2
                    if jobStarts[mid] < t { low = mid + 1 } else { high = mid }
                }
                return low
            }
            return firstIndex(notBelow: range.upperBound) - firstIndex(notBelow: range.lowerBound)
        }
    }

    /// Tokens strictly between two disjoint ranges.
    static func gap(_ a: Range<TokenIndex>, _ b: Range<TokenIndex>) -> Int {
        if a.upperBound <= b.lowerBound { return a.upperBound.distance(to: b.lowerBound) }
        if b.upperBound <= a.lowerBound { return b.upperBound.distance(to: a.lowerBound) }
        return 0
    }

    static func bucket(_ n: Int) -> String {
        switch n {
        case ..<0: return "neg"
        case 0...3: return String(n)
        case 4...5: return "4-5"
        case 6...8: return "6-8"
        case 9...15: return "9-15"
        default: return "16+"
        }
    }

    /// The token of a phrase whose head lies outside it (its syntactic head), else its first.
    func headToken(of phrase: Range<TokenIndex>) -> TokenIndex {
        guard view.hasSyntax else { return phrase.lowerBound }
        for t in phrase {
            guard let h = view.head(t) else { return t }
            if !phrase.contains(h) { return t }
        }
        return phrase.lowerBound
    }

    /// The dependency path from `a` up to the lowest common head and down to `b`, as labels:
    /// `nmod>^` (a is an nmod of b), `^<appos` (b is an appos of a); nil when none within 8 arcs.
    func path(from a: TokenIndex, to b: TokenIndex) -> (up: [String], down: [String])? {
        guard view.hasSyntax else { return nil }
        let upA = [a] + view.ancestors(a)
        let upB = [b] + view.ancestors(b)
        guard let i = upA.firstIndex(where: { upB.contains($0) }), let j = upB.firstIndex(of: upA[i]) else { return nil }
        func label(_ t: TokenIndex) -> String { view.label(t)?.label ?? "?" }
        return (upA[..<i].map(label), upB[..<j].map(label))
    }

    func features(of pair: OccupationPair, _ context: PairContext) -> [String] {
        var f = ["bias"]
        let person = view.tokens(of: pair.person)
        let job = pair.job.tokens
        let jobFirst = job.upperBound <= person.lowerBound
        let dir = jobFirst ? "jp" : "pj"
        f.append("rule=" + (pair.rule ?? "none"))
        if pair.rule != nil { f.append("ruled") }
        if pair.anaphoric { f.append("anaphoric") }
        let sentence = pair.sentenceGap == 0 ? "0" : pair.sentenceGap == 1 ? (jobFirst ? "+1" : "-1") : "far"
        f.append("sent=" + sentence)
        let between = jobFirst ? job.upperBound..<person.lowerBound : person.upperBound..<job.lowerBound
        let d = Self.bucket(between.count)
        f.append("dist=" + d)
        f.append("dist=\(d)|\(dir)")
        f.append("dir=" + dir)
        // What lies between: punctuation, verbs, other people and titles.
        var commas = 0, verbs = 0, persons = Set<MentionIndex>(), titles = 0
        var marks = Set<String>()
        if between.count <= 60 {
            for t in between {
                if view.isPunctuation(t) {
                    let s = view.text(t)
                    switch s {
                    case ",": commas += 1
                    case "—", "–", "-": marks.insert("dash")
                    case "(", ")": marks.insert("paren")
                    case "«", "»", "\"", "“", "”", "„": marks.insert("quote")
                    case ":": marks.insert("colon")
                    case ";": marks.insert("semicolon")
                    case ".", "!", "?", "…": marks.insert("stop")
                    default: break
                    }
                } else if view.pos(t) == .verb || view.pos(t) == .auxiliary {
                    verbs += 1
                } else if let m = view.person(at: t) {
                    persons.insert(m)
                } else if view.lemma(t) == "и" {
                    marks.insert("and")
                } else if view.lemma(t) == "который" {
                    marks.insert("which")
                }
            }
            titles = context.jobStarts(in: between)
        } else {
            marks.insert("long")
        }
        f.append("commas=\(min(commas, 3))")
        f.append("commas=\(min(commas, 2))|\(dir)")
        f.append("verbs=\(min(verbs, 2))")
        f.append("persons=\(min(persons.count, 2))")
        f.append("titles=\(min(titles, 2))")
        for m in marks.sorted() { f.append("mark=" + m); f.append("mark=\(m)|\(dir)") }
        if between.count <= 3 {
            let pattern = between.map { view.isPunctuation($0) ? view.text($0) : (view.pos($0)?.rawValue ?? "X") }.joined(separator: "_")
            f.append("gap=\(pattern)|\(dir)")
        }
        // Cases and number.
        let jobHead = headToken(of: job)
        let personHead = headToken(of: person)
        let jc = view.features(job.lowerBound).case?.rawValue ?? "-"
        let pc = view.features(personHead).case?.rawValue ?? "-"
        f.append("jcase=" + jc)
        f.append("pcase=" + pc)
        f.append("cases=\(jc)|\(pc)")
        f.append("cases=\(jc)|\(pc)|\(dir)")
        if view.features(job.lowerBound).number == .plural { f.append("jplural") }
        f.append("sector=" + pair.job.sector.rawValue)
        f.append("jlemma=" + view.lemma(job.lowerBound))
        f.append("jlen=\(min(job.count, 4))")
        if pair.job.whereMention != nil { f.append("place=mention") } else if pair.job.whereCountryToken != nil { f.append("place=country") } else if pair.job.wherePhrase != nil { f.append("place=phrase") } else { f.append("place=none") }
        // Nearness among the candidates.
        if context.nearestPerson[job] == pair.person { f.append("nearest-person") }
        if context.nearestJob[pair.person] == job { f.append("nearest-job") }
        if context.nearestPerson[job] == pair.person && context.nearestJob[pair.person] == job { f.append("mutual-nearest") }
        // Gender agreement (`певица` is no man's title), the heads' own relations, the name's length.
        let jg = view.features(job.lowerBound).gender?.rawValue ?? "-"
        let pg = view.features(personHead).gender?.rawValue ?? "-"
        f.append("genders=\(jg)|\(pg)")
        if jg != "-" && pg != "-" && jg != pg { f.append("gender-clash") }
        let jdep = view.label(jobHead)?.label ?? "-"
        let pdep = view.label(personHead)?.label ?? "-"
        f.append("jdep=" + jdep)
        f.append("pdep=" + pdep)
        f.append("pdep=\(pdep)|sent=\(sentence)")
        f.append("plen=\(min(person.count, 3))")
        // How many people compete for the title, and this one's rank by distance.
        let distances = context.distancesForJob[job] ?? []
        f.append("rivals=\(min(max(distances.count - 1, 0), 3))")
        let rank = distances.firstIndex(of: between.count) ?? 0
        f.append("rank=\(min(rank, 3))")
        f.append("rank=\(min(rank, 3))|sent=\(sentence)")
        // The dependency path between the title's head and the name's.
        if pair.sentenceGap == 0, let (up, down) = path(from: jobHead, to: personHead) {
            let length = up.count + down.count
            f.append("pathlen=\(min(length, 5))")
            if length <= 3 { f.append("path=" + up.joined(separator: ">") + "^" + down.joined(separator: "<")) }
            if up.isEmpty { f.append("job-governs") } else if down.isEmpty { f.append("person-governs") }
            if let first = up.first { f.append("jrel=" + first) }
            if let last = down.last { f.append("prel=" + last) }
        } else if pair.sentenceGap == 0 {
            f.append("pathlen=none")
        }
        return f
    }
}

extension OccupationPairs {
    /// The occupations the scorer keeps among all candidates; a kept pair no rule found is named
    /// `pair-scorer`. With `--trace`, one `occupations` line per candidate: `pair person=<tokens>
    /// job=<tokens> gap=<sentences> p=<probability> kept=<0|1> f=<features>` (token ranges half-open),
    /// which `Training/occupation-pairs` reads.
    func scored(_ rules: [Occupation], by scorer: OccupationPairScorer, tracing document: inout Document) -> [Occupation] {
        var pairs = candidates(rules: rules)
        for i in pairs.indices { pairs[i].score = scorer.probability(pairs[i].features) }
        let kept = scorer.select(scores: pairs.map(\.score), persons: pairs.map(\.person.rawValue),
                                 jobs: pairs.map { $0.job.tokens.lowerBound.rawValue..<$0.job.tokens.upperBound.rawValue },
                                 gaps: pairs.map(\.sentenceGap), ruled: pairs.map { $0.rule != nil })
        if document.isTraced {
            let keptSet = Set(kept)
            for (i, p) in pairs.enumerated() {
                let person = view.tokens(of: p.person)
                document.trace("occupations") {
                    "pair person=\(person.lowerBound)-\(person.upperBound) job=\(p.job.tokens.lowerBound)-\(p.job.tokens.upperBound)"
                        + " gap=\(p.sentenceGap) p=\(p.score) kept=\(keptSet.contains(i) ? 1 : 0) f="
                        + p.features.map { $0.replacingOccurrences(of: " ", with: "_") }.joined(separator: " ")
                }
            }
        }
        return kept.map { i in
            Occupation(person: pairs[i].person, job: pairs[i].job, anaphoric: pairs[i].anaphoric, rule: pairs[i].rule ?? "pair-scorer",
                       score: pairs[i].score)
        }
    }
}
