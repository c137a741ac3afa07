/// A read-only DAWG in the dawgdic layout, as the `DAWG` Python package writes it and
/// `dawg_python` reads it: a double-array of 32-bit units.
///
/// A unit holds, packed: a label (8 bits, plus the leaf flag at bit 31), a has-leaf flag
/// (bit 8), an extension flag (bit 9) and an offset to its children (bits 10–31, shifted
/// by 8 more if extended). A leaf unit holds a value in its low 31 bits. Following label
/// `c` from unit `i` lands on unit `i ^ offset(i) ^ c`, valid if that unit's label is `c`.
///
/// Every index is checked against the array, so a corrupt file gives wrong answers, not a crash.
struct Dawg: Sendable {
    let units: [UInt32]

    static let root: UInt32 = 0

    @inline(__always) static func offset(_ base: UInt32) -> UInt32 {
        (base >> 10) << ((base & (1 << 9)) >> 6)
    }

    /// The unit reached from `index` by `label`, or `nil` (dawg_python also treats the root, 0, as a miss).
    @inline(__always) func follow(_ label: UInt8, from index: UInt32) -> UInt32? {
        guard Int(index) < units.count else { return nil }
        let next = index ^ Dawg.offset(units[Int(index)]) ^ UInt32(label)
        guard Int(next) < units.count, units[Int(next)] & ((1 << 31) | 0xFF) == UInt32(label), next != 0 else { return nil }
        return next
    }

    /// Follows every byte of `bytes` from `index`.
    @inline(__always) func follow<C: Collection<UInt8>>(_ bytes: C, from index: UInt32) -> UInt32? {
        var i = index
        for b in bytes {
            guard let n = follow(b, from: i) else { return nil }
            i = n
        }
        return i
    }

    /// Whether a key ends at `index`.
    @inline(__always) func hasValue(_ index: UInt32) -> Bool {
        Int(index) < units.count && units[Int(index)] & (1 << 8) != 0
    }

    /// The value stored for the key ending at `index`.
    @inline(__always) func value(_ index: UInt32) -> UInt32? {
        guard Int(index) < units.count else { return nil }
        let v = index ^ Dawg.offset(units[Int(index)])
        guard Int(v) < units.count else { return nil }
        return units[Int(v)] & ~(1 << 31)
    }

    /// The value of `key` (an `IntDAWG` lookup), or `nil` if absent.
    func find<C: Collection<UInt8>>(_ key: C) -> UInt32? {
        guard let i = follow(key, from: Dawg.root), hasValue(i) else { return nil }
        return value(i)
    }
}

/// The guide of a completion DAWG: for each unit, the label of its first child and of its
/// next sibling, which lets the completer walk keys in label order.
struct DawgGuide: Sendable {
    let bytes: [UInt8]

    @inline(__always) func child(_ index: UInt32) -> UInt8 {
        let i = Int(index) &* 2
        return i < bytes.count ? bytes[i] : 0
    }

    @inline(__always) func sibling(_ index: UInt32) -> UInt8 {
        let i = Int(index) &* 2 &+ 1
        return i < bytes.count ? bytes[i] : 0
    }
}
