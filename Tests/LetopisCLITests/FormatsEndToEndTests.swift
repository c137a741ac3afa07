import Foundation
import Testing
import LetopisTestSupport

@Suite("The field's formats from the command line", .requiresModels())
struct FormatsEndToEndTests {
    let article = """
    date 2026-03-12
    АНКАРА, 12 марта — РИА Новости. Министр иностранных дел Турции Хакан Фидан провел в Анкаре переговоры с главой МИД Азербайджана Джейхуном Байрамовым, сообщает агентство Anadolu.
    """

    @Test("--format gdelt writes 61 tab-separated columns with CAMEO actor and event codes")
    func gdelt() throws {
        let r = try CLI.run(["extract", "-", "--format", "gdelt"], stdin: article)
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(!rows.isEmpty)
        for row in rows { #expect(row.count == 61) }
        let first = try #require(rows.first)
        #expect(first[5] == "TURGOV" && first[26] == "040" && first[29] == "1")
    }

    @Test("--format plover writes the manual's required fields with a YYYY-MM-DD date")
    func plover() throws {
        let r = try CLI.run(["extract", "-", "--format", "plover"], stdin: article)
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(r.stdout.split(separator: "\n").first)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(record["date"] as? String == "2026-03-12")
        #expect(record["event"] as? [String] == ["CONSULT"])
        let actor = try #require((record["actor"] as? [[String: Any]])?.first)
        #expect(actor["code"] as? String == "TUR" && actor["sector"] as? String == "GOV")
    }

    @Test("--format conllu writes one tree per sentence and SpaceAfter=No before punctuation")
    func conllu() throws {
        let r = try CLI.run(["extract", "-", "--format", "conllu"], stdin: article)
        #expect(r.status == 0, "\(r.stderr)")
        let blocks = r.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(blocks.count >= 2)
        for block in blocks {
            let rows = block.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            #expect(rows.filter { $0[6] == "0" }.count == 1, "\(block)")
        }
        #expect(r.stdout.contains("Anadolu\tAnadolu\tPROPN"))
        #expect(r.stdout.contains("SpaceAfter=No"))
    }
}
