import LetopisCore
import LetopisText

/// Builds a segmented document with hand-given mentions and lemmas, standing in
/// for the NER and dictionary stages so that entity rules are tested alone.
func fixture(_ text: String, mentions: [(String, EntityType)], lemmas: [String: String] = [:]) -> Document {
    var doc = Document(id: "t", text: text)
    try! SegmentationStage().process(&doc)
    doc.lemmas = doc.tokens.map { t in
        let s = doc.text(of: t.range)
        return lemmas[s] ?? s.lowercased()
    }
    // Verbs and prepositions are tagged so title phrases stop at them, as with the real tagger.
    doc.morphTags = doc.tokens.map { t in
        let s = doc.text(of: t.range)
        if let pos = fixtureTags[s] { return MorphTag(pos: pos, features: []) }
        return MorphTag(pos: t.kind == .punctuation ? "PUNCT" : "NOUN", features: [])
    }
    var searchFrom = text.startIndex
    for (surface, type) in mentions {
        guard let r = text.range(of: surface, range: searchFrom..<text.endIndex) else { fatalError("fixture: '\(surface)' not in text") }
        let start = text.utf8.distance(from: text.utf8.startIndex, to: r.lowerBound)
        let end = text.utf8.distance(from: text.utf8.startIndex, to: r.upperBound)
        doc.mentions.append(Mention(TextRange(start, end), type: type))
        searchFrom = r.upperBound
    }
    doc.layers.formUnion([.entities])
    return doc
}

/// Lemmas of the Russian forms the fixtures use.
let fixtureLemmas: [String: String] = [
    "Глава": "глава", "главой": "глава", "министр": "министр", "Министр": "министр", "министром": "министр",
    "обороны": "оборона", "президентом": "президент", "президент": "президент", "Президент": "президент",
    "президента": "президент", "иностранных": "иностранный", "дел": "дело", "сирийского": "сирийский",
    "внешнеполитического": "внешнеполитический", "ведомства": "ведомство", "генсек": "генсек",
    "генерал-лейтенант": "генерал-лейтенант", "России": "россия", "Сирии": "сирия", "Россию": "россия",
    "сирийское": "сирийский", "встретились": "встретиться", "заявил": "заявить", "сообщил": "сообщить",
]

let fixtureTags: [String: String] = [
    "встретились": "VERB", "заявил": "VERB", "сообщил": "VERB", "прибыл": "VERB", "посетил": "VERB",
    "сообщает": "VERB", "заявило": "VERB", "добавил": "VERB", "и": "CCONJ", "в": "ADP", "с": "ADP", "на": "ADP",
    "сирийского": "ADJ", "внешнеполитического": "ADJ", "иностранных": "ADJ", "переходный": "ADJ",
    "выступил": "VERB", "стал": "VERB", "—": "PUNCT",
]

/// Gives the tokens written `word` a part of speech and UD features, as the tagger would.
func tag(_ doc: inout Document, _ word: String, _ pos: String, _ features: [(String, String)]) {
    for (i, t) in doc.tokens.enumerated() where doc.text(of: t.range) == word {
        doc.morphTags[i] = MorphTag(pos: pos, features: features)
    }
}

/// Facts by the text of their person: `[who: (job text, place text)]`.
func factsByWho(_ doc: Document) -> [String: (job: String, place: String?)] {
    Dictionary(doc.facts.map { f in (doc.text(of: f.who.range), (doc.text(of: f.job.range), f.where.map { doc.text(of: $0.range) })) },
               uniquingKeysWith: { a, _ in a })
}
