import Foundation
import LetopisCore
import LetopisCorpus

/// A JSON value already encoded as the API sends it, so that a response can be assembled from stored
/// pieces without decoding them. Only ``ResponseJSON`` and the store make one.
public struct JSONFragment: Sendable, Hashable {
    /// The JSON text (one complete value).
    public let text: String

    init(text: String) { self.text = text }
}

/// A page of already-encoded values and the cursor of the next page (nil on the last page).
public struct FragmentPage: Sendable, Hashable {
    public var items: [JSONFragment]
    public var nextCursor: String?

    public init(items: [JSONFragment], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

/// The encoding of `letopis serve`'s JSON: snake_case keys, slashes unescaped, keys sorted.
///
/// The store encodes the event list's rows and the event details with it when it resolves a block, and
/// the server encodes everything else with it, so a stored fragment and a freshly encoded value are
/// the same text. Changing it changes both — and the stored fragments of existing databases do not
/// follow until their blocks are resolved again. Fragments are written by ``SortedKeysJSONEncoder``,
/// which writes `JSONEncoder`'s text with these settings in a fraction of its time (every event's list
/// row and detail are encoded at every resolution of its block); the server's `JSONEncoder` writes the rest.
public enum ResponseJSON {
    /// A new encoder with the API's settings (`JSONEncoder` is not safe to share across threads).
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        // Sorted keys: the same value is the same text in every process (a stored fragment compares equal
        // to a fresh encoding, and an ETag does not change between server runs).
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// `value` as the API writes it.
    public static func fragment<T: Encodable>(_ value: T) throws -> JSONFragment {
        JSONFragment(text: try SortedKeysJSONEncoder(keyStyle: .snakeCase).string(value))
    }

    /// The row of an event list: the event without its mentions (they are in the event's detail).
    public static func summary(_ event: CorpusEvent) throws -> JSONFragment {
        var event = event
        event.mentions = []
        return try fragment(event)
    }

    /// A JSON string literal of `text` (quotes, backslashes and control characters escaped).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
