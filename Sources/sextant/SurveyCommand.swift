import ArgumentParser
import Foundation
import SextantCore
import SextantData
import SextantStore
import SextantWeb

/// `sextant survey`: the picture of many postings at once.
struct SurveyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Survey many postings: disciplines, certifications, experience, red flags, titles.",
        discussion: """
            Inputs: JSONL files ({"id", "title", "description", "company", "location", "posted"} per line), \
            CSV files with a header (--description-column and friends when the names differ), folders of \
            .txt/.html/.md postings, single posting files, or - for standard input (--input-format).

            Writes to --out: report.html (self-contained, open it in a browser), summary.json (the numbers) \
            and postings.csv (one row per posting). Records that cannot be read are counted, listed with \
            their line in the report, and skipped; the run goes on. The output is the same for any --jobs.

            Examples:
              sextant survey postings.jsonl usajobs.jsonl --out report/
              sextant survey jobs.csv --description-column body --group-by country
              cat postings.jsonl | sextant survey - --format json --out /tmp/survey
            """)

    @Argument(help: "JSONL or CSV files, folders of postings, or - for standard input.")
    var inputs: [String] = []

    @Option(help: "The folder to write the report to (created when missing).")
    var out = "sextant-survey"

    @Option(help: "What to write, comma-separated: html, json, csv.")
    var format = "html,json,csv"

    @Option(
        name: .customLong("jobs"),
        help: ArgumentHelp(
            "Postings analysed in parallel, 1 to 256 (default: this machine's cores).", valueName: "jobs"))
    var requestedJobs: Int?

    /// --jobs, else the number of cores.
    var jobs: Int { requestedJobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(
        name: .customLong("group-by"),
        help: "Break the report down by: \(SurveyGroupField.allCases.map(\.rawValue).joined(separator: ", ")).")
    var groupBy: SurveyGroupField?

    @Option(name: .customLong("input-format"), help: "How to read standard input.")
    var inputFormat: SurveyInputFormat = .jsonl

    @Option(name: .customLong("id-column"), help: "CSV column with the posting id.")
    var idColumn = "id"
    @Option(name: .customLong("title-column"), help: "CSV column with the title.")
    var titleColumn = "title"
    @Option(name: .customLong("description-column"), help: "CSV column with the posting text.")
    var descriptionColumn = "description"
    @Option(name: .customLong("company-column"), help: "CSV column with the company.")
    var companyColumn = "company"
    @Option(name: .customLong("location-column"), help: "CSV column with the location.")
    var locationColumn = "location"
    @Option(name: .customLong("posted-column"), help: "CSV column with the posting date.")
    var postedColumn = "posted"

    @Flag(help: "Also keep the survey in the saved work of the web app (see --database).")
    var save = false

    @Option(help: "SQLite file for saved work (with --save).")
    var database: String?

    @Flag(name: .shortAndLong, help: "No progress bar and no summary on the terminal.")
    var quiet = false

    @OptionGroup var data: KnowledgeBaseOptions

    enum Output: String, CaseIterable { case html, json, csv }

    var outputs: Set<Output> {
        Set(
            format.split(separator: ",").compactMap {
                Output(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased())
            })
    }

    func validate() throws {
        let names = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let unknown = names.first(where: { Output(rawValue: $0) == nil }) {
            throw ValidationError(
                "--format \(unknown) is not a report format; use html, json and/or csv (comma-separated).")
        }
        if names.isEmpty { throw ValidationError("--format needs at least one of html, json, csv.") }
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs \(jobs) must be from 1 to 256.") }
        if inputs.isEmpty, isatty(STDIN_FILENO) == 1 {
            throw ValidationError(
                "Give the postings to survey: JSONL or CSV files, folders, or - to read standard input.")
        }
    }

    func run() async throws {
        let base = try data.load()
        let analyzer = PostingAnalyzer(knowledgeBase: base)
        var columns = SurveyCSVColumns()
        columns.id = idColumn
        columns.title = titleColumn
        columns.description = descriptionColumn
        columns.company = companyColumn
        columns.location = locationColumn
        columns.posted = postedColumn
        let paths = inputs.isEmpty ? ["-"] : inputs
        let reader = try CLIError.wrap {
            try SurveyInputReader(paths: paths, standardInput: inputFormat, columns: columns)
        }
        let outputs = self.outputs
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError(
                "Cannot create the folder '\(out)': \(error.localizedDescription). Choose another with --out.")
        }

        // postings.csv streams into a partial file, renamed when the survey is complete.
        let csvURL = folder.appendingPathComponent("postings.csv")
        let partialURL = folder.appendingPathComponent(".postings.csv.partial")
        var csv: FileHandle?
        if outputs.contains(.csv) {
            guard FileManager.default.createFile(atPath: partialURL.path, contents: Data(SurveyCSV.headerLine.utf8)),
                let handle = FileHandle(forWritingAtPath: partialURL.path)
            else {
                throw CLIError("Cannot write in '\(out)'. Check its permissions or choose another folder with --out.")
            }
            handle.seekToEndOfFile()
            csv = handle
        }
        defer { try? FileManager.default.removeItem(at: partialURL) }

        let progress = Progress(total: reader.totalBytes, enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let started = ContinuousClock.now
        var records = 0
        let tally = try await SurveyPipeline.run(
            reader, analyzer: analyzer, jobs: jobs, groupBy: groupBy, writesRows: csv != nil
        ) { batch, bytes in
            if let csv { csv.write(Data(batch.rows.utf8)) }
            records += batch.tally.records
            progress.update(records: records, bytes: bytes)
        }
        progress.finish()
        let elapsed = started.duration(to: .now)
        try csv?.close()

        guard tally.records > 0 else {
            throw CLIError(
                "No postings found in \(reader.names.joined(separator: ", ")). Check the files and their format.")
        }
        let summary = tally.summary(knowledgeBase: base, inputs: reader.names, sextantVersion: SextantVersion.current)
        var written: [String] = []
        do {
            if outputs.contains(.json) {
                try Self.summaryJSON(summary).write(to: folder.appendingPathComponent("summary.json"), options: .atomic)
                written.append("summary.json")
            }
            if outputs.contains(.html) {
                try Data(SurveyReport.document(summary).utf8).write(
                    to: folder.appendingPathComponent("report.html"), options: .atomic)
                written.append("report.html")
            }
            if csv != nil {
                if FileManager.default.fileExists(atPath: csvURL.path) {
                    try FileManager.default.removeItem(at: csvURL)
                }
                try FileManager.default.moveItem(at: partialURL, to: csvURL)
                written.append("postings.csv")
            }
        } catch {
            throw CLIError("Cannot write the report to '\(out)': \(error.localizedDescription).")
        }
        if save {
            let store = try DatabaseLocation.open(database)
            let name = "Survey of \(reader.names.joined(separator: ", "))"
            _ = try await store.saveSurveyRun(name: name, summary: summary)
        }
        if !quiet { print(terminalSummary(summary, elapsed: elapsed, written: written, folder: out)) }
    }

    static func summaryJSON(_ summary: SurveySummary) throws -> Data {
        var data = try SextantJSON.data(summary, pretty: true)
        data.append(0x0A)
        return data
    }

    func terminalSummary(_ summary: SurveySummary, elapsed: Duration, written: [String], folder: String) -> String {
        let terminal = Terminal.current
        let method = summary.method
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Int(Double(method.records) / seconds) : 0
        var lines = [
            terminal.bold("Surveyed \(method.records) postings")
                + " in \(String(format: "%.1f", seconds)) s (\(rate)/s, \(jobs) job\(jobs == 1 ? "" : "s")): "
                + "\(method.analysed) analysed, \(method.broken) could not be read."
        ]
        let security = summary.securityRelevant
        lines.append("  Security work: \(security.count) (\(percent(security.share)))")
        if !summary.disciplines.isEmpty {
            lines.append(
                "  Disciplines: " + summary.disciplines.map { "\($0.key) \(percent($0.share))" }.joined(separator: ", ")
            )
        }
        let top = summary.certifications.top.prefix(5).map { "\($0.name) \(percent($0.share))" }
        if !top.isEmpty { lines.append("  Top certifications: " + top.joined(separator: ", ")) }
        let entry = summary.experience.entryLevelAskingThreePlus
        lines.append("  Entry-level postings asking 3+ years: \(entry.count) of \(entry.of) (\(percent(entry.share)))")
        for problem in method.brokenRecords.prefix(5) {
            lines.append(terminal.yellow("  Skipped \(problem.source) line \(problem.line): \(problem.message)"))
        }
        if method.broken > 5 {
            lines.append(terminal.yellow("  ... and \(method.broken - 5) more (listed in the report)"))
        }
        lines.append("Wrote " + written.map { (folder as NSString).appendingPathComponent($0) }.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

extension SurveyGroupField: ExpressibleByArgument {}
extension SurveyInputFormat: ExpressibleByArgument {}

/// A progress bar on standard error: done share, postings, rate and time left.
final class Progress {
    let total: Int?
    let enabled: Bool
    let started = ContinuousClock.now
    var lastDrawn = ContinuousClock.now - .seconds(1)

    init(total: Int?, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func update(records: Int, bytes: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard lastDrawn.duration(to: now) >= .milliseconds(100) else { return }
        lastDrawn = now
        let elapsed = seconds(started.duration(to: now))
        let rate = elapsed > 0 ? Double(records) / elapsed : 0
        var line = "\(records) postings, \(Int(rate))/s"
        if let total, total > 0 {
            let done = min(1, Double(bytes) / Double(total))
            let width = 30
            let filled = Int(done * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let left = done > 0.01 ? elapsed / done - elapsed : 0
            line = "\(bar) \(Int(done * 100))%  " + line + (done > 0.01 ? "  ETA \(clock(left))" : "")
        }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return total >= 3600
            ? String(format: "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
            : String(format: "%d:%02d", total / 60, total % 60)
    }
}
