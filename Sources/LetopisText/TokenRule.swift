/// Why the tokenizer joined two pieces of text into one token, or kept them apart.
///
/// Each case is one named rule of ``Tokenizer``; `letopis segment --trace` prints them.
public enum TokenRule: String, Sendable, CaseIterable {
    /// `аш-Шибани`, `Абу-Даби`, `1990-х`, `STS-124`: a hyphen between letters or digits and letters.
    case hyphenatedWord = "hyphenated-word"
    /// `2007-2008`: a hyphen between two numbers is a range, three tokens.
    case numberRange = "number-range"
    /// `теле- и радио`: a hyphen that ends the first half of a shared compound.
    case suspendedHyphen = "suspended-hyphen"
    /// `1933|г`, `5|км`: a lower-case Cyrillic unit glued to a number is a token of its own.
    case numberUnit = "number-unit"
    /// `O'Neil`, `Christie’s`: an apostrophe between letters.
    case apostropheWord = "apostrophe-word"
    /// `5,56`, `06.00`: a decimal separator between digits.
    case decimalNumber = "decimal-number"
    /// `10:35`: hours and minutes.
    case clockTime = "clock-time"
    /// `3:1`, `01:23` with hours past 23: a colon between numbers that are no time.
    case numberColon = "number-colon"
    /// `Lenta.ru`, `кремль.рф`: a full stop before a domain zone.
    case domainName = "domain-name"
    /// `т.е.`, `В.В.`, `году.В`: a full stop between letters is a token of its own.
    case abbreviationStop = "abbreviation-stop"
    /// `.eu`, `.РФ`: a domain zone named on its own.
    case domainZone = "domain-zone"
    /// `https://...`, `www....`.
    case url = "url"
    /// `press@example.ru`.
    case email = "email"
    /// `snake_case`: an underscore between letters or digits.
    case underscoreWord = "underscore-word"
    /// `...`, `?!`, `!!!`, `--`: runs of the same marks are one token.
    case punctuationRun = "punctuation-run"
    /// Combining accents, variation selectors, emoji modifiers and joiners stay with what they modify.
    case attachedMark = "attached-mark"
    /// 🇷🇺: two regional indicators make one flag.
    case flag = "flag"
}
