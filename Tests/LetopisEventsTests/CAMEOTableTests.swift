import Testing
import LetopisCore
import LetopisEntities
@testable import LetopisEvents

@Suite("The CAMEO table")
struct CAMEOTableTests {
    @Test("loads from the package's data files")
    func loads() throws {
        let table = try CAMEO.table()
        #expect(table.codebook.count > 300)
        #expect(table.rows.count > 100)
    }

    @Test("maps every type and mode Letopis codes to a code of the codebook")
    func everyPair() throws {
        let table = try CAMEO.table()
        for type in PloverOntology.types + [PloverOntology.statement] {
            let modes: [String?] = [nil] + (PloverOntology.modes[type.rawValue] ?? []).map { Optional($0) }
            for mode in modes {
                let row = table.rows.first { $0.type == type && $0.mode == mode }
                #expect(row != nil, "\(type) / \(mode ?? "-") has no row")
                guard let row else { continue }
                #expect(table.codebook[row.cameo.code] == row.cameo, "\(type) / \(mode ?? "-") → \(row.cameo.code)")
                if let p = row.ploverMode { #expect(PloverOntology.ploverModes[type.rawValue]?.contains(p) == true) }
            }
        }
        // And no row for a mode the ontology does not know.
        for row in table.rows {
            if let mode = row.mode { #expect(PloverOntology.modes[row.type.rawValue]?.contains(mode) == true, "\(row.type) / \(mode)") }
        }
    }

    @Test("gives every code the quad class of its root code")
    func quadClassFollowsRoot() throws {
        for code in try CAMEO.table().codebook.values {
            let root = Int(code.rootCode) ?? 0
            let expected: Int = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4
            #expect(code.quadClass.rawValue == expected, "\(code.code)")
            #expect((-10...10).contains(code.goldstein))
            #expect(code.code.hasPrefix(code.baseCode) && code.baseCode.hasPrefix(code.rootCode))
        }
    }

    @Test("codes the six pairs the issue found wrong as the codebook defines them")
    func sixFixedPairs() {
        #expect(CAMEO.code(type: "CONSULT", mode: "phone")?.code == "041")
        #expect(CAMEO.code(type: "CONSULT", mode: "third-party")?.code == "044")
        #expect(CAMEO.code(type: "REQUEST", mode: "negotiate")?.code == "108")
        #expect(CAMEO.code(type: "THREATEN", mode: "sanction")?.code == "1312")
        #expect(CAMEO.code(type: "SANCTION", mode: "expel")?.code == "166")
        #expect(CAMEO.code(type: "ACCUSE", mode: "investigate")?.code == "090")
    }

    @Test("carries GDELT's Goldstein value, root and base code")
    func goldsteinAndParts() throws {
        let arrest = try #require(CAMEO.code(type: "COERCE", mode: "arrest"))
        #expect(arrest.goldstein == -5.0 && arrest.quadClass == .materialConflict && arrest.rootCode == "17")
        let release = try #require(CAMEO.code(type: "RETREAT", mode: "release"))
        #expect(release.code == "0841" && release.baseCode == "084" && release.goldstein == 7.0)
        #expect(CAMEO.code("057")?.goldstein == 8.0)
    }

    @Test("falls back to the type's code for a mode it does not list, and maps modes to PLOVER's")
    func fallbackAndPloverMode() {
        #expect(CAMEO.code(type: "ASSAULT", mode: "no-such-mode")?.code == "190")
        #expect(CAMEO.ploverMode(type: "PROTEST", mode: "demonstrate") == "demo")
        #expect(CAMEO.ploverMode(type: "ASSAULT", mode: "kill") == nil)
        #expect(CAMEO.ploverMode(type: "ASSAULT", mode: "no-such-mode") == nil)
    }

    @Test("refuses a table with an unknown code, naming the file and line")
    func refusesUnknownCode() {
        let codebook = "04\t1.0\tCONSULT\n040\t1.0\tConsult\n"
        #expect(throws: LetopisError.self) {
            try CAMEOTable(codebook: codebook, mapping: "CONSULT\t-\t-\t049\tno such code\n")
        }
        do {
            _ = try CAMEOTable(codebook: codebook, mapping: "# header\nCONSULT\tphone\tcall\t040\tx\n")
            Issue.record("a mode PLOVER lacks was accepted")
        } catch let error as LetopisError {
            #expect(error.subject == "plover-cameo.tsv:2")
        } catch { Issue.record("\(error)") }
    }

    @Test("refuses a codebook with a Goldstein value off the scale or a code without its root")
    func refusesBadCodebook() {
        #expect(throws: LetopisError.self) { try CAMEOTable(codebook: "04\t11.0\tCONSULT\n", mapping: "") }
        #expect(throws: LetopisError.self) { try CAMEOTable(codebook: "040\t1.0\tConsult\n", mapping: "") }
        #expect(throws: LetopisError.self) { try CAMEOTable(codebook: "04\t1.0\n", mapping: "") }
    }
}

@Suite("The actor code and PLOVER score tables")
struct ActorCodesTests {
    @Test("give alpha-3 and FIPS codes of countries")
    func countries() throws {
        let codes = try ActorCodes.table()
        #expect(codes.alpha3("RU") == "RUS" && codes.fips("RU") == "RS")
        #expect(codes.fips("DE") == "GM" && codes.alpha3("XK") == "KOS")
        #expect(codes.alpha3("QQ") == nil)
        #expect(codes.countries.count > 240)
    }

    @Test("give every Letopis sector a row")
    func sectors() throws {
        let codes = try ActorCodes.table()
        for s in Sector.allCases { #expect(codes.sectors[s.rawValue] != nil, "\(s)") }
        #expect(codes.ploverSector("media") == "JRN" && codes.cameoType(sector: "media") == "MED")
        #expect(ActorCodes.internationalCode(name: "ООН") == "UNO" && ActorCodes.internationalCode(name: "НАТО") == "IGO")
    }

    @Test("give a PLOVER score for every type")
    func scores() throws {
        let s = try PloverScores.table()
        for t in PloverOntology.types { #expect(s.score(type: t, ploverMode: nil) != nil, "\(t)") }
        #expect(s.score(type: "CONSULT", ploverMode: "visit") == 4)
        #expect(throws: LetopisError.self) { try PloverScores("CONSULT\tcall\t1\n") }
    }
}
