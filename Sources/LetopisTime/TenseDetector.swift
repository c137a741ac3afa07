/// Decides the tense of the verb nearest to a time expression in its clause,
/// from word forms alone (no morphology):
///
/// - future auxiliaries and modal cues: `будет`, `состоится`, `планирует`, `намерен`, `предстоит`...
/// - past: a lower-case word ending in vowel + `л`, `ла`, `ло`, `ли` (optionally `ся`/`сь`),
///   or `шел/шла/шли`, `мог/могла`..., not in a short list of nouns (`дела`, `цели`, `около`);
/// - present-future: a lower-case word ending in `-ет/-ит/-ут/-ют/-ат/-ят` (+`ся`) that is not a
///   listed noun (`визит`, `совет`, `бюджет`...). Perfective present is future; imperfective present
///   of a dated event is scheduled, so both count as future.
///
/// - none, ending the search: short passive participles (`назначен`, `запланирован`).
///
/// The search stays inside the clause (stops at `, ; : . ! ? ( )` and line breaks), nearest word
/// first, left before right; if the clause has no verb the sentence is searched the same way.
struct TenseDetector: Sendable {
    static let futureWords: WordSet = [
        "будет", "будут", "буду", "будем", "будете", "будешь", "состоится", "состоятся", "планирует", "планируют",
        "планируется", "планируются", "намерен", "намерена", "намерено", "намерены", "собирается", "собираются",
        "предстоит", "предстоят", "ожидается", "ожидаются", "должен", "должна", "должно", "должны", "может", "могут",
        "пройдет", "пройдут", "начнется", "начнутся", "продлится", "продлятся", "завершится", "завершатся",
    ]
    static let pastWords: WordSet = ["был", "была", "было", "были", "шел", "шла", "шло", "шли", "мог", "могла", "могло", "могли"]
    static let notVerbs: WordSet = [
        "дела", "дело", "села", "село", "цели", "роли", "воли", "тела", "тело", "сила", "стола", "около", "мало", "стали",
        "школа", "мили", "пила", "нули", "были", "дали", "дали", "шали", "вели", "кали", "ели", "или", "дола",
        "визит", "саммит", "кредит", "лимит", "транзит", "депозит", "комитет", "совет", "бюджет", "ответ", "запрет",
        "пакет", "портрет", "предмет", "кабинет", "отчет", "счет", "учет", "расчет", "самолет", "полет", "вертолет",
        "депутат", "кандидат", "результат", "мандат", "формат", "штат", "аппарат", "брат", "солдат", "адвокат",
        "дипломат", "автомат", "климат", "сенат", "плакат", "институт", "маршрут", "минут", "валют", "салют", "свет",
        "предет", "момент", "привет", "проект", "объект", "эффект", "акт", "факт", "контакт", "контракт", "пакт",
        "итогам", "нет", "лет", "тет", "квартет", "скелет", "билет", "паритет", "приоритет", "авторитет", "суверенитет",
        "иммунитет", "университет", "менталитет", "статут", "парашют", "абсолют", "бит", "сайт", "рейт", "хит",
        "мит", "иприт", "динамит", "магнит", "аппетит", "дефицит", "профицит", "щит", "быт", "опыт", "кит",
    ]

    func tense(of atoms: [TimeAtom], span: Range<Int>) -> Tense {
        if let t = search(atoms, span, stopAtCommas: true) { return t }
        return search(atoms, span, stopAtCommas: false) ?? .none
    }

    private func search(_ atoms: [TimeAtom], _ span: Range<Int>, stopAtCommas: Bool) -> Tense? {
        var left = span.lowerBound - 1, right = span.upperBound
        var leftOpen = true, rightOpen = true
        var steps = 0
        while (leftOpen || rightOpen) && steps < 25 {
            steps += 1
            if leftOpen {
                if left < 0 || stops(atoms[left], stopAtCommas) || atoms[left + 1].lineBefore { leftOpen = false }
                else {
                    if let t = Self.tense(ofWord: atoms[left]) { return t }
                    left -= 1
                }
            }
            if rightOpen {
                if right >= atoms.count || stops(atoms[right], stopAtCommas) || atoms[right].lineBefore { rightOpen = false }
                else {
                    if let t = Self.tense(ofWord: atoms[right]) { return t }
                    right += 1
                }
            }
        }
        return nil
    }

    private func stops(_ a: TimeAtom, _ commas: Bool) -> Bool {
        guard a.kind == .mark else { return false }
        switch a.text {
        case ".", "!", "?", "…": return true
        case ",", ";", ":", "(", ")", "\"", "«", "»": return commas
        default: return false
        }
    }

    /// Tense a single word signals, if any.
    static func tense(ofWord a: TimeAtom) -> Tense? {
        guard a.kind == .word else { return nil }
        let w = a.text
        if futureWords.contains(w) { return .future }
        if pastWords.contains(w) { return .past }
        // Work on scalars: `String.hasSuffix` on Cyrillic goes through grapheme breaking.
        var scalars = Array(w.unicodeScalars)
        if a.capitalized || scalars.count < 4 || notVerbs.contains(w) { return nil }
        func ends(_ suffix: String) -> Bool {
            let tail = Array(suffix.unicodeScalars)
            return scalars.count >= tail.count && Array(scalars.suffix(tail.count)) == tail
        }
        // Short passive participles (`намечен`, `назначены`, `запланирован`) say nothing about
        // the time of a scheduled event: they end the search with no tense.
        if scalars.count >= 6 && ["ен", "ена", "ено", "ены"].contains(where: ends) { return Tense.none }
        if ["ован", "ована", "овано", "ованы", "исан", "исана", "исано", "исаны"].contains(where: ends) { return Tense.none }
        if ends("ся") || ends("сь") { scalars.removeLast(2) }
        // `действует`, `рассматривает`: these suffixes make imperfective verbs, so the present
        // is a present, not a future: no tense.
        if ["ует", "уют", "ивает", "ывает", "ивают", "ывают"].contains(where: { suffix in
            let tail = Array(suffix.unicodeScalars)
            return scalars.count > tail.count && Array(scalars.suffix(tail.count)) == tail
        }) { return Tense.none }
        guard scalars.count >= 3 else { return nil }
        func isVowel(_ c: Unicode.Scalar) -> Bool {
            switch c { case "а", "е", "и", "о", "у", "ы", "я", "ю", "э": return true; default: return false }
        }
        // Past: ...(vowel|ш|г|с|з|к)л[аои]?
        var i = scalars.count - 1
        if ["а", "о", "и"].contains(scalars[i]) { i -= 1 }
        if i >= 1 && scalars[i] == "л" {
            let before = scalars[i - 1]
            if isVowel(before) || ["ш", "г", "с", "з", "к"].contains(before) { return .past }
        }
        // Present-future: ...[еиуюая]т
        let last = scalars[scalars.count - 1], prev = scalars[scalars.count - 2]
        if last == "т" && ["е", "и", "у", "ю", "а", "я"].contains(prev) && scalars.count >= 4 {
            return .presentFuture
        }
        return nil
    }
}
