/// One step of a pipeline: it reads some layers of a ``Document`` and adds others.
///
/// Stages are immutable and `Sendable`: one instance (with its models) is shared
/// by every task of a batch. A ``Pipeline`` checks `requires` against the
/// `produces` of earlier stages when it is built.
public protocol Stage: Sendable {
    /// Registered name with version, e.g. `segment.rules.v1`.
    var name: String { get }
    /// Layers the stage cannot work without: a pipeline refuses a stage list in which no earlier
    /// stage produces one of them.
    var requires: Set<Layer> { get }
    /// Layers the stage reads when present and does without otherwise (its output is poorer);
    /// a pipeline reports those missing as a remark, not an error.
    var uses: Set<Layer> { get }
    var produces: Set<Layer> { get }
    /// Adds this stage's layers to the document. Throws only for failures that
    /// make the document unusable; problems with parts go into `warnings`.
    func process(_ document: inout Document) throws
}

extension Stage {
    public var uses: Set<Layer> { [] }
}

/// A stage that is faster on many documents at once (a neural encoder batches
/// sentences into large matrices). It must not throw: a problem with one
/// document goes into that document's `warnings`.
public protocol BatchStage: Stage {
    func process(batch documents: inout [Document])
}

extension BatchStage {
    /// One document is a batch of one.
    public func process(_ document: inout Document) throws {
        var one = [document]
        process(batch: &one)
        document = one[0]
    }
}
