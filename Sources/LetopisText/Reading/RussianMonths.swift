/// Month names as datelines and headers write them: genitive (`апреля`),
/// nominative (`апрель`) and the agencies' abbreviations (`апр`, `сент`), from `Lexicons/months.tsv`.
enum RussianMonths {
    /// The month a word names, or nil. Case-insensitive.
    static func month(_ word: String) -> Int? {
        let lexicon = SegmentationLexicon.shared
        let w = word.lowercased()
        if let m = lexicon.monthForms[w] { return m }
        for (stem, m) in lexicon.monthStems where w.hasPrefix(stem) && w.count <= stem.count + 3 { return m }
        return nil
    }
}
