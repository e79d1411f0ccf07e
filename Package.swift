// swift-tools-version:6.1
import PackageDescription

// The package graph is the architecture: a target can only reach what it lists.
//
//   SextantCore   pure domain (model, knowledge-base types, analysis, eligibility, roadmap, survey)
//   SextantData   the bundled knowledge base and the code that loads it from disk
//   SextantStore  saved work in SQLite (GRDB): postings and analyses, profiles, plans, surveys
//   SextantWeb    the Hummingbird web app and JSON API
//   sextant       the command-line executable
//   sextant-bench release-build benchmarks, outside the test run
let package = Package(
    name: "Sextant",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sextant", targets: ["sextant"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(name: "SextantCore"),
        .target(
            name: "SextantData",
            dependencies: [
                "SextantCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/kb")]
        ),
        .target(
            name: "SextantStore",
            dependencies: ["SextantCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "SextantWeb",
            dependencies: [
                "SextantCore", "SextantData", "SextantStore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Resources/openapi.yaml"), .copy("Resources/app.css"), .copy("Resources/app.js")]
        ),
        .executableTarget(
            name: "sextant",
            dependencies: [
                "SextantCore",
                "SextantData",
                "SextantStore",
                "SextantWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "sextant-bench",
            dependencies: ["SextantCore", "SextantData", .product(name: "Yams", package: "Yams")],
            path: "Benchmarks/SextantBench"
        ),
        // Fuzz targets: a replay tool in a normal build, libFuzzer targets under scripts/fuzz.
        .executableTarget(
            name: "sextant-fuzz",
            dependencies: ["SextantCore", "SextantData"],
            path: "Fuzz/SextantFuzz"
        ),
        // Core tests also load the bundled knowledge base: the analyzer's behaviour is its lexicon's.
        .testTarget(
            name: "SextantCoreTests",
            dependencies: [
                "SextantCore", "SextantData", .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "SextantDataTests",
            dependencies: [
                "SextantCore", "SextantData", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(name: "SextantStoreTests", dependencies: ["SextantCore", "SextantStore"]),
        .testTarget(
            name: "SextantWebTests",
            dependencies: [
                "SextantCore", "SextantData", "SextantStore", "SextantWeb",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
        .testTarget(
            name: "sextantTests",
            dependencies: ["sextant", "SextantCore", "SextantData", "SextantStore"]
        ),
    ]
)
