import LetopisCore

/// The sector of an organisation (the CAMEO/PLOVER agent of an actor that is not a person), read from the
/// words of its name and the kind word before it: `МИД Сирии` is diplomatic, `Минобороны` military,
/// `агентство SANA` media, `Госдума` legislative, `банк ВТБ` business, `ООН` international.
///
/// Rules, in order: a whole name the table knows (`министерство иностранных дел`, `совет федерации`); else a
/// word of the name or the kind word just before it (`агентство`, `компания`, `партия`), the name's own
/// words first. Nil when nothing says.
enum OrganizationSector {
    static func of(nameLemmas: [String], kindBefore: String?) -> Sector? {
        let folded = nameLemmas.map(EntityText.fold)
        for (words, sector) in phraseWords where folded.count >= words.count {
            if (0...(folded.count - words.count)).contains(where: { i in folded[i..<(i + words.count)].elementsEqual(words) }) { return sector }
        }
        // `Федеральное агентство по туризму` is government; an agency alone, in the news, is a news agency.
        if folded.contains("федеральный") || folded.contains("государственный") && !folded.contains("информационный") {
            if folded.contains(where: { ["агентство", "служба", "комитет", "комиссия", "инспекция"].contains($0) }) { return .government }
        }
        for w in folded {
            if let s = words[w] { return s }
            if w.hasSuffix("дума") { return .legislative }  // `Мосгордума`
        }
        if let k = kindBefore.map(EntityText.fold), let s = words[k] { return s }
        return nil
    }

    /// Names of several words, matched inside the lemmas of the name.
    static let phrases: [(String, Sector)] = [
        ("министерство иностранный дело", .diplomatic), ("министерство оборона", .military), ("министерство внутренний дело", .police),
        ("министерство здравоохранение", .health), ("министерство образование", .education), ("министерство культура", .culture),
        ("совет федерация", .legislative), ("государственный дума", .legislative), ("палата представитель", .legislative),
        ("законодательный собрание", .legislative), ("верховный рада", .legislative), ("вооружённый сила", .military),
        ("вооруженный сила", .military), ("следственный комитет", .police), ("академия наука", .science),
        ("совет безопасность", .international), ("лига арабский государство", .international), ("африканский союз", .international),
        ("европейский союз", .international), ("европейский комиссия", .international), ("олимпийский комитет", .sports),
        ("белый дом", .government), ("информационный агентство", .media),
    ]

    static let phraseWords: [([String], Sector)] = phrases.map { ($0.0.split(separator: " ").map(String.init), $0.1) }

    /// One word of a name, or the kind word before it.
    static let words: [String: Sector] = {
        var table: [String: Sector] = [:]
        let rows: [(Sector, String)] = [
            (.diplomatic, "мид посольство консульство дипмиссия госдеп госдепартамент"),
            (.military, "армия минобороны генштаб пентагон войско флот дивизия полк бригада нато вмс ввс"),
            (.police, "полиция милиция мвд росгвардия фсб фбр цру спецслужба разведка интерпол"),
            (.judicial, "суд прокуратура генпрокуратура трибунал"),
            (.legislative, "парламент госдума дума сенат конгресс совфед рада кнессет меджлис бундестаг"),
            (.government, "правительство администрация министерство кабмин кабинет мэрия кремль ведомство минфин минэкономразвития "
                + "минюст минтранс минэнерго минприроды минкомсвязь роскомнадзор рособрнадзор росприроднадзор"),
            (.media, "агентство газета журнал телеканал канал радиостанция радио издание редакция телекомпания медиахолдинг "
                + "риа тасс интерфакс reuters bbc cnn"),
            (.business, "компания корпорация концерн холдинг банк фирма завод комбинат оао зао ооо пао ао биржа фонд"),
            (.international, "оон ес евросоюз еврокомиссия обсе вто мвф магатэ воз юнеско шос снг одкб брикс асеан афросоюз еаэс пасе"),
            (.religious, "церковь патриархия епархия мечеть синод муфтият"),
            (.education, "университет школа лицей гимназия колледж вуз"),
            (.science, "ран лаборатория институт наса роскосмос"),
            (.culture, "театр музей филармония оркестр киностудия галерея библиотека"),
            (.sports, "клуб сборная команда фифа уефа мок"),
            (.health, "больница клиника госпиталь минздрав"),
            (.party, "партия"),
        ]
        for (sector, list) in rows { for w in list.split(separator: " ") { table[String(w)] = sector } }
        return table
    }()
}
