import Testing
@testable import LetopisCore

/// A document of two sentences with one mention, a lemma with `ё`, tags and a tree, built by hand.
private func fixture() -> Document {
    // «Посол» Петров встретился . Репортёр ушёл
    let words = ["«", "Посол", "»", "Петров", "встретился", ".", "Репортёр", "ушёл"]
    var text = ""
    var tokens: [Token] = []
    for w in words {
        if !text.isEmpty { text += " " }
        let start = text.utf8.count
        text += w
        tokens.append(Token(TextRange(start, text.utf8.count), kind: w.count == 1 ? .punctuation : .word))
    }
    var d = Document(id: "view", text: text)
    d.tokens = tokens
    d.sentences = [Sentence(TextRange(0, tokens[5].range.end), tokens: 0..<6),
                   Sentence(TextRange(tokens[6].range.start, tokens[7].range.end), tokens: 6..<8)]
    d.lemmas = ["«", "посол", "»", "петров", "встретиться", ".", "репортёр", "уйти"]
    d.morphTags = [
        MorphTag(pos: "PUNCT", features: []), MorphTag(pos: "NOUN", features: [("Case", "Nom"), ("Animacy", "Anim")]),
        MorphTag(pos: "PUNCT", features: []), MorphTag(pos: "PROPN", features: [("Case", "Nom")]),
        MorphTag(pos: "VERB", features: [("VerbForm", "Fin"), ("Voice", "Mid")]), MorphTag(pos: "PUNCT", features: []),
        MorphTag(pos: "NOUN", features: [("Case", "Nom"), ("Number", "Sing")]), MorphTag(pos: "VERB", features: [("Case", "Bogus")]),
    ]
    d.syntax = [DependencyArc(head: 1, relation: "punct"), DependencyArc(head: 4, relation: "nsubj"),
                DependencyArc(head: 1, relation: "punct"), DependencyArc(head: 1, relation: "appos"),
                DependencyArc(head: nil, relation: "root"), DependencyArc(head: 4, relation: "punct"),
                DependencyArc(head: 7, relation: "nsubj:pass"), DependencyArc(head: nil, relation: "root")]
    d.mentions = [Mention(TextRange(tokens[3].range.start, tokens[3].range.end), type: .person)]
    return d
}

@Suite("The token view")
struct TokenViewTests {
    @Test("answers nothing past either end of the document instead of trapping")
    func totalAtTheEdges() {
        let view = TokenView(fixture())
        for t in [TokenIndex(-1), TokenIndex(8), TokenIndex(Int.max), TokenIndex(Int.min)] {
            #expect(view.peek(t) == nil)
            #expect(view.text(t).isEmpty)
            #expect(view.lemma(t).isEmpty)
            #expect(view.pos(t) == nil)
            #expect(view.features(t) == .none)
            #expect(view.sentence(of: t) == nil)
            #expect(view.mention(at: t) == nil)
            #expect(view.head(t) == nil)
            #expect(view.children(t).isEmpty)
            #expect(view.tokens(before: t).isEmpty)
            #expect(view.tokens(after: t).isEmpty)
        }
        #expect(view.tokens(of: SentenceIndex(5)).isEmpty)
        #expect(view.tokens(of: MentionIndex(-3)).isEmpty)
    }

    @Test("walks stop at the sentence's edges")
    func walksStayInTheSentence() {
        let view = TokenView(fixture())
        #expect(Array(view.tokens(before: TokenIndex(1))) == [TokenIndex(0)])
        #expect(Array(view.tokens(before: TokenIndex(7))) == [TokenIndex(6)])
        #expect(Array(view.tokens(after: TokenIndex(4))) == [TokenIndex(5)])
        #expect(view.peek(TokenIndex(6), within: TokenIndex(5)) == nil)
        #expect(view.peek(TokenIndex(0), within: TokenIndex(3)) == TokenIndex(0))
    }

    @Test("folds lemmas by one rule and types the features")
    func foldsAndTypes() {
        let view = TokenView(fixture())
        #expect(view.lemma(TokenIndex(6)) == "репортер")
        #expect(view.lemma(TokenIndex(7)) == "уйти")
        #expect(view.pos(TokenIndex(3)) == .properNoun)
        #expect(view.features(TokenIndex(1)).case == .nominative)
        #expect(view.features(TokenIndex(1)).animacy == .animate)
        #expect(view.features(TokenIndex(4)).voice == .middle)
        #expect(view.features(TokenIndex(7)).case == nil)  // a value outside UD's inventory
        #expect(view.relation(TokenIndex(6)) == .nominalSubject)
        #expect(view.label(TokenIndex(6))?.subtype == "pass")
        #expect(view.children(TokenIndex(1), [.punctuation]) == [TokenIndex(0), TokenIndex(2)])
        #expect(view.ancestors(TokenIndex(0)) == [TokenIndex(1), TokenIndex(4)])
    }

    @Test("knows the mention of each token")
    func mentions() {
        let view = TokenView(fixture())
        #expect(view.mention(at: TokenIndex(3)) == MentionIndex(0))
        #expect(view.mention(at: TokenIndex(1)) == nil)
        #expect(view.tokens(of: MentionIndex(0)) == TokenIndex(3)..<TokenIndex(4))
    }

    @Test("a document without layers answers without trapping")
    func bareDocument() {
        var d = Document(id: "bare", text: "Привет")
        d.tokens = [Token(TextRange(0, 12), kind: .word)]
        let view = TokenView(d)
        #expect(view.lemma(TokenIndex(0)) == "привет")
        #expect(view.sentence(of: TokenIndex(0)) == nil)
        #expect(view.sentenceTokens(of: TokenIndex(0)).isEmpty)
        #expect(view.tokens(before: TokenIndex(0)).isEmpty)
        #expect(view.pos(TokenIndex(0)) == nil)
        #expect(!view.hasSyntax)
    }
}

@Suite("The lexicon table loader")
struct LexiconTableTests {
    let columns: [LexiconTable.Column] = [.phrase("title"), .choice("sector", ["government", "military"]), .integer("weight", optional: true)]

    @Test("folds words and reads rows by column")
    func reads() throws {
        let table = try LexiconTable(file: "t.tsv", text: "# comment\ntitle\tsector\tweight\nГлавный  Редактор\tgovernment\t\nминистр обороны\tmilitary\t3\n",
                                     columns: columns, key: ["title"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0]["title"] == "главный редактор")
        #expect(table.rows[0].integer("weight") == nil)
        #expect(table.rows[1].integer("weight") == 3)
        #expect(table.rows[1].line == 4)
    }

    @Test("refuses a bad table with the file, the line and the fix")
    func refuses() {
        let cases: [(String, String)] = [
            ("title\tsector\n", "header"),
            ("title\tsector\tweight\nпосол\tnavy\t\n", "not a value"),
            ("title\tsector\tweight\nпосол\tgovernment\n", "fields"),
            ("title\tsector\tweight\nпосол\tgovernment\t\nпосол\tmilitary\t\n", "duplicate of line 2"),
            ("title\tsector\tweight\nпосол\tgovernment\tmany\n", "whole number"),
            ("title\tsector\tweight\n\tgovernment\t\n", "empty"),
            ("title\tsector\tweight\n посол\tgovernment\t\n", "spaces"),
            ("# only a comment\n", "no header"),
        ]
        for (text, expected) in cases {
            do {
                _ = try LexiconTable(file: "t.tsv", text: text, columns: columns, key: ["title"])
                Issue.record("accepted a bad table: \(text)")
            } catch {
                #expect(error.description.contains(expected), "\(error)")
                #expect(error.description.hasPrefix("t.tsv"))
                #expect(error.remedy != nil)
            }
        }
    }

    @Test("folds ё so that duplicates spelled with е are caught")
    func foldsYo() {
        #expect(throws: LetopisError.self) {
            _ = try LexiconTable(file: "w.tsv", text: "word\nрепортёр\nрепортер\n", columns: [.word("word")], key: ["word"])
        }
    }
}

@Suite("Dependency patterns kept as data")
struct DependencyPatternTests {
    static let table = """
    # test patterns
    pattern\tnode\tfrom\top\tconstraints
    subject.of.verb\tverb\t\t\tpos=VERB
    subject.of.verb\tsubject\tverb\t>\trel=nsubj case=Nom
    appos.name\ttitle\t\t\tlemma=посол|посланник
    appos.name\tname\ttitle\t>\trel=appos mention=PER
    appos.name\tquote\ttitle\t;\tkind=punctuation
    passive.subject\tverb\t\t\tlemma=уйти
    passive.subject\tsubject\tverb\t>\tlabel=nsubj:pass lemma=репортер
    not.animate\tnoun\t\t\tpos=NOUN animacy!=Anim
    """

    @Test("matches nodes by operator and constraint, folding lemmas")
    func matches() throws {
        let patterns = try DependencyPatternTable(file: "p.tsv", text: Self.table)
        let view = TokenView(fixture())
        let m = patterns["subject.of.verb"]?.match(view, anchor: TokenIndex(4))
        #expect(m?["subject"] == TokenIndex(1))
        let a = patterns["appos.name"]?.match(view, anchor: TokenIndex(1))
        #expect(a?["name"] == TokenIndex(3))
        #expect(a?["quote"] == TokenIndex(0))
        #expect(patterns["passive.subject"]?.match(view, anchor: TokenIndex(7))?["subject"] == TokenIndex(6))
        #expect(patterns["subject.of.verb"]?.match(view, anchor: TokenIndex(1)) == nil)
        #expect(patterns["not.animate"]?.match(view, anchor: TokenIndex(1)) == nil)
        #expect(patterns["not.animate"]?.match(view, anchor: TokenIndex(6)) != nil)
        #expect(patterns.matches(view, anchor: TokenIndex(1)).map(\.pattern) == ["appos.name"])
        // Anchors past the document's ends match nothing.
        #expect(patterns.matches(view, anchor: TokenIndex(-1)).isEmpty)
        #expect(patterns.matches(view, anchor: TokenIndex(99)).isEmpty)
    }

    @Test("refuses a node reached from a node it does not know, and unknown attributes")
    func refusesBadPatterns() {
        let header = "pattern\tnode\tfrom\top\tconstraints\n"
        for (body, expected) in [("p\ta\t\t\tlemma=x\np\tb\tz\t>\tpos=NOUN\n", "not an earlier node"),
                                 ("p\ta\t\t\tcolour=red\n", "attribute=value"),
                                 ("p\ta\tb\t>\tpos=NOUN\n", "anchor"),
                                 ("p\ta\t\t\t\np\tb\ta\t~\t\n", "not a value")] {
            do {
                _ = try DependencyPatternTable(file: "p.tsv", text: header + body)
                Issue.record("accepted: \(body)")
            } catch {
                #expect(error.description.contains(expected), "\(error)")
            }
        }
    }
}

@Suite("Text folding")
struct TextFoldingTests {
    @Test("the fast path returns exactly what the full rule gives", arguments: [
        "посол", "репортёр", "РЕПОРТЕР", "Москва", "аш-Шараа", "генерал\u{2011}майор", "за\u{301}мок", "мега\u{AD}полис",
        "new york", "New York", "İstanbul", "straße", "ЁЛКА", "abc-12", "", "ѐ", "Ѐ", "я", "Я", "а\u{A0}б", "🙂", "Ѡ", "ѡ",
    ])
    func fastPathAgrees(_ word: String) {
        var slow = ""
        for ch in word.lowercased().unicodeScalars {
            switch ch {
            case "ё": slow.unicodeScalars.append("е")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": slow.unicodeScalars.append("-")
            case "\u{301}", "\u{AD}": continue
            case "\u{A0}": slow.unicodeScalars.append(" ")
            default: slow.unicodeScalars.append(ch)
            }
        }
        #expect(TextFolding.fold(word) == slow)
    }

}

@Suite("A document's kept token view")
struct KeptTokenViewTests {
    @Test("a document's kept view is rebuilt when a layer it comes from changes, in place or replaced")
    func keptViewFollowsTheDocument() {
        var d = fixture()
        #expect(d.tokenView().lemma(TokenIndex(4)) == "встретиться")
        // Mentions are read afresh on every call.
        d.mentions.append(Mention(TextRange(d.tokens[1].range.start, d.tokens[1].range.end), type: .person))
        #expect(d.tokenView().mention(at: TokenIndex(1)) != nil)
        // An element written in place.
        d.lemmas[4] = "увидеться"
        #expect(d.tokenView().lemma(TokenIndex(4)) == "увидеться")
        d.morphTags[3] = MorphTag(pos: "NOUN", features: [("Case", "Gen")])
        #expect(d.tokenView().pos(TokenIndex(3)) == .noun)
        d.syntax[3] = DependencyArc(head: 4, relation: "obj")
        #expect(d.tokenView().head(TokenIndex(3)) == TokenIndex(4))
        // A layer replaced by one of the same length.
        d.sentences = [Sentence(TextRange(0, d.tokens[7].range.end), tokens: 0..<8)]
        #expect(d.tokenView().sentence(of: TokenIndex(7)) == d.tokenView().sentence(of: TokenIndex(0)))
        // A copy of the document changed apart leaves the original's view as it was.
        var copy = d
        copy.lemmas[0] = "x"
        #expect(copy.tokenView().lemma(TokenIndex(0)) == "x")
        #expect(d.tokenView().lemma(TokenIndex(0)) == "«")
    }
}
