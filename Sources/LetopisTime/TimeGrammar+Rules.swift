import LetopisCore

extension TimeGrammar {
    /// Every rule, in priority order: at one position the longest match wins,
    /// and among equally long ones the earlier rule.
    static let rules: [TimeRule] = [
        TimeRule(name: "vague.phrase") { $0.vaguePhrase($1) },
        TimeRule(name: "date.iso") { $0.isoDate($1) },
        TimeRule(name: "date.numeric") { $0.numericDate($1) },
        TimeRule(name: "date.day-month") { $0.dayMonth($1) },
        TimeRule(name: "date.weekday") { $0.weekday($1) },
        TimeRule(name: "date.month") { $0.month($1) },
        TimeRule(name: "date.year") { $0.year($1) },
        TimeRule(name: "date.decade") { $0.decade($1) },
        TimeRule(name: "date.century") { $0.century($1) },
        TimeRule(name: "date.relative") { $0.relativeUnit($1) },
        TimeRule(name: "date.anaphoric") { $0.anaphoric($1) },
        TimeRule(name: "date.deictic") { $0.deictic($1) },
        TimeRule(name: "date.part") { $0.part($1) },
        TimeRule(name: "date.half") { $0.half($1) },
        TimeRule(name: "date.quarter") { $0.quarter($1) },
        TimeRule(name: "date.season") { $0.season($1) },
        TimeRule(name: "time.clock") { $0.clock($1) },
        TimeRule(name: "time.day-part") { $0.dayPart($1) },
        TimeRule(name: "time.night") { $0.night($1) },
        TimeRule(name: "date.shift") { $0.shift($1) },
        TimeRule(name: "duration") { $0.duration($1) },
        TimeRule(name: "set") { $0.set($1) },
        TimeRule(name: "date.dateline-day") { $0.datelineDay($1) },
        TimeRule(name: "date.covid-year", takesPrefix: false) { $0.covidYear($1) },
        TimeRule(name: "date.event-year", takesPrefix: false) { $0.eventYear($1) },
        TimeRule(name: "date.deictic-adjective", takesPrefix: false) { $0.deicticAdjective($1) },
    ]

    // MARK: - Vague

    /// A phrase of `vague-phrases.tsv` (`в ближайшее время`, `на днях`), the longest at `i`.
    func vaguePhrase(_ i: Int) -> TimeMatch? {
        var best: TimeMatch? = nil
        guard let first = word(i), let candidates = lex.vaguePhrases[first] else { return nil }
        for (words, value) in candidates {
            var ok = true
            for (k, w) in words.enumerated().dropFirst() where !isWord(i + k, exactly: w) { ok = false; break }
            guard ok else { continue }
            // `в прошлом месяце` is relative, not vague.
            if isWord(i + words.count - 1, .vagueOpenEnd),
               let next = word(i + words.count), lex.units[next] != nil || lex.seasons[next] != nil { continue }
            if let b = best, b.end >= i + words.count { continue }
            switch value {
            case .nearDays: best = TimeMatch(i, i + words.count, .nearDays, "vague.phrase")
            case .reference(let v): best = TimeMatch(i, i + words.count, .literal(.date, v), "vague.phrase")
            }
        }
        return best
    }

    // MARK: - Numeric dates

    func isoDate(_ i: Int) -> TimeMatch? {
        guard let y = number(i), digitCount(i) == 4, isDash(i + 1), touching(i + 1), touching(i + 2),
              let m = number(i + 2), digitCount(i + 2) == 2, isDash(i + 3), touching(i + 3), touching(i + 4),
              let d = number(i + 4), digitCount(i + 4) == 2 else { return nil }
        return TimeMatch(i, i + 5, .calendar(year: .absolute(y), month: m, day: d), "date.iso")
    }

    func numericDate(_ i: Int) -> TimeMatch? {
        guard let d = number(i), digitCount(i) <= 2, isMark(i + 1), touching(i + 1),
              let separator = markText(i + 1), separator == "." || separator == "/", touching(i + 2),
              let m = number(i + 2), digitCount(i + 2) <= 2, mark(i + 3, separator), touching(i + 3), touching(i + 4), var y = number(i + 4) else { return nil }
        let yd = digitCount(i + 4)
        guard yd == 4 || yd == 2, (1...12).contains(m), (1...31).contains(d) else { return nil }
        if yd == 2 { y += y < 50 ? 2000 : 1900 }
        var end = i + 5
        if let e = yearWord(end) { end = e }
        return TimeMatch(i, end, .calendar(year: .absolute(y), month: m, day: d), "date.numeric")
    }

    // MARK: - Day and month

    /// A day of the month: `7`, `07`, `первого`, `двадцать первого`.
    func dayNumber(_ i: Int) -> (Int, Int)? {
        if let n = number(i), digitCount(i) <= 2, n >= 1 { return (n, i + 1) }
        guard let w = word(i) else { return nil }
        if let n = lex.ordinals[w] { return (n, i + 1) }
        if let tens = lex.cardinals[w], tens == 20 || tens == 30, let w2 = word(i + 1), let n = lex.ordinals[w2], n < 10 {
            return (tens + n, i + 2)
        }
        return nil
    }

    func monthWord(_ i: Int, abbreviations: Bool) -> (Int, Int)? {
        guard let w = word(i) else { return nil }
        if let m = lex.months[w] { return (m, i + 1) }
        if abbreviations, let m = lex.monthAbbreviations[w] {
            return (m, mark(i + 1, ".") && touching(i + 1) ? i + 2 : i + 1)
        }
        return nil
    }

    func dayMonth(_ i: Int) -> TimeMatch? {
        guard let (d1, j0) = dayNumber(i) else { return nil }
        var j = j0
        var d0: Int? = nil
        var firstEnd = j0
        if isDash(j) || isWord(j, .rangeJoinerDay) || mark(j, ","), number(i) != nil, let (_, k) = dayNumber(j + 1), number(j + 1) != nil,
           monthWord(k, abbreviations: true) != nil { d0 = d1; firstEnd = j0; j = k }
        guard let (m, k) = monthWord(j, abbreviations: number(i) != nil) else { return nil }
        guard d1 <= 99 else { return nil }
        var day = d1
        if d0 != nil {
            guard let (second, _) = dayNumber(j0 + 1) else { return nil }
            day = second
        }
        j = k
        var yearRef = YearReference.byTense
        if let (r, e) = yearReference(j) { yearRef = r; j = e }
        // `с 15 марта по 14 апреля 2010 года`: the first date takes the second's year.
        if yearRef == .byTense, d0 == nil, isDash(j) || isWord(j, .rangeTo), let next = dayMonth(j + 1),
           next.pieces.count == 1, case let .calendar(y, _, _) = next.expression, case .absolute = y {
            return TimeMatch(end: next.end, pieces: [
                TimePiece(start: i, end: j, expression: .calendar(year: y, month: m, day: day), rule: "date.range", inRange: true),
                TimePiece(start: j + 1, end: next.end, expression: next.expression, rule: "date.range", inRange: true),
            ])
        }
        var e: TimeExpression = .calendar(year: yearRef, month: m, day: day)
        (e, j) = attachTime(e, j)
        // `25 июля, в четверг`
        if mark(j, ","), isWord(j + 1, .inPreposition), let w = word(j + 2), lex.weekdays[w] != nil { j += 3 }
        var pieces = [TimePiece(start: i, end: j, expression: e, rule: "date.day-month")]
        if let d0 {
            pieces = [TimePiece(start: i, end: firstEnd, expression: .calendar(year: yearRef, month: m, day: d0), rule: "date.day-range", inRange: true),
                      TimePiece(start: firstEnd + 1, end: j, expression: e, rule: "date.day-range", inRange: true)]
        }
        return TimeMatch(end: j, pieces: pieces)
    }

    /// `22 июля` + `в 23:11` / `утром`.
    func attachTime(_ e: TimeExpression, _ j: Int) -> (TimeExpression, Int) {
        var k = j
        if mark(k, ",") { k += 1 }
        if isWord(k, .clockPreposition), let c = clockCore(k + 1) {
            return (.clock(day: e, hour: c.hour, minute: c.minute), c.end)
        }
        if let w = word(j), let code = lex.dayParts[w] { return (.dayPart(day: e, code: code), j + 1) }
        return (e, j)
    }

    func weekday(_ i: Int) -> TimeMatch? {
        var j = i
        var offset: Int? = nil
        var hasAdjective = false
        if let w = word(i), let k = relativeOffset(w) {
            offset = k
            hasAdjective = true
            j += 1
        } else if isWord(i, .nearestAdjective) {
            hasAdjective = true
            j += 1
        }
        guard let w = word(j), let d = lex.weekdays[w] else { return nil }
        // `среда` is also `environment`: Wednesday needs an adjective, a preposition or a capital.
        if d == 3 && !hasAdjective && !(isWord(j - 1, .prepositionBeforeDate) || capitalized(j)) { return nil }
        j += 1
        var e: TimeExpression = .weekday(d, offset: offset)
        // `в понедельник, 30 марта 2020 года`
        var k = j
        if mark(k, ",") || isDash(k) { k += 1 }
        if let dm = dayMonth(k), dm.pieces.count == 1 {
            return TimeMatch(i, dm.end, dm.expression, "date.weekday-date")
        }
        (e, j) = attachTime(e, j)
        return TimeMatch(i, j, e, "date.weekday")
    }

    func month(_ i: Int) -> TimeMatch? {
        guard let (m, j0) = monthWord(i, abbreviations: false) else { return nil }
        // `45 декабря`: a number that is no day; leave it to the impossible-date rule.
        if number(i - 1) != nil && digitCount(i - 1) <= 2 { return nil }
        var j = j0
        if isDash(j) || isWord(j, .rangeJoinerMonth), let (m2, k) = monthWord(j + 1, abbreviations: false) {
            var ref = YearReference.byTense
            var end = k
            if let (r, e) = yearReference(k) { ref = r; end = e }
            return TimeMatch(end: end, pieces: [
                TimePiece(start: i, end: j0, expression: .calendar(year: ref, month: m, day: nil), rule: "date.month-range", inRange: true),
                TimePiece(start: j + 1, end: end, expression: .calendar(year: ref, month: m2, day: nil), rule: "date.month-range", inRange: true),
            ])
        }
        var ref = YearReference.byTense
        if let (r, e) = yearReference(j) { ref = r; j = e }
        return TimeMatch(i, j, .calendar(year: ref, month: m, day: nil), "date.month")
    }

    // MARK: - Years, decades, centuries

    func year(_ i: Int) -> TimeMatch? {
        guard let n = number(i), digitCount(i) == 4, (1000...2199).contains(n) else { return nil }
        if isMark(i - 1) && touching(i) && !isDash(i - 1) && !mark(i - 1, "(") { return nil }
        // Ranges: `2016—2018 годы`, `1994 по 2000 годы`.
        var k = i + 1
        var joined = false
        if isDash(k) { k += 1; joined = true } else if isWord(k, .rangeJoinerYear) { k += 1; joined = true }
        if joined, let n2 = number(k), digitCount(k) == 4, (1000...2199).contains(n2), n2 > n {
            var end = k + 1
            if let e = yearWord(end) { end = e }
            return TimeMatch(end: end, pieces: [
                TimePiece(start: i, end: i + 1, expression: .calendar(year: .absolute(n), month: nil, day: nil), rule: "date.year-range", inRange: true),
                TimePiece(start: k, end: end, expression: .calendar(year: .absolute(n2), month: nil, day: nil), rule: "date.year-range", inRange: true),
            ])
        }
        if let t = yearTail(i) { return TimeMatch(i, t.end, .calendar(year: .absolute(n), month: nil, day: nil), "date.year") }
        // A bare year: after a preposition, or standing alone before punctuation.
        guard (1800...2100).contains(n) else { return nil }
        let next = i + 1
        let afterPreposition = isWord(i - 1, .bareYearPreposition)
        if let nx = atom(next), !nx.lineBefore {
            if nx.kind == .mark {
                if ["%", ":", "/", "+", "$", "€", "₽", "×"].contains(nx.text) { return nil }
                if (nx.text == "." || nx.text == ",") && touching(next) && number(next + 1) != nil && touching(next + 1) { return nil }
            } else if nx.kind == .number {
                return nil
            } else if !nx.capitalized {
                guard afterPreposition, isWord(next, .afterBareYear) || tense(at: next) != nil else { return nil }
            } else if !afterPreposition {
                return nil
            }
        }
        if let m = markText(i - 1), ["№", "$", "€", "#"].contains(m) { return nil }
        return TimeMatch(i, i + 1, .calendar(year: .absolute(n), month: nil, day: nil), "date.year-bare")
    }

    func decade(_ i: Int) -> TimeMatch? {
        if let n = number(i), isDash(i + 1), touching(i + 1), touching(i + 2),
           isWord(i + 2, .decadeSuffix), n % 10 == 0 {
            let dc = digitCount(i)
            let value: Int
            if dc == 4 { value = n / 10 } else if dc == 2 { value = n <= 10 ? 200 + n / 10 : 190 + n / 10 } else { return nil }
            var end = i + 3
            if let e = yearWord(end) { end = e }
            return TimeMatch(i, end, .decade(value), "date.decade")
        }
        if let n = number(i), digitCount(i) == 4, n % 10 == 0, isWord(i + 1, .yearsPlural) {
            return TimeMatch(i, i + 2, .decade(n / 10), "date.decade")
        }
        guard let w = word(i), let d = lex.decadeWords[w] else { return nil }
        var end = i + 1
        var hundreds = d <= 10 ? 20 : 19
        if let u = word(end), lex.units[u] == .year { end += 1 }
        else if lex.units[word(end) ?? ""] == nil && !(d == 90 || d == 80 || d == 70 || d == 60 || d == 0) { return nil }
        if let c = self.century(end), case let .century(cv) = c.expression { hundreds = cv; end = c.end }
        return TimeMatch(i, end, .decade(hundreds * 10 + d / 10), "date.decade-word")
    }

    static func roman(_ s: String) -> Int? {
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "х": 10, "і": 1]
        var total = 0, prev = 0
        for ch in s.reversed() {
            guard let v = values[ch] else { return nil }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        return total > 0 && total <= 30 ? total : nil
    }

    func century(_ i: Int) -> TimeMatch? {
        var n: Int? = nil
        var j = i + 1
        if let w = word(i) {
            if allUpper(i), let r = TimeGrammar.roman(w) { n = r }
            else if let o = lex.ordinals[w] { n = o }
            else if let t = lex.cardinals[w], t == 20, let w2 = word(i + 1), let o = lex.ordinals[w2], o < 10 { n = t + o; j = i + 2 }
            else if let k = relativeOffset(w), let u = word(i + 1), lex.units[u] == .century {
                return TimeMatch(i, i + 2, .relative(.century, offset: k), "date.century-relative")
            }
        } else if let v = number(i), digitCount(i) <= 2 { n = v }
        guard let c = n, (1...30).contains(c), isWord(j, .centuryWord) else { return nil }
        return TimeMatch(i, j + 1, .century(c - 1), "date.century")
    }

    // MARK: - Relative and deictic

    func relativeUnit(_ i: Int) -> TimeMatch? {
        if let w = word(i), let (du, dk) = lex.deicticAdjectives[w], du == .day, dk == 0, let u = word(i + 1), lex.units[u] == .day {
            return TimeMatch(i, i + 2, .relative(.day, offset: 0), "date.today")
        }
        guard let w = word(i), let k = relativeOffset(w), let u = word(i + 1), let unit = lex.units[u] else { return nil }
        if unit == .day {
            // `на следующий день` counts from the text's last date.
            guard k != 0 else { return nil }
            return TimeMatch(i, i + 2, .anaphoric(.day, offset: k), "date.anaphoric-day")
        }
        guard unit >= .week else { return nil }
        return TimeMatch(i, i + 2, .relative(unit, offset: k), "date.relative")
    }

    func anaphoric(_ i: Int) -> TimeMatch? {
        guard isWord(i, .anaphoricPronoun) else { return nil }
        var j = i + 1
        let same = isWord(j, .same)
        if same { j += 1 }
        guard let u = word(j), let unit = lex.units[u], unit >= .day, unit != .hour else { return nil }
        if isWord(i, .thisForms) && !same && unit != .day { return nil }
        if !same && !(unit == .day || unit == .year) { return nil }
        return TimeMatch(i, j + 1, .anaphoric(unit, offset: 0), "date.anaphoric")
    }

    func deictic(_ i: Int) -> TimeMatch? {
        guard let w = word(i), let k = lex.deicticDays[w] else { return nil }
        // `накануне выборов` is the eve of something else: a genitive after it ends the match.
        if isWord(i, .eve), let nx = word(i + 1), !capitalized(i + 1), tense(at: i + 1) == nil,
           lex.dayParts[nx] == nil, lex.endsWithAny(Array(nx.unicodeScalars)[...], .genitiveEnding) { return nil }
        var j = i + 1
        var k2 = j
        if mark(k2, ",") { k2 += 1 }
        if let dm = dayMonth(k2), dm.pieces.count == 1 { return TimeMatch(i, dm.end, dm.expression, "date.deictic-date") }
        var e: TimeExpression = .relative(.day, offset: k)
        (e, j) = attachTime(e, j)
        return TimeMatch(i, j, e, "date.deictic")
    }

    // MARK: - Parts, halves, quarters, seasons

    /// The genitive after `в конце`: `июля`, `прошлого года`, `2024 года`, `1990-х`, `года`.
    func inner(_ i: Int) -> TimeMatch? {
        var best: TimeMatch? = nil
        for rule in [month, year, decade, century, relativeUnit, anaphoric, season, quarter] {
            if let m = rule(i), m.pieces.count == 1, best == nil || m.end > best!.end { best = m }
        }
        if let t = yearTail(i, bare: true), best == nil || t.end > best!.end {
            best = TimeMatch(i, t.end, .calendar(year: .absolute(t.year), month: nil, day: nil), "date.year")
        }
        if let best { return best }
        if let u = word(i), let unit = lex.units[u], unit >= .day, !isWord(i, .pluralUnitForm) {
            if unit == .day { return TimeMatch(i, i + 1, .relative(.day, offset: 0), "date.current") }
            return TimeMatch(i, i + 1, .relative(unit, offset: 0), "date.current")
        }
        return nil
    }

    func part(_ i: Int) -> TimeMatch? {
        guard let w = word(i) else { return nil }
        var mod = lex.partWords[w]
        var j = i + 1
        if mod == nil, isWord(i, .firstOrLastPlural), isWord(i + 1, .daysOfMonth) {
            mod = isWord(i, .firstPlural) ? .start : .end
            j = i + 2
        }
        guard let mod, let m = inner(j) else { return nil }
        return TimeMatch(i, m.end, .part(mod, m.expression), "date.part")
    }

    func half(_ i: Int) -> TimeMatch? {
        guard let w = word(i), let n = lex.ordinals[w], n == 1 || n == 2,
              isWord(i + 1, .half), let m = inner(i + 2) else { return nil }
        return TimeMatch(i, m.end, .half(n, m.expression), "date.half")
    }

    func quarter(_ i: Int) -> TimeMatch? {
        var n: Int? = nil
        var j = i + 1
        if let w = word(i) {
            if let o = lex.ordinals[w] { n = o } else if allUpper(i) { n = TimeGrammar.roman(w) }
        } else if let v = number(i), digitCount(i) == 1 {
            n = v
            if isDash(j), touching(j), isWord(j + 1, .ordinalSuffix) { j += 2 }
        }
        guard let q = n, let u = word(j), let unit = lex.units[u], unit == .quarter || unit == .halfYear else { return nil }
        guard q >= 1, q <= (unit == .quarter ? 4 : 2) else { return nil }
        j += 1
        var ref = YearReference.byTense
        if let (r, e) = yearReference(j) { ref = r; j = e }
        return TimeMatch(i, j, unit == .quarter ? .quarter(q, year: ref) : .halfYear(q, year: ref), "date.quarter")
    }

    func season(_ i: Int) -> TimeMatch? {
        var j = i
        var ref = YearReference.byTense
        if let w = word(i), let k = relativeOffset(w), lex.seasons[word(i + 1) ?? ""] != nil {
            ref = k < 0 ? .lastOccurrence : k > 0 ? .nextOccurrence : .relative(0)
            j += 1
        }
        guard let w = word(j), let s = lex.seasons[w] else { return nil }
        // `кануть в Лету`: a capital inside a sentence is a name, not a season.
        if capitalized(j), isWordAtom(j - 1), !lineBefore(j - 1) || isWordAtom(j - 2) { return nil }
        // `лета` alone is too often a form of `лет`; keep it with a year.
        j += 1
        // `зимой 2022–2023 годов`: a winter named by both its years takes the first.
        if let y1 = number(j), digitCount(j) == 4, isDash(j + 1), let y2 = number(j + 2), digitCount(j + 2) == 4, y2 == y1 + 1 {
            ref = .absolute(s == .winter ? y1 : y2)
            j += 3
            if let e = yearWord(j) { j = e }
        } else if let (r, e) = yearReference(j) { ref = r; j = e } else if isWord(j - 1, .summerLikeYears)
                    || isWord(j - 1, .summerNominative) && !capitalized(j - 1) && ref == .byTense && !isWord(i - 1, .prepositionBeforeDate) { return nil }
        return TimeMatch(i, j, .season(s, year: ref), "date.season")
    }

    // MARK: - Clock times and parts of day


    /// `15:30`, `10 часов утра`, `три часа ночи`, `полдень`.
    func clockCore(_ i: Int) -> (hour: Int, minute: Int, end: Int)? {
        var h: Int, m = 0, j: Int
        if let hh = number(i), digitCount(i) <= 2, let separator = markText(i + 1), separator == ":" || separator == ".", touching(i + 1), touching(i + 2),
           let mm = number(i + 2), digitCount(i + 2) == 2, hh <= 24, mm <= 59 {
            h = hh; m = mm; j = i + 3
            if separator == "." && !isWord(i - 1, .clockDotPreposition) { return nil }
        } else if let hh = number(i), digitCount(i) <= 2, hh >= 1, hh <= 12, isWord(i + 1, .dayPartGenitive),
                  isWord(i - 1, .clockHourPreposition) {
            h = hh; j = i + 1
        } else if isWord(i, .noon) { return (12, 0, i + 1) }
        else if isWord(i, .midnight) { return (0, 0, i + 1) }
        else if let q = quantity(i), let amount = q.amount, amount == amount.rounded(), amount <= 24, isWord(q.end, .hourWord) {
            h = Int(amount); j = q.end + 1
            if let q2 = quantity(j), let mm = q2.amount, mm < 60, isWord(q2.end, .minuteWord) { m = Int(mm); j = q2.end + 1 }
            if isWord(j, .dayPartGenitive) {
                if isWord(j, .afternoonGenitive) && h < 12 { h += 12 }
                if isWord(j, .nightGenitive) && h == 12 { h = 0 }
                j += 1
            } else if !isWord(i - 1, .clockWordPreposition) { return nil }
        } else { return nil }
        if isWord(j, .dayPartGenitive) {
            if isWord(j, .afternoonGenitive) && h < 12 { h += 12 }
            j += 1
        }
        return (h, m, timeZoneEnd(j))
    }

    /// After a clock time: `по московскому времени`, `по Гринвичу`, `мск`, `(GMT)`; the end of the zone, or `j`.
    func timeZoneEnd(_ j: Int) -> Int {
        if isWord(j, .by), let z = word(j + 1), lex.endsWithAny(Array(z.unicodeScalars)[...], .dativeAdjectiveEnding), isWord(j + 2, .timeWord) { return j + 3 }
        if isWord(j, .by), isWord(j + 1, .zoneAfterBy) { return j + 2 }
        if isWord(j, .timeZone) { return j + 1 }
        if mark(j, "("), isWord(j + 1, .timeZone), mark(j + 2, ")") { return j + 3 }
        return j
    }

    func clock(_ i: Int) -> TimeMatch? {
        guard let c = clockCore(i) else { return nil }
        var day: TimeExpression? = nil
        var end = c.end
        // `в 15:30 22 июля`, `в 10:00 в понедельник`
        var k = end
        if mark(k, ",") { k += 1 }
        if let dm = dayMonth(k), dm.pieces.count == 1, case .calendar = dm.expression { day = dm.expression; end = dm.end }
        else if let wd = weekday(k + (isWord(k, .inPreposition) ? 1 : 0)), case .weekday = wd.expression { day = wd.expression; end = wd.end }
        return TimeMatch(i, end, .clock(day: day, hour: c.hour, minute: c.minute), "time.clock")
    }

    func dayPart(_ i: Int) -> TimeMatch? {
        guard let w = word(i), let code = lex.dayParts[w] else { return nil }
        if isWord(i, .dayPartNeedsPreposition) && !isWord(i - 1, .fromOrUntil) { return nil }
        if isWord(i, .dayInstrumental) {
            if isWord(i + 1, .relativeAdverb) { return nil }
            if isWord(i - 1, .notDayPartAfter) { return nil }
        }
        var j = i + 1
        var day: TimeExpression? = nil
        var k = j
        if mark(k, ",") { k += 1 }
        let skipPreposition = isWord(k, .inPreposition) ? 1 : 0
        if let dm = dayMonth(k), dm.pieces.count == 1 { day = dm.expression; j = dm.end }
        else if let wd = weekday(k + skipPreposition), case .weekday = wd.expression { day = wd.expression; j = wd.end }
        else if let wd = weekday(k + skipPreposition) { day = wd.expression; j = wd.end }
        else if let dd = word(k), let off = lex.deicticDays[dd] { day = .relative(.day, offset: off); j = k + 1 }
        if case let .dayPart(inner, _) = day { day = inner }
        return TimeMatch(i, j, .dayPart(day: day, code: code), "time.day-part")
    }

    func night(_ i: Int) -> TimeMatch? {
        guard isWord(i, .night) else { return nil }
        if isWord(i + 1, .onto) {
            if let dm = dayMonth(i + 2), dm.pieces.count == 1 { return TimeMatch(i, dm.end, .dayPart(day: dm.expression, code: "NI"), "time.night") }
            if let wd = weekday(i + 2) {
                var end = wd.end
                var day = wd.expression
                var k = end
                if mark(k, ",") { k += 1 }
                if let dm = dayMonth(k), dm.pieces.count == 1 { day = dm.expression; end = dm.end }
                return TimeMatch(i, end, .dayPart(day: day, code: "NI"), "time.night")
            }
        }
        // `в ночь с субботы на воскресенье`
        if isWord(i + 1, .from), let first = weekday(i + 2), case .weekday = first.expression, isWord(first.end, .onto),
           let second = weekday(first.end + 1), case .weekday = second.expression {
            return TimeMatch(i, second.end, .dayPart(day: first.expression, code: "NI"), "time.night")
        }
        if isWord(i + 1, .from), let (d, j) = dayNumber(i + 2), isWord(j, .onto), let dm = dayMonth(j + 1), dm.pieces.count == 1,
           case let .calendar(y, m, _) = dm.expression {
            return TimeMatch(i, dm.end, .dayPart(day: .calendar(year: y, month: m, day: d), code: "NI"), "time.night")
        }
        return nil
    }

    // MARK: - Shifts, durations, sets

    func shift(_ i: Int) -> TimeMatch? {
        // через / спустя + quantity unit
        if isWord(i, .shiftPreposition), let q = quantityUnit(i + 1, allowBare: true) {
            let ana = isWord(i, .afterward)
            guard let amount = q.amount else { return TimeMatch(i, q.end, .literal(.date, "FUTURE_REF"), "date.shift-vague") }
            return TimeMatch(i, q.end, .shift(amount: amount, unit: q.unit, sign: 1, anaphoric: ana), "date.shift")
        }
        var q0 = quantityUnit(i, allowBare: true)
        if q0 == nil, isWord(i - 1, .approximator), let w = word(i), isWord(i, .genitiveSingularUnit), let unit = lex.units[w] { q0 = (1, unit, i + 1) }
        if let q = q0 {
            var j = q.end
            var sign = 0
            var ana = false
            if isWord(j, .agoLead), isWord(j + 1, .ago) { j += 2; sign = -1 }
            else if isWord(j, .ago) { j += 1; sign = -1 }
            else if isWord(j, .earlier) { j += 1; sign = -1; ana = true }
            else if isWord(j, .later) { j += 1; sign = 1; ana = true }
            guard sign != 0 else { return nil }
            guard let amount = q.amount else {
                return TimeMatch(i, j, .literal(.date, sign < 0 ? "PAST_REF" : "FUTURE_REF"), "date.shift-vague")
            }
            return TimeMatch(i, j, .shift(amount: amount, unit: q.unit, sign: sign, anaphoric: ana), "date.shift")
        }
        return nil
    }

    func duration(_ i: Int) -> TimeMatch? {
        // `23-летний`, `24-часовой`
        if let n = number(i), isDash(i + 1), touching(i + 1), touching(i + 2), let w = word(i + 2) {
            if let root = lex.digitAdjectiveRoots.first(where: { w.hasPrefix($0.root) }) {
                switch root.meaning {
                // `55-летний` is an age (or an anniversary), not a stretch of time: not tagged.
                case .age: return nil
                case .duration:
                    return TimeMatch(i, i + 3, .literal(.duration, TimeGrammar.durationValue(Double(n), root.unit)), "duration.adjective")
                case .no: break
                }
            }
        }
        // `пятилетний`, `трехдневный`, `двухмесячный`
        if let w = word(i), let (n, unit) = lex.durationAdjectives[w] {
            // `десятилетняя девочка`: from ten years up such adjectives are mostly ages.
            if unit == .year && n >= 10 { return nil }
            return TimeMatch(i, i + 1, .literal(.duration, TimeGrammar.durationValue(Double(n), unit)), "duration.adjective")
        }
        // A bare unit (`неделю`) counts after a duration preposition or a verb (`провела неделю`).
        var bareChecked: Bool? = nil
        func bare() -> Bool {
            if let b = bareChecked { return b }
            let b = isWord(i - 1, .durationPreposition) || tense(at: i - 1) != nil
            bareChecked = b
            return b
        }
        var found = quantityUnit(i, allowBare: false)
        if found == nil, isWord(i, .singleUnitForm),
           // `отмечали день рождения`: a bare `день` after a verb is rarely a stretch of time.
           isWord(i, .dayNoun) ? isWord(i - 1, .durationPreposition) : bare() {
            found = quantityUnit(i, allowBare: true)
        }
        guard var q = found else {
            // `в течение недели`, `более года`, `на протяжении десятилетий`
            if isWord(i - 1, .comparativePreposition), let w = word(i), let unit = lex.units[w] {
                if isWord(i, .genitiveSingularUnit) {
                    return TimeMatch(i, i + 1, .literal(.duration, TimeGrammar.durationValue(1, unit)), "duration.bare")
                }
                if isWord(i, .genitivePluralUnit), isWord(i - 1, .throughout) {
                    return TimeMatch(i, i + 1, .literal(.duration, TimeGrammar.durationValue(nil, unit)), "duration.bare")
                }
            }
            return nil
        }
        if isAge(i, q.unit, q.amount, end: q.end) { return nil }
        // `Один день Ивана Денисовича`: a lone `один` needs a preposition.
        if let w = word(i), lex.cardinals[w] == 1, !isWord(i - 1, .prepositionBeforeDate), !bare() { return nil }
        var value = TimeGrammar.durationValue(q.amount, q.unit)
        // `1 год 5 месяцев`
        while let q2 = quantityUnit(q.end, allowBare: false), q2.unit < q.unit, let a2 = q2.amount, q.amount != nil {
            let (code, isTime) = q2.unit.durationCode
            let n = a2 == a2.rounded() ? String(Int(a2)) : String(a2)
            if isTime && !value.contains("T") { value += "T" }
            value += n + code
            q = (q.amount, q2.unit, q2.end)
        }
        return TimeMatch(i, q.end, .literal(.duration, value), "duration")
    }

    /// `в возрасте 85 лет`, `Ему было 64 года`, `Кандидату 68 лет.`, `в 13 лет`: ages are not time expressions.
    func isAge(_ i: Int, _ unit: TimeUnit, _ amount: Double?, end: Int) -> Bool {
        guard unit == .year, let n = amount, n == n.rounded(), n >= 1, n <= 130 else { return false }
        if isWord(end, .lifeWord) { return true }
        if isWord(i - 1, .ageCue) || mark(i - 1, "(") || isWord(i - 2, .ageCueTwoBefore) { return true }
        if isWord(i - 1, .agePreposition) { return true }  // `в 13 лет`, `с 14 лет`
        if isWord(i - 1, .until), isWord(i - 2, .livedTo) { return true }
        // `Келли 52 года.`: a bare count of years between a name and a full stop.
        if isWordAtom(i - 1), capitalized(i - 1), tense(at: i - 1) == nil,
           !isWord(i - 1, .prepositionBeforeDate), !isWord(i - 1, .durationPreposition),
           end >= a.count || (markText(end).map { [".", ",", ")"].contains($0) } ?? false) || isWord(end, .and) {
            return true
        }
        return false
    }

    func set(_ i: Int) -> TimeMatch? {
        guard let w = word(i) else { return nil }
        if let v = lex.setAdverbs[w] { return TimeMatch(i, i + 1, .literal(.set, v), "set.adverb") }
        if isWord(i, .each) {
            if let d = word(i + 1).flatMap({ lex.weekdays[$0] }) { return TimeMatch(i, i + 2, .literal(.set, "XXXX-WXX-\(d)"), "set.each-weekday") }
            if let season = word(i + 1).flatMap({ lex.seasons[$0] }) { return TimeMatch(i, i + 2, .literal(.set, "XXXX-\(season.code)"), "set.each-season") }
            if let q = quantityUnit(i + 1, allowBare: true) {
                return TimeMatch(i, q.end, .literal(.set, TimeGrammar.durationValue(q.amount ?? 1, q.unit)), "set.each")
            }
            return nil
        }
        if isWord(i, .by), let d = word(i + 1).flatMap({ lex.weekdayPlurals[$0] }) { return TimeMatch(i, i + 2, .literal(.set, "XXXX-WXX-\(d)"), "set.weekdays") }
        if isWord(i, .by), isWord(i + 1, .weekendDative) { return TimeMatch(i, i + 2, .literal(.set, "XXXX-WXX-WE"), "set.weekends") }
        if isWord(i, .times), isWord(i + 1, .in), let q = quantityUnit(i + 2, allowBare: true) {
            return TimeMatch(i, q.end, .literal(.set, TimeGrammar.durationValue(q.amount ?? 1, q.unit)), "set.times-per")
        }
        if isWord(i, .weekend), isWord(i - 1, .weekendPreposition) {
            return TimeMatch(i, i + 1, .weekend(offset: nil), "date.weekend")
        }
        if let k = relativeOffset(w), isWord(i + 1, .weekend) {
            return TimeMatch(i, i + 2, .weekend(offset: isWord(i, .thisForms) ? nil : k), "date.weekend")
        }
        return nil
    }

    // MARK: - Conventions of wire copy and corpora

    /// `БЕЙРУТ, 23 - РИА Новости.`: the day of a dateline, in the publication month.
    func datelineDay(_ i: Int) -> TimeMatch? {
        guard let d = number(i), digitCount(i) <= 2, (1...31).contains(d), mark(i - 1, ","), allUpper(i - 2),
              isWordAtom(i - 2), isDash(i + 1) else { return nil }
        var k = i - 2
        while k > 0 && !lineBefore(k) && (allUpper(k - 1) || isDash(k - 1)) { k -= 1 }
        guard lineBefore(k) else { return nil }
        return TimeMatch(i, i + 1, .calendar(year: .byTense, month: nil, day: d), "date.dateline-day")
    }

    /// `ЧМ-2018`, `Сочи-2014`: the year an event is named after (NEREL marks it as a DATE).
    func eventYear(_ i: Int) -> TimeMatch? {
        guard let n = number(i), digitCount(i) == 4, (1900...2100).contains(n), isDash(i - 1), touching(i), touching(i - 1),
              isWordAtom(i - 2), !(isDash(i + 1) && touching(i + 1)) else { return nil }
        return TimeMatch(i, i + 1, .calendar(year: .absolute(n), month: nil, day: nil), "date.event-year")
    }

    /// `сегодняшнего заседания`, `прошлогоднем`: the day or year the adjective names.
    func deicticAdjective(_ i: Int) -> TimeMatch? {
        guard let w = word(i), let (unit, k) = lex.deicticAdjectives[w] else { return nil }
        return TimeMatch(i, i + 1, .relative(unit, offset: k), "date.deictic-adjective")
    }

    /// `COVID-19`: the year the disease is named after (NEREL marks it as a DATE).
    func covidYear(_ i: Int) -> TimeMatch? {
        guard number(i) == 19, digitCount(i) == 2, isDash(i - 1), touching(i), touching(i - 1),
              isWord(i - 2, .covid) else { return nil }
        return TimeMatch(i, i + 1, .calendar(year: .absolute(2019), month: nil, day: nil), "date.covid-year")
    }
}
