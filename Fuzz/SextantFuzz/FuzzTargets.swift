import Foundation
import SextantCore
import SextantData

/// The code under fuzzing: each target takes arbitrary bytes and must return without crashing,
/// hanging or leaking, whatever the bytes are.
enum FuzzTargets {
    static let names = ["text", "analysis", "profile", "readers", "kb", "multipart", "import"]

    static let knowledgeBase: KnowledgeBase = {
        do {
            return try KnowledgeBaseLoader.load()
        } catch {
            fatalError("the bundled knowledge base does not load: \(error)")
        }
    }()
    static let analyzer = PostingAnalyzer(knowledgeBase: knowledgeBase)
    static let today = Day(year: 2026, month: 11, day: 26)!

    static func run(_ target: String, _ bytes: [UInt8]) {
        switch target {
        case "text": text(bytes)
        case "analysis": analysis(bytes)
        case "profile": profile(bytes)
        case "readers": readers(bytes)
        case "kb": knowledgeBaseFile(bytes)
        case "multipart": multipart(bytes)
        case "import": profileImport(bytes)
        default: fatalError("unknown fuzz target '\(target)'; targets: \(names.joined(separator: ", "))")
        }
    }

    /// The first byte picks the format; the rest is the posting.
    static func split(_ bytes: [UInt8]) -> (selector: UInt8, rest: [UInt8]) {
        (bytes.first ?? 0, Array(bytes.dropFirst()))
    }

    /// HTML and Markdown to text, and format detection.
    static func text(_ bytes: [UInt8]) {
        let (selector, rest) = split(bytes)
        let text = String(decoding: rest, as: UTF8.self)
        let formats: [PostingFormat] = [.html, .markdown, .plain, .auto]
        let plain = PostingText.plainText(text, format: formats[Int(selector) % formats.count])
        precondition(!plain.utf8.contains(0x0D), "a carriage return survived line-break normalisation")
    }

    /// The whole analysis, from bytes as a person might paste them.
    static func analysis(_ bytes: [UInt8]) {
        let (selector, rest) = split(bytes)
        guard let decoded = try? PostingBytes.decode(rest) else { return }
        let formats: [PostingFormat] = [.auto, .html, .markdown, .plain]
        let title: String? = selector & 0x80 != 0 ? "Security Analyst" : nil
        let analysis = analyzer.analyze(
            PostingInput(title: title, text: decoded.text, format: formats[Int(selector) % formats.count]))
        for mention in analysis.certifications {
            precondition(knowledgeBase.certification(mention.id) != nil, "an unknown certification id")
        }
        if let minimum = analysis.experience.minYears, let maximum = analysis.experience.maxYears {
            precondition(minimum <= maximum, "minimum years above the maximum")
        }
        _ = AnalysisMarkdown.render(analysis)
    }

    /// A profile file: parse, validate and, when valid, evaluate and plan.
    static func profile(_ bytes: [UInt8]) {
        let profile: Profile
        do {
            profile = try ProfileLoader.decode(Data(bytes), name: "fuzz.yaml")
        } catch {
            _ = error.description
            return
        }
        let issues = profile.validate(against: knowledgeBase, asOf: today)
        guard !issues.contains(where: { $0.severity == .error }) else { return }
        let report = EligibilityEvaluator(knowledgeBase: knowledgeBase).evaluate(profile, asOf: today)
        precondition(report.certifications.allSatisfy { ($0.eligibleOn ?? today) >= today })
        _ = RoadmapPlanner(knowledgeBase: knowledgeBase).plan(
            profile, goal: .certifications(["cissp"]), hoursPerWeek: 8, budget: nil, start: today)
    }

    /// The survey readers: JSONL or CSV (first byte), every record decoded.
    static func readers(_ bytes: [UInt8]) {
        let (selector, rest) = split(bytes)
        let url = scratch.appendingPathComponent(selector & 1 == 0 ? "input.jsonl" : "input.csv")
        FileManager.default.createFile(atPath: url.path, contents: Data(rest))
        defer { try? FileManager.default.removeItem(at: url) }
        var columns = SurveyCSVColumns()
        if selector & 2 != 0 { columns.description = "text" }
        guard let reader = try? SurveyInputReader(paths: [url.path], columns: columns, batchSize: 7) else { return }
        var previousLine = 0
        while let batch = reader.nextBatch() {
            for raw in batch {
                switch SurveyRecords.decode(raw) {
                case .success(let record):
                    precondition(record.line > previousLine, "records out of order")
                    previousLine = record.line
                case .failure(let problem):
                    precondition(problem.line >= 1, "a problem without a line")
                }
            }
        }
    }

    /// A multipart/form-data body as a browser or an attacker sends it, fed in pieces whose size
    /// the first byte picks; parsed the same however it is cut.
    static func multipart(_ bytes: [UInt8]) {
        let (selector, rest) = split(bytes)
        func parse(_ size: Int) -> (fields: [String: String], files: [String: [UInt8]])? {
            var files: [String: [UInt8]] = [:]
            var parser = MultipartParser(boundary: "XyZ", fieldLimit: 4096) { field, _, chunk in
                files[field, default: []].append(contentsOf: chunk)
            }
            do {
                for start in stride(from: 0, to: rest.count, by: size) {
                    try parser.feed(rest[start..<min(start + size, rest.count)])
                }
                try parser.finish()
            } catch {
                return nil
            }
            return (parser.fields, files)
        }
        let whole = parse(max(rest.count, 1))
        let pieces = parse(Int(selector % 17) + 1)
        precondition(
            whole?.fields == pieces?.fields && whole?.files == pieces?.files, "the parse depends on how the body is cut"
        )
    }

    /// A file uploaded to "Start from a file": JSON Resume, LinkedIn CSV or ZIP, DOCX, or CV text
    /// (the first byte picks the name the importer sees). Every job it reads must be a profile
    /// job: a start, an end not before it, a share between 0 and 1.
    static func profileImport(_ bytes: [UInt8]) {
        let (selector, rest) = split(bytes)
        let names = ["resume.json", "Positions.csv", "export.zip", "cv.docx", "cv.txt", "cv.md", "cv.html"]
        let name = names[Int(selector) % names.count]
        guard let imported = try? importer.read(data: Data(rest), name: name) else { return }
        for job in imported.profile.experience {
            precondition(job.end.map { $0 >= job.start } ?? true, "an imported job ends before it starts")
            precondition((0...1).contains(job.securityShare), "an imported share outside 0–1")
        }
        _ = ProfileYAML.render(imported.profile, estimates: imported.estimates, unread: imported.unread)
    }

    static let importer = ProfileImporter(knowledgeBase: knowledgeBase)

    /// One knowledge-base file replaced by the input (first byte picks which), the others from a
    /// small valid knowledge base (Fuzz/kb-base: five certifications, so a load takes milliseconds).
    static func knowledgeBaseFile(_ bytes: [UInt8]) {
        let (selector, rest) = split(bytes)
        let files = KnowledgeBaseFile.allCases
        let file = files[Int(selector) % files.count]
        let target = dataDirectory.appendingPathComponent(file.rawValue)
        let original = kbBase.appendingPathComponent(file.rawValue)
        FileManager.default.createFile(atPath: target.path, contents: Data(rest))
        defer {
            try? FileManager.default.removeItem(at: target)
            try? FileManager.default.copyItem(at: original, to: target)
        }
        do {
            let base = try KnowledgeBaseLoader.load(from: dataDirectory)
            _ = PostingAnalyzer(knowledgeBase: base).analyze(PostingInput(text: "CISSP required, 5 years."))
            _ = EligibilityEvaluator(knowledgeBase: base).evaluate(Profile(), asOf: today)
        } catch {
            precondition(!error.issues.isEmpty, "a failed load without an issue")
            _ = error.description
        }
    }

    /// The small knowledge base the kb target starts from ($SEXTANT_FUZZ_KB_BASE or Fuzz/kb-base).
    static let kbBase = URL(
        fileURLWithPath: ProcessInfo.processInfo.environment["SEXTANT_FUZZ_KB_BASE"] ?? "Fuzz/kb-base",
        isDirectory: true)

    /// A private scratch folder for this process.
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// A copy of the bundled knowledge base that the kb target edits one file at a time.
    static let dataDirectory: URL = {
        setenv("SEXTANT_CACHE", "off", 1)
        let url = scratch.appendingPathComponent("kb")
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.copyItem(at: kbBase, to: url)
        return url
    }()
}
