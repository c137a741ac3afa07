import LetopisCore

/// The `date YYYY-MM-DD` header that opens Letopis's `.txt` articles.
///
/// The header may be preceded by blanks and followed by a line break or by a
/// blank on the same line (the seed corpus puts the body right after it).
enum HeaderParser {
    struct Header: Equatable {
        var date: CalendarDate
        var bodyStart: Int
    }

    static func parse(_ utf8: [UInt8]) -> Header? {
        guard let (valueStart, valueEnd) = headerValue(utf8),
              let date = CalendarDate(iso: String(decoding: utf8[valueStart..<valueEnd], as: UTF8.self)) else { return nil }
        var i = valueEnd
        while i < utf8.count, utf8[i] == 0x20 || utf8[i] == 0x09 || utf8[i] == 0x0D || utf8[i] == 0x0A { i += 1 }
        return Header(date: date, bodyStart: i)
    }

    /// The value of a `date ...` header that is not a valid date, for a warning.
    /// Its value and where the body after it starts (as for a valid header).
    static func malformedHeader(_ utf8: [UInt8]) -> (value: String, bodyStart: Int)? {
        guard let (s, e) = headerValue(utf8) else { return nil }
        var i = e
        while i < utf8.count, utf8[i] == 0x20 || utf8[i] == 0x09 || utf8[i] == 0x0D || utf8[i] == 0x0A { i += 1 }
        return (String(decoding: utf8[s..<e], as: UTF8.self), i)
    }

    /// Byte range of the word after a leading `date `, if the text opens so.
    private static func headerValue(_ utf8: [UInt8]) -> (Int, Int)? {
        var i = 0
        while i < utf8.count, utf8[i] == 0x20 || utf8[i] == 0x09 || utf8[i] == 0x0D || utf8[i] == 0x0A { i += 1 }
        let keyword = Array("date".utf8)
        guard i + keyword.count < utf8.count, Array(utf8[i..<(i + keyword.count)]) == keyword,
              utf8[i + keyword.count] == 0x20 || utf8[i + keyword.count] == 0x09 else { return nil }
        i += keyword.count
        while i < utf8.count, utf8[i] == 0x20 || utf8[i] == 0x09 { i += 1 }
        let start = i
        while i < utf8.count, utf8[i] > 0x20 { i += 1 }
        return start < i ? (start, i) : nil
    }
}
