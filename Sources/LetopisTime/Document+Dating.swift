import LetopisCore

extension Document {
    /// Index in ``Document/timexes`` of the time expression that dates an event
    /// whose trigger is at `range`, or nil when its sentence has none.
    ///
    /// The candidates are `DATE` and `TIME` expressions (not durations or sets)
    /// in the trigger's sentence; the nearest one wins, measured in bytes between
    /// the two ranges, and at equal distance the one before the trigger
    /// (`12 ноября состоялись переговоры`). Without sentences the whole text is one sentence.
    ///
    /// ```swift
    /// doc.timexIndex(dating: triggerRange)  // 1 → doc.timexes[1] dates the event
    /// ```
    ///
    /// - Complexity: O(t + log s) for t time expressions and s sentences.
    public func timexIndex(dating range: TextRange) -> Int? {
        var sentence = TextRange(0, utf8.count)
        if !sentences.isEmpty {
            // The last sentence starting at or before the trigger.
            var lo = 0, hi = sentences.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if sentences[mid].range.start <= range.start { lo = mid } else { hi = mid - 1 }
            }
            sentence = sentences[lo].range
        }
        var best: (index: Int, distance: Int, after: Bool)? = nil
        for (i, t) in timexes.enumerated() where t.type == .date || t.type == .time {
            guard sentence.contains(t.range) else { continue }
            let after = t.range.start >= range.end
            let distance = after ? t.range.start - range.end : max(0, range.start - t.range.end)
            if best == nil || distance < best!.distance || (distance == best!.distance && !after && best!.after) {
                best = (i, distance, after)
            }
        }
        return best?.index
    }
}
