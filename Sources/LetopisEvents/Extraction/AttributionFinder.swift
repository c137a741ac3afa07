import LetopisCore

/// Finds on whose word each sentence stands: `пишет агентство SANA`,
/// `по данным агентства`, `как отмечает SANA`, `сообщил РИА Новости`.
///
/// A reporting frame whose subject is a news organisation is a source, not an
/// event; a source named only by a generic noun (`агентство`) is the latest
/// news organisation the document named.
struct AttributionFinder {
    let extractor: EventExtractor

    struct Frame {
        var sentence: Int
        /// The reporting verb or the `по данным` noun.
        var token: Int
        var source: FactPart
        /// Whether the source is a news organisation (then the frame is not a statement event).
        var isMedia: Bool
    }

    func frames() -> [Frame] {
        let doc = extractor.document
        let syntax = extractor.syntax
        var out: [Frame] = []
        for (s, sentence) in doc.sentences.enumerated() {
            for t in sentence.tokens.clamped(to: 0..<doc.tokens.count) {
                let l = extractor.lemma(t)
                if ReportingLexicon.verbs.contains(l), extractor.pos(t) == nil || extractor.pos(t) == "VERB" {
                    guard let subject = syntax.children(t, ["nsubj"]).first else { continue }
                    if let (part, media) = sourcePart(subject, at: t) { out.append(Frame(sentence: s, token: t, source: part, isMedia: media)) }
                } else if ReportingLexicon.frames.contains(l), syntax.caseMarker(t, lemma: extractor.lemma) == "по"
                            || (l == "ссылка" && syntax.caseMarker(t, lemma: extractor.lemma) == "со") {
                    let dependents = syntax.children(t, ["nmod", "obl"])
                    guard let d = dependents.first else { continue }
                    if let (part, media) = sourcePart(d, at: t) { out.append(Frame(sentence: s, token: t, source: part, isMedia: media)) }
                }
            }
        }
        return out
    }

    /// The source a phrase names, and whether it is a news organisation.
    func sourcePart(_ h: Int, at t: Int) -> (FactPart, Bool)? {
        let doc = extractor.document
        let phrase = extractor.syntax.subtree(h)
        let media = phrase.contains { ReportingLexicon.mediaNouns.contains(extractor.lemma($0)) }
        if let m = phrase.lazy.compactMap({ self.extractor.mentionOfToken[$0] >= 0 ? self.extractor.mentionOfToken[$0] : nil }).first {
            let mention = doc.mentions[m]
            let name = mention.entity.map { doc.actors[$0].name } ?? mention.normal ?? doc.text(of: mention.range)
            return (FactPart(extractor.range(phrase), normal: name), media || isNewsOrganisation(m))
        }
        if media, let m = latestNewsOrganisation(before: t) {
            let mention = doc.mentions[m]
            let name = mention.entity.map { doc.actors[$0].name } ?? mention.normal ?? doc.text(of: mention.range)
            return (FactPart(extractor.range(phrase), normal: name), true)
        }
        return nil
    }

    /// An organisation introduced by a media noun (`агентство SANA`) or a dateline agency.
    func isNewsOrganisation(_ m: Int) -> Bool {
        let doc = extractor.document
        guard doc.mentions[m].type == .organization else { return false }
        if let agency = doc.dateline?.agency, let a = doc.mentions[m].entity, doc.actors[a].name == agency { return true }
        let first = EventExtractor.tokenRange(of: doc.mentions[m].range, in: doc.tokens).lowerBound
        var u = first - 1
        while u >= 0 && first - u <= 4 {
            if ReportingLexicon.mediaNouns.contains(extractor.lemma(u)) { return true }
            if extractor.document.tokens[u].kind == .punctuation { break }
            u -= 1
        }
        let text = doc.text(of: doc.mentions[m].range)
        return ["РИА Новости", "ТАСС", "Интерфакс", "Reuters", "AFP", "AP", "Bloomberg", "Синьхуа", "Anadolu"].contains(text)
    }

    func latestNewsOrganisation(before t: Int) -> Int? {
        let doc = extractor.document
        var best: Int?
        for (m, mention) in doc.mentions.enumerated() where mention.range.end <= doc.tokens[t].range.start && isNewsOrganisation(m) {
            // The dateline's agency is the publisher, not the source it quotes.
            if let r = doc.dateline?.range, r.contains(mention.range) { continue }
            best = m
        }
        return best
    }
}
