import LetopisCore

/// An event as found in one clause, before clauses describing the same happening are merged.
struct EventCandidate {
    var entry: TriggerEntry
    /// Trigger tokens (several for `провели телефонный разговор`).
    var tokens: [Int]
    /// Tokens of merged clauses' triggers: the evidence that they tell the same happening.
    var evidence: [[Int]] = []
    var clause: Int
    var sentence: Int
    var actors: [EventParticipant] = []
    var recipients: [EventParticipant] = []
    var place: FactPart?
    var timex: Int?
    var status: EventStatus = .occurred
    var contexts: [String] = []
    var source: FactPart?
    /// Refers back to an event already told (`в ходе встречи`, `обсуждалось`, `стороны обсудили`).
    var anaphoric = false
    /// `стороны`: the participants of the latest meeting.
    var sides = false

    var participants: [EventParticipant] { actors + recipients }
}
