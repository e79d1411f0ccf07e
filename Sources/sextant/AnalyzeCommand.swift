import ArgumentParser
import Foundation
import SextantCore
import SextantData

/// How `analyze` prints.
enum AnalysisOutput: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}

/// `sextant analyze [FILE ...]`: what a posting really asks for.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Read job postings: discipline, orientation, level, certifications, years, red flags.",
        discussion: """
            Reads plain text, HTML or Markdown from files, or standard input when no file (or -) is given. \
            With --jsonl, reads one posting per line ({"id", "title", "description"}) and writes one JSON \
            result per line, in input order, each carrying the input's id.

            Examples:
              sextant analyze posting.txt
              pbpaste | sextant analyze --title "Junior SOC Analyst"
              sextant analyze --jsonl corpus.jsonl > results.jsonl
            """)

    @Argument(help: "Posting files (.txt, .html, .md); - or nothing reads standard input.")
    var files: [String] = []

    @Option(help: "The posting's title, when it is not the first line of the text.")
    var title: String?

    @Option(
        name: .customLong("input-format"), help: "How to read the text; auto decides by file extension and content.")
    var inputFormat: PostingFormat = .auto

    @Flag(help: "Read JSON Lines ({\"id\", \"title\", \"description\"}) and write one JSON result per line.")
    var jsonl = false

    @Flag(help: "Print the JSON contract instead of the report.")
    var json = false

    @Option(help: "How to print the report.")
    var format: AnalysisOutput = .text

    @OptionGroup var data: KnowledgeBaseOptions

    func validate() throws {
        if jsonl, files.count > 1 {
            throw ValidationError("--jsonl reads one file (or standard input); got \(files.count).")
        }
        if jsonl, title != nil {
            throw ValidationError("--title applies to single postings; JSONL records carry their own title.")
        }
    }

    func run() throws {
        let analyzer = PostingAnalyzer(knowledgeBase: try data.load())
        if jsonl {
            try runJSONL(analyzer)
            return
        }
        let paths = files.isEmpty ? ["-"] : files
        let output = json ? .json : format
        var failures = 0
        for path in paths {
            let input: PostingInput
            do {
                input = try PostingReader.posting(
                    path: path, title: paths.count == 1 ? title : title, format: inputFormat)
            } catch {
                FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
                failures += 1
                continue
            }
            for warning in input.warnings { FileHandle.standardError.write(Data("Warning: \(warning)\n".utf8)) }
            let analysis = analyzer.analyze(input)
            switch output {
            case .json: print(try AnalysisJSON.string(analysis, pretty: Terminal.current.isTTY))
            case .markdown: print(AnalysisMarkdown.render(analysis))
            case .text: print(AnalysisReport(analysis: analysis, terminal: .current).text)
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    func runJSONL(_ analyzer: PostingAnalyzer) throws {
        let path = files.first ?? "-"
        let reader = path == "-" ? LineReader(handle: .standardInput) : try CLIError.wrap { try LineReader(path: path) }
        let source = path == "-" ? "standard input" : path
        var skipped = 0
        var output = StandardOutputBuffer()
        defer { output.flush() }
        while let (line, truncated) = reader.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if truncated {
                skipped += 1
                FileHandle.standardError.write(
                    Data(
                        "Warning: \(source) line \(reader.lineNumber): longer than \(reader.maximumLineBytes >> 20) MB; skipped.\n"
                            .utf8))
                continue
            }
            switch SurveyRecords.jsonLine(line, source: source, line: reader.lineNumber) {
            case .failure(let problem):
                skipped += 1
                FileHandle.standardError.write(
                    Data("Warning: \(problem.source) line \(problem.line): \(problem.message).\n".utf8))
            case .success(let record):
                let input = record.input
                for warning in input.warnings { FileHandle.standardError.write(Data("Warning: \(warning)\n".utf8)) }
                output.line { AnalysisJSONWriter.append(analyzer.analyze(input), to: &$0) }
            }
        }
        if skipped > 0 {
            FileHandle.standardError.write(
                Data("\(skipped) line\(skipped == 1 ? "" : "s") skipped (see the warnings above).\n".utf8))
        }
        if let error = reader.readError {
            output.flush()  // the lines before it were analysed
            throw CLIError.readFailure(source, reader, error)
        }
    }
}

extension PostingFormat: ExpressibleByArgument {}

/// Lines for standard output, written in blocks of about 64 KB rather than one `print` each.
struct StandardOutputBuffer {
    private var bytes: [UInt8] = []
    private static let blockSize = 1 << 16

    init() { bytes.reserveCapacity(Self.blockSize * 2) }

    /// Appends one line written by `write`, and a newline.
    mutating func line(_ write: (inout [UInt8]) -> Void) {
        write(&bytes)
        bytes.append(0x0A)
        if bytes.count >= Self.blockSize { flush() }
    }

    mutating func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBufferPointer { buffer in
            var written = 0
            while written < buffer.count {
                let result = write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written)
                if result > 0 {
                    written += result
                } else if result < 0, errno == EINTR {
                    continue
                } else {
                    break  // a closed pipe: nothing more can be written
                }
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// JSON for analyses: camelCase keys, sorted for stable output.
enum AnalysisJSON {
    static func string(_ analysis: PostingAnalysis, pretty: Bool) throws -> String {
        // Compact output (one per JSONL line) from the fast writer; the same bytes as JSONEncoder's.
        if !pretty { return AnalysisJSONWriter.string(analysis) }
        return try SextantJSON.string(analysis, pretty: pretty)
    }
}

/// `sextant lint FILE`: only the findings; exit 1 when one is an error.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a posting before publishing it: print its findings, exit 1 when any is an error.",
        discussion: "For hiring workflows: `sextant lint draft.md && publish draft.md`.")

    @Argument(help: "The posting file; - reads standard input.")
    var file: String = "-"

    @Option(help: "The posting's title, when it is not the first line of the text.")
    var title: String?

    @Flag(help: "Print the findings as JSON.")
    var json = false

    @OptionGroup var data: KnowledgeBaseOptions

    func run() throws {
        let analyzer = PostingAnalyzer(knowledgeBase: try data.load())
        let input = try PostingReader.posting(path: file, title: title, format: .auto)
        let analysis = analyzer.analyze(input)
        if json {
            print(try SextantJSON.string(analysis.findings, pretty: true))
        } else {
            let terminal = Terminal.current
            if analysis.findings.isEmpty {
                print(
                    terminal.green(
                        "No findings: \(analysis.title.isEmpty ? "the posting" : analysis.title) looks consistent."))
            }
            for finding in analysis.findings { print(AnalysisReport.render(finding, terminal: terminal)) }
        }
        if analysis.findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
