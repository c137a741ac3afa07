import LetopisCore

extension EventExtractor {
    /// The first row of `sense-vetoes.tsv` that applies to the candidate and whose pattern matches,
    /// when it is a veto: the trigger word is used in a sense that is no event between political
    /// actors (a match between teams, a couple, declining to comment, greeting an audience, signing a
    /// letter or a decree, a crime a sentence is passed for, a private journey, an interview).
    /// A `keep` row that matches first ends the search with no veto.
    func senseVeto(_ entry: TriggerEntry, _ shape: ClauseShape, _ args: Arguments) -> String? {
        let head = entry.lemmas.first ?? ""
        for veto in tables.vetoes {
            guard applies(veto, entry, head: head, args) else { continue }
            let anchors = tokens(veto.anchor, shape, args)
            let matches = { (t: TokenIndex) in self.tables.patterns.firstMatch(self.view, anchor: t, prefix: veto.pattern) != nil }
            let matched = veto.all ? !anchors.isEmpty && anchors.allSatisfy(matches) : anchors.contains(where: matches)
            if matched { return veto.keeps ? nil : veto.name }
        }
        return nil
    }

    func applies(_ veto: SenseVeto, _ entry: TriggerEntry, head: String, _ args: Arguments) -> Bool {
        if !veto.triggers.isEmpty, !veto.triggers.contains(head) { return false }
        if let type = veto.type, type != entry.type { return false }
        if let frame = veto.frame, frame != entry.frame { return false }
        if let isNoun = veto.isNoun, isNoun != entry.isNoun { return false }
        switch veto.precondition {
        case .noDestination?: return args.destinations.isEmpty
        case .noObject?: return args.objects.isEmpty
        case nil: return true
        }
    }

    /// The tokens a veto's pattern is tried at.
    func tokens(_ anchor: SenseVeto.Anchor, _ shape: ClauseShape, _ args: Arguments) -> [TokenIndex] {
        switch anchor {
        case .trigger: return [shape.trigger]
        case .subject: return args.subjects
        case .object: return args.objects
        case .companion: return args.companions
        case .destination: return args.destinations
        case .datedCompanion: return args.datedCompanions
        case .signed:
            // The document signed: the object, the passive subject or genitive, or the noun the participle
            // modifies (`подписанный закон`, `со дня подписания указа`, `распоряжение подписано`).
            let t = shape.trigger
            var signed = args.objects + view.children(t, [.nominalSubject, .nominalModifier])
            if view.relation(t).map({ $0 == .clausalModifierOfNoun || $0 == .adjectivalModifier }) == true, let h = view.head(t) { signed.append(h) }
            return signed
        }
    }
}
