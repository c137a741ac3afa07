import LetopisCore

/// An event as found in one clause, before clauses describing the same happening are merged.
struct EventCandidate {
    var entry: TriggerEntry
    /// Trigger tokens (several for `провели телефонный разговор`).
    var tokens: [TokenIndex]
    /// Tokens of merged clauses' triggers: the evidence that they tell the same happening.
    var evidence: [[TokenIndex]] = []
    var clause: TokenIndex
    var sentence: SentenceIndex
    var actors: [EventParticipant] = []
    var recipients: [EventParticipant] = []
    var place: FactPart?
    var timex: TimexIndex?
    /// The tense of the trigger's clause: an undated past act of an undated text is `PAST_REF`.
    var tense: UDTense?
    var status: EventStatus = .occurred
    /// A stated readiness or offer governs the trigger (`готов к переговорам`): the offer is the act.
    var offered = false
    var contexts: [String] = []
    var source: FactPart?
    /// Refers back to an event already told (`в ходе встречи`, `обсуждалось`, `стороны обсудили`).
    var anaphoric = false
    /// `стороны`: the participants of the latest meeting.
    var sides = false
    /// Names of the table rows and patterns that shaped the event (argument roles, subject rules,
    /// merges), in the order they fired; the trigger's own rule is `entry.rule`.
    var patterns: [String] = []

    var participants: [EventParticipant] { actors + recipients }

    var trigger: TokenIndex { tokens.first ?? clause }

    mutating func fired(_ name: String) { if !patterns.contains(name) { patterns.append(name) } }
}

/// A trigger that found no event: a sense veto ruled it out or its essential participant is missing
/// (listed by `--trace`, with the reason).
struct DroppedTrigger {
    var entry: TriggerEntry
    var tokens: [TokenIndex]
    var sentence: SentenceIndex
    /// Why no event came out: `veto.NAME` (a row of `sense-vetoes.tsv`), or the name of the rule that wants a
    /// participant the sentence does not give (`needs-actor`, `not-political`, ...).
    var reason: String
}

/// What a trigger yields: an event candidate, or the reason it yields none (which `--trace` prints, so that a
/// missed event can be told from a missed trigger and the rule that ruled it out named).
enum CandidateVerdict {
    case event(EventCandidate)
    case dropped(String)

    var candidate: EventCandidate? {
        if case .event(let c) = self { return c }
        return nil
    }
}
