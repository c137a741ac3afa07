// Generated from the grammemes of OpenCorpora (pymorphy3-dicts-ru 2.4.417150.4580142)
// plus the grammemes pymorphy3's analyzer units add (UNKN, PNCT, LATN, NUMB, intg, real, ROMN).
// The order fixes each grammeme's bit in `Grammemes`; a dictionary naming a grammeme
// outside this table is rejected on load.

extension Grammeme {
    /// Every grammeme: OpenCorpora name, parent (empty for none), Cyrillic alias.
    static let table: [(name: String, parent: String, alias: String)] = [
        ("POST", "", "ЧР"),
        ("NOUN", "POST", "СУЩ"),
        ("ADJF", "POST", "ПРИЛ"),
        ("ADJS", "POST", "КР_ПРИЛ"),
        ("COMP", "POST", "КОМП"),
        ("VERB", "POST", "ГЛ"),
        ("INFN", "POST", "ИНФ"),
        ("PRTF", "POST", "ПРИЧ"),
        ("PRTS", "POST", "КР_ПРИЧ"),
        ("GRND", "POST", "ДЕЕПР"),
        ("NUMR", "POST", "ЧИСЛ"),
        ("ADVB", "POST", "Н"),
        ("NPRO", "POST", "МС"),
        ("PRED", "POST", "ПРЕДК"),
        ("PREP", "POST", "ПР"),
        ("CONJ", "POST", "СОЮЗ"),
        ("PRCL", "POST", "ЧАСТ"),
        ("INTJ", "POST", "МЕЖД"),
        ("ANim", "", "Од-неод"),
        ("anim", "ANim", "од"),
        ("inan", "ANim", "неод"),
        ("GNdr", "", "хр"),
        ("masc", "ms-f", "мр"),
        ("femn", "ms-f", "жр"),
        ("neut", "GNdr", "ср"),
        ("ms-f", "GNdr", "мж"),
        ("NMbr", "", "Число"),
        ("sing", "NMbr", "ед"),
        ("plur", "NMbr", "мн"),
        ("Sgtm", "", "sg"),
        ("Pltm", "", "pl"),
        ("Fixd", "", "0"),
        ("CAse", "", "Падеж"),
        ("nomn", "CAse", "им"),
        ("gent", "CAse", "рд"),
        ("datv", "CAse", "дт"),
        ("accs", "CAse", "вн"),
        ("ablt", "CAse", "тв"),
        ("loct", "CAse", "пр"),
        ("voct", "nomn", "зв"),
        ("gen1", "gent", "рд1"),
        ("gen2", "gent", "рд2"),
        ("acc2", "accs", "вн2"),
        ("loc1", "loct", "пр1"),
        ("loc2", "loct", "пр2"),
        ("Abbr", "", "аббр"),
        ("Name", "", "имя"),
        ("Surn", "", "фам"),
        ("Patr", "", "отч"),
        ("Geox", "", "гео"),
        ("Orgn", "", "орг"),
        ("Trad", "", "tm"),
        ("Subx", "", "субст?"),
        ("Supr", "", "превосх"),
        ("Qual", "", "кач"),
        ("Apro", "", "мест-п"),
        ("Anum", "", "числ-п"),
        ("Poss", "", "притяж"),
        ("V-ey", "", "*ею"),
        ("V-oy", "", "*ою"),
        ("Cmp2", "", "сравн2"),
        ("V-ej", "", "*ей"),
        ("ASpc", "", "Вид"),
        ("perf", "ASpc", "сов"),
        ("impf", "ASpc", "несов"),
        ("TRns", "", "Перех"),
        ("tran", "TRns", "перех"),
        ("intr", "TRns", "неперех"),
        ("Impe", "", "безл"),
        ("Impx", "", "безл?"),
        ("Mult", "", "мног"),
        ("Refl", "", "возвр"),
        ("PErs", "", "Лицо"),
        ("1per", "PErs", "1л"),
        ("2per", "PErs", "2л"),
        ("3per", "PErs", "3л"),
        ("TEns", "", "Время"),
        ("pres", "TEns", "наст"),
        ("past", "TEns", "прош"),
        ("futr", "TEns", "буд"),
        ("MOod", "", "Накл"),
        ("indc", "MOod", "изъяв"),
        ("impr", "MOod", "повел"),
        ("INvl", "", "Совм"),
        ("incl", "INvl", "вкл"),
        ("excl", "INvl", "выкл"),
        ("VOic", "", "Залог"),
        ("actv", "VOic", "действ"),
        ("pssv", "VOic", "страд"),
        ("Infr", "", "разг"),
        ("Slng", "", "жарг"),
        ("Arch", "", "арх"),
        ("Litr", "", "лит"),
        ("Erro", "", "опеч"),
        ("Dist", "", "искаж"),
        ("Ques", "", "вопр"),
        ("Dmns", "", "указ"),
        ("Prnt", "", "вводн"),
        ("V-be", "", "*ье"),
        ("V-en", "", "*енен"),
        ("V-ie", "", "*ие"),
        ("V-bi", "", "*ьи"),
        ("Fimp", "", "*несов"),
        ("Prdx", "", "предк?"),
        ("Coun", "", "счетн"),
        ("Coll", "", "собир"),
        ("V-sh", "", "*ши"),
        ("Af-p", "", "*предл"),
        ("Inmx", "", "не/одуш?"),
        ("Vpre", "", "в_предл"),
        ("Anph", "", "анаф"),
        ("Init", "", "иниц"),
        ("Adjx", "", "прил?"),
        ("Ms-f", "", "ор"),
        ("Hypo", "", "гипот"),
        ("UNKN", "", "НЕИЗВ"),
        ("PNCT", "", "ЗПР"),
        ("LATN", "", "ЛАТ"),
        ("NUMB", "", "ЧИСЛО"),
        ("intg", "", "цел"),
        ("real", "", "вещ"),
        ("ROMN", "", "РИМ"),
    ]

    /// `POST` — часть речи.
    public static let POST = Grammeme(rawValue: 0)
    /// `NOUN` — имя существительное.
    public static let NOUN = Grammeme(rawValue: 1)
    /// `ADJF` — имя прилагательное (полное).
    public static let ADJF = Grammeme(rawValue: 2)
    /// `ADJS` — имя прилагательное (краткое).
    public static let ADJS = Grammeme(rawValue: 3)
    /// `COMP` — компаратив.
    public static let COMP = Grammeme(rawValue: 4)
    /// `VERB` — глагол (личная форма).
    public static let VERB = Grammeme(rawValue: 5)
    /// `INFN` — глагол (инфинитив).
    public static let INFN = Grammeme(rawValue: 6)
    /// `PRTF` — причастие (полное).
    public static let PRTF = Grammeme(rawValue: 7)
    /// `PRTS` — причастие (краткое).
    public static let PRTS = Grammeme(rawValue: 8)
    /// `GRND` — деепричастие.
    public static let GRND = Grammeme(rawValue: 9)
    /// `NUMR` — числительное.
    public static let NUMR = Grammeme(rawValue: 10)
    /// `ADVB` — наречие.
    public static let ADVB = Grammeme(rawValue: 11)
    /// `NPRO` — местоимение-существительное.
    public static let NPRO = Grammeme(rawValue: 12)
    /// `PRED` — предикатив.
    public static let PRED = Grammeme(rawValue: 13)
    /// `PREP` — предлог.
    public static let PREP = Grammeme(rawValue: 14)
    /// `CONJ` — союз.
    public static let CONJ = Grammeme(rawValue: 15)
    /// `PRCL` — частица.
    public static let PRCL = Grammeme(rawValue: 16)
    /// `INTJ` — междометие.
    public static let INTJ = Grammeme(rawValue: 17)
    /// `ANim` — категория одушевлённости.
    public static let ANim = Grammeme(rawValue: 18)
    /// `anim` — одушевлённое.
    public static let anim = Grammeme(rawValue: 19)
    /// `inan` — неодушевлённое.
    public static let inan = Grammeme(rawValue: 20)
    /// `GNdr` — род / род не выражен.
    public static let GNdr = Grammeme(rawValue: 21)
    /// `masc` — мужской род.
    public static let masc = Grammeme(rawValue: 22)
    /// `femn` — женский род.
    public static let femn = Grammeme(rawValue: 23)
    /// `neut` — средний род.
    public static let neut = Grammeme(rawValue: 24)
    /// `ms-f` — общий род (м/ж).
    public static let ms_f = Grammeme(rawValue: 25)
    /// `NMbr` — число.
    public static let NMbr = Grammeme(rawValue: 26)
    /// `sing` — единственное число.
    public static let sing = Grammeme(rawValue: 27)
    /// `plur` — множественное число.
    public static let plur = Grammeme(rawValue: 28)
    /// `Sgtm` — singularia tantum.
    public static let Sgtm = Grammeme(rawValue: 29)
    /// `Pltm` — pluralia tantum.
    public static let Pltm = Grammeme(rawValue: 30)
    /// `Fixd` — неизменяемое.
    public static let Fixd = Grammeme(rawValue: 31)
    /// `CAse` — категория падежа.
    public static let CAse = Grammeme(rawValue: 32)
    /// `nomn` — именительный падеж.
    public static let nomn = Grammeme(rawValue: 33)
    /// `gent` — родительный падеж.
    public static let gent = Grammeme(rawValue: 34)
    /// `datv` — дательный падеж.
    public static let datv = Grammeme(rawValue: 35)
    /// `accs` — винительный падеж.
    public static let accs = Grammeme(rawValue: 36)
    /// `ablt` — творительный падеж.
    public static let ablt = Grammeme(rawValue: 37)
    /// `loct` — предложный падеж.
    public static let loct = Grammeme(rawValue: 38)
    /// `voct` — звательный падеж.
    public static let voct = Grammeme(rawValue: 39)
    /// `gen1` — первый родительный падеж.
    public static let gen1 = Grammeme(rawValue: 40)
    /// `gen2` — второй родительный (частичный) падеж.
    public static let gen2 = Grammeme(rawValue: 41)
    /// `acc2` — второй винительный падеж.
    public static let acc2 = Grammeme(rawValue: 42)
    /// `loc1` — первый предложный падеж.
    public static let loc1 = Grammeme(rawValue: 43)
    /// `loc2` — второй предложный (местный) падеж.
    public static let loc2 = Grammeme(rawValue: 44)
    /// `Abbr` — аббревиатура.
    public static let Abbr = Grammeme(rawValue: 45)
    /// `Name` — имя.
    public static let Name = Grammeme(rawValue: 46)
    /// `Surn` — фамилия.
    public static let Surn = Grammeme(rawValue: 47)
    /// `Patr` — отчество.
    public static let Patr = Grammeme(rawValue: 48)
    /// `Geox` — топоним.
    public static let Geox = Grammeme(rawValue: 49)
    /// `Orgn` — организация.
    public static let Orgn = Grammeme(rawValue: 50)
    /// `Trad` — торговая марка.
    public static let Trad = Grammeme(rawValue: 51)
    /// `Subx` — возможна субстантивация.
    public static let Subx = Grammeme(rawValue: 52)
    /// `Supr` — превосходная степень.
    public static let Supr = Grammeme(rawValue: 53)
    /// `Qual` — качественное.
    public static let Qual = Grammeme(rawValue: 54)
    /// `Apro` — местоименное.
    public static let Apro = Grammeme(rawValue: 55)
    /// `Anum` — порядковое.
    public static let Anum = Grammeme(rawValue: 56)
    /// `Poss` — притяжательное.
    public static let Poss = Grammeme(rawValue: 57)
    /// `V-ey` — форма на -ею.
    public static let V_ey = Grammeme(rawValue: 58)
    /// `V-oy` — форма на -ою.
    public static let V_oy = Grammeme(rawValue: 59)
    /// `Cmp2` — сравнительная степень на по-.
    public static let Cmp2 = Grammeme(rawValue: 60)
    /// `V-ej` — форма компаратива на -ей.
    public static let V_ej = Grammeme(rawValue: 61)
    /// `ASpc` — категория вида.
    public static let ASpc = Grammeme(rawValue: 62)
    /// `perf` — совершенный вид.
    public static let perf = Grammeme(rawValue: 63)
    /// `impf` — несовершенный вид.
    public static let impf = Grammeme(rawValue: 64)
    /// `TRns` — категория переходности.
    public static let TRns = Grammeme(rawValue: 65)
    /// `tran` — переходный.
    public static let tran = Grammeme(rawValue: 66)
    /// `intr` — непереходный.
    public static let intr = Grammeme(rawValue: 67)
    /// `Impe` — безличный.
    public static let Impe = Grammeme(rawValue: 68)
    /// `Impx` — возможно безличное употребление.
    public static let Impx = Grammeme(rawValue: 69)
    /// `Mult` — многократный.
    public static let Mult = Grammeme(rawValue: 70)
    /// `Refl` — возвратный.
    public static let Refl = Grammeme(rawValue: 71)
    /// `PErs` — категория лица.
    public static let PErs = Grammeme(rawValue: 72)
    /// `1per` — 1 лицо.
    public static let per1 = Grammeme(rawValue: 73)
    /// `2per` — 2 лицо.
    public static let per2 = Grammeme(rawValue: 74)
    /// `3per` — 3 лицо.
    public static let per3 = Grammeme(rawValue: 75)
    /// `TEns` — категория времени.
    public static let TEns = Grammeme(rawValue: 76)
    /// `pres` — настоящее время.
    public static let pres = Grammeme(rawValue: 77)
    /// `past` — прошедшее время.
    public static let past = Grammeme(rawValue: 78)
    /// `futr` — будущее время.
    public static let futr = Grammeme(rawValue: 79)
    /// `MOod` — категория наклонения.
    public static let MOod = Grammeme(rawValue: 80)
    /// `indc` — изъявительное наклонение.
    public static let indc = Grammeme(rawValue: 81)
    /// `impr` — повелительное наклонение.
    public static let impr = Grammeme(rawValue: 82)
    /// `INvl` — категория совместности.
    public static let INvl = Grammeme(rawValue: 83)
    /// `incl` — говорящий включён (идем, идемте).
    public static let incl = Grammeme(rawValue: 84)
    /// `excl` — говорящий не включён в действие (иди, идите).
    public static let excl = Grammeme(rawValue: 85)
    /// `VOic` — категория залога.
    public static let VOic = Grammeme(rawValue: 86)
    /// `actv` — действительный залог.
    public static let actv = Grammeme(rawValue: 87)
    /// `pssv` — страдательный залог.
    public static let pssv = Grammeme(rawValue: 88)
    /// `Infr` — разговорное.
    public static let Infr = Grammeme(rawValue: 89)
    /// `Slng` — жаргонное.
    public static let Slng = Grammeme(rawValue: 90)
    /// `Arch` — устаревшее.
    public static let Arch = Grammeme(rawValue: 91)
    /// `Litr` — литературный вариант.
    public static let Litr = Grammeme(rawValue: 92)
    /// `Erro` — опечатка.
    public static let Erro = Grammeme(rawValue: 93)
    /// `Dist` — искажение.
    public static let Dist = Grammeme(rawValue: 94)
    /// `Ques` — вопросительное.
    public static let Ques = Grammeme(rawValue: 95)
    /// `Dmns` — указательное.
    public static let Dmns = Grammeme(rawValue: 96)
    /// `Prnt` — вводное слово.
    public static let Prnt = Grammeme(rawValue: 97)
    /// `V-be` — форма на -ье.
    public static let V_be = Grammeme(rawValue: 98)
    /// `V-en` — форма на -енен.
    public static let V_en = Grammeme(rawValue: 99)
    /// `V-ie` — форма на -и- (веселие, твердостию); отчество с -ие.
    public static let V_ie = Grammeme(rawValue: 100)
    /// `V-bi` — форма на -ьи.
    public static let V_bi = Grammeme(rawValue: 101)
    /// `Fimp` — деепричастие от глагола несовершенного вида.
    public static let Fimp = Grammeme(rawValue: 102)
    /// `Prdx` — может выступать в роли предикатива.
    public static let Prdx = Grammeme(rawValue: 103)
    /// `Coun` — счётная форма.
    public static let Coun = Grammeme(rawValue: 104)
    /// `Coll` — собирательное числительное.
    public static let Coll = Grammeme(rawValue: 105)
    /// `V-sh` — деепричастие на -ши.
    public static let V_sh = Grammeme(rawValue: 106)
    /// `Af-p` — форма после предлога.
    public static let Af_p = Grammeme(rawValue: 107)
    /// `Inmx` — может использоваться как одуш. / неодуш..
    public static let Inmx = Grammeme(rawValue: 108)
    /// `Vpre` — Вариант предлога ( со, подо, ...).
    public static let Vpre = Grammeme(rawValue: 109)
    /// `Anph` — Анафорическое (местоимение).
    public static let Anph = Grammeme(rawValue: 110)
    /// `Init` — Инициал.
    public static let Init = Grammeme(rawValue: 111)
    /// `Adjx` — может выступать в роли прилагательного.
    public static let Adjx = Grammeme(rawValue: 112)
    /// `Ms-f` — колебание по роду (м/ж/с): кофе, вольво.
    public static let Ms_f = Grammeme(rawValue: 113)
    /// `Hypo` — гипотетическая форма слова (победю, асфальтовее).
    public static let Hypo = Grammeme(rawValue: 114)
    /// `UNKN` — unknown token.
    public static let UNKN = Grammeme(rawValue: 115)
    /// `PNCT` — punctuation.
    public static let PNCT = Grammeme(rawValue: 116)
    /// `LATN` — Latin word.
    public static let LATN = Grammeme(rawValue: 117)
    /// `NUMB` — number.
    public static let NUMB = Grammeme(rawValue: 118)
    /// `intg` — integer.
    public static let intg = Grammeme(rawValue: 119)
    /// `real` — real number.
    public static let real = Grammeme(rawValue: 120)
    /// `ROMN` — Roman number.
    public static let ROMN = Grammeme(rawValue: 121)
}
