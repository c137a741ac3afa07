import LetopisCore
import LetopisEvents

/// How an actor is written in PLOVER and GDELT: its country and sector as the field's codes.
///
/// `code` is PLOVER's top-level entity code: the ISO alpha-3 of the actor's country, or for an
/// international organisation without one `UNO`, `EUR` or `IGO`. `cameoCode` is the CAMEO actor code
/// GDELT writes in `Actor1Code`: country then type (`RUSGOV`, `SYRMED`, `IGO`).
public struct ActorCoding: Hashable, Sendable {
    public var code: String?
    /// ISO 3166-1 alpha-3 of the actor's country.
    public var country: String?
    /// PLOVER sector code (`GOV`, `JRN`, ...).
    public var ploverSector: String?
    /// CAMEO actor type (`GOV`, `MED`, `IGO`, ...).
    public var cameoType: String?
    /// GDELT known group code: `UNO` for the United Nations.
    public var knownGroup: String?

    public var cameoCode: String? {
        let s = (country ?? "") + (cameoType ?? "")
        return s.isEmpty ? nil : s
    }

    public init(_ actor: Actor, codes: ActorCodes) {
        country = codes.alpha3(actor.country)
        ploverSector = codes.ploverSector(actor.sector)
        cameoType = codes.cameoType(sector: actor.sector)
        if actor.sector == "international" {
            let group = ActorCodes.internationalCode(name: actor.name)
            code = country ?? group
            if group == "UNO" { knownGroup = "UNO" }
        } else {
            code = country
        }
    }
}
