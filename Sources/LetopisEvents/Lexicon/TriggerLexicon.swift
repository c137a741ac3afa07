import LetopisCore

/// How a trigger's arguments map to PLOVER roles.
public enum ArgumentFrame: String, Sendable, Hashable {
    /// `X встретился с Y`, `X и Y встретились`: subjects act, `с`-companions receive.
    case meet
    /// `X посетил Y`, `визит X в Y`: the visitor acts; the place visited (its country) receives.
    case visit
    /// `Y принял X`: the host is the recipient, the guest the actor.
    case host
    /// `X призвал Y`, `X обвинил Y`: subject acts, object or addressee receives.
    case act
    /// `X задержал Y`, `арест Y`, `убийство Y`: as `act`, but a noun trigger's genitive is the target
    /// (the one arrested or killed), not the actor as in `визит X`, `нападение боевиков`.
    case target
    /// `X сообщил Y`: a statement to the press; the addressee receives.
    case say
}

/// One trigger: the lemma(s) that report an event, and what event they report.
public struct TriggerEntry: Sendable, Hashable {
    /// Lemmas in order; one for a single word, more for `телефонный разговор`, `нанести удар`.
    public var lemmas: [String]
    public var type: EventType
    public var mode: String?
    public var frame: ArgumentFrame
    /// A noun trigger needs a light verb or a dependent participant to count (`переговоры` alone is a topic).
    public var isNoun: Bool
}

/// The trigger lexicon: data keyed by lemma, one entry a line —
/// `lemmas <TAB> type <TAB> mode (or -) <TAB> frame <TAB> v|n`.
/// Matching is on token lemmas, so every form of a word finds its entry.
public struct TriggerLexicon: Sendable {
    public static let data = """
    встретиться\tCONSULT\t-\tmeet\tv
    встречаться\tCONSULT\t-\tmeet\tv
    встреча\tCONSULT\t-\tmeet\tn
    переговоры\tCONSULT\t-\tmeet\tn
    переговорить\tCONSULT\t-\tmeet\tv
    провести переговоры\tCONSULT\t-\tmeet\tv
    провести встречу\tCONSULT\t-\tmeet\tv
    консультация\tCONSULT\t-\tmeet\tn
    беседа\tCONSULT\t-\tmeet\tn
    побеседовать\tCONSULT\t-\tmeet\tv
    обсудить\tCONSULT\t-\tmeet\tv
    обсуждать\tCONSULT\t-\tmeet\tv
    саммит\tCONSULT\tmultilateral\tmeet\tn
    телефонный разговор\tCONSULT\tphone\tmeet\tn
    разговор по телефону\tCONSULT\tphone\tmeet\tn
    созвониться\tCONSULT\tphone\tmeet\tv
    посетить\tCONSULT\tvisit\tvisit\tv
    посещать\tCONSULT\tvisit\tvisit\tv
    визит\tCONSULT\tvisit\tvisit\tn
    прибыть\tCONSULT\tvisit\tvisit\tv
    прибывать\tCONSULT\tvisit\tvisit\tv
    приехать\tCONSULT\tvisit\tvisit\tv
    принять\tCONSULT\tvisit\thost\tv
    принимать\tCONSULT\tvisit\thost\tv
    подписать\tAGREE\tsign\tact\tv
    подписывать\tAGREE\tsign\tact\tv
    подписание\tAGREE\tsign\tact\tn
    договориться\tAGREE\t-\tmeet\tv
    договариваться\tAGREE\t-\tmeet\tv
    согласиться\tAGREE\t-\tact\tv
    достигнуть договорённость\tAGREE\t-\tmeet\tv
    достичь договорённость\tAGREE\t-\tmeet\tv
    достичь договоренность\tAGREE\t-\tmeet\tv
    поддержать\tSUPPORT\t-\tact\tv
    поддерживать\tSUPPORT\t-\tact\tv
    приветствовать\tSUPPORT\tpraise\tact\tv
    похвалить\tSUPPORT\tpraise\tact\tv
    поздравить\tSUPPORT\tpraise\tact\tv
    выделить помощь\tAID\t-\tact\tv
    выделить\tAID\teconomic\tact\tv
    оказать помощь\tAID\t-\tact\tv
    предоставить помощь\tAID\t-\tact\tv
    направить помощь\tAID\thumanitarian\tact\tv
    гуманитарная помощь\tAID\thumanitarian\tact\tn
    призвать\tREQUEST\t-\tact\tv
    призывать\tREQUEST\t-\tact\tv
    потребовать\tREQUEST\t-\tact\tv
    попросить\tREQUEST\t-\tact\tv
    обратиться с просьбой\tREQUEST\t-\tact\tv
    обвинить\tACCUSE\tallege\tact\tv
    обвинять\tACCUSE\tallege\tact\tv
    осудить\tACCUSE\tdisapprove\tact\tv
    осуждать\tACCUSE\tdisapprove\tact\tv
    раскритиковать\tACCUSE\tdisapprove\tact\tv
    критиковать\tACCUSE\tdisapprove\tact\tv
    отвергнуть\tREJECT\t-\tact\tv
    отвергать\tREJECT\t-\tact\tv
    отклонить\tREJECT\t-\tact\tv
    отказаться\tREJECT\t-\tact\tv
    наложить вето\tREJECT\tveto\tact\tv
    пригрозить\tTHREATEN\t-\tact\tv
    угрожать\tTHREATEN\t-\tact\tv
    ультиматум\tTHREATEN\tultimatum\tact\tn
    ввести санкции\tSANCTION\t-\tact\tv
    санкция\tSANCTION\t-\tact\tn
    выслать\tSANCTION\texpel\tact\tv
    разорвать отношения\tSANCTION\tbreak-relations\tact\tv
    задержать\tCOERCE\tarrest\tact\tv
    задерживать\tCOERCE\tarrest\tact\tv
    задержание\tCOERCE\tarrest\ttarget\tn
    арестовать\tCOERCE\tarrest\tact\tv
    арестовывать\tCOERCE\tarrest\tact\tv
    арест\tCOERCE\tarrest\ttarget\tn
    обыск\tCOERCE\tseize\ttarget\tn
    приговорить\tSANCTION\tconvict\tact\tv
    вынести приговор\tSANCTION\tconvict\tact\tv
    экстрадировать\tCOERCE\tdeport\tact\tv
    экстрадиция\tCOERCE\tdeport\ttarget\tn
    депортация\tCOERCE\tdeport\ttarget\tn
    депортировать\tCOERCE\tdeport\tact\tv
    запретить\tCOERCE\tban\tact\tv
    нанести удар\tASSAULT\t-\tact\tv
    атаковать\tASSAULT\t-\tact\tv
    обстрелять\tASSAULT\tartillery\tact\tv
    обстрел\tASSAULT\tartillery\tact\tn
    авиаудар\tASSAULT\taerial\tact\tn
    бомбардировка\tASSAULT\taerial\tact\tn
    убить\tASSAULT\tkill\tact\tv
    убивать\tASSAULT\tkill\tact\tv
    убийство\tASSAULT\tkill\ttarget\tn
    застрелить\tASSAULT\tfirearms\tact\tv
    расстрелять\tASSAULT\tfirearms\tact\tv
    открыть огонь\tASSAULT\tfirearms\tact\tv
    напасть\tASSAULT\t-\tact\tv
    нападать\tASSAULT\t-\tact\tv
    нападение\tASSAULT\t-\tact\tn
    покушение\tASSAULT\t-\tact\tn
    теракт\tASSAULT\texplosives\tact\tn
    стрельба\tASSAULT\tfirearms\tact\tn
    атака\tASSAULT\t-\tact\tn
    похитить\tASSAULT\tabduct\tact\tv
    похищение\tASSAULT\tabduct\ttarget\tn
    протестовать\tPROTEST\t-\tact\tv
    митинг\tPROTEST\tdemonstrate\tact\tn
    акция протеста\tPROTEST\tdemonstrate\tact\tn
    забастовка\tPROTEST\tstrike\tact\tn
    пикет\tPROTEST\tdemonstrate\tact\tn
    протест\tPROTEST\tdemonstrate\tact\tn
    шествие\tPROTEST\tdemonstrate\tact\tn
    беспорядки\tPROTEST\triot\tact\tn
    голодовка\tPROTEST\thunger\tact\tn
    бойкотировать\tPROTEST\tboycott\tact\tv
    мобилизовать\tMOBILIZE\t-\tact\tv
    перебросить\tMOBILIZE\ttroops\tact\tv
    вывести войска\tRETREAT\twithdraw\tact\tv
    отвести войска\tRETREAT\twithdraw\tact\tv
    освободить\tCONCEDE\trelease\tact\tv
    смягчить санкции\tCONCEDE\tease-sanctions\tact\tv
    снять санкции\tCONCEDE\tease-sanctions\tact\tv
    сотрудничать\tCOOPERATE\t-\tmeet\tv
    заявить\tSTATEMENT\t-\tsay\tv
    сообщить\tSTATEMENT\t-\tsay\tv
    рассказать\tSTATEMENT\t-\tsay\tv
    отметить\tSTATEMENT\t-\tsay\tv
    подчеркнуть\tSTATEMENT\t-\tsay\tv
    """

    public let entries: [TriggerEntry]
    /// Entries by first lemma, longest first.
    private let byFirst: [String: [TriggerEntry]]

    public static let standard = TriggerLexicon(data: TriggerLexicon.data)

    public init(data: String) {
        var entries: [TriggerEntry] = []
        for line in data.split(separator: "\n") {
            let cols = line.split(separator: "\t").map { String($0).trimmingCharacters(in: .whitespaces) }
            guard cols.count == 5, let frame = ArgumentFrame(rawValue: cols[3]) else { continue }
            entries.append(TriggerEntry(lemmas: cols[0].split(separator: " ").map(String.init), type: EventType(rawValue: cols[1]),
                                        mode: cols[2] == "-" ? nil : cols[2], frame: frame, isNoun: cols[4] == "n"))
        }
        self.entries = entries
        var byFirst: [String: [TriggerEntry]] = [:]
        for e in entries { byFirst[Self.fold(e.lemmas[0]), default: []].append(e) }
        for k in byFirst.keys { byFirst[k]!.sort { $0.lemmas.count > $1.lemmas.count } }
        self.byFirst = byFirst
    }

    /// Entries whose first lemma is `lemma`, longest first.
    public func candidates(_ lemma: String) -> [TriggerEntry] { byFirst[Self.fold(lemma)] ?? [] }

    static func fold(_ s: String) -> String { s.lowercased().replacingOccurrences(of: "ё", with: "е") }
}
