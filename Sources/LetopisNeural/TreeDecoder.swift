/// Maximum spanning tree decoding of biaffine head scores (Chu-Liu/Edmonds).
///
/// slovnet (and so natasha) gives each token its best-scoring head on its own,
/// which in news text leaves about one sentence in five with no root, several
/// roots or a cycle. ``SyntaxModel/Decoding/tree`` instead takes the highest-
/// scoring set of arcs that forms a tree with exactly one root child, as
/// Dozat & Manning's parser and Stanza do.
extension Kernels {
    /// Heads (0 = root, else 1-based token) of the best tree for `n` tokens.
    ///
    /// `scores[i * (n + 1) + j]` is the score of token `i + 1` (0-based `i`)
    /// taking head `j`, `j = 0` being the root.
    ///
    /// - Complexity: O(n³) per contraction, and one run per root candidate.
    public static func maximumSpanningTree(scores: [Float], n: Int) -> [Int] {
        guard n > 0, scores.count >= n * (n + 1) else { return [] }
        // s[d][h] over nodes 0...n (node 0 is the root, it has no head).
        var s = [[Double]](repeating: [Double](repeating: -.infinity, count: n + 1), count: n + 1)
        for i in 0..<n {
            for j in 0...n where j != i + 1 { s[i + 1][j] = Double(scores[i * (n + 1) + j]) }
        }
        var heads = chuLiuEdmonds(s)
        let rootChildren = (1...n).filter { heads[$0] == 0 }
        if rootChildren.count > 1 {
            // Keep one root child: try each, forbid the others the root, take the best tree.
            var best = -Double.infinity
            var bestHeads = heads
            for r in rootChildren {
                var t = s
                for d in 1...n where d != r { t[d][0] = -.infinity }
                let h = chuLiuEdmonds(t)
                let total = (1...n).reduce(0.0) { $0 + s[$1][h[$1]] }
                if total > best { best = total; bestHeads = h }
            }
            heads = bestHeads
        }
        return Array(heads[1...n])
    }

    /// Chu-Liu/Edmonds on a dense graph: `s[d][h]`, node 0 the root; returns `head[d]` (`head[0] = -1`).
    static func chuLiuEdmonds(_ s: [[Double]]) -> [Int] {
        let count = s.count
        var head = [Int](repeating: -1, count: count)
        for d in 1..<count {
            var best = 0
            for h in 1..<count where h != d && s[d][h] > s[d][best] { best = h }
            head[d] = best
        }
        guard let cycle = findCycle(head) else { return head }
        let inCycle = Set(cycle)
        let cycleScore = cycle.reduce(0.0) { $0 + s[$1][head[$1]] }
        let outside = (0..<count).filter { !inCycle.contains($0) }
        var index = [Int](repeating: -1, count: count)
        for (i, v) in outside.enumerated() { index[v] = i }
        let m = outside.count + 1, c = m - 1
        var t = [[Double]](repeating: [Double](repeating: -.infinity, count: m), count: m)
        var enter = [Int](repeating: -1, count: count)   // for a head outside: which cycle node it enters
        var leave = [Int](repeating: -1, count: count)   // for a dependent outside: which cycle node is its head
        for d in outside where d != 0 {
            for h in outside where h != d { t[index[d]][index[h]] = s[d][h] }
            var best = -Double.infinity
            for v in cycle where s[d][v] > best || leave[d] < 0 {
                best = s[d][v]
                leave[d] = v
            }
            t[index[d]][c] = best
        }
        for h in outside {
            var best = -Double.infinity
            for v in cycle {
                let gain = s[v][h] - s[v][head[v]]
                if gain > best || enter[h] < 0 { best = gain; enter[h] = v }
            }
            t[c][index[h]] = best + cycleScore
        }
        let sub = chuLiuEdmonds(t)
        var result = head
        for d in outside where d != 0 {
            let h = sub[index[d]]
            result[d] = h == c ? leave[d] : outside[h]
        }
        let cycleHead = outside[sub[c]]
        result[enter[cycleHead]] = cycleHead
        return result
    }

    /// Nodes of a cycle of the head graph, if any.
    static func findCycle(_ head: [Int]) -> [Int]? {
        let count = head.count
        var state = [UInt8](repeating: 0, count: count)   // 0 new, 1 on the current walk, 2 done
        for start in 1..<count where state[start] == 0 {
            var walk: [Int] = []
            var v = start
            while v > 0 && state[v] == 0 {
                state[v] = 1
                walk.append(v)
                v = head[v]
            }
            if v > 0 && state[v] == 1, let at = walk.firstIndex(of: v) {
                return Array(walk[at...])
            }
            for w in walk { state[w] = 2 }
        }
        return nil
    }
}
