import Foundation

/// Precision, recall and F1 from counts of true positives, false positives and false negatives.
public struct PRF: Hashable, Sendable, CustomStringConvertible {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public var description: String {
        func pct(_ x: Double) -> String { String(format: "%.2f", x * 100) }
        return "P=\(pct(precision)) R=\(pct(recall)) F1=\(pct(f1)) (tp=\(truePositives) fp=\(falsePositives) fn=\(falseNegatives))"
    }

    static func compare(predicted: Set<Int>, gold: Set<Int>) -> PRF {
        let tp = predicted.intersection(gold).count
        return PRF(truePositives: tp, falsePositives: predicted.count - tp, falseNegatives: gold.count - tp)
    }
}

extension PRF {
    static func + (a: PRF, b: PRF) -> PRF {
        PRF(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
            falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}
