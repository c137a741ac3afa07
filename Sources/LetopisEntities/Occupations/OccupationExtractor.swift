import LetopisCore

/// A job title found in the text, with the organisation or country it is held in.
struct JobPhrase {
    /// Tokens of the title itself (`министр обороны`), without the place.
    var tokens: Range<TokenIndex>
    /// Canonical title (`министр иностранных дел` for `глава МИД`).
    var normal: String
    var sector: Sector
    /// The mention the job is held in (`МИД Сирии`, `России`), if any.
    var whereMention: MentionIndex?
    /// A country word that is not a mention (`САР`, `сирийского`), if any.
    var whereCountryToken: TokenIndex?
    var country: CountryCode?
    /// A complement naming the body the job is in when no mention does (`главу партии`, `глава государства`).
    var wherePhrase: Range<TokenIndex>?
    /// The first token after the phrase, place included (ranges are half-open throughout).
    var end: TokenIndex
}

/// A person's occupation as stated next to their name.
struct Occupation {
    var person: MentionIndex
    var job: JobPhrase
    /// Found by `anaphoricTitles`: a bare title standing for a person named earlier.
    var anaphoric = false
    /// The rule that attached the title to the person (`title-before-name`, ...), written to the fact.
    var rule: String
    /// The pair scorer's probability, when it decided the pair.
    var score: Double?
}

/// Finds job titles next to person mentions and descriptive titles that stand alone.
///
/// Rules (the name each records on its facts):
/// - `title-before-name`: `министр обороны САР Мурхеф Абу Касра`, `президентом России Владимиром Путиным`;
/// - `title-introduced`: `Как автор-исполнитель, Визбор ...`;
/// - `title-after-name`: `Ахмед аш-Шараа, президент Сирии`; `title-predicate`: `X стал кардиналом`;
///   `title-of-post`: `X занимает должность руководителя`; `title-after-complement`: `Ли Пэн, соратник Цзян
///   Цзэминя, премьер ...`;
/// - `appointed`: `назначил руководителем службы Ивана Муравьева`;
/// - `title-over-list`: `музыканты Юрий Царёв, Алексей Борисов и Павел Шевелёв`;
/// - `holder-after-copula`, `anaphoric-title`: a bare title standing for a person named after or before it;
/// - descriptors: a title with no name (`Глава сирийского внешнеполитического ведомства сообщил`),
///   later matched to the actor holding that title.
///
/// Every walk goes through ``TokenView`` and stays in its sentence; word classes and vetoes are the
/// tables `occupation-words.tsv` and `occupation-patterns.tsv`.
struct OccupationExtractor {
    let gazetteer: CountryGazetteer
    let view: TokenView
    let titles: TitleLookups
    let lexicon = EntityLexicons.shared

    static let openingQuotes: Set<String> = ["«", "\"", "„", "“"]
    static let closingQuotes: Set<String> = ["»", "\"", "“", "”"]
    /// Complements a title takes in the genitive: `министр обороны`, `министр иностранных дел`.
    static let maxComplement = 4
    /// How many sentences back a bare title looks for the person it stands for.
    static let anaphoraSentences = 1
    /// How far back a bare title looks for a person the text already gave that very title.
    static let roleAnaphoraSentences = 3

    init(gazetteer: CountryGazetteer, view: TokenView, titles: TitleLookups? = nil) {
        self.gazetteer = gazetteer
        self.view = view
        self.titles = titles ?? TitleLookups(tokenCount: view.tokenCount)
    }

    func startsTitle(_ t: TokenIndex) -> Bool { titles.startsTitle(t, view) }

    /// Whether token `t`'s folded lemma is of a word class.
    func lemma(_ t: TokenIndex, is c: OccupationWord) -> Bool { lexicon.is(view.lemma(t), c) }

    /// The first pattern named with `prefix` that matches with its anchor at `t`.
    func pattern(_ prefix: String, at t: TokenIndex) -> DependencyPattern.Match? {
        lexicon.occupationPatterns?.firstMatch(view, anchor: t, prefix: prefix)
    }

    func caseOf(_ t: TokenIndex) -> UDCase? { view.features(t).case }

    func occupations() -> (occupations: [Occupation], descriptors: [JobPhrase]) {
        var result: [Occupation] = []
        var usedHeads = Set<TokenIndex>()
        func take(_ jobs: [JobPhrase], _ rule: String, _ m: MentionIndex) {
            for job in jobs where !usedHeads.contains(job.tokens.lowerBound) {
                usedHeads.insert(job.tokens.lowerBound)
                result.append(Occupation(person: m, job: job, rule: rule))
            }
        }
        for i in view.document.mentions.indices where view.document.mentions[i].type == .person {
            let m = MentionIndex(i)
            let tokens = view.tokens(of: m)
            guard !tokens.isEmpty else { continue }
            take(titlesBefore(tokens.lowerBound), "title-before-name", m)
            take(introducedTitles(tokens.lowerBound), "title-introduced", m)
            let after = titlesAfter(tokens.upperBound)
            take(after.jobs, after.rule, m)
            take(titlesAfterComplement(m), "title-after-complement", m)
        }
        for o in appointed() where !usedHeads.contains(o.job.tokens.lowerBound) {
            usedHeads.insert(o.job.tokens.lowerBound)
            result.append(o)
        }
        let takenByNames = usedHeads
        for occupation in titlesOverLists() where !takenByNames.contains(occupation.job.tokens.lowerBound) {
            result.append(occupation)
        }
        for o in result { usedHeads.insert(o.job.tokens.lowerBound) }
        let descriptors = descriptors(taken: usedHeads)
        result += anaphoricTitles(taken: usedHeads, named: result)
        return (result, descriptors)
    }

    /// A title opening a sentence or clause with its place and no name after it.
    func descriptors(taken: Set<TokenIndex>) -> [JobPhrase] {
        var out: [JobPhrase] = []
        for sentence in view.sentenceRanges {
            for t in sentence where !taken.contains(t) && view.mention(at: t) == nil {
                let afterComma = view.peek(t - 1, within: t).map { view.isPunctuation($0) && view.text($0) == "," } ?? false
                guard t == sentence.lowerBound || afterComma, let job = title(at: t, limit: sentence.upperBound) else { continue }
                guard job.country != nil || job.whereMention != nil, !view.isPerson(job.end) else { continue }
                out.append(job)
            }
        }
        return out
    }

    /// Nominative against genitive: the one word is not in apposition to the other.
    static func casesClash(_ a: UDCase?, _ b: UDCase?) -> Bool {
        (a == .genitive && b == .nominative) || (a == .nominative && b == .genitive)
    }

    /// Whether token `t` (after closing quotes and dashes) opens a person's name in `t`'s sentence.
    func precedesName(_ t: TokenIndex, within anchor: TokenIndex) -> Bool {
        var t = t
        while let p = view.peek(t, within: anchor), view.isPunctuation(p), ["»", "\"", "“", "”", "—", "–"].contains(view.text(p)) {
            t = p + 1
        }
        guard let p = view.peek(t, within: anchor) else { return false }
        return view.personStarting(at: p) != nil
    }

    static func isAbbreviation(_ s: String) -> Bool {
        s.count >= 2 && s.count <= 6 && s == s.uppercased() && s.contains { $0.isLetter }
    }
}
