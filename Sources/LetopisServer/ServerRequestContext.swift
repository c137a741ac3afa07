import Hummingbird

/// The request context of every route. Bodies are read by each route with its own limit
/// (`Request.collectBody(limit:)`), so the framework's default upload size never applies.
public struct ServerRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: Source) {
        self.coreContext = .init(source: source)
    }
}
