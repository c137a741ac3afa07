import LetopisCore

/// The PLOVER event ontology (Political Language Ontology for Verifiable Event
/// Records), as used by POLECAT, with Letopis's one extension.
///
/// See `Docs/events.md` for the mapping of each type and mode to CAMEO.
public enum PloverOntology {
    public static let types: [EventType] = [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ]
    /// Letopis extension: a public statement made to the press. PLOVER has no
    /// type for it (CAMEO had 01, MAKE PUBLIC STATEMENT); analysts need it to
    /// trace who said what to whom, so it is kept, clearly apart.
    public static let statement: EventType = "STATEMENT"

    /// Modes per type (PLOVER 2021 codebook).
    public static let modes: [String: [String]] = [
        "CONSULT": ["visit", "third-party", "multilateral", "phone"],
        "AGREE": ["settle", "mediate", "sign"],
        "SUPPORT": ["praise", "defend", "apologize", "forgive"],
        "CONCEDE": ["ease-sanctions", "ease-admin", "ease-political", "ease-military", "release", "return", "allow", "cease"],
        "COOPERATE": ["military", "economic", "judicial", "intelligence", "diplomatic"],
        "AID": ["economic", "military", "humanitarian", "asylum"],
        "RETREAT": ["withdraw", "disarm", "release"],
        "REQUEST": ["cooperate", "aid", "concede", "negotiate", "settle", "mediate"],
        "ACCUSE": ["disapprove", "investigate", "allege", "sue"],
        "REJECT": ["cooperate", "aid", "concede", "negotiate", "settle", "mediate", "veto"],
        "THREATEN": ["non-force", "sanction", "force", "ultimatum", "coerce"],
        "PROTEST": ["demonstrate", "riot", "strike", "boycott", "hunger"],
        "SANCTION": ["convict", "expel", "break-relations", "reduce-relations", "embargo", "censor"],
        "MOBILIZE": ["troops", "weapons", "police", "militia", "alert"],
        "COERCE": ["arrest", "deport", "seize", "restrict", "censor", "ban", "curfew"],
        "ASSAULT": ["beat", "firearms", "explosives", "aerial", "artillery", "missile", "kill", "abduct", "sexual", "cyber"],
    ]

    /// PLOVER contexts Letopis assigns from topic words.
    public static let contexts = [
        "military", "diplomatic", "economic", "political", "humanitarian", "legal", "security", "terrorism",
        "energy", "health", "environment", "migration", "elections", "media", "cyber", "territory", "human-rights",
    ]

    /// Nearest CAMEO code for a type and mode, for joining with GDELT.
    public static func cameo(type: EventType, mode: String?) -> String {
        switch (type.rawValue, mode) {
        case ("CONSULT", "visit"): return "042"
        case ("CONSULT", "phone"): return "040"
        case ("CONSULT", "third-party"): return "045"
        case ("CONSULT", "multilateral"): return "046"
        case ("CONSULT", _): return "040"
        case ("AGREE", "sign"): return "057"
        case ("AGREE", "mediate"): return "045"
        case ("AGREE", _): return "030"
        case ("SUPPORT", "praise"): return "051"
        case ("SUPPORT", "defend"): return "052"
        case ("SUPPORT", _): return "050"
        case ("CONCEDE", _): return "080"
        case ("COOPERATE", "military"): return "062"
        case ("COOPERATE", "economic"): return "061"
        case ("COOPERATE", "judicial"): return "063"
        case ("COOPERATE", "intelligence"): return "064"
        case ("COOPERATE", _): return "060"
        case ("AID", "economic"): return "071"
        case ("AID", "military"): return "072"
        case ("AID", "humanitarian"): return "073"
        case ("AID", _): return "070"
        case ("RETREAT", _): return "087"
        case ("REQUEST", "aid"): return "103"
        case ("REQUEST", "negotiate"): return "1056"
        case ("REQUEST", _): return "100"
        case ("ACCUSE", "investigate"): return "092"
        case ("ACCUSE", "sue"): return "115"
        case ("ACCUSE", _): return "112"
        case ("REJECT", _): return "120"
        case ("THREATEN", "force"): return "138"
        case ("THREATEN", "sanction"): return "133"
        case ("THREATEN", _): return "130"
        case ("PROTEST", "demonstrate"): return "141"
        case ("PROTEST", "hunger"): return "142"
        case ("PROTEST", "strike"): return "143"
        case ("PROTEST", _): return "140"
        case ("SANCTION", "expel"): return "1246"
        case ("SANCTION", "break-relations"): return "161"
        case ("SANCTION", "embargo"): return "163"
        case ("SANCTION", _): return "160"
        case ("MOBILIZE", _): return "150"
        case ("COERCE", "arrest"): return "173"
        case ("COERCE", "deport"): return "174"
        case ("COERCE", _): return "170"
        case ("ASSAULT", "aerial"): return "195"
        case ("ASSAULT", "artillery"), ("ASSAULT", "missile"): return "194"
        case ("ASSAULT", "kill"): return "186"
        case ("ASSAULT", "abduct"): return "181"
        case ("ASSAULT", "explosives"): return "183"
        case ("ASSAULT", "firearms"): return "193"
        case ("ASSAULT", _): return "190"
        case ("STATEMENT", _): return "010"
        default: return "010"
        }
    }
}
