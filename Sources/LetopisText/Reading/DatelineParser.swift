import LetopisCore

/// Parses the opening dateline of a wire report: `БЕЙРУТ, 23 - РИА Новости.`,
/// `МОСКВА, 2 апреля — РИА Новости.`, `БИШКЕК, 5 августа /Новости-Грузия/.`,
/// `ВАШИНГТОН, 12 января. /ТАСС/.`
///
/// The place is one to four words written in capitals; the agency is what
/// stands after the dash (or between slashes) up to the full stop.
public enum DatelineParser {
    /// The longest a dateline may be; a longer first line is body text.
    static let maxLength = 160

    public static func parse(_ utf8: [UInt8], from start: Int = 0) -> Dateline? {
        let limit = min(utf8.count, start + maxLength * 2)
        guard start < limit else { return nil }
        let head = String(decoding: utf8[start..<limit], as: UTF8.self)
        var scanner = Scanner(head)
        scanner.skipSpaces()
        let placeStart = scanner.offset
        // Place: upper-case words joined by spaces or hyphens.
        var placeEnd = placeStart
        var words = 0
        while words < 4 {
            let wordStart = scanner.offset
            let word = scanner.take { $0.isLetter && ($0.isUppercase || !$0.isCased) || $0 == "-" }
            guard word.count >= 2, word.contains(where: { $0.isUppercase }) else { scanner.offset = wordStart; break }
            words += 1
            placeEnd = scanner.offset
            let save = scanner.offset
            scanner.skipSpaces()
            if scanner.peek == "," { scanner.offset = save; break }
            if !(scanner.peek?.isUppercase ?? false) { scanner.offset = save; break }
        }
        guard words > 0, scanner.peek == "," else { return nil }
        scanner.advance()
        scanner.skipSpaces()
        var day: Int?
        var month: Int?
        let digits = scanner.take { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            guard let d = Int(digits), (1...31).contains(d) else { return nil }
            day = d
            scanner.skipSpaces()
            let save = scanner.offset
            let word = scanner.take { $0.isLetter }
            if let m = RussianMonths.month(word) { month = m; scanner.skip(".") } else { scanner.offset = save }
            scanner.skipSpaces()
            scanner.skip(".")
            scanner.skipSpaces()
        }
        // Separator: a dash, or the opening slash of `/ТАСС/`.
        var slashed = false
        if let c = scanner.peek, c == "-" || c == "–" || c == "—" {
            scanner.advance()
            scanner.skipSpaces()
            if scanner.peek == "/" { slashed = true; scanner.advance() }
        } else if scanner.peek == "/" {
            slashed = true
            scanner.advance()
        } else {
            return nil
        }
        let agencyStart = scanner.offset
        let agency = scanner.take { slashed ? ($0 != "/" && $0 != "\n") : ($0 != "." && $0 != "\n" && $0 != "/") }
        let trimmed = agency.trimmingCharacters(in: " \t")
        guard !trimmed.isEmpty, trimmed.count <= 60 else { return nil }
        let agencyEnd = agencyStart + agency.utf8.count
        if slashed { guard scanner.peek == "/" else { return nil }; scanner.advance() }
        scanner.skipSpaces()
        scanner.skip(".")
        let base = start
        let leading = agency.prefix { $0 == " " }.utf8.count
        let trailing = String(agency.reversed().prefix { $0 == " " }).utf8.count
        let placeText = String(head.utf8Slice(placeStart, placeEnd))
        return Dateline(
            range: TextRange(base + placeStart, base + scanner.offset),
            placeRange: TextRange(base + placeStart, base + placeEnd),
            place: displayName(placeText),
            day: day, month: month,
            agencyRange: TextRange(base + agencyStart + leading, base + agencyEnd - trailing),
            agency: trimmed)
    }

    /// `НЬЮ-ЙОРК` → `Нью-Йорк`, `САНКТ-ПЕТЕРБУРГ` → `Санкт-Петербург`; mixed case is kept.
    public static func displayName(_ place: String) -> String {
        guard place == place.uppercased() else { return place }
        var out = ""
        var startOfWord = true
        for ch in place {
            out += startOfWord ? String(ch) : ch.lowercased()
            startOfWord = ch == " " || ch == "-"
        }
        return out
    }
}

/// A tiny forward scanner over a string, tracking UTF-8 offsets.
struct Scanner {
    let chars: [Character]
    var index = 0
    private var offsets: [Int]

    init(_ s: String) {
        chars = Array(s)
        var offsets = [0]
        offsets.reserveCapacity(chars.count + 1)
        var end = 0
        for c in chars { end += c.utf8.count; offsets.append(end) }
        self.offsets = offsets
    }

    var offset: Int {
        get { offsets[index] }
        set { index = offsets.firstIndex(of: newValue) ?? index }
    }

    var peek: Character? { index < chars.count ? chars[index] : nil }
    mutating func advance() { if index < chars.count { index += 1 } }
    mutating func skipSpaces() { while let c = peek, c == " " || c == "\t" || c == "\u{A0}" { advance() } }
    mutating func skip(_ c: Character) { if peek == c { advance() } }
    mutating func take(while predicate: (Character) -> Bool) -> String {
        var out = ""
        while let c = peek, predicate(c) { out.append(c); advance() }
        return out
    }
}

extension String {
    func utf8Slice(_ start: Int, _ end: Int) -> Substring {
        let u = utf8
        let s = u.index(u.startIndex, offsetBy: start), e = u.index(u.startIndex, offsetBy: end)
        return self[s..<e]
    }

    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
