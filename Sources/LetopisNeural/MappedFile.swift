import Foundation
import LetopisCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only, memory-mapped model file.
///
/// Model arrays are used in place: nothing is copied at load time, pages are
/// read on first use and shared between processes. The mapping lives as long
/// as the object; every view into it (``FloatArray``) keeps it alive.
public final class MappedFile: @unchecked Sendable {
    /// Path relative to the models directory, for error messages (`slovnet/ner_news_v1/arrays/3.bin`).
    public let name: String
    public let bytes: UnsafeRawBufferPointer
    private let mapped: Bool

    /// Maps `url`; a missing file is `.modelMissing`, an unreadable one `.modelCorrupt`.
    public init(_ url: URL, name: String) throws {
        self.name = name
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else {
            let missing = errno == ENOENT
            throw LetopisError(missing ? .modelMissing : .modelCorrupt, subject: name,
                               message: missing ? "model file not found" : "model file cannot be opened",
                               remedy: ModelPack.remedy)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw LetopisError(.modelCorrupt, subject: name, message: "model file cannot be read", remedy: ModelPack.remedy)
        }
        let size = Int(info.st_size)
        if size == 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            mapped = false
            return
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw LetopisError(.modelCorrupt, subject: name, message: "model file cannot be mapped", remedy: ModelPack.remedy)
        }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
        mapped = true
    }

    deinit {
        if mapped, let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}

/// A float32 array of a model pack, viewed in place in its mapped file.
public struct FloatArray: @unchecked Sendable {
    public let shape: [Int]
    public let file: MappedFile?
    private let storage: FloatStorage?
    public let pointer: UnsafePointer<Float>

    /// A view of `count` floats at `offset` bytes of `file` (the caller checked the size).
    init(file: MappedFile, offset: Int, shape: [Int]) {
        self.shape = shape
        self.file = file
        self.storage = nil
        // mmap returns page-aligned memory and offsets are multiples of 4.
        self.pointer = (file.bytes.baseAddress! + offset).assumingMemoryBound(to: Float.self)
    }

    /// An array held in memory (tests, derived arrays).
    public init(_ values: [Float], shape: [Int]) {
        precondition(values.count == shape.reduce(1, *), "values do not fill the shape")
        self.shape = shape
        self.file = nil
        let box = FloatStorage(values)
        self.storage = box
        self.pointer = UnsafePointer(box.pointer)
    }

    public var count: Int { shape.reduce(1, *) }
    @inlinable public subscript(i: Int) -> Float { pointer[i] }
}

/// Owned float memory with a stable address.
final class FloatStorage: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
    let count: Int

    init(_ values: [Float]) {
        count = max(values.count, 1)
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: 0, count: count)
        values.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { pointer.update(from: base, count: src.count) }
        }
    }

    init(count: Int) {
        self.count = max(count, 1)
        pointer = .allocate(capacity: self.count)
        pointer.initialize(repeating: 0, count: self.count)
    }

    /// Memory the caller fully writes before reading (GEMM outputs): no zeroing pass.
    init(uninitialized count: Int) {
        self.count = max(count, 1)
        pointer = .allocate(capacity: self.count)
    }

    deinit { pointer.deallocate() }
}
