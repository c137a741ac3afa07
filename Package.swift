// swift-tools-version: 6.0
import PackageDescription

// Layers, lowest first. A module imports only modules above it in this list;
// heavy dependencies (argument parsing) stay in the executable at the edge.
let package = Package(
    name: "Letopis",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "letopis", targets: ["letopis"]),
        .library(name: "LetopisPipeline", targets: ["LetopisPipeline"]),
        .library(name: "LetopisCorpus", targets: ["LetopisCorpus"]),
        .library(name: "LetopisStore", targets: ["LetopisStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .target(name: "LetopisCore"),
        .target(name: "LetopisText", dependencies: ["LetopisCore", "CLetopisKernels"]),
        .target(name: "LetopisMorphology", dependencies: ["LetopisCore"]),
        .target(name: "CLetopisKernels"),
        .target(name: "LetopisNeural", dependencies: ["LetopisCore", "CLetopisKernels"],
                swiftSettings: [.unsafeFlags(["-Ounchecked"], .when(configuration: .release))]),
        .target(name: "LetopisTime", dependencies: ["LetopisCore", "LetopisText"]),
        .target(name: "LetopisEntities", dependencies: ["LetopisCore", "LetopisText", "LetopisMorphology"]),
        .target(name: "LetopisGeo", dependencies: ["LetopisCore"],
                resources: [.embedInCode("Data/places-ru.tsv")]),
        .target(name: "LetopisEvents", dependencies: ["LetopisCore", "LetopisText", "LetopisMorphology", "LetopisEntities"],
                resources: [.embedInCode("Ontology/Data/cameo-codebook.tsv"), .embedInCode("Ontology/Data/plover-cameo.tsv"),
                            .embedInCode("Ontology/Data/country-codes.tsv"), .embedInCode("Ontology/Data/sector-codes.tsv"),
                            .embedInCode("Ontology/Data/plover-scores.tsv")]),
        .target(name: "LetopisCorpus", dependencies: ["LetopisCore"]),
        .target(name: "LetopisPipeline", dependencies: [
            "LetopisCore", "LetopisText", "LetopisMorphology", "LetopisNeural",
            "LetopisTime", "LetopisEntities", "LetopisEvents", "LetopisGeo",
        ]),
        .target(name: "LetopisStore", dependencies: [
            "LetopisCore", "LetopisCorpus",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // The HTTP API and web page, a library so routes are tested without sockets.
        .target(name: "LetopisServer", dependencies: [
            "LetopisPipeline",
            "LetopisStore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Prometheus", package: "swift-prometheus"),
        ], resources: [.copy("Resources")]),
        .executableTarget(name: "letopis", dependencies: [
            "LetopisPipeline", "LetopisCorpus", "LetopisStore", "LetopisServer",
            "CLetopisKernels",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Shared by the test targets: document fixture builders standing in for the models, fixture files,
        // and the trait that skips a model-backed test outside CI and fails it in CI (`CI=true`).
        .target(name: "LetopisTestSupport", dependencies: ["LetopisCore", "LetopisText"], path: "Tests/LetopisTestSupport"),
        .testTarget(name: "LetopisCoreTests", dependencies: ["LetopisCore"]),
        .testTarget(name: "LetopisTextTests", dependencies: ["LetopisText"], exclude: ["Fixtures"]),
        .testTarget(name: "LetopisMorphologyTests", dependencies: ["LetopisMorphology", "LetopisTestSupport"]),
        .testTarget(name: "LetopisNeuralTests", dependencies: ["LetopisNeural", "LetopisTestSupport"]),
        .testTarget(name: "LetopisTimeTests", dependencies: ["LetopisTime"], exclude: ["Fixtures"]),
        .testTarget(name: "LetopisEntitiesTests", dependencies: ["LetopisEntities", "LetopisMorphology", "LetopisTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "LetopisEventsTests", dependencies: ["LetopisEvents", "LetopisTestSupport"]),
        .testTarget(name: "LetopisGeoTests", dependencies: ["LetopisGeo"], exclude: ["Fixtures"]),
        .testTarget(name: "LetopisPipelineTests", dependencies: ["LetopisPipeline", "LetopisTestSupport"]),
        // Every rule layer over random and adversarial documents, with stand-in model layers (no models needed).
        .testTarget(name: "LetopisPropertyTests", dependencies: [
            "LetopisText", "LetopisTime", "LetopisEntities", "LetopisEvents", "LetopisGeo", "LetopisTestSupport",
        ]),
        .testTarget(name: "LetopisCorpusTests", dependencies: ["LetopisCorpus", "LetopisPipeline", "LetopisTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "LetopisCLITests", dependencies: ["letopis", "LetopisTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "LetopisStoreTests", dependencies: ["LetopisStore", "LetopisCorpus"]),
        .testTarget(name: "LetopisServerTests", dependencies: [
            "LetopisServer", "LetopisTestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
