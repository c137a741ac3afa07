// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets, one executable each; built by Fuzz/run.sh with
// `-sanitize=fuzzer,address` (libFuzzer supplies `main`, so the sources are parsed as a library).
let targets = ["FuzzReader", "FuzzSegmentation", "FuzzTime", "FuzzMorphology", "FuzzLoaders", "FuzzExtract"]

let package = Package(
    name: "LetopisFuzz",
    dependencies: [.package(name: "Letopis", path: "..")],
    targets: [
        .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
    ] + targets.map { name in
        .executableTarget(name: name, dependencies: [
            "FuzzSupport",
            .product(name: "LetopisPipeline", package: "Letopis"),
        ], path: "Sources/\(name)", swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    },
    swiftLanguageModes: [.v6]
)
