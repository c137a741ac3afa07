import LetopisCore

/// Finds a publication date in the first lines of a text that was given none:
/// `23.12.2025`, `2025-12-23`, `23 декабря 2025`. The result is marked `inferred`.
enum PublicationDateInference {
    /// How far into the body to look: the header lines, not the story.
    static let window = 300

    static func infer(_ utf8: [UInt8], from start: Int) -> CalendarDate? {
        let end = min(utf8.count, start + window)
        guard start < end else { return nil }
        // Only the lines before the first sentence of the story count.
        let head = String(decoding: utf8[start..<end], as: UTF8.self)
        let lines = head.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: true).prefix(3)
        for line in lines {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            for (i, w) in words.enumerated() {
                if let d = CalendarDate(iso: w.prefix(10)) { return d }
                let dotted = w.split(separator: ".")
                if dotted.count == 3, dotted[2].count == 4, let d = Int(dotted[0]), let m = Int(dotted[1]),
                   let y = Int(dotted[2]), let date = CalendarDate(year: y, month: m, day: d) { return date }
                // `23 декабря 2025`: the two words after this one, read through a slice (nil past the end).
                let following = words.dropFirst(i + 1)
                if let d = Int(w), let monthWord = following.first, let yearWord = following.dropFirst().first,
                   let m = RussianMonths.month(String(monthWord)), let y = Int(yearWord.prefix(4)), yearWord.prefix(4).count == 4,
                   let date = CalendarDate(year: y, month: m, day: d) { return date }
            }
        }
        return nil
    }
}
