/// Sectors an actor's role belongs to (the CAMEO/PLOVER actor "agent" dimension).
public enum Sector: String, Sendable, Hashable, CaseIterable {
    case government, military, diplomatic, legislative, judicial, business, media, police, religious, education, international, culture, sports, science, health, party, other
}

/// Job titles, their sectors, and canonical names for descriptive titles: the mechanism over
/// `Lexicons/job-titles.tsv`, `title-complement-sectors.tsv`, `title-canonical.tsv` and the combining
/// forms of `occupation-words.tsv`. A title may be several words (`генеральный секретарь`); titles
/// are matched on folded token lemmas, so every case form (`министром`, `главой`) finds its entry.
enum JobLexicon {
    static var lexicons: EntityLexicons { EntityLexicons.shared }

    /// Complements that change the sector: `министр обороны` is military.
    static var sectorByComplement: [String: Sector] { lexicons.complementSectors }

    /// Descriptive titles and abbreviations mapped to the title an analyst counts.
    static var canonical: [String: String] { lexicons.canonicalTitles }

    /// One-word titles and their sectors.
    static var singleWord: [String: Sector] { lexicons.singleWordTitles }

    /// A hyphenated compound whose part is a title names that occupation: `рок-музыкант`,
    /// `хип-хоп-исполнитель`, `экс-президент`, `врач-реаниматолог`, `писатель-сатирик`.
    static func compound(_ lemma: String) -> (words: [String], sector: Sector)? {
        // Asked for every token: the cheap byte tests first (Character counts walk grapheme clusters).
        let bytes = lemma.utf8
        let hyphenated = bytes.contains(UInt8(ascii: "-"))
        let deputy = bytes.starts(with: "зам".utf8)
        // `медиаменеджер`, `видеоблогер`, `госсоветник`: a combining form glued to a title of five letters or more
        // (`автограф` is no count). Byte prefixes: this runs for every token of every document.
        let form = hyphenated ? nil : lexicons.combiningForms.first { bytes.starts(with: $0) }
        guard hyphenated || deputy || form != nil, singleWord[lemma] == nil else { return nil }
        if let form {
            let rest = String(decoding: bytes.dropFirst(form.count), as: UTF8.self)
            if rest.unicodeScalars.count >= 5, let sector = singleWord[rest] { return ([lemma], sector) }
            if !deputy { return nil }
        }
        // `зампредседателя`, `замгендиректора`: a deputy of a title, its second part in the genitive.
        if deputy, lemma.unicodeScalars.count > 6 {
            let rest = String(lemma.dropFirst(3))
            for base in [rest, String(rest.dropLast()), String(rest.dropLast()) + "ь"] {
                if let sector = singleWord[base] { return ([lemma], sector) }
            }
        }
        guard hyphenated else { return nil }
        let parts = lemma.split(separator: "-").map(String.init)
        guard parts.count > 1, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        // The last parts name the occupation (`рок-музыкант`), else the first (`врач-реаниматолог`).
        for i in 1..<parts.count {
            if let sector = singleWord[parts[i...].joined(separator: "-")] { return ([lemma], sector) }
        }
        if let sector = singleWord[parts[0]] { return ([lemma], sector) }
        return nil
    }

    /// Entries that can start at a token with this lemma, longest first.
    static func candidates(_ lemma: String) -> [(words: [String], sector: Sector)]? {
        if let c = lexicons.titlesByFirstWord[lemma] { return c }
        return compound(lemma).map { [$0] }
    }

    static func startsTitle(_ lemma: String) -> Bool { candidates(lemma) != nil }
}

/// The sector of a one-word job title, for rules outside this module that read a participant named only by its
/// title (`встретился президент`, `встреча депутатов`): `президент` → government, `депутат` → legislative.
public enum JobTitleSectors {
    /// - Parameter lemma: a folded lemma (lower case, `ё` as `е`), as ``LetopisCore/TokenView/lemma(_:)`` gives it.
    public static func sector(ofLemma lemma: String) -> String? { JobLexicon.singleWord[lemma]?.rawValue }
}
