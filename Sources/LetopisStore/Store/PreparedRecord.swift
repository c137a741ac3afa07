import Foundation
import LetopisCore
import LetopisCorpus

/// A document's record in the form ``EventStore/store(_:)`` writes it: the columns of its row, its
/// mentions' rows, and its ``DocumentRecord`` already encoded as the stored JSON.
///
/// Ingest prepares it where the document is extracted (an isolated worker process) and sends it to the
/// parent as ``wireBytes``: the parent then neither decodes the record nor encodes it again, which was
/// most of its work per document — work that competes with the workers for the cores. The bytes are
/// length-prefixed parts, not JSON, so the record and layers JSON travel as they are, unescaped.
///
/// ```swift
/// let prepared = try PreparedRecord(record: record, layers: layersJSON)   // in the worker
/// let back = try PreparedRecord(wireBytes: prepared.wireBytes)             // in the parent
/// try store.store([.prepared(back)])
/// ```
public struct PreparedRecord: Sendable, Equatable {
    /// One row of `mentions`.
    public struct Mention: Codable, Sendable, Equatable {
        public var id: String
        /// `TYPE@YYYY-MM` (``CorpusResolver/block(of:in:)``).
        public var block: String
        public var type: String
    }

    /// The small columns, as one JSON object on the wire.
    struct Header: Codable, Equatable {
        var id: String
        var textSHA256: String
        var title: String?
        var url: String?
        var outlet: String?
        var published: String?
        var time: String?
        var extractorVersion: String
        var mentions: [Mention]
        /// The people it names, per period (``CorpusResolver/personNames(of:)``; schema version 3).
        var people: [PeriodName]?
    }

    var header: Header
    public var text: String
    /// The ``DocumentRecord`` as stored (`EventStore.recordJSON`: without its text, sorted keys, unescaped
    /// slashes).
    public var recordJSON: String
    /// The extraction as `extract --format json` writes it, when kept.
    public var layers: String?

    public var id: String { header.id }
    public var textSHA256: String { header.textSHA256 }
    public var extractorVersion: String { header.extractorVersion }
    public var mentions: [Mention] { header.mentions }
    /// The people it names, per period, as `person_names` holds them.
    public var people: [PeriodName] { header.people ?? [] }

    /// Prepares a record: its mentions' blocks and its stored JSON.
    /// - Throws: an `EncodingError` when the record cannot be encoded (a non-finite coordinate).
    public init(record: DocumentRecord, layers: String?) throws {
        let resolver = CorpusResolver()
        header = Header(id: record.id, textSHA256: record.textSHA256, title: record.title, url: record.url,
                        outlet: record.outlet, published: record.published, time: record.time,
                        extractorVersion: record.extractorVersion,
                        mentions: record.events.map { Mention(id: $0.id, block: resolver.block(of: $0, in: record).key, type: $0.type) },
                        people: resolver.personNames(of: record))
        text = record.text
        recordJSON = try EventStore.recordJSON(record)
        self.layers = layers
    }

    /// The wire form: `PREP`, then four parts (header JSON, text, record JSON, layers), each a
    /// little-endian `UInt32` length and that many UTF-8 bytes; layers absent is length `0xFFFFFFFF`.
    public var wireBytes: [UInt8] {
        var out: [UInt8] = Array("PREP".utf8)
        func part(_ bytes: some Collection<UInt8>) {
            let n = UInt32(truncatingIfNeeded: bytes.count)
            out.append(contentsOf: [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 24)])
            out.append(contentsOf: bytes)
        }
        part((try? JSONEncoder().encode(header)) ?? Data("{}".utf8))
        part(text.utf8)
        part(recordJSON.utf8)
        if let layers { part(layers.utf8) } else { out.append(contentsOf: [0xFF, 0xFF, 0xFF, 0xFF]) }
        return out
    }

    /// Reads ``wireBytes``.
    /// - Throws: ``LetopisError`` `database-unusable` when the bytes are not a prepared record (a worker of
    ///   another build, a garbled reply).
    public init(wireBytes bytes: [UInt8]) throws {
        func garbled(_ what: String) -> LetopisError {
            LetopisError(.databaseUnusable, subject: "worker reply", message: "a prepared record is garbled (\(what))",
                         remedy: "run ingest with --no-isolation; if it persists, report it with the input")
        }
        guard bytes.count >= 4, bytes[0..<4].elementsEqual("PREP".utf8) else { throw garbled("no PREP mark") }
        var at = 4
        func part() throws -> ArraySlice<UInt8>? {
            guard at + 4 <= bytes.count else { throw garbled("cut short") }
            let n = UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
            at += 4
            if n == 0xFFFF_FFFF { return nil }
            guard Int(n) <= bytes.count - at else { throw garbled("a part longer than the reply") }
            defer { at += Int(n) }
            return bytes[at..<(at + Int(n))]
        }
        guard let head = try part(), let text = try part(), let record = try part() else { throw garbled("a part missing") }
        let layers = try part()
        guard at == bytes.count else { throw garbled("bytes after the last part") }
        do {
            header = try JSONDecoder().decode(Header.self, from: Data(head))
        } catch {
            throw garbled("header: \(error)")
        }
        self.text = String(decoding: text, as: UTF8.self)
        recordJSON = String(decoding: record, as: UTF8.self)
        self.layers = layers.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Document row values in `EventStore`'s column order (see ``EventStore/store(_:)``).
    var documentRow: [SQLValue] {
        [.text(header.id), .text(header.textSHA256), .text("ok"), .null, SQLValue(header.title), SQLValue(header.url),
         SQLValue(header.outlet), SQLValue(header.published), SQLValue(header.time), .text(header.extractorVersion),
         .text(text), .text(recordJSON), SQLValue(layers), .integer(header.mentions.count)]
    }
}
