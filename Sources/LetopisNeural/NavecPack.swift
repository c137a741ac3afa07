import Foundation
import LetopisCore

/// The navec embedding pack: product-quantised word vectors.
///
/// `pq.bin` holds four uint32 (`vectors`, `dim`, `qdim`, `centroids`), then
/// `indexes` (uint8, `vectors x qdim`: the centroid of each sub-vector of each
/// word), then `codes` (float32, `qdim x centroids x dim/qdim`). A word's vector
/// is the concatenation, for each sub-space `q`, of `codes[q][indexes[word][q]]`.
public struct NavecPack: Sendable {
    public let id: String
    public let vectors: Int
    public let dim: Int
    public let qdim: Int
    public let centroids: Int
    /// `indexes[word * qdim + q]`, in the mapped file.
    let file: MappedFile
    let indexesOffset: Int
    /// `codes[(q * centroids + c) * subdim + i]`, copied (small, and float-aligned).
    let codes: FloatStorage

    public var subdim: Int { dim / qdim }

    /// Reads `navec/<id>/` of the models directory.
    public init(modelsDirectory: URL, id: String) throws {
        let name = "navec/\(id)"
        let dir = modelsDirectory.appendingPathComponent(name, isDirectory: true)
        let meta = try ModelPack.readJSON(dir.appendingPathComponent("meta.json"), name: "\(name)/meta.json")
        let (metaID, _) = try ModelPack.checkMeta(meta, name: "\(name)/meta.json")
        guard metaID == id else {
            throw LetopisError(.modelCorrupt, subject: "\(name)/meta.json",
                               message: "pack id is '\(metaID)'; the slovnet models need '\(id)'", remedy: ModelPack.remedy)
        }
        self.id = id
        file = try MappedFile(dir.appendingPathComponent("pq.bin"), name: "\(name)/pq.bin")
        let bytes = file.bytes
        func corrupt(_ message: String) -> LetopisError {
            LetopisError(.modelCorrupt, subject: "\(name)/pq.bin", message: message, remedy: ModelPack.remedy)
        }
        guard bytes.count >= 16 else { throw corrupt("file is truncated (\(bytes.count) bytes, header needs 16)") }
        func u32(_ i: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))) }
        vectors = u32(0); dim = u32(1); qdim = u32(2); centroids = u32(3)
        guard vectors > 0, qdim > 0, dim > 0, dim % qdim == 0, centroids > 0, centroids <= 256 else {
            throw corrupt("header (\(vectors) vectors, dim \(dim), qdim \(qdim), \(centroids) centroids) is not a navec PQ table")
        }
        let expected = 16 + vectors * qdim + qdim * centroids * (dim / qdim) * 4
        guard bytes.count == expected else {
            throw corrupt("holds \(bytes.count) bytes; its header describes \(expected)")
        }
        indexesOffset = 16
        let centroidCount = centroids
        if centroidCount < 256 {
            // A byte index may name a centroid that does not exist: check them all once.
            let idx = UnsafeRawBufferPointer(rebasing: bytes[16..<(16 + vectors * qdim)])
            if let bad = idx.first(where: { Int($0) >= centroidCount }) {
                throw corrupt("an index names centroid \(bad) of \(centroidCount)")
            }
        }
        let codeCount = qdim * centroids * (dim / qdim)
        let storage = FloatStorage(count: codeCount)
        let codesOffset = 16 + vectors * qdim
        for i in 0..<codeCount {
            storage.pointer[i] = Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: codesOffset + i * 4, as: UInt32.self)))
        }
        codes = storage
    }

    /// Writes the vector of word `id` (0..<vectors) into `out[0..<dim]`.
    @inline(__always)
    func vector(_ id: Int, into out: UnsafeMutablePointer<Float>) {
        let sub = dim / qdim
        let idx = file.bytes.baseAddress!.assumingMemoryBound(to: UInt8.self) + indexesOffset + id * qdim
        let codes = self.codes.pointer
        if sub == 3 {
            // navec news_v1: 100 sub-spaces of 3 dimensions.
            for q in 0..<qdim {
                let src = codes + (q * centroids + Int(idx[q])) * 3
                out[q * 3] = src[0]; out[q * 3 + 1] = src[1]; out[q * 3 + 2] = src[2]
            }
            return
        }
        for q in 0..<qdim {
            let src = codes + (q * centroids + Int(idx[q])) * sub
            for i in 0..<sub { out[q * sub + i] = src[i] }
        }
    }
}
