import LetopisCore

/// A run of letters, digits and the marks on them: the atom that join rules glue together.
struct Atom {
    var end: Int
    var scalars = 0
    var digits = 0
    var letters = 0
    var upper = 0
    /// Letters outside ASCII.
    var nonASCIILetters = 0
    /// Numeric value of an all-digit atom (saturating), for clock times.
    var value = 0

    var isNumber: Bool { digits > 0 && letters == 0 }
    var isWord: Bool { letters > 0 && digits == 0 }
}

/// The tokenizer's single pass over the bytes of a range.
struct TokenScanner {
    let text: UTF8Scanner
    let start: Int
    var tokens: [Token] = []

    init(text: UTF8Scanner, start: Int) {
        self.text = text
        self.start = start
    }

    var end: Int { text.end }

    /// Scalar, its length and class at `i`; length 0 at the end of the range.
    @inline(__always)
    func peek(_ i: Int) -> (scalar: UInt32, length: Int, cls: ScalarClass) {
        guard i < end else { return (0, 0, .space) }
        let d = text.decode(i)
        return (d.scalar, d.length, ScalarClass.of(d.scalar))
    }

    @inline(__always)
    mutating func emit(_ from: Int, _ to: Int, _ kind: TokenKind) {
        tokens.append(Token(TextRange(from, to), kind: kind))
    }

    mutating func scan<R: SegmentationRecorder>(recorder: inout R) {
        var i = start
        while i < end {
            let (c, n, cls) = peek(i)
            switch cls {
            case .space, .newline:
                i += n
            case .mark:
                attachOrEmit(i, n, recorder: &recorder)
                i += n
            case .upper, .lower, .letter, .digit:
                i = scanWord(i, recorder: &recorder)
            case .punctuation, .symbol:
                if cls == .symbol, let last = tokens.last, last.range.end == i, endsWithJoiner(last.range) {
                    // Emoji joined by U+200D: 👩‍💻 is one token.
                    tokens[tokens.count - 1].range.end = i + n
                    recorder.token(.attachedMark, at: i, joined: true)
                    i += n
                } else {
                    i = scanMark(i, c, n, cls, recorder: &recorder)
                }
            }
        }
    }

    /// A mark belongs to the token right before it; one after a space stands alone.
    mutating func attachOrEmit<R: SegmentationRecorder>(_ i: Int, _ n: Int, recorder: inout R) {
        if let last = tokens.last, last.range.end == i {
            tokens[tokens.count - 1].range.end = i + n
            recorder.token(.attachedMark, at: i, joined: true)
        } else {
            emit(i, i + n, .symbol)
        }
    }

    func endsWithJoiner(_ r: TextRange) -> Bool {
        // U+200D is E2 80 8D.
        r.count >= 3 && text.byte(r.end - 3) == 0xE2 && text.byte(r.end - 2) == 0x80 && text.byte(r.end - 1) == 0x8D
    }

    /// Letters, digits and marks from `i`.
    @inline(__always)
    func scanAtom(_ i: Int) -> Atom {
        var atom = Atom(end: i)
        var j = i
        while j < end {
            let b = text.byte(j)
            // ASCII fast path.
            if b < 0x80 {
                if b >= 0x30 && b <= 0x39 {
                    atom.digits += 1
                    atom.value = atom.value < 1_000_000 ? atom.value * 10 + Int(b - 0x30) : atom.value
                } else if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A {
                    atom.letters += 1
                    if b < 0x60 { atom.upper += 1 }
                } else {
                    break
                }
                atom.scalars += 1
                j += 1
                continue
            }
            let d = text.decode(j)
            let cls = ScalarClass.of(d.scalar)
            switch cls {
            case .upper: atom.letters += 1; atom.upper += 1; atom.nonASCIILetters += 1
            case .lower:
                // `1933г`, `5км`: a number and the lower-case Cyrillic unit glued to it are two tokens.
                if atom.letters == 0 && atom.digits > 0 && d.scalar >= 0x0430 && d.scalar <= 0x045F {
                    atom.end = j
                    return atom
                }
                atom.letters += 1; atom.nonASCIILetters += 1
            case .letter: atom.letters += 1; atom.nonASCIILetters += 1
            case .digit: atom.digits += 1
            case .mark: break
            default: atom.end = j; return atom
            }
            atom.scalars += 1
            j += d.length
        }
        atom.end = j
        return atom
    }

    // MARK: Words and numbers

    mutating func scanWord<R: SegmentationRecorder>(_ i: Int, recorder: inout R) -> Int {
        if let e = matchURL(i) {
            emit(i, e, .url)
            recorder.token(.url, at: i, joined: true)
            return e
        }
        if text.byte(i) < 0x80, let e = matchEmail(i) {
            emit(i, e, .email)
            recorder.token(.email, at: i, joined: true)
            return e
        }
        let firstIsDigit = peek(i).cls == .digit
        var atom = scanAtom(i)
        var inTime = false
        var j = atom.end
        while j < end, joinNext(&atom, &j, inTime: &inTime, recorder: &recorder) {}
        if atom.isNumber && j == atom.end && peek(j).cls == .lower { recorder.token(.numberUnit, at: j, joined: false) }
        emit(i, j, firstIsDigit ? .number : .word)
        return j
    }

    /// One join rule at `j`, the end of the word so far: a hyphen, an apostrophe, a decimal point,
    /// a clock colon or an underscore that glues the next atom on (true: `atom` and `j` moved on),
    /// or the end of the word (false), each recorded by name.
    @inline(__always)
    func joinNext<R: SegmentationRecorder>(_ atom: inout Atom, _ j: inout Int, inTime: inout Bool, recorder: inout R) -> Bool {
        let (c, n, _) = peek(j)
        let next = peek(j + n)
        if Scalar.isHyphen(c) {
            if next.cls.isAlphanumeric {
                let right = scanAtom(j + n)
                if atom.isNumber && right.isNumber {
                    recorder.token(.numberRange, at: j, joined: false)
                    return false
                }
                recorder.token(.hyphenatedWord, at: j, joined: true)
                atom = right
                j = right.end
                return true
            }
            if next.cls == .space && atom.letters > 0 && isConjunctionAfterSpaces(j + n) {
                recorder.token(.suspendedHyphen, at: j, joined: true)
                j += n
            }
            return false
        }
        if c == Scalar.apostrophe || c == Scalar.rightSingleQuote || c == Scalar.modifierApostrophe {
            if atom.letters > 0 && next.cls.isLetter {
                recorder.token(.apostropheWord, at: j, joined: true)
                atom = scanAtom(j + n)
                j = atom.end
                return true
            }
            return false
        }
        if c == Scalar.fullStop || c == Scalar.comma {
            if atom.isNumber && next.cls == .digit {
                recorder.token(.decimalNumber, at: j, joined: true)
                atom = scanAtom(j + n)
                j = atom.end
                return true
            }
            if c == Scalar.fullStop && next.cls.isAlphanumeric {
                if let domainEnd = matchDomainTail(j) {
                    recorder.token(.domainName, at: j, joined: true)
                    j = domainEnd
                    return false
                }
                recorder.token(.abbreviationStop, at: j, joined: false)
            }
            return false
        }
        if c == Scalar.colon && atom.isNumber && next.cls == .digit {
            let right = scanAtom(j + n)
            if right.isNumber && right.digits == 2 && right.value <= 59
                && (inTime || (atom.digits <= 2 && atom.value <= 23)) {
                recorder.token(.clockTime, at: j, joined: true)
                atom = right
                j = right.end
                inTime = true
                return true
            }
            recorder.token(.numberColon, at: j, joined: false)
            return false
        }
        if c == Scalar.underscore && next.cls.isAlphanumeric {
            recorder.token(.underscoreWord, at: j, joined: true)
            atom = scanAtom(j + n)
            j = atom.end
            return true
        }
        return false
    }

    /// After a hyphen and spaces, `и`, `или` or `либо` (then a space): `теле- и радио`.
    func isConjunctionAfterSpaces(_ from: Int) -> Bool {
        var j = from
        var steps = 0
        while j < end && steps < 4 {
            let p = peek(j)
            guard p.cls == .space else { break }
            j += p.length
            steps += 1
        }
        var word: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
        var count = 0
        while j < end && count < 5 {
            let p = peek(j)
            guard p.cls.isLetter else { break }
            switch count {
            case 0: word.0 = Scalar.lowercased(p.scalar)
            case 1: word.1 = Scalar.lowercased(p.scalar)
            case 2: word.2 = Scalar.lowercased(p.scalar)
            case 3: word.3 = Scalar.lowercased(p.scalar)
            default: break
            }
            count += 1
            j += p.length
        }
        guard peek(j).cls.isSpace else { return false }
        let i: UInt32 = 0x438, l: UInt32 = 0x43B, b: UInt32 = 0x431, o: UInt32 = 0x43E
        switch count {
        case 1: return word.0 == i
        case 3: return word == (i, l, i, 0)
        case 4: return word == (l, i, b, o)
        default: return false
        }
    }

    // MARK: Domains, URLs, e-mails

    /// At a full stop after a word: the end of `.label(.label)*` when its last label is a domain zone.
    /// Looks at no more than eight labels, so a long `a.b.c...` chain stays linear.
    func matchDomainTail(_ dot: Int) -> Int? {
        var j = dot
        var best: Int? = nil
        var labels = 0
        while labels < 8, j < end, text.byte(j) == 0x2E {
            let first = peek(j + 1)
            guard first.cls.isAlphanumeric else { break }
            var label = scanAtom(j + 1)
            var labelEnd = label.end
            // Hyphens inside a label: `my-site.ru`.
            while labelEnd < end, text.byte(labelEnd) == 0x2D, peek(labelEnd + 1).cls.isAlphanumeric {
                label = scanAtom(labelEnd + 1)
                labelEnd = label.end
            }
            let zone = scanAtom(j + 1)
            if zone.end == labelEnd && isDomainZone(j + 1, zone) { best = labelEnd }
            j = labelEnd
            labels += 1
        }
        return best
    }

    /// `ru`, `com`, `doc`, `рф`, `Ru`: a top-level label — 2 to 6 letters, all lower-case
    /// Latin, or a known zone in any case.
    func isDomainZone(_ from: Int, _ atom: Atom) -> Bool {
        guard atom.isWord, atom.letters >= 2, atom.letters <= 6 else { return false }
        if atom.nonASCIILetters == 0 && atom.upper == 0 { return true }
        return DomainZones.contains(hash: Abbreviations.hash(text, from, atom.end))
    }

    /// `http://`, `https://`, `ftp://`, `www.` (any case) and what follows up to a space,
    /// without trailing punctuation.
    func matchURL(_ i: Int) -> Int? {
        // Only `h`, `w`, `f` (any case) can start one.
        let b0 = text.byte(i) | 0x20
        guard b0 == 0x68 || b0 == 0x77 || b0 == 0x66 else { return nil }
        func hasPrefix(_ p: StaticString) -> Bool {
            let n = p.utf8CodeUnitCount
            guard i + n <= end else { return false }
            let s = p.utf8Start
            for k in 0..<n where text.byte(i + k) | 0x20 != s[k] | 0x20 { return false }
            return true
        }
        let prefix: Int
        if hasPrefix("https://") { prefix = 8 }
        else if hasPrefix("http://") || hasPrefix("www.") { prefix = hasPrefix("www.") ? 4 : 7 }
        else if hasPrefix("ftp://") { prefix = 6 }
        else { return nil }
        var j = i + prefix
        var open = 0
        while j < end {
            let p = peek(j)
            if p.cls.isSpace || p.scalar == 0xAB || p.scalar == 0xBB || p.scalar == 0x22 || p.scalar == 0x3C
                || p.scalar == 0x3E || p.scalar == 0x201C || p.scalar == 0x201D { break }
            if p.scalar == 0x28 { open += 1 }
            if p.scalar == 0x29 { if open == 0 { break }; open -= 1 }
            j += p.length
        }
        // Trailing punctuation belongs to the sentence: `(см. www.ria.ru).`
        while j > i + prefix {
            guard let prev = text.decodeBefore(j, lowerBound: i + prefix) else { break }
            let c = prev.scalar
            if c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x21 || c == 0x3F || c == 0x27 || c == 0x2026 {
                j = prev.start
            } else {
                break
            }
        }
        return j > i + prefix ? j : nil
    }

    /// `local@domain.zone` in ASCII; the local part is at most 64 bytes and the domain 255.
    func matchEmail(_ i: Int) -> Int? {
        @inline(__always) func isLocal(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
                || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
        }
        var j = i
        while j < end && j - i < 64 && isLocal(text.byte(j)) { j += 1 }
        guard j > i, j < end, text.byte(j) == 0x40, text.byte(j - 1) != 0x2E else { return nil }
        let domainStart = j + 1
        var k = domainStart
        var lastDot = -1
        while k < end && k - domainStart < 255 {
            let b = text.byte(k)
            let alnum = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
            if alnum || b == 0x2D { k += 1; continue }
            if b == 0x2E && k + 1 < end && k > domainStart {
                let nb = text.byte(k + 1)
                if (nb >= 0x30 && nb <= 0x39) || ((nb | 0x20) >= 0x61 && (nb | 0x20) <= 0x7A) {
                    lastDot = k
                    k += 1
                    continue
                }
            }
            break
        }
        guard lastDot > domainStart, k - lastDot > 2 else { return nil }
        return k
    }

    // MARK: Punctuation and symbols

    mutating func scanMark<R: SegmentationRecorder>(_ i: Int, _ c: UInt32, _ n: Int, _ cls: ScalarClass,
                                                     recorder: inout R) -> Int {
        let kind: TokenKind = cls == .punctuation ? .punctuation : .symbol
        var j = i + n
        if c == Scalar.fullStop || c == Scalar.ellipsis {
            // `...`, `…`, `..`: one token.
            while j < end, text.byte(j) == 0x2E || peek(j).scalar == Scalar.ellipsis { j += peek(j).length }
            if j > i + n {
                recorder.token(.punctuationRun, at: i + n, joined: true)
            } else if c == Scalar.fullStop, peek(j).cls.isLetter, !precededByAlphanumeric(i) {
                // `.eu`, `.РФ`
                let zone = scanAtom(j)
                if isDomainZone(j, zone), !peek(zone.end).cls.isAlphanumeric,
                   zone.end >= end || text.byte(zone.end) != 0x2D {
                    recorder.token(.domainZone, at: i, joined: true)
                    emit(i, zone.end, .word)
                    return zone.end
                }
            }
            emit(i, j, .punctuation)
            return j
        }
        if c == Scalar.exclamation || c == Scalar.question {
            // `?!`, `!!!`, `?..`
            while j < end, text.byte(j) == 0x21 || text.byte(j) == 0x3F { j += 1 }
            while j < end, text.byte(j) == 0x2E { j += 1 }
            if j > i + n { recorder.token(.punctuationRun, at: i + n, joined: true) }
            emit(i, j, .punctuation)
            return j
        }
        if Scalar.isRegionalIndicator(c) {
            let p = peek(j)
            if Scalar.isRegionalIndicator(p.scalar) {
                recorder.token(.flag, at: j, joined: true)
                j += p.length
            }
            emit(i, j, .symbol)
            return j
        }
        if c == Scalar.hyphen || c == 0x2A || c == 0x3D || c == 0x5F || c == 0x7E || c == 0x23 {
            // `--`, `***`, `===`, `___`: a run of one ASCII mark.
            let b = text.byte(i)
            while j < end, text.byte(j) == b { j += 1 }
            if j > i + n { recorder.token(.punctuationRun, at: i + n, joined: true) }
            emit(i, j, kind)
            return j
        }
        emit(i, j, kind)
        return j
    }

    func precededByAlphanumeric(_ i: Int) -> Bool {
        guard let prev = text.decodeBefore(i, lowerBound: start) else { return false }
        let cls = ScalarClass.of(prev.scalar)
        return cls.isAlphanumeric || cls == .mark
    }
}
