/// Walks every key below a DAWG node in label order (dawg_python's `Completer`).
///
/// The completer is a small state machine over a stack of unit indices; `key` holds the
/// bytes walked since the start node. Keys longer than ``maxKeyLength`` end the walk, so a
/// corrupt guide cannot loop forever.
struct DawgCompleter {
    let dawg: Dawg
    let guide: DawgGuide
    private(set) var key: [UInt8] = []
    private var stack: [UInt32] = []
    private var lastIndex: UInt32 = Dawg.root

    static let maxKeyLength = 512

    init(dawg: Dawg, guide: DawgGuide, start index: UInt32) {
        self.dawg = dawg
        self.guide = guide
        key.reserveCapacity(16)
        stack.reserveCapacity(16)
        if !guide.bytes.isEmpty { stack.append(index) }
    }

    /// Moves to the next key; `false` when there is none.
    mutating func next() -> Bool {
        guard var index = stack.last else { return false }
        if lastIndex != Dawg.root {
            let childLabel = guide.child(index)
            if childLabel != 0 {
                guard let n = follow(childLabel, index) else { return false }
                index = n
            } else {
                while true {
                    let siblingLabel = guide.sibling(index)
                    if !key.isEmpty { key.removeLast() }
                    stack.removeLast()
                    guard let top = stack.last else { return false }
                    index = top
                    if siblingLabel != 0 {
                        guard let n = follow(siblingLabel, index) else { return false }
                        index = n
                        break
                    }
                }
            }
        }
        return findTerminal(index)
    }

    private mutating func follow(_ label: UInt8, _ index: UInt32) -> UInt32? {
        guard key.count < DawgCompleter.maxKeyLength, let next = dawg.follow(label, from: index) else { return nil }
        key.append(label)
        stack.append(next)
        return next
    }

    private mutating func findTerminal(_ start: UInt32) -> Bool {
        var index = start
        while !dawg.hasValue(index) {
            let label = guide.child(index)
            guard let n = follow(label, index) else { return false }
            index = n
        }
        lastIndex = index
        return true
    }
}
