// swift-tools-version: 6.0
import PackageDescription
import Foundation

// SwiftPM names a path dependency after its folder, which differs between clones.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
let letopis = Target.Dependency.product(name: "LetopisPipeline", package: root)

// Throughput and memory benchmarks, apart from the main package so that its
// build and tests stay fast. Build with `swift build -c release --package-path Benchmarks`.
let package = Package(
    name: "LetopisBenchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(name: "SegmentationBenchmark", dependencies: [letopis]),
        .executableTarget(name: "MorphologyBenchmark", dependencies: [letopis]),
        .executableTarget(name: "NeuralBenchmark", dependencies: [letopis]),
        .executableTarget(name: "TimeBenchmark", dependencies: [letopis]),
    ],
    swiftLanguageModes: [.v6]
)
