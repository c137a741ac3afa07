import LetopisCore

/// The sector of an organisation (the CAMEO/PLOVER agent of an actor that is not a person), read from the
/// words of its name and the kind word before it: `МИД Сирии` is diplomatic, `Минобороны` military,
/// `агентство SANA` media, `Госдума` legislative, `банк ВТБ` business, `ООН` international.
///
/// Rules, in order: a whole name the table knows (`министерство иностранных дел`, `совет федерации`); else a
/// word of the name or the kind word just before it (`агентство`, `компания`, `партия`), the name's own
/// words first. Nil when nothing says.
enum OrganizationSector {
    static func of(nameLemmas: [String], kindBefore: String?) -> Sector? {
        let lexicon = EntityLexicons.shared
        let folded = nameLemmas.map { TextFolding.fold($0) }
        for (words, sector) in lexicon.organisationPhrases where folded.count >= words.count {
            if (0...(folded.count - words.count)).contains(where: { i in folded[i..<(i + words.count)].elementsEqual(words) }) { return sector }
        }
        // `Федеральное агентство по туризму` is government; an agency alone, in the news, is a news agency.
        if folded.contains(where: lexicon.organisationStateMarkers.contains)
            || folded.contains(where: lexicon.organisationWeakStateMarkers.contains) && !folded.contains(where: lexicon.organisationStateExceptions.contains) {
            if folded.contains(where: lexicon.organisationStateKinds.contains) { return .government }
        }
        for w in folded {
            if let s = lexicon.organisationWords[w] { return s }
            if let (_, s) = lexicon.organisationSuffixes.first(where: { w.hasSuffix($0.0) }) { return s }  // `Мосгордума`
        }
        if let k = kindBefore.map({ TextFolding.fold($0) }), let s = lexicon.organisationWords[k] { return s }
        return nil
    }
}
