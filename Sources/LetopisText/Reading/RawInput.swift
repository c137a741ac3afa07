import LetopisCore

/// One unit of input as it came off the disk, not yet parsed: a whole `.txt` file or one line
/// of a JSON Lines file.
///
/// Splitting inputs into raw units is cheap and cannot fail on a document's content; parsing a
/// unit into a ``Document`` (``DocumentReader/read(_:)``) can. Keeping the two apart lets the
/// supervisor stream units to isolated worker processes, where a document that crashes the
/// parser costs that document only.
public struct RawInput: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// A whole text file; `id` is the document's id.
        case text = 0
        /// One JSON Lines line; `id` is the id used when the line gives none.
        case jsonLine = 1
    }

    public var kind: Kind
    public var location: InputLocation
    public var id: String
    public var bytes: [UInt8]

    public init(kind: Kind, location: InputLocation, id: String, bytes: [UInt8]) {
        self.kind = kind
        self.location = location
        self.id = id
        self.bytes = bytes
    }
}

/// What the input side yields: a unit to parse, a problem with an input as a whole (a missing
/// file, an unreadable directory) that fails it, or a note that does not (a subdirectory skipped).
public enum InputEvent: Sendable {
    case unit(RawInput)
    case failure(LetopisError)
    case note(LetopisError)
}
