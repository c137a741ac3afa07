import LetopisCore

/// Groups a document's mentions into actors.
///
/// Rules:
/// - people: a mention joins the latest actor that shares its surname (the last
///   word of the normal form) and whose other name parts do not contradict it,
///   so `Путин` joins `Владимир Путин`, and two people with one surname stay
///   apart when their first names differ;
/// - organisations: same normal form, or abbreviation ↔ full name (`МИД` ↔
///   `Министерство иностранных дел`, `ООН` ↔ `Организация Объединенных Наций`);
/// - places and states: same normal form, or the same country (`Сирия`, `САР`).
struct CoreferenceResolver {
    let gazetteer: CountryGazetteer

    func resolve(_ document: inout Document, normals: [String]) {
        let normals = Self.masculineGenitivesRead(normals, in: &document)
        var actors: [Actor] = []
        var surnameIndex: [String: [Int]] = [:]
        var keyIndex: [String: Int] = [:]
        for (m, mention) in document.mentions.enumerated() {
            let normal = Self.withoutParentheses(normals[m])
            let words = normal.split(separator: " ").map { TextFolding.fold(String($0)) }
            var target: Int?
            // `Комитет защиты журналистов (КЗЖ)`, `Джоэл Саймон (Joel Simon)`: an aside in brackets names the mention before it.
            if m > 0, let previous = document.mentions[m - 1].entity, document.mentions[m - 1].type == mention.type,
               Self.isBracketedAside(mention.range, after: document.mentions[m - 1].range, in: document) {
                target = previous
            }
            switch mention.type {
            case _ where target != nil: break
            case .person:
                if let surname = words.last {
                    for a in (surnameIndex[surname] ?? []).reversed() where compatible(words, actors[a].name) {
                        target = a
                        break
                    }
                }
                // `Людмилы Марковны` (first name and patronymic) or a lone `Хван` (East Asian names put
                // the surname first): the one person whose name opens with that word.
                if target == nil, let first = words.first, words.count == 1 || (words.count == 2 && Self.isPatronymic(words[1])) {
                    let opening = actors.indices.filter { a in
                        let parts = actors[a].name.split(separator: " ")
                        return actors[a].type == .person && parts.count >= 2 && TextFolding.fold(String(parts[0])) == first
                    }
                    if opening.count == 1 { target = opening[0] }
                }
            default:
                let key = TextFolding.fold(normal)
                let code = gazetteer.lookup(surface: normal)?.code ?? gazetteer.lookup(surface: document.text(of: mention.range))?.code
                if let code, let a = keyIndex["country:" + code.rawValue] { target = a }
                else if let a = keyIndex[mention.type.rawValue + ":" + key] { target = a }
                else if let a = keyIndex["acronym:" + normal.uppercased()], words.count == 1 { target = a }
                else if words.count > 1, let a = keyIndex["abbrev:" + EntityText.acronym(normal.split(separator: " ").map(String.init))] { target = a }
            }
            let index: Int
            if let target {
                index = target
                actors[index].mentions.append(m)
                // The fullest form names the actor: `Владимир Путин` over `Путин`.
                let count = normal.split(separator: " ").count, current = actors[index].name.split(separator: " ").count
                if count > current, mention.type == actors[index].type || mention.type == .person {
                    actors[index].name = normal
                }
            } else {
                index = actors.count
                actors.append(Actor(id: index, type: mention.type, name: normal, mentions: [m]))
            }
            document.mentions[m].entity = index
            // Index the keys this mention adds.
            if mention.type == .person, let surname = words.last {
                if !(surnameIndex[surname] ?? []).contains(index) { surnameIndex[surname, default: []].append(index) }
            } else {
                keyIndex[mention.type.rawValue + ":" + TextFolding.fold(normal)] = index
                let code = gazetteer.lookup(surface: normal)?.code ?? gazetteer.lookup(surface: document.text(of: mention.range))?.code
                if let code {
                    keyIndex["country:" + code.rawValue] = index
                    if actors[index].country == nil { actors[index].country = code.rawValue }
                    if mention.type == .location, let name = gazetteer.name(of: code) { actors[index].name = name }
                }
                if words.count == 1, OccupationExtractor.isAbbreviation(normal) { keyIndex["abbrev:" + normal] = index }
                if words.count > 1 {
                    let acronym = EntityText.acronym(normal.split(separator: " ").map(String.init))
                    if acronym.count >= 2 { keyIndex["acronym:" + acronym] = index }
                }
            }
        }
        for a in actors.indices where actors[a].type == .person {
            actors[a].name = Self.personName(actors[a], normals: normals, in: document) ?? actors[a].name
        }
        document.actors = actors
    }

    /// The name a person is counted under: among the mentions that give at least a first name and a
    /// surname (all of the fullest when one has a patronymic), the normal form most of them share,
    /// then the longer; a form written in the nominative counts double (normalising an oblique form can err:
    /// `Сулимы Ямадаева` → `Сулима Ямадаев` against two `Сулима Ямадаева` → `Сулим Ямадаев`).
    static func personName(_ actor: Actor, normals: [String], in document: Document) -> String? {
        // A transliteration in Latin letters (`Joel Simon`) names the person only when the text has nothing else.
        var names = actor.mentions.map { withoutParentheses(normals[$0]) }
        func isLatin(_ s: String) -> Bool { !s.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
        if names.contains(where: { !isLatin($0) }) {
            names = names.map { isLatin($0) ? "" : $0 }
        }
        let lengths = names.map { $0.split(separator: " ").count }
        guard let longest = lengths.max() else { return nil }
        // A foreign middle name (`Реджеп Тайип Эрдоган`) is not how the text mostly names a person;
        // a patronymic (`Людмила Марковна Гурченко`) is part of the full name.
        let withPatronymic = names.indices.contains { i in
            lengths[i] == longest && names[i].split(separator: " ").dropLast().dropFirst().contains { isPatronymic(TextFolding.fold(String($0))) }
        }
        let shortest = withPatronymic || longest < 2 ? longest : 2
        var votes: [String: Int] = [:]
        var order: [String] = []
        for (i, m) in actor.mentions.enumerated() where lengths[i] >= shortest {
            if votes[names[i]] == nil { order.append(names[i]) }
            votes[names[i], default: 0] += isWrittenInNominative(document.mentions[m], in: document) ? 2 : 1
        }
        func wordCount(_ s: String) -> Int { s.split(separator: " ").count }
        guard var name = order.max(by: { a, b in
            let va = votes[a, default: 0], vb = votes[b, default: 0]
            if va != vb { return va < vb }
            if wordCount(a) != wordCount(b) { return wordCount(a) < wordCount(b) }
            return (order.firstIndex(of: a) ?? 0) > (order.firstIndex(of: b) ?? 0)
        }) else { return nil }
        // `Людмила Гурченко` with `Людмила Марковна` elsewhere: `Людмила Марковна Гурченко`.
        let parts = name.split(separator: " ").map(String.init)
        if parts.count == 2, !isPatronymic(TextFolding.fold(parts[1])),
           let pair = names.first(where: { n in
               let w = n.split(separator: " ").map(String.init)
               return w.count == 2 && w[0] == parts[0] && isPatronymic(TextFolding.fold(w[1]))
           }) {
            name = parts[0] + " " + pair.split(separator: " ")[1] + " " + parts[1]
        }
        return name
    }

    /// `Марковна`, `Владимирович`, `Ильич`: a Russian patronymic by its suffix.
    static func isPatronymic(_ folded: String) -> Bool {
        folded.count > 5 && ["ович", "евич", "ьич", "овна", "евна", "ична", "инична", "лич", "кич"].contains { folded.hasSuffix($0) }
    }

    /// `раймон` and `раймонд`: a foreign first name put into the nominative from an oblique form
    /// may gain or lose its last letter; the surname has already matched.
    static func differByLastLetter(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return short.count >= 4 && long.count == short.count + 1 && long.hasPrefix(short)
    }

    /// Whether the tagger reads every word of the mention as nominative.
    static func isWrittenInNominative(_ mention: Mention, in document: Document) -> Bool {
        guard document.morphTags.count == document.tokens.count else { return false }
        let words = document.tokens.indices(overlapping: mention.range).filter { document.tokens[$0].kind == .word }
        return !words.isEmpty && words.allSatisfy { UDFeatures(document.morphTags[$0].features).case == .nominative }
    }

    /// `Веселина Топалова` where the text also has `Веселин Топалов`: a man's name in the genitive or
    /// accusative reads, word for word, as a woman's nominative; when the document also names the man, every
    /// word being his plus `-а`, the mention is his.
    static func masculineGenitivesRead(_ normals: [String], in document: inout Document) -> [String] {
        var people: [String: String] = [:]  // folded name → the name as normalised
        for (m, mention) in document.mentions.enumerated() where mention.type == .person {
            people[TextFolding.fold(normals[m])] = normals[m]
        }
        var out = normals
        for (m, mention) in document.mentions.enumerated() where mention.type == .person {
            let words = TextFolding.fold(normals[m]).split(separator: " ")
            guard !words.isEmpty, words.allSatisfy({ $0.count > 3 && $0.hasSuffix("а") }) else { continue }
            let stems = words.map { String($0.dropLast()) }
            guard let last = stems.last?.last, !"аеёиоуыэюяьй".contains(last),
                  let his = people[stems.joined(separator: " ")] else { continue }
            out[m] = his
            document.mentions[m].normal = his
        }
        return out
    }

    /// Whether `range` is in brackets right after `previous`: `Джоэл Саймон (Joel Simon)`.
    static func isBracketedAside(_ range: TextRange, after previous: TextRange, in document: Document) -> Bool {
        // Asked of every pair of neighbouring mentions: only a gap of a bracket and spaces is read.
        guard previous.end <= range.start, range.start - previous.end <= 4, range.end < document.utf8.count else { return false }
        let before = document.text(of: TextRange(previous.end, range.start)).trimmingCharacters(in: .whitespaces)
        let after = document.text(of: TextRange(range.end, min(document.utf8.count, range.end + 1)))
        return before == "(" && after == ")"
    }

    /// `Джоэл Саймон (Joel Simon)` → `Джоэл Саймон`: a transliteration or former name in brackets
    /// is not part of the name an analyst counts. Unbalanced brackets are dropped too.
    static func withoutParentheses(_ name: String) -> String {
        var out = ""
        var depth = 0
        for ch in name {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(ch) }
        }
        let cleaned = out.split(whereSeparator: { $0 == " " }).joined(separator: " ").trimmingCharacters(in: [",", " ", "-"])
        return cleaned.isEmpty ? name : cleaned
    }

    /// Whether a person mention's name parts fit an actor's name: every part
    /// but the surname must match a part of the actor's name or be an initial of one.
    func compatible(_ words: [String], _ actorName: String) -> Bool {
        let other = actorName.split(separator: " ").map { TextFolding.fold(String($0)) }
        guard words.last == other.last else { return false }
        for w in words.dropLast() {
            let bare = w.trimmingCharacters(in: ["."])
            let hit = other.dropLast().contains { $0 == w || (bare.count == 1 && $0.hasPrefix(bare)) || Self.differByLastLetter($0, w) }
            if !hit && other.count > 1 { return false }
        }
        return true
    }
}

extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
