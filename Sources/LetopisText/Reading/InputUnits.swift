#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLetopisKernels
import Foundation
import LetopisCore

/// The raw units of a list of inputs, streamed: a directory's files and a JSON Lines file's lines
/// are read as they are asked for, so memory holds one unit (and one read buffer) at a time,
/// whatever the number of documents.
///
/// - a regular file or a FIFO (`<(cat a.txt)`): `.jsonl` by name is JSON Lines, anything else one text document;
/// - a directory: its `.txt` and `.jsonl` entries in name order, not recursive — an entry that is a directory
///   (or a link to one, `self.txt -> .`) or not a file is skipped with a note;
/// - `-`: standard input, JSON Lines if its first non-blank byte is `{`, else one text document `stdin`.
public struct InputUnits: Sequence, IteratorProtocol {
    let maxDocumentBytes: Int
    private var paths: [String]
    private var queued: [InputEvent] = []
    private var lines: LineStream?

    public init(paths: [String], maxDocumentBytes: Int = ReadOptions.defaultMaxDocumentBytes) {
        self.paths = paths.reversed()
        self.maxDocumentBytes = maxDocumentBytes
    }

    /// A JSON line may carry a document in escapes (`\u0436`, six bytes a character): allow for that.
    var maxLineBytes: Int { maxDocumentBytes > Int.max / 8 ? Int.max / 2 : maxDocumentBytes * 6 + 65_536 }

    public mutating func next() -> InputEvent? {
        while true {
            if let stream = lines {
                switch stream.nextLine(maxBytes: maxLineBytes) {
                case .line(let bytes, let number):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    let location = InputLocation(path: stream.name, line: number)
                    return .unit(RawInput(kind: .jsonLine, location: location, id: "\(stream.stem)-\(number)", bytes: bytes))
                case .tooLong(let number):
                    return .failure(LetopisError(.documentTooLarge, subject: InputLocation(path: stream.name, line: number).description,
                                                 message: "the line is over \(maxLineBytes) bytes",
                                                 remedy: "split the document, or raise the limit with --max-document-bytes"))
                case .failed(let code):
                    lines = nil
                    return .failure(LetopisError(.unreadable, subject: stream.name, message: "reading stopped: \(Self.describe(errno: code))",
                                                 remedy: "check the file or the device it is on"))
                case .end:
                    lines = nil
                    continue
                }
            }
            if !queued.isEmpty { return queued.removeFirst() }
            guard let path = paths.popLast() else { return nil }
            if let event = start(path) { return event }
        }
    }

    /// Starts reading `path`: returns its only event, or nil when it queued events or a line stream.
    private mutating func start(_ path: String) -> InputEvent? {
        if path == "-" { return openStandardInput() }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT {
                return .failure(LetopisError(.fileNotFound, subject: path, message: "no such file or directory",
                                             remedy: "check the path; give files, directories or '-' for standard input"))
            }
            if code == ELOOP {
                return .failure(LetopisError(.unreadable, subject: path, message: "the symbolic link loops back on itself",
                                             remedy: "point the link at a file, or remove it"))
            }
            return .failure(LetopisError(.unreadable, subject: path, message: "cannot read it: \(Self.describe(errno: code))",
                                         remedy: "check that it exists and is readable"))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { listDirectory(path); return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            return .failure(LetopisError(.unreadable, subject: path, message: "cannot open it: \(Self.describe(errno: code))",
                                         remedy: code == EACCES ? "give read permission (chmod +r)" : "check that it is a readable file"))
        }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        if path.hasSuffix(".jsonl") {
            lines = LineStream(fd: fd, name: path, stem: stem)
            return nil
        }
        let stream = LineStream(fd: fd, name: path, stem: stem)
        return stream.wholeText(id: stem.isEmpty ? name : stem, maxBytes: maxDocumentBytes)
    }

    private mutating func openStandardInput() -> InputEvent? {
        var info = stat()
        guard lk_standard_input_was_closed() == 0, fstat(STDIN_FILENO, &info) == 0 else {
            return .failure(LetopisError(.unreadable, subject: "stdin", message: "standard input is closed",
                                         remedy: "pipe the articles in (… | letopis extract -) or name files instead of '-'"))
        }
        let stream = LineStream(fd: STDIN_FILENO, name: "stdin", stem: "stdin", closes: false)
        switch stream.firstNonBlankByte() {
        case .some(UInt8(ascii: "{")):
            lines = stream
            return nil
        default:
            return stream.wholeText(id: "stdin", maxBytes: maxDocumentBytes)
        }
    }

    private mutating func listDirectory(_ path: String) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
            queued.append(.failure(LetopisError(.unreadable, subject: path, message: "cannot list the directory",
                                                remedy: "check its permissions", cause: "\(error)")))
            return
        }
        var files: [String] = []
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".jsonl") {
            let full = (path as NSString).appendingPathComponent(name)
            var info = stat()
            if stat(full, &info) != 0 {
                // A dangling or looping link inside a directory fails that entry alone.
                let code = errno
                queued.append(.failure(LetopisError(.unreadable, subject: full,
                                                    message: code == ELOOP ? "the symbolic link loops back on itself" : "cannot read it: \(Self.describe(errno: code))",
                                                    remedy: "point the link at a file, or remove it")))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG: files.append(full)
            case S_IFDIR:
                queued.append(.note(LetopisError(.badArgument, subject: full, message: "skipped: a directory (directories are not read recursively)",
                                                 remedy: "name it on the command line to read it")))
            default:
                queued.append(.note(LetopisError(.badArgument, subject: full, message: "skipped: not a regular file",
                                                 remedy: "name it on the command line to read it")))
            }
        }
        // Queued notes come first; then the files, read one by one as the consumer asks.
        paths.append(contentsOf: files.reversed())
    }

    static func describe(errno code: Int32) -> String { String(cString: strerror(code)) }
}

/// Reads a file descriptor by blocks, line by line or whole, never more than asked for.
final class LineStream {
    enum Line { case line([UInt8], Int), tooLong(Int), failed(Int32), end }

    let fd: Int32
    let name: String
    let stem: String
    let closes: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0
    private var readError: Int32?

    init(fd: Int32, name: String, stem: String, closes: Bool = true) {
        self.fd = fd
        self.name = name
        self.stem = stem
        self.closes = closes
    }

    deinit { if closes { close(fd) } }

    /// Reads one more block into the buffer; false at the end or on an error.
    private func fill() -> Bool {
        guard !atEnd else { return false }
        if position > 0 && position >= buffer.count / 2 {
            buffer.removeFirst(position)
            position = 0
        }
        let block = 1 << 16
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: block))
        var got = 0
        while true {
            got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress.map { $0 + old }, block) }
            if got < 0 && errno == EINTR { continue }
            break
        }
        if got < 0 { readError = errno; got = 0 }
        buffer.removeLast(block - got)
        if got == 0 { atEnd = true }
        return got > 0
    }

    func firstNonBlankByte() -> UInt8? {
        var i = position
        while true {
            while i < buffer.count {
                let b = buffer[i]
                if b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && !(i < 3 && Self.startsWithBOM(buffer)) { return b }
                i += 1
            }
            let consumed = i - position
            guard fill() else { return nil }
            i = position + consumed
        }
    }

    static func startsWithBOM(_ bytes: [UInt8]) -> Bool { bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF }

    func nextLine(maxBytes: Int) -> Line {
        var scanned = position
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                lineNumber += 1
                let line = Array(buffer[position..<newline])
                position = newline + 1
                return .line(line, lineNumber)
            }
            scanned = buffer.count
            if buffer.count - position > maxBytes {
                // Skip to the end of this line without keeping it.
                lineNumber += 1
                let number = lineNumber
                position = buffer.count
                while true {
                    if let newline = buffer[position...].firstIndex(of: 0x0A) { position = newline + 1; break }
                    position = buffer.count
                    if !fill() { break }
                }
                return .tooLong(number)
            }
            let before = buffer.count - position
            if !fill() {
                if let readError { self.readError = nil; return .failed(readError) }
                guard position < buffer.count else { return .end }
                lineNumber += 1
                let line = Array(buffer[position...])
                position = buffer.count
                return .line(line, lineNumber)
            }
            scanned = position + before
        }
    }

    /// Everything left, as one text document; refused past `maxBytes` without reading the rest.
    func wholeText(id: String, maxBytes: Int) -> InputEvent {
        while buffer.count - position <= maxBytes, fill() {}
        if let readError {
            return .failure(LetopisError(.unreadable, subject: name, message: "cannot read it: \(InputUnits.describe(errno: readError))",
                                         remedy: readError == EISDIR ? "name the files inside it" : "check that it is a readable file"))
        }
        if buffer.count - position > maxBytes {
            return .failure(LetopisError(.documentTooLarge, subject: name, message: "document is over the limit of \(maxBytes) bytes",
                                         remedy: "split it, or raise the limit with --max-document-bytes"))
        }
        let bytes = Array(buffer[position...])
        position = buffer.count
        return .unit(RawInput(kind: .text, location: InputLocation(path: name), id: id, bytes: bytes))
    }
}
