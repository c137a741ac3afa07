import Foundation
import Hummingbird

/// The page's files (HTML, CSS, JavaScript) and the OpenAPI document, read once at start from
/// the package's resource bundle and served from memory.
public struct WebAssets: Sendable {
    public struct Asset: Sendable {
        public var bytes: [UInt8]
        public var contentType: String
    }

    /// Keyed by path under `Resources/`, e.g. `web/app.js`, `openapi.json`.
    public var files: [String: Asset]
    /// Where they were read from, or why they were not found.
    public var origin: String

    public init(files: [String: Asset], origin: String) {
        self.files = files
        self.origin = origin
    }

    /// Reads the resources installed next to the executable (or the test bundle), or from
    /// `$LETOPIS_SERVER_RESOURCES`; an install without them serves the API alone and says so.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> WebAssets {
        for directory in candidateDirectories(environment: environment) {
            let root = directory.appendingPathComponent("Resources")
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent("openapi.json").path) else { continue }
            return read(root: root)
        }
        return WebAssets(files: [:], origin: "no resource bundle 'Letopis_LetopisServer.resources' next to the executable")
    }

    static func candidateDirectories(environment: [String: String]) -> [URL] {
        var found: [URL] = []
        if let explicit = environment["LETOPIS_SERVER_RESOURCES"], !explicit.isEmpty {
            found.append(URL(fileURLWithPath: explicit))
        }
        let bundleName = "Letopis_LetopisServer.resources"
        found.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            found.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        for bundle in Bundle.allBundles {
            found.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        return found
    }

    static func read(root: URL) -> WebAssets {
        var files: [String: Asset] = [:]
        let base = root.standardizedFileURL.path
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                      let data = try? Data(contentsOf: url) else { continue }
                let path = url.standardizedFileURL.path
                guard path.hasPrefix(base + "/") else { continue }
                let key = String(path.dropFirst(base.count + 1))
                files[key] = Asset(bytes: [UInt8](data), contentType: contentType(of: key))
            }
        }
        return WebAssets(files: files, origin: root.path)
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }

    func response(_ key: String) throws -> Response {
        guard let asset = files[key] else {
            throw APIError(.serviceUnavailable, code: "resources-missing",
                           message: "'\(key)' is not installed with this server (\(origin))",
                           fix: "run the letopis built by 'swift build' from its build folder, or set LETOPIS_SERVER_RESOURCES to the 'Letopis_LetopisServer.resources' folder")
        }
        var headers = HTTPFields()
        headers[.contentType] = asset.contentType
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }
}
