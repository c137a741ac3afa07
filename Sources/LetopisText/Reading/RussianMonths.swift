/// Month names as datelines and headers write them: genitive (`апреля`),
/// nominative (`апрель`) and the agencies' abbreviations (`апр`, `сент`).
enum RussianMonths {
    private static let stems: [(String, Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6),
        ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    ]
    private static let abbreviations: [String: Int] = [
        "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7,
        "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
    ]

    /// The month a word names, or nil. Case-insensitive.
    static func month(_ word: String) -> Int? {
        let w = word.lowercased()
        if let m = abbreviations[w] { return m }
        if w == "мая" || w == "май" || w == "мае" || w == "маю" || w == "маем" { return 5 }
        for (stem, m) in stems where m != 5 && w.hasPrefix(stem) && w.count <= stem.count + 3 { return m }
        return nil
    }
}
