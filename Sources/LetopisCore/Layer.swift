/// The name of a layer of annotation on a ``Document``.
///
/// Stages declare the layers they require and produce; a pipeline is checked
/// when it is built so that a missing stage is reported before any document runs.
public struct Layer: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let text: Layer = "text"
    public static let dateline: Layer = "dateline"
    public static let tokens: Layer = "tokens"
    public static let sentences: Layer = "sentences"
    public static let lemmas: Layer = "lemmas"
    public static let morph: Layer = "morph"
    public static let syntax: Layer = "syntax"
    public static let entities: Layer = "entities"
    /// Mentions of NEREL's 29 entity types, nested (``Document/nerelMentions``).
    public static let nerel: Layer = "nerel"
    public static let normalised: Layer = "normalised"
    public static let actors: Layer = "actors"
    public static let timexes: Layer = "timexes"
    public static let facts: Layer = "facts"
    public static let events: Layer = "events"
}
