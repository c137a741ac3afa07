import Hummingbird

/// Answers a method the route does not serve (`TRACE /metrics`, `DELETE /api/events`) with 405 and
/// the `Allow` header, instead of the router's 404 — so a client learns the path exists.
struct MethodMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Route patterns (`*` one path segment) and the methods each serves; HEAD goes with GET.
    static var routes: [(pattern: [Substring], methods: [HTTPRequest.Method])] {
        [("/", [.get]), ("/openapi.json", [.get]), ("/static/*", [.get]), ("/health", [.get]), ("/metrics", [.get]),
         ("/api/events", [.get]), ("/api/events/*", [.get]), ("/api/actors", [.get]), ("/api/actors/*", [.get]),
         ("/api/dyads", [.get]), ("/api/timeline", [.get]), ("/api/search", [.get]), ("/api/places", [.get]),
         ("/api/documents", [.post]), ("/api/documents/*", [.get]), ("/api/extract", [.post])]
            .map { (path: String, methods: [HTTPRequest.Method]) in (path.split(separator: "/"), methods) }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let segments = request.uri.path.split(separator: "/")
        let method = request.method == .head ? .get : request.method
        for route in Self.routes where route.pattern.count == segments.count
            && zip(route.pattern, segments).allSatisfy({ $0 == "*" || $0 == $1 }) {
            guard route.methods.contains(method) else {
                let error = APIError(.methodNotAllowed, code: "method-not-allowed",
                                     message: "\(request.method) is not served at \(request.uri.path.prefix(200))",
                                     fix: "use " + route.methods.map(\.rawValue).joined(separator: " or ") + " (see /openapi.json)")
                var response = APIError.jsonResponse(status: error.status, body: error.body)
                response.headers[.allow] = route.methods.map(\.rawValue).joined(separator: ", ")
                return response
            }
            break
        }
        return try await next(request, context)
    }
}
