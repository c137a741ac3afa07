import Hummingbird

/// The web page (`/`, `/static/...`) and the OpenAPI document (`/openapi.json`), from memory.
///
/// The page is one HTML file whose views (`#/events`, `#/event/ID`, ...) are drawn by our own
/// script; only files that were installed are served, so no path can reach outside them.
struct StaticController {
    let assets: WebAssets

    func addRoutes(to router: Router<ServerRequestContext>) {
        router.get("/") { _, _ in try assets.response("web/index.html") }
        router.get("openapi.json") { _, _ in try assets.response("openapi.json") }
        router.get("static/:file") { _, context in
            let file = try context.parameters.require("file")
            guard file.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }),
                  !file.hasPrefix("."), assets.files["web/\(file)"] != nil else {
                throw APIError.notFound("file", file, list: "the page at /")
            }
            return try assets.response("web/\(file)")
        }
    }
}
