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
        "RETREAT": ["withdraw", "disarm", "release", "resign"],
        "REQUEST": ["cooperate", "aid", "concede", "negotiate", "settle", "mediate", "change"],
        "ACCUSE": ["disapprove", "investigate", "allege", "sue"],
        "REJECT": ["cooperate", "aid", "concede", "negotiate", "settle", "mediate", "veto"],
        "THREATEN": ["non-force", "sanction", "force", "ultimatum", "coerce", "arrest"],
        "PROTEST": ["demonstrate", "riot", "strike", "boycott", "hunger"],
        "SANCTION": ["convict", "expel", "break-relations", "reduce-relations", "embargo", "censor"],
        "MOBILIZE": ["troops", "weapons", "police", "militia", "alert"],
        "COERCE": ["arrest", "deport", "seize", "restrict", "censor", "ban", "curfew", "martial-law"],
        "ASSAULT": ["beat", "firearms", "explosives", "aerial", "artillery", "missile", "kill", "abduct", "sexual", "cyber", "drone"],
    ]

    /// PLOVER contexts Letopis assigns from topic words.
    public static let contexts = [
        "military", "diplomatic", "economic", "political", "humanitarian", "legal", "security", "terrorism",
        "energy", "health", "environment", "migration", "elections", "media", "cyber", "territory", "human-rights",
    ]

    /// PLOVER's own modes per type, as the mode tables of `PLOVER_MANUAL.tex` list them
    /// (openeventdata/PLOVER; AGREE, SUPPORT, CONCEDE, COOPERATE and AID have none). A Letopis
    /// mode maps to one of these or to none (`plover-cameo.tsv`).
    public static let ploverModes: [String: [String]] = [
        "CONSULT": ["visit", "third-party", "multilateral", "phone"],
        "RETREAT": ["withdraw", "release", "disarm", "ceasefire", "access", "resign"],
        "REQUEST": ["assist", "change", "yield", "meet"],
        "ACCUSE": ["disapprove", "investigate", "allege"],
        "REJECT": ["assist", "change", "yield", "meet"],
        "THREATEN": ["restrict", "arrest", "relations", "expel", "territory", "violence"],
        "PROTEST": ["demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"],
        "SANCTION": ["convict", "expel", "withdraw", "discontinue"],
        "MOBILIZE": ["troops", "weapons", "police", "militia"],
        "COERCE": ["seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
                   "misinformation", "cyber"],
        "ASSAULT": ["abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                    "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"],
    ]

    /// PLOVER's quad category of each type (the "Quad category" of each type's section of the manual).
    public static let quadClass: [String: QuadClass] = [
        "AGREE": .verbalCooperation, "CONSULT": .verbalCooperation, "SUPPORT": .verbalCooperation, "CONCEDE": .verbalCooperation,
        "COOPERATE": .materialCooperation, "AID": .materialCooperation, "RETREAT": .materialCooperation,
        "REQUEST": .verbalConflict, "ACCUSE": .verbalConflict, "REJECT": .verbalConflict, "THREATEN": .verbalConflict,
        "PROTEST": .materialConflict, "SANCTION": .materialConflict, "MOBILIZE": .materialConflict, "COERCE": .materialConflict,
        "ASSAULT": .materialConflict,
    ]

    /// PLOVER's auxiliary modes, which the manual carries in `context`: an event told as past history,
    /// as future, as hypothetical, or negated.
    public static let auxiliaryModes: Set<String> = ["historical", "future", "hypothetical", "negation"]

    /// PLOVER's contexts (`PLOVER_MANUAL.tex`, table "General contexts").
    public static let ploverContexts: Set<String> = [
        "military", "intelligence", "executive", "legislative", "election", "political_institutions",
        "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
        "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
        "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
        "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
        "illegal_drugs", "trafficking",
    ]

    /// The PLOVER context of a Letopis context, nil when PLOVER has none that fits
    /// (`political`, `humanitarian`, `security` and `media` are broader than any of PLOVER's).
    public static func ploverContext(_ context: String) -> String? {
        switch context {
        case "elections": return "election"
        case "human-rights": return "human_rights"
        case "energy": return "natural_resource"
        default: return ploverContexts.contains(context) ? context : nil
        }
    }

    /// How `../shared/event-annotation.md` codes the announcement of an act: "a future or promised CONSULT,
    /// SUPPORT, COOPERATE or AID is AGREE with status planned … A future RETREAT is CONCEDE" (CAMEO's "express
    /// intent" codes, 03x, are AGREE in PLOVER). Planned and hypothetical acts of other types keep their type.
    public static let announcedAs: [EventType: EventType] = [
        "CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE",
    ]

    /// Acts whose stated readiness or offer (`готов к переговорам`, `заявила о готовности сотрудничать`) the
    /// conventions code as the offer itself, an occurred AGREE: "the offer is the act".
    public static let offerable: Set<EventType> = ["CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE", "AGREE"]

    /// The CAMEO code of a type and mode, for joining with GDELT (``CAMEO/code(type:mode:)``);
    /// nil only when the shipped table could not be loaded.
    public static func cameo(type: EventType, mode: String?) -> String? {
        CAMEO.code(type: type, mode: mode)?.code
    }
}
