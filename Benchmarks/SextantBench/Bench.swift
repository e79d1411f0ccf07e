import Foundation
import SextantCore
import SextantData
import Yams

/// `swift run -c release sextant-bench [suite ...]`: release-build benchmarks, outside the tests.
///
/// Each figure is the median of many timed runs after a warm-up, printed next to a baseline measured
/// in the same process, because these machines are noisy and only ratios travel well.
@main
enum Bench {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let suites = arguments.isEmpty ? ["kb"] : arguments
        for suite in suites {
            switch suite {
            case "kb": try knowledgeBase()
            case "analyze": try analyze()
            case "analyze-loop": try analyzeLoop()
            case "survey": try survey()
            case "worst-case": try worstCase()
            case "all":
                try knowledgeBase()
                try analyze()
                try survey()
                try worstCase()
            default:
                FileHandle.standardError.write(
                    Data("unknown suite '\(suite)'; suites: kb, analyze, analyze-loop, survey, worst-case, all\n".utf8))
                exit(2)
            }
        }
    }

    /// Knowledge-base load: every CLI call pays it. Cold = parse the YAML, decode, validate (the
    /// first call after an edit); warm = read the validated snapshot (every later call).
    static func knowledgeBase() throws {
        let directory = KnowledgeBaseLoader.bundledDirectory
        let files = KnowledgeBaseFile.allCases.map { directory.appendingPathComponent($0.rawValue) }
        let bytes = try files.reduce(0) { $0 + (try Data(contentsOf: $1)).count }
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-bench-cache-\(getpid())")
        defer { try? FileManager.default.removeItem(at: cache) }
        setenv("SEXTANT_CACHE_DIR", cache.path, 1)
        print("Knowledge-base load (\(files.count) files, \(bytes / 1024) KB of YAML), median of 40 runs")

        let read = Timing.median(runs: 40) {
            for file in files { _ = try! Data(contentsOf: file) }
        }
        let compose = Timing.median(runs: 40) {
            for file in files {
                _ = try! Yams.compose(yaml: String(decoding: try! Data(contentsOf: file), as: UTF8.self))
            }
        }
        var base = try KnowledgeBaseLoader.load()  // writes the snapshot
        let warm = Timing.median(runs: 40) { base = try! KnowledgeBaseLoader.load() }
        setenv("SEXTANT_CACHE", "off", 1)
        let cold = Timing.median(runs: 40) { base = try! KnowledgeBaseLoader.load() }
        unsetenv("SEXTANT_CACHE")
        let validate = Timing.median(runs: 40) { _ = base.validate() }

        Timing.table([
            ("read the files (baseline)", read, read),
            ("parse the YAML to nodes only", compose, read),
            ("cold load: parse, decode, validate", cold, read),
            ("  of which validate", validate, read),
            ("warm load: validated snapshot", warm, read),
        ])
    }
}

/// Wall-clock timing helpers.
enum Timing {
    /// Median duration in milliseconds over `runs` after two warm-up runs.
    static func median(runs: Int, _ body: () -> Void) -> Double {
        body()
        body()
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure(body)
            samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
        }
        samples.sort()
        return samples[samples.count / 2]
    }

    static func table(_ rows: [(String, Double, Double)]) {
        let width = rows.map(\.0.count).max() ?? 10
        for (name, value, baseline) in rows {
            let ratio = baseline > 0 ? value / baseline : 0
            print(
                "  " + name.padding(toLength: width, withPad: " ", startingAt: 0)
                    + String(format: "  %9.3f ms   %7.1fx baseline", value, ratio))
        }
    }
}
