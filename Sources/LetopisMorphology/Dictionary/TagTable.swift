/// Every tag the analyzer can give: the dictionary's gramtab (ids 0..<n, as paradigms
/// reference them) followed by the tags of the shape and initials units.
struct TagTable: Sendable {
    let tags: [OpencorporaTag]
    let utf8: [[UInt8]]
    let idByString: [String: Int32]

    let unknown: Int32, punctuation: Int32, latin: Int32, integer: Int32, real: Int32, roman: Int32, adverb: Int32
    /// Initials: masc nomn…loct then femn nomn…loct (pymorphy3's order).
    let firstNameInitials: [Int32]
    let patronymicInitials: [Int32]

    init?(gramtab: [String]) {
        var tags: [OpencorporaTag] = []
        var ids: [String: Int32] = [:]
        tags.reserveCapacity(gramtab.count + 40)
        for s in gramtab {
            guard let t = OpencorporaTag(s) else { return nil }
            if ids[s] == nil { ids[s] = Int32(tags.count) }
            tags.append(t)
        }
        func intern(_ s: String) -> Int32 {
            if let id = ids[s] { return id }
            let id = Int32(tags.count)
            tags.append(OpencorporaTag(s)!)  // literal tags below, all grammemes in the table
            ids[s] = id
            return id
        }
        unknown = intern("UNKN")
        punctuation = intern("PNCT")
        latin = intern("LATN")
        integer = intern("NUMB,intg")
        real = intern("NUMB,real")
        roman = intern("ROMN")
        adverb = intern("ADVB")
        let cases = ["nomn", "gent", "datv", "accs", "ablt", "loct"]
        var first: [Int32] = [], patr: [Int32] = []
        for gender in ["masc", "femn"] {
            for c in cases { first.append(intern("NOUN,anim,\(gender),Sgtm,Name,Fixd,Abbr,Init sing,\(c)")) }
        }
        for gender in ["masc", "femn"] {
            for c in cases { patr.append(intern("NOUN,anim,\(gender),Sgtm,Patr,Fixd,Abbr,Init sing,\(c)")) }
        }
        firstNameInitials = first
        patronymicInitials = patr
        self.tags = tags
        self.utf8 = tags.map { Array($0.string.utf8) }
        self.idByString = ids
    }

    @inline(__always) subscript(_ id: Int32) -> OpencorporaTag { tags[Int(id)] }
}
