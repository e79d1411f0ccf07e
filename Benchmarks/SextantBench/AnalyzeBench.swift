import Foundation
import SextantCore
import SextantData

extension Bench {
    /// Single-core analysis throughput on the real corpus against two lowercase-and-split passes
    /// over the same bytes, then time at 1 KB, 100 KB and 10 MB to show it grows linearly.
    static func analyze() throws {
        let analyzer = PostingAnalyzer(knowledgeBase: try KnowledgeBaseLoader.load())
        let (postings, origin) = try Corpus.load()
        let bytes = postings.reduce(0) { $0 + $1.text.utf8.count + ($1.title?.utf8.count ?? 0) }
        print("Posting analysis, one core: \(postings.count) postings, \(bytes / 1_000_000) MB (\(origin))")

        let runs = 5
        let naive = Timing.median(runs: runs) {
            var words = 0
            for posting in postings {
                words &+= posting.text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
            }
            blackHole(words)
        }
        let bytesLoop = Timing.median(runs: runs) {
            var words = 0
            for posting in postings { words &+= Baseline.lowercaseAndSplit(posting.text) }
            blackHole(words)
        }
        let analysis = Timing.median(runs: runs) {
            var findings = 0
            for posting in postings { findings &+= analyzer.analyze(posting).findings.count }
            blackHole(findings)
        }
        func rate(_ milliseconds: Double) -> String {
            String(
                format: "%8.0f postings/s  %7.1f MB/s", Double(postings.count) / milliseconds * 1000,
                Double(bytes) / milliseconds / 1000)
        }
        print(
            "  " + "lowercase + split, String API (naive)".padding(toLength: 40, withPad: " ", startingAt: 0)
                + rate(naive))
        print(
            "  " + "lowercase + split, byte loop".padding(toLength: 40, withPad: " ", startingAt: 0) + rate(bytesLoop))
        print("  " + "full analysis".padding(toLength: 40, withPad: " ", startingAt: 0) + rate(analysis))
        print(
            String(
                format: "  analysis takes %.1fx the byte-loop pass and %.2fx the naive pass; %.1f µs per posting",
                analysis / bytesLoop, analysis / naive, analysis * 1000 / Double(postings.count)))

        // Linear growth: the same text repeated to each size.
        let sample = postings.map(\.text).joined(separator: "\n")
        print("  Scaling (median of runs, one posting of each size):")
        var previous: Double?
        for (label, size, repeats) in [("1 KB", 1_000, 201), ("100 KB", 100_000, 31), ("10 MB", 10_000_000, 5)] {
            let text = Corpus.text(of: size, from: sample)
            let input = PostingInput(title: "Security Analyst", text: text, format: .plain)
            let time = Timing.median(runs: repeats) { blackHole(analyzer.analyze(input).findings.count) }
            let perByte = time * 1e6 / Double(size)
            let growth =
                previous.map { String(format: "   (%.2fx the per-byte cost of the size before)", perByte / $0) } ?? ""
            print(String(format: "    %-7@ %10.3f ms  %6.1f ns/byte", label as NSString, time, perByte) + growth)
            previous = perByte
        }
    }
}

extension Bench {
    /// Analysis alone over the corpus, five times: a steady workload to run under a profiler
    /// (`perf record .build/release/sextant-bench analyze-loop`).
    static func analyzeLoop() throws {
        let analyzer = PostingAnalyzer(knowledgeBase: try KnowledgeBaseLoader.load())
        let (postings, _) = try Corpus.load()
        var findings = 0
        for _ in 0..<5 {
            for posting in postings { findings &+= analyzer.analyze(posting).findings.count }
        }
        print("\(findings) findings")
    }
}

/// The plain pass analysis is compared with: ASCII-lowercase every byte and count words.
enum Baseline {
    static func lowercaseAndSplit(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var buffer = [UInt8](repeating: 0, count: 64)
            var length = 0
            var words = 0
            for byte in bytes {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                let isWord = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower >= 0x80
                if isWord {
                    if length < 64 { buffer[length] = lower }
                    length += 1
                } else if length > 0 {
                    words += 1
                    length = 0
                }
            }
            if length > 0 { words += 1 }
            blackHole(buffer[0])
            return words
        }
    }
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// The real corpus (../shared/corpus), or a generated one when it is absent.
enum Corpus {
    static var directory: URL {
        if let explicit = ProcessInfo.processInfo.environment["SEXTANT_CORPUS"] {
            return URL(fileURLWithPath: explicit)
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("../shared/corpus")
    }

    /// The postings and where they came from.
    static func load() throws -> ([PostingInput], String) {
        let files = ["postings.jsonl", "usajobs.jsonl"].map { directory.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        guard !files.isEmpty else { return (generated(count: 5_000), "generated: ../shared/corpus not found") }
        var postings: [PostingInput] = []
        for file in files {
            let data = try Data(contentsOf: file)
            for line in data.split(separator: 0x0A) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    let description = object["description"] as? String
                else { continue }
                postings.append(
                    PostingInput(
                        id: object["id"] as? String, title: object["title"] as? String, text: description, format: .auto
                    ))
            }
        }
        return (postings, "real corpus, " + files.map(\.lastPathComponent).joined(separator: " + "))
    }

    /// Postings written from a small vocabulary, for machines without the corpus.
    static func generated(count: Int) -> [PostingInput] {
        let sentences = [
            "You monitor alerts in our SOC and respond to incidents.", "3+ years of experience in security operations.",
            "CISSP or CISM preferred.", "You maintain the ISMS according to ISO 27001 and run internal audits.",
            "Configure firewall rules and harden Linux servers.", "Bachelor's degree in computer science required.",
            "We offer a training budget and flexible hours.", "You build dashboards in Power BI for marketing.",
        ]
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { index in
            let text = (0..<30).map { _ in sentences.randomElement(using: &generator)! }.joined(separator: " ")
            return PostingInput(id: "generated-\(index)", title: "Security Analyst", text: text, format: .plain)
        }
    }

    /// Text of exactly `size` bytes (cut at a character boundary) made by repeating `sample`.
    static func text(of size: Int, from sample: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        let source = Array(sample.utf8)
        while bytes.count < size { bytes.append(contentsOf: source.prefix(size - bytes.count)) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
