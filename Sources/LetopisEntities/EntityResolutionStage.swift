import LetopisCore

/// Pipeline stage `entities.normalise.v2`: widens and splits the tagger's mentions to the phrases the
/// corpora annotate (``MentionMerger``), makes the dateline's place a place, and puts every mention into
/// its nominative form.
///
/// Requires tokens, sentences and entities; reads lemmas and morphology when present (title words, case
/// of a following place, the normaliser's case) and the dateline. Rewrites the mention layer and adds
/// `normalised`.
public struct MentionNormalisationStage: Stage {
    public var name: String { "entities.normalise.v2" }
    public var requires: Set<Layer> { [.tokens, .sentences, .entities] }
    public var uses: Set<Layer> { [.lemmas, .morph, .dateline] }
    public var produces: Set<Layer> { [.entities, .normalised] }

    public let normalizer: any MentionNormalizing
    public let gazetteer: CountryGazetteer

    public init(normalizer: any MentionNormalizing = SurfaceNormalizer(), gazetteer: CountryGazetteer = .shared) {
        self.normalizer = normalizer
        self.gazetteer = gazetteer
    }

    public func process(_ document: inout Document) throws {
        document.mentions.sort { $0.range < $1.range }
        // The dateline's place is a place, whatever the tagger made of its capitals.
        if let place = document.dateline?.placeRange {
            for m in document.mentions.indices where place.contains(document.mentions[m].range) { document.mentions[m].type = .location }
        }
        let missed = Self.missedPeople(in: document, normalizer: normalizer)
        if !missed.isEmpty {
            document.mentions += missed
            document.mentions.sort { $0.range < $1.range }
        }
        MentionMerger(gazetteer: gazetteer).merge(&document)
        let view = document.tokenView()
        for (m, mention) in document.mentions.enumerated() {
            var n = normalizer.normalize(mention, tokens: view.tokens(of: MentionIndex(m)).untyped(), in: document)
            if let d = document.dateline, d.placeRange == mention.range { n = d.place }
            document.mentions[m].normal = n
        }
        document.layers.formUnion(produces)
    }
}

extension MentionNormalisationStage {
    /// People the tagger left out: runs of capitalised proper nouns the morphology tags animate that the
    /// dictionary knows as a first name, patronymic or surname, covered by no mention. The news tagger, like
    /// natasha's, misses a surname that opens a short sentence (`Путин встретился с Эрдоганом.`, `Песков: ...`),
    /// which is how headlines and posts name people. At the opening of a sentence, where the capital says nothing,
    /// an animate proper noun the dictionary does not know but guesses a name by its ending is taken too (`Шольц
    /// поговорил`, `Байден заявил`; not `Сегодня`, `Мать` or `Экотропа`): foreign surnames are the ones it lacks.
    /// O(tokens); nothing without a morphology layer.
    static func missedPeople(in document: Document, normalizer: any MentionNormalizing) -> [Mention] {
        guard document.morphTags.count == document.tokens.count else { return [] }
        var covered = [Bool](repeating: false, count: document.tokens.count)
        var m = 0
        let mentions = document.mentions
        for i in document.tokens.indices {
            let r = document.tokens[i].range
            while m < mentions.count, mentions[m].range.end <= r.start { m += 1 }
            var k = m
            while k < mentions.count, mentions[k].range.start < r.end {
                if mentions[k].range.end > r.start { covered[i] = true; break }
                k += 1
            }
        }
        // The first word of each sentence (after quotes, dashes and brackets).
        var opensSentence = [Bool](repeating: false, count: document.tokens.count)
        for sentence in document.sentences {
            if let first = sentence.tokens.first(where: { $0 >= 0 && $0 < document.tokens.count && document.tokens[$0].kind == .word }) {
                opensSentence[first] = true
            }
        }
        func isName(_ i: Int) -> Bool {
            let tag = document.morphTags[i]
            guard !covered[i], document.tokens[i].kind == .word, tag.pos == "PROPN", tag.feature("Animacy") == "Anim" else { return false }
            let word = document.text(ofToken: i)
            // Capitalised, not all capitals (an abbreviation or a shouted headline).
            guard let first = word.first, first.isUppercase, word.dropFirst().contains(where: { $0.isLowercase }) else { return false }
            if normalizer.nameClass(of: word) != nil { return true }
            // At the opening of a sentence the capital says nothing: the dictionary must guess the word a name too,
            // and not of a compound (`Крошка-леопардик`, `Депутаты-маори`: the guess reads only the last part).
            return opensSentence[i] && !word.contains("-") && normalizer.isGuessedName(word)
        }
        var out: [Mention] = []
        var i = 0
        while i < document.tokens.count {
            guard isName(i) else { i += 1; continue }
            var j = i
            while j + 1 < document.tokens.count, isName(j + 1),
                  document.tokens[j + 1].range.start - document.tokens[j].range.end <= 1 { j += 1 }
            out.append(Mention(TextRange(document.tokens[i].range.start, document.tokens[j].range.end), type: .person))
            i = j + 1
        }
        return out
    }
}

/// Pipeline stage `entities.actors.v2`: groups mentions into actors (``CoreferenceResolver``), splits
/// people's names into their parts (``PersonNameParser``) and gives organisations a sector from their
/// names (``OrganizationSector``).
///
/// Requires tokens, sentences, entities and their normal forms; reads lemmas and morphology when present.
public struct ActorResolutionStage: Stage {
    public var name: String { "entities.actors.v2" }
    public var requires: Set<Layer> { [.tokens, .sentences, .entities, .normalised] }
    public var uses: Set<Layer> { [.lemmas, .morph] }
    public var produces: Set<Layer> { [.actors] }

    public let normalizer: any MentionNormalizing
    public let gazetteer: CountryGazetteer

    public init(normalizer: any MentionNormalizing = SurfaceNormalizer(), gazetteer: CountryGazetteer = .shared) {
        self.normalizer = normalizer
        self.gazetteer = gazetteer
    }

    public func process(_ document: inout Document) throws {
        let normals = document.mentions.map { $0.normal ?? document.text(of: $0.range) }
        CoreferenceResolver(gazetteer: gazetteer).resolve(&document, normals: normals)
        let names = PersonNameParser(classify: normalizer.nameClass(of:))
        for a in document.actors.indices where document.actors[a].type == .person {
            document.actors[a].person = names.parse(document.actors[a].name)
        }
        let view = document.tokenView()
        ActorCountries(gazetteer: gazetteer).assignSectors(&document, view)
        document.layers.formUnion(produces)
    }
}

/// Pipeline stage `entities.occupations.v3`: job titles next to people (``OccupationExtractor``) as
/// occupation facts with their places and the rule that found each, every actor's role, sector and
/// roles, descriptors, and the countries of organisations and places.
///
/// Countries of organisations and of cities are given after the titles: a title held in a city
/// (`мэр Москвы`) is not thereby held in the city's country.
///
/// Requires tokens, sentences, entities, their normal forms and actors; reads lemmas and morphology
/// when present. Adds `facts` and completes the actors layer.
public struct OccupationStage: Stage {
    public var name: String { "entities.occupations.v3" }
    public var requires: Set<Layer> { [.tokens, .sentences, .entities, .normalised, .actors] }
    public var uses: Set<Layer> { [.lemmas, .morph] }
    public var produces: Set<Layer> { [.facts] }

    public let gazetteer: CountryGazetteer

    public init(gazetteer: CountryGazetteer = .shared) { self.gazetteer = gazetteer }

    public func process(_ document: inout Document) throws {
        let view = document.tokenView()
        let extractor = OccupationExtractor(gazetteer: gazetteer, view: view)
        var (occupations, descriptors) = extractor.occupations()
        // The pair scorer decides among the rules' pairs and the title finder's others. It was trained on
        // parsed text (its features read the dependency path and the tagger's cases), so without a parse the
        // rules' pairs stand; so they do when the weights failed their check (which `checkLexicons` reports
        // before any document).
        if view.hasSyntax, let scorer = try? OccupationPairScorer.embedded() {
            occupations = OccupationPairs(extractor: extractor).scored(occupations, by: scorer, tracing: &document)
        }
        var facts = OccupationFacts(gazetteer: gazetteer, view: view)
        facts.add(occupations, to: &document)
        let countries = ActorCountries(gazetteer: gazetteer)
        countries.organisationsNamingCountries(&document, view)
        countries.placesAndTheirCountries(&document, view)
        facts.attach(descriptors, to: &document)
        facts.fillMissingPlaces(in: document)
        document.facts = facts.facts
        facts.collectRoles(&document)
        document.layers.formUnion(produces)
    }
}

/// The entity stages as one, the stage named `entities` on the command line: mentions normalised,
/// actors, occupations, in that order (`entities.normalise.v2`, `entities.actors.v2`,
/// `entities.occupations.v3`). Declares what its parts together require, use and produce.
public struct EntityResolutionStage: Stage {
    public var name: String { "entities.rules.v2" }
    public var requires: Set<Layer> { [.tokens, .sentences, .entities] }
    public var uses: Set<Layer> { [.lemmas, .morph, .dateline] }
    public var produces: Set<Layer> { [.entities, .normalised, .actors, .facts] }

    public let normalizer: any MentionNormalizing
    public let gazetteer: CountryGazetteer

    public init(normalizer: any MentionNormalizing = SurfaceNormalizer(), gazetteer: CountryGazetteer = .shared) {
        self.normalizer = normalizer
        self.gazetteer = gazetteer
    }

    /// The stages this one runs, in order.
    public var parts: [any Stage] {
        [MentionNormalisationStage(normalizer: normalizer, gazetteer: gazetteer),
         ActorResolutionStage(normalizer: normalizer, gazetteer: gazetteer), OccupationStage(gazetteer: gazetteer)]
    }

    public func process(_ document: inout Document) throws {
        for part in parts { try part.process(&document) }
    }

    /// Throws the ``LetopisError`` naming `file:line` when one of the module's lexicon tables is
    /// malformed (a test keeps that out of a release); the stage registry calls it before any document.
    public static func checkLexicons() throws(LetopisError) {
        try EntityLexicons.check()
        _ = try OccupationPairScorer.embedded()
    }
}
