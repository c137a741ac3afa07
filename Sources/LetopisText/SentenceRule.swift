/// Why the splitter did, or did not, end a sentence at a candidate.
public enum SentenceRule: String, Sendable, CaseIterable {
    /// A blank line (paragraph break) always ends a sentence.
    case paragraphBreak = "paragraph-break"
    /// A single line break ends a sentence (a headline, a list line)...
    case lineBreak = "line-break"
    /// ...unless it only wraps a sentence: no mark before it and a lower-case word after it.
    case wrappedLine = "wrapped-line"
    /// `.`, `!`, `?`, `…` before an upper-case word, a digit, an opening quote or a dash.
    case terminalMark = "terminal-mark"
    /// A terminal mark followed by a lower-case word does not end a sentence.
    case lowercaseFollows = "lowercase-follows"
    /// A terminal mark followed by `,` `;` `:` `)` or another mark does not end a sentence.
    case punctuationFollows = "punctuation-follows"
    /// `В. В. Путин`: a single capital before a full stop is an initial.
    case initial = "initial"
    /// `ул. Тверская`, `им. Ленина`, `т.е. Москва`: an abbreviation that always has a word after it.
    case abbreviation = "abbreviation"
    /// `«Уходим!» — сказал он`: direct speech closed by a quote and followed by a dash and a lower-case verb.
    case speechAttribution = "speech-attribution"
    /// `... голоса) 2. Леван`: a numbered list item starts a sentence; its number's full stop ends none.
    case numberedItem = "numbered-item"
    /// `• Канада • Чехия`: a bullet starts a sentence.
    case bulletItem = "bullet-item"
    /// `заявил: «Мы ...`: a colon before a quoted sentence ends a sentence (FactRuEval convention).
    case colonBeforeQuote = "colon-before-quote"
    /// `книг: «Батальоны просят огня», «...`: a quoted title after a colon is no sentence of its own.
    case quotedTitle = "quoted-title"
    /// The end of the text.
    case endOfText = "end-of-text"
}
