/// Sectors an actor's role belongs to (the CAMEO/PLOVER actor "agent" dimension).
public enum Sector: String, Sendable, Hashable, CaseIterable {
    case government, military, diplomatic, legislative, judicial, business, media, police, religious, education, international, culture, sports, science, health, party, other
}

/// Job titles, their sectors, and canonical names for descriptive titles.
///
/// Data, one entry a line: `lemma <TAB> sector`. A lemma may be several words
/// (`генеральный секретарь`). Titles are matched on token lemmas, so every case
/// form (`министром`, `главой`, `президенту`) finds its entry.
enum JobLexicon {
    static let heads = """
    президент\tgovernment
    вице-президент\tgovernment
    премьер-министр\tgovernment
    премьер\tgovernment
    вице-премьер\tgovernment
    министр\tgovernment
    замминистра\tgovernment
    глава\tgovernment
    руководитель\tgovernment
    канцлер\tgovernment
    губернатор\tgovernment
    мэр\tgovernment
    градоначальник\tgovernment
    председатель\tgovernment
    зампред\tgovernment
    заместитель\tgovernment
    вице-спикер\tlegislative
    спикер\tlegislative
    депутат\tlegislative
    сенатор\tlegislative
    парламентарий\tlegislative
    конгрессмен\tlegislative
    советник\tgovernment
    помощник\tgovernment
    секретарь\tgovernment
    генсек\tinternational
    генеральный секретарь\tinternational
    государственный секретарь\tdiplomatic
    генеральный прокурор\tjudicial
    официальный представитель\tgovernment
    постоянный представитель\tdiplomatic
    специальный представитель\tdiplomatic
    верховный комиссар\tinternational
    первый заместитель\tgovernment
    первый вице-премьер\tgovernment
    председатель правительства\tgovernment
    глава государства\tgovernment
    пресс-секретарь\tgovernment
    представитель\tgovernment
    спецпредставитель\tdiplomatic
    спецпосланник\tdiplomatic
    посланник\tdiplomatic
    постпред\tdiplomatic
    посол\tdiplomatic
    консул\tdiplomatic
    генконсул\tdiplomatic
    дипломат\tdiplomatic
    атташе\tdiplomatic
    король\tgovernment
    королева\tgovernment
    принц\tgovernment
    наследный принц\tgovernment
    шейх\tgovernment
    эмир\tgovernment
    султан\tgovernment
    монарх\tgovernment
    лидер\tgovernment
    вождь\tgovernment
    губернатор\tgovernment
    аким\tgovernment
    госсекретарь\tdiplomatic
    генпрокурор\tjudicial
    прокурор\tjudicial
    судья\tjudicial
    омбудсмен\tgovernment
    генерал\tmilitary
    генерал-лейтенант\tmilitary
    генерал-майор\tmilitary
    генерал-полковник\tmilitary
    генерал армии\tmilitary
    маршал\tmilitary
    адмирал\tmilitary
    вице-адмирал\tmilitary
    контр-адмирал\tmilitary
    полковник\tmilitary
    подполковник\tmilitary
    майор\tmilitary
    командующий\tmilitary
    главнокомандующий\tmilitary
    командир\tmilitary
    начальник\tgovernment
    директор\tbusiness
    гендиректор\tbusiness
    генеральный директор\tbusiness
    исполнительный директор\tbusiness
    управляющий\tbusiness
    владелец\tbusiness
    совладелец\tbusiness
    акционер\tbusiness
    банкир\tbusiness
    бизнесмен\tbusiness
    предприниматель\tbusiness
    журналист\tmedia
    корреспондент\tmedia
    редактор\tmedia
    главный редактор\tmedia
    главред\tmedia
    обозреватель\tmedia
    телеведущий\tmedia
    ведущий\tmedia
    патриарх\treligious
    митрополит\treligious
    папа\treligious
    муфтий\treligious
    епископ\treligious
    ректор\teducation
    профессор\teducation
    академик\teducation
    эксперт\tother
    аналитик\tother
    политолог\tother
    экономист\tother
    юрист\tother
    адвокат\tjudicial
    координатор\tother
    сопредседатель\tother
    член\tother
    тренер\tother
    актер\tculture
    актёр\tculture
    актриса\tculture
    режиссер\tculture
    режиссёр\tculture
    кинорежиссер\tculture
    кинорежиссёр\tculture
    продюсер\tculture
    сценарист\tculture
    композитор\tculture
    дирижер\tculture
    дирижёр\tculture
    музыкант\tculture
    певец\tculture
    певица\tculture
    пианист\tculture
    скрипач\tculture
    гитарист\tculture
    барабанщик\tculture
    солист\tculture
    вокалист\tculture
    исполнитель\tculture
    автор-исполнитель\tculture
    рэпер\tculture
    поэт\tculture
    поэтесса\tculture
    писатель\tculture
    писательница\tculture
    прозаик\tculture
    драматург\tculture
    художник\tculture
    скульптор\tculture
    архитектор\tculture
    фотограф\tculture
    фотохудожник\tculture
    оператор\tculture
    кинооператор\tculture
    хореограф\tculture
    балерина\tculture
    танцор\tculture
    танцовщица\tculture
    артист\tculture
    артистка\tculture
    модель\tculture
    дизайнер\tculture
    модельер\tculture
    кинематографист\tculture
    литератор\tculture
    критик\tculture
    искусствовед\tculture
    блогер\tculture
    футболист\tsports
    хоккеист\tsports
    теннисист\tsports
    теннисистка\tsports
    баскетболист\tsports
    волейболист\tsports
    боксер\tsports
    боксёр\tsports
    борец\tsports
    шахматист\tsports
    шахматистка\tsports
    гроссмейстер\tsports
    пловец\tsports
    пловчиха\tsports
    бегун\tsports
    лыжник\tsports
    биатлонист\tsports
    фигурист\tsports
    фигуристка\tsports
    гимнаст\tsports
    гимнастка\tsports
    спортсмен\tsports
    спортсменка\tsports
    легкоатлет\tsports
    велогонщик\tsports
    гонщик\tsports
    автогонщик\tsports
    олимпиец\tsports
    вратарь\tsports
    защитник\tsports
    нападающий\tsports
    полузащитник\tsports
    капитан\tsports
    форвард\tsports
    наставник\tsports
    арбитр\tsports
    ученый\tscience
    учёный\tscience
    физик\tscience
    химик\tscience
    биолог\tscience
    математик\tscience
    историк\tscience
    философ\tscience
    социолог\tscience
    филолог\tscience
    лингвист\tscience
    археолог\tscience
    астроном\tscience
    инженер\tscience
    изобретатель\tscience
    исследователь\tscience
    космонавт\tscience
    астронавт\tscience
    конструктор\tscience
    программист\tscience
    врач\thealth
    хирург\thealth
    доктор\thealth
    медик\thealth
    педиатр\thealth
    онколог\thealth
    вирусолог\thealth
    эпидемиолог\thealth
    император\tgovernment
    императрица\tgovernment
    кронпринц\tgovernment
    принцесса\tgovernment
    эрцгерцог\tgovernment
    герцог\tgovernment
    князь\tgovernment
    граф\tgovernment
    президент-элект\tgovernment
    экс-президент\tgovernment
    экс-премьер\tgovernment
    экс-министр\tgovernment
    экс-глава\tgovernment
    губернатор-элект\tgovernment
    замглавы\tgovernment
    вице-губернатор\tgovernment
    вице-мэр\tgovernment
    полпред\tgovernment
    чиновник\tgovernment
    политик\tgovernment
    дипломат-политик\tgovernment
    депутат-единоросс\tgovernment
    офицер\tmilitary
    солдат\tmilitary
    военнослужащий\tmilitary
    лейтенант\tmilitary
    капитан-лейтенант\tmilitary
    сержант\tmilitary
    миллиардер\tbusiness
    миллионер\tbusiness
    олигарх\tbusiness
    бизнесвумен\tbusiness
    инвестор\tbusiness
    трейдер\tbusiness
    экономист-аналитик\tbusiness
    следователь\tjudicial
    нотариус\tjudicial
    полицейский\tpolice
    священник\treligious
    настоятель\treligious
    архиепископ\treligious
    кардинал\treligious
    имам\treligious
    раввин\treligious
    преподаватель\teducation
    учитель\teducation
    доцент\teducation
    декан\teducation
    студент\teducation
    телеведущая\tmedia
    журналистка\tmedia
    репортер\tmedia
    репортёр\tmedia
    публицист\tmedia
    колумнист\tmedia
    биограф\tculture
    общественный деятель\tother
    чиновница\tgovernment
    маэстро\tculture
    моряк\tmilitary
    матрос\tmilitary
    босс\tbusiness
    стажер\tother
    стажёр\tother
    фермер\tother
    повар\tother
    шеф-повар\tother
    официант\tother
    стюардесса\tother
    бортпроводник\tother
    летчик\tmilitary
    лётчик\tmilitary
    штурман\tmilitary
    бортинженер\tscience
    испытатель\tscience
    лаборант\tscience
    эколог\tscience
    генетик\tscience
    психиатр\thealth
    кардиолог\thealth
    нейрохирург\thealth
    медбрат\thealth
    фармацевт\thealth
    ветеринар\thealth
    президентша\tgovernment
    губернаторша\tgovernment
    министерша\tgovernment
    царь\tgovernment
    царица\tgovernment
    шах\tgovernment
    регент\tgovernment
    менеджер\tbusiness
    топ-менеджер\tbusiness
    магнат\tbusiness
    медиамагнат\tbusiness
    финансист\tbusiness
    издатель\tmedia
    диктор\tmedia
    тележурналист\tmedia
    видеоблогер\tmedia
    шериф\tpolice
    милиционер\tpolice
    детектив\tpolice
    инспектор\tpolice
    пилот\tother
    водитель\tother
    рядовой\tmilitary
    ефрейтор\tmilitary
    старшина\tmilitary
    прапорщик\tmilitary
    мичман\tmilitary
    десантник\tmilitary
    разведчик\tmilitary
    шпион\tmilitary
    авиатор\tother
    механик\tother
    электрик\tother
    строитель\tother
    слесарь\tother
    сварщик\tother
    токарь\tother
    шахтёр\tother
    шахтер\tother
    агроном\tother
    рыбак\tother
    таксист\tother
    машинист\tother
    дальнобойщик\tother
    курьер\tother
    продавец\tbusiness
    кассир\tbusiness
    брокер\tbusiness
    диджей\tculture
    стилист\tculture
    радиоведущий\tmedia
    терапевт\thealth
    пастор\treligious
    игумен\treligious
    хакер\tother
    пожарный\tother
    спасатель\tother
    охранник\tother
    телохранитель\tother
    бухгалтер\tbusiness
    аудитор\tbusiness
    консультант\tbusiness
    администратор\tbusiness
    куратор\tculture
    законодатель\tlegislative
    диктатор\tgovernment
    правитель\tgovernment
    правительница\tgovernment
    герцогиня\tgovernment
    баронесса\tgovernment
    барон\tgovernment
    курфюрст\tgovernment
    префект\tgovernment
    врио\tgovernment
    главком\tmilitary
    боец\tmilitary
    пограничник\tmilitary
    снайпер\tmilitary
    пехотинец\tmilitary
    понтифик\treligious
    священнослужитель\treligious
    проповедник\treligious
    монахиня\treligious
    монах\treligious
    иерарх\treligious
    предстоятель\treligious
    аятолла\treligious
    комик\tculture
    комедиант\tculture
    юморист\tculture
    клоун\tculture
    живописец\tculture
    солистка\tculture
    вокалистка\tculture
    фронтмен\tculture
    клавишник\tculture
    фотомодель\tculture
    худрук\tculture
    художественный руководитель\tculture
    кинопродюсер\tculture
    киноактриса\tculture
    киноактер\tculture
    киноактёр\tculture
    хореограф\tculture
    голкипер\tsports
    бомбардир\tsports
    хавбек\tsports
    футболистка\tsports
    кикбоксер\tsports
    кикбоксёр\tsports
    педагог\teducation
    аспирант\teducation
    правозащитник\tother
    активист\tother
    активистка\tother
    волонтер\tother
    волонтёр\tother
    психотерапевт\thealth
    психолог\thealth
    стоматолог\thealth
    медсестра\thealth
    фельдшер\thealth
    реаниматолог\thealth
    коронер\tjudicial
    зампрокурора\tjudicial
    замдиректора\tbusiness
    замначальника\tgovernment
    замсекретаря\tgovernment
    пресс-атташе\tgovernment
    силовик\tpolice
    госчиновник\tgovernment
    уполномоченный\tgovernment
    """

    /// Complements that change the sector: `министр обороны` is military.
    static let sectorByComplement: [String: Sector] = [
        "оборона": .military, "мид": .diplomatic, "иностранный": .diplomatic, "внешнеполитический": .diplomatic,
        "генштаб": .military, "генеральный штаб": .military, "вооружённый": .military, "вооруженный": .military,
        "армия": .military, "минобороны": .military, "пентагон": .military, "внутренний": .police, "мвд": .police,
        "полиция": .police, "оон": .international, "нато": .international, "компания": .business, "банк": .business,
        "правление": .business, "совет директоров": .business, "дума": .legislative, "парламент": .legislative,
        "сенат": .legislative, "конгресс": .legislative, "редакция": .media, "агентство": .media,
    ]

    /// Descriptive titles and abbreviations mapped to the title an analyst counts.
    /// Keys are lower-cased lemma sequences of the job phrase (the part that is not the place).
    static let canonical: [String: String] = [
        "глава мид": "министр иностранных дел",
        "руководитель мид": "министр иностранных дел",
        "глава внешнеполитический ведомство": "министр иностранных дел",
        "глава министерство иностранный дело": "министр иностранных дел",
        "глава минобороны": "министр обороны",
        "глава министерство оборона": "министр обороны",
        "глава оборонный ведомство": "министр обороны",
        "глава военный ведомство": "министр обороны",
        "глава пентагон": "министр обороны",
        "глава госдеп": "государственный секретарь",
        "госсекретарь": "государственный секретарь",
        "генсек": "генеральный секретарь",
        "председатель правительство": "премьер-министр",
        "премьер": "премьер-министр",
        "глава правительство": "премьер-министр",
        "глава кабмин": "премьер-министр",
        "глава мвд": "министр внутренних дел",
        "глава минфин": "министр финансов",
        "глава минэкономразвития": "министр экономического развития",
        "гендиректор": "генеральный директор",
        "главред": "главный редактор",
        "замминистра": "заместитель министра",
        "постпред": "постоянный представитель",
        "спецпредставитель": "специальный представитель",
    ]

    static let entries: [(words: [String], sector: Sector)] = heads.split(separator: "\n").compactMap { line in
        let cols = line.split(separator: "\t")
        guard cols.count == 2, let sector = Sector(rawValue: String(cols[1])) else { return nil }
        return (cols[0].split(separator: " ").map(String.init), sector)
    }

    /// Longest entry first, so `генеральный секретарь` wins over `секретарь`.
    static let byFirstWord: [String: [(words: [String], sector: Sector)]] = {
        var map: [String: [(words: [String], sector: Sector)]] = [:]
        for e in entries { map[e.words[0], default: []].append(e) }
        for k in map.keys { map[k]!.sort { $0.words.count > $1.words.count } }
        return map
    }()

    /// One-word titles and their sectors.
    static let singleWord: [String: Sector] = Dictionary(entries.filter { $0.words.count == 1 }.map { ($0.words[0], $0.sector) },
                                                         uniquingKeysWith: { a, _ in a })

    /// A hyphenated compound whose part is a title names that occupation: `рок-музыкант`,
    /// `хип-хоп-исполнитель`, `экс-президент`, `врач-реаниматолог`, `писатель-сатирик`.
    static func compound(_ lemma: String) -> (words: [String], sector: Sector)? {
        // Asked for every token: the cheap byte tests first (Character counts walk grapheme clusters).
        let bytes = lemma.utf8
        let hyphenated = bytes.contains(UInt8(ascii: "-"))
        let deputy = bytes.starts(with: "зам".utf8)
        // `медиаменеджер`, `видеоблогер`, `госсоветник`: a combining form glued to a title of five letters or more
        // (`автограф` is no count). Byte prefixes: this runs for every token of every document.
        let form = hyphenated ? nil : combiningFormBytes.first { bytes.starts(with: $0) }
        guard hyphenated || deputy || form != nil, singleWord[lemma] == nil else { return nil }
        if let form {
            let rest = String(decoding: bytes.dropFirst(form.count), as: UTF8.self)
            if rest.unicodeScalars.count >= 5, let sector = singleWord[rest] { return ([lemma], sector) }
            if !deputy { return nil }
        }
        // `зампредседателя`, `замгендиректора`: a deputy of a title, its second part in the genitive.
        if deputy, lemma.unicodeScalars.count > 6 {
            let rest = String(lemma.dropFirst(3))
            for base in [rest, String(rest.dropLast()), String(rest.dropLast()) + "ь"] {
                if let sector = singleWord[base] { return ([lemma], sector) }
            }
        }
        guard hyphenated else { return nil }
        let parts = lemma.split(separator: "-").map(String.init)
        guard parts.count > 1, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        // The last parts name the occupation (`рок-музыкант`), else the first (`врач-реаниматолог`).
        for i in 1..<parts.count {
            if let sector = singleWord[parts[i...].joined(separator: "-")] { return ([lemma], sector) }
        }
        if let sector = singleWord[parts[0]] { return ([lemma], sector) }
        return nil
    }

    /// Combining forms written together with the noun they qualify (`медиа|менеджер`, `кино|режиссёр`).
    static let combiningForms: [String] = [
        "медиа", "видео", "фото", "кино", "теле", "радио", "арт", "шоу", "поп", "рок", "ультра", "супер", "гос",
        "спец", "авиа", "авто", "мото", "вело", "нейро", "кибер", "бизнес", "топ", "евро", "интернет", "веб", "экс",
    ]

    static let combiningFormBytes: [[UInt8]] = combiningForms.map { Array($0.utf8) }

    /// Entries that can start at a token with this lemma, longest first.
    static func candidates(_ lemma: String) -> [(words: [String], sector: Sector)]? {
        if let c = byFirstWord[lemma] { return c }
        return compound(lemma).map { [$0] }
    }

    static func startsTitle(_ lemma: String) -> Bool { candidates(lemma) != nil }
}
