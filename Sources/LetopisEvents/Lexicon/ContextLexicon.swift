/// Topic words and the PLOVER contexts they put an event in. Data keyed by lemma.
enum ContextLexicon {
    static let data = """
    оборонный military
    оборона military
    военный military
    военно-технический military
    военно-промышленный military
    армия military
    вооружение military
    оружие military
    войска military
    оборонно-промышленный military
    торговля economic
    торговый economic
    экономический economic
    экономика economic
    инвестиция economic
    инвестиционный economic
    финансовый economic
    инфраструктура economic
    восстановление economic
    промышленность economic
    кредит economic
    бизнес economic
    политический political
    дипломатический diplomatic
    дипломатия diplomatic
    внешнеполитический diplomatic
    гуманитарный humanitarian
    беженец migration
    миграция migration
    энергетический energy
    энергетика energy
    нефть energy
    газ energy
    ядерный security
    безопасность security
    терроризм terrorism
    террористический terrorism
    выборы elections
    избирательный elections
    здравоохранение health
    вакцина health
    климат environment
    экологический environment
    суверенитет territory
    территориальный territory
    граница territory
    правовой legal
    право legal
    суд legal
    киберпреступность cyber
    кибератака cyber
    """

    static let byLemma: [String: String] = {
        var map: [String: String] = [:]
        for line in data.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { map[String(parts[0])] = String(parts[1]) }
        }
        return map
    }()
}

/// Reporting frames: the words that say on whose word a sentence stands.
enum ReportingLexicon {
    /// Verbs of reporting whose subject is the source (`пишет агентство`, `сообщил РИА Новости`).
    static let verbs: Set<String> = [
        "сообщить", "сообщать", "информировать", "писать", "передать", "передавать", "отметить", "отмечать",
        "заявить", "заявлять", "подчеркнуть", "подчёркивать", "подчеркивать", "рассказать", "рассказывать", "цитировать", "уточнить",
        "уточнять", "добавить", "указать", "указывать", "говориться", "сказать", "говорить", "привести",
    ]
    /// Prepositional frames: `по данным X`, `по словам X`, `по информации X`, `со ссылкой на X`.
    static let frames: Set<String> = ["данные", "слово", "информация", "сведение", "мнение", "оценка", "ссылка"]
    /// Nouns that name a source without naming it: resolved to the last such organisation mentioned.
    static let mediaNouns: Set<String> = [
        "агентство", "издание", "газета", "телеканал", "канал", "сайт", "портал", "радиостанция", "журнал", "пресс-служба", "ведомство",
    ]
}
