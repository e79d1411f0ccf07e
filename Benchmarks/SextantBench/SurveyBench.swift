import Foundation
import SextantData

#if canImport(Glibc)
    import Glibc
#endif

extension Bench {
    /// Survey throughput with 1 and 2 jobs on at least 100,000 postings (the real corpus repeated),
    /// and peak memory at 10k and 100k postings, each run a fresh `sextant survey` process.
    ///
    /// Needs the release CLI next to this executable: `swift build -c release` first.
    static func survey() throws {
        let sextant = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("sextant")
        guard FileManager.default.isExecutableFile(atPath: sextant.path) else {
            FileHandle.standardError.write(
                Data("The survey suite runs the release CLI: build it with `swift build -c release` first.\n".utf8))
            exit(1)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-bench-survey-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let (lines, origin) = try Corpus.jsonLines()
        let big = scratch.appendingPathComponent("100k.jsonl")
        let small = scratch.appendingPathComponent("10k.jsonl")
        let bigCount = try Corpus.write(lines, atLeast: 100_000, to: big)
        let smallCount = try Corpus.write(lines, atLeast: 10_000, to: small)
        let bigBytes = (try FileManager.default.attributesOfItem(atPath: big.path)[.size] as? NSNumber)?.intValue ?? 0
        print(
            "Survey (\(origin)): \(bigCount) postings, \(bigBytes / 1_000_000) MB of JSONL; "
                + "each run is a fresh `sextant survey --format json,csv` process")

        // Baseline in the same session: reading the file line by line, nothing else.
        let read = Timing.median(runs: 3) {
            let reader = try! LineReader(path: big.path)
            var count = 0
            while reader.next() != nil { count += 1 }
            blackHole(count)
        }

        func run(_ file: URL, jobs: Int, name: String) throws -> (seconds: Double, peakMB: Double, summary: Data) {
            let out = scratch.appendingPathComponent(name)
            let result = try Child.run(
                sextant.path,
                ["survey", file.path, "--out", out.path, "--jobs", String(jobs), "--quiet", "--format", "json,csv"])
            guard result.status == 0 else { throw BenchError("sextant survey failed with status \(result.status)") }
            return (result.seconds, result.peakMB, try Data(contentsOf: out.appendingPathComponent("summary.json")))
        }

        var one: [(seconds: Double, peakMB: Double, summary: Data)] = []
        var two: [(seconds: Double, peakMB: Double, summary: Data)] = []
        for round in 0..<3 {
            one.append(try run(big, jobs: 1, name: "one-\(round)"))
            two.append(try run(big, jobs: 2, name: "two-\(round)"))
        }
        let smallRun = try run(small, jobs: 2, name: "small")
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let oneTime = median(one.map(\.seconds))
        let twoTime = median(two.map(\.seconds))
        let identical = Set(one.map(\.summary) + two.map(\.summary)).count == 1

        func row(_ label: String, _ seconds: Double, _ postings: Int, _ peak: Double) {
            print(
                "  " + label.padding(toLength: 36, withPad: " ", startingAt: 0)
                    + String(
                        format: "%7.2f s  %8.0f postings/s  peak RSS %6.1f MB", seconds, Double(postings) / seconds,
                        peak))
        }
        print(
            String(
                format: "  %@%7.2f s  (baseline)",
                "read the 100k file line by line".padding(toLength: 36, withPad: " ", startingAt: 0), read / 1000))
        row("100k postings, 1 job (median of 3)", oneTime, bigCount, median(one.map(\.peakMB)))
        row("100k postings, 2 jobs (median of 3)", twoTime, bigCount, median(two.map(\.peakMB)))
        row("10k postings, 2 jobs", smallRun.seconds, smallCount, smallRun.peakMB)
        print(
            String(
                format: "  speed-up 2 jobs over 1: %.2fx; 2 jobs take %.0fx the read-only pass; "
                    + "peak memory 100k / 10k: %.2fx; summary.json identical across all 6 runs: %@",
                oneTime / twoTime, twoTime / (read / 1000), median(two.map(\.peakMB)) / smallRun.peakMB,
                identical ? "yes" : "NO"))
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A child process with its wall time and its own peak resident memory.
///
/// The peak is VmHWM from /proc, read every 10 ms until the process ends: wait4's ru_maxrss
/// cannot be used, because Linux carries the parent's high-water mark into a child started by
/// posix_spawn (the exec records the shared address space's peak).
enum Child {
    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, seconds: Double, peakMB: Double) {
        var pid: pid_t = 0
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let start = ContinuousClock.now
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(path): error \(spawned)") }
        var status: Int32 = 0
        var peakKB = 0
        while true {
            if let kilobytes = highWaterMark(pid) { peakKB = max(peakKB, kilobytes) }
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done == -1, errno != EINTR { throw BenchError("lost the child process") }
            usleep(10_000)
        }
        let elapsed = start.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return ((status >> 8) & 0xFF, seconds, Double(peakKB) / 1024)
    }

    /// VmHWM (peak resident set) of a running process in kilobytes.
    static func highWaterMark(_ pid: pid_t) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" })[1])
        }
        return nil
    }
}

extension Corpus {
    /// The corpus as JSONL lines, or generated lines when it is absent.
    static func jsonLines() throws -> ([Data], String) {
        let files = ["postings.jsonl", "usajobs.jsonl"].map { directory.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        guard !files.isEmpty else {
            let lines = try generated(count: 5_000).map { posting in
                try JSONSerialization.data(
                    withJSONObject: ["id": posting.id ?? "", "title": posting.title ?? "", "description": posting.text])
            }
            return (lines, "generated corpus: ../shared/corpus not found")
        }
        var lines: [Data] = []
        for file in files {
            lines.append(contentsOf: try Data(contentsOf: file).split(separator: 0x0A).map { Data($0) })
        }
        return (lines, "real corpus repeated, " + files.map(\.lastPathComponent).joined(separator: " + "))
    }

    /// Writes the lines, repeated from the start as often as needed, until `count` are written.
    static func write(_ lines: [Data], atLeast count: Int, to url: URL) throws -> Int {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var written = 0
        while written < count {
            var chunk = Data()
            for line in lines.prefix(count - written) {
                chunk.append(line)
                chunk.append(0x0A)
            }
            written += min(lines.count, count - written)
            handle.write(chunk)
        }
        return written
    }
}
