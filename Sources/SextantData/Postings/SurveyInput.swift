import Foundation
import SextantCore

/// How to read standard input (files say it by their name).
public enum SurveyInputFormat: String, CaseIterable, Sendable {
    /// One JSON object per line: `{"id", "title", "description", "company", "location", "posted"}`.
    case jsonl
    /// A header line naming the columns, then one posting per record.
    case csv
    /// One posting (plain text, HTML or Markdown).
    case text

    /// The format a file name implies: `.jsonl`/`.ndjson`/`.json`, `.csv`, anything else text.
    public static func of(path: String) -> SurveyInputFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "jsonl", "ndjson", "json": .jsonl
        case "csv": .csv
        default: .text
        }
    }
}

/// The CSV columns that hold each field (`--description-column text` when they differ).
public struct SurveyCSVColumns: Sendable, Hashable {
    public var id = "id"
    public var title = "title"
    public var description = "description"
    public var company = "company"
    public var location = "location"
    public var posted = "posted"

    public init() {}
}

/// A record as read, before the workers decode and analyse it.
public enum SurveyRawRecord: Sendable {
    case jsonLine([UInt8], source: String, line: Int)
    case record(SurveyRecord)
    /// A file holding one posting, read by the worker.
    case file(path: String)
    case problem(SurveyProblem)
}

/// Reads survey inputs (JSONL, CSV, folders of posting files, single files, standard input) as
/// batches of raw records, streaming.
public final class SurveyInputReader {
    /// Folder files with these extensions are postings.
    public static let postingExtensions: Set<String> = ["txt", "text", "html", "htm", "md", "markdown"]
    /// Files bigger than this are reported broken, not read.
    public static let maximumFileBytes = 64 << 20

    enum Cursor {
        case lines(LineReader, source: String)
        case csv(CSVReader, source: String, columns: [String: Int], width: Int)
        case files([String], next: Int)
        case standardInputText
    }

    /// The inputs as given (for the report's method section).
    public let names: [String]
    /// Total bytes of the inputs, nil when one is standard input.
    public let totalBytes: Int?
    public let batchSize: Int
    private var cursors: [Cursor]
    private var current = 0
    private var finishedBytes = 0
    /// Whether the current file's read error has been reported (once per file).
    private var reportedReadError = false

    /// Opens every input up front, so a missing file or CSV column fails before any work.
    ///
    /// - Parameters:
    ///   - paths: files and folders; `-` is standard input.
    ///   - displayNames: how to name each input in reports (an upload's own file name rather than
    ///     its temporary path); the paths when nil.
    ///   - standardInput: how to read `-`.
    ///   - columns: CSV column names.
    ///   - batchSize: records per batch (the unit of parallel work).
    public init(
        paths: [String], displayNames: [String]? = nil, standardInput: SurveyInputFormat = .jsonl,
        columns: SurveyCSVColumns = SurveyCSVColumns(), batchSize: Int = 256
    ) throws(PostingSourceError) {
        let names = paths.indices.map { index in
            displayNames.flatMap { index < $0.count ? $0[index] : nil }
                ?? (paths[index] == "-" ? "standard input" : paths[index])
        }
        self.names = names
        self.batchSize = max(1, batchSize)
        var cursors: [Cursor] = []
        var total: Int? = 0
        for (path, name) in zip(paths, names) {
            if path == "-" {
                total = nil
                switch standardInput {
                case .jsonl: cursors.append(.lines(LineReader(handle: .standardInput), source: "standard input"))
                case .csv:
                    cursors.append(try Self.csvCursor(CSVReader(handle: .standardInput), "standard input", columns))
                case .text: cursors.append(.standardInputText)
                }
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path: path)
            }
            if isDirectory.boolValue {
                let files = Self.postingFiles(in: path)
                guard !files.isEmpty else { throw .emptyFolder(path: path) }
                total = total.map { $0 + files.reduce(0) { $0 + Self.size(of: $1) } }
                cursors.append(.files(files, next: 0))
                continue
            }
            total = total.map { $0 + Self.size(of: path) }
            switch SurveyInputFormat.of(path: path) {
            case .jsonl: cursors.append(.lines(try LineReader(path: path), source: name))
            case .csv: cursors.append(try Self.csvCursor(try CSVReader(path: path), name, columns))
            case .text: cursors.append(.files([path], next: 0))
            }
        }
        self.cursors = cursors
        self.totalBytes = total
    }

    /// Bytes of input consumed so far.
    public var bytesRead: Int {
        guard current < cursors.count else { return finishedBytes }
        switch cursors[current] {
        case .lines(let reader, _): return finishedBytes + reader.bytesRead
        case .csv(let reader, _, _, _): return finishedBytes + reader.bytesRead
        case .files, .standardInputText: return finishedBytes
        }
    }

    /// The next batch of records, nil when every input is read.
    public func nextBatch() -> [SurveyRawRecord]? {
        var batch: [SurveyRawRecord] = []
        batch.reserveCapacity(batchSize)
        while batch.count < batchSize, current < cursors.count {
            if let record = nextRecord() {
                batch.append(record)
            } else {
                finishedBytes = bytesRead
                current += 1
                reportedReadError = false
            }
        }
        return batch.isEmpty ? nil : batch
    }

    private func nextRecord() -> SurveyRawRecord? {
        switch cursors[current] {
        case .lines(let reader, let source):
            while let (line, truncated) = reader.next() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                if truncated {
                    return .problem(
                        SurveyProblem(
                            source: source, line: reader.lineNumber,
                            message: "longer than \(reader.maximumLineBytes >> 20) MB; skipped"))
                }
                return .jsonLine(Array(line), source: source, line: reader.lineNumber)
            }
            if let error = reader.readError, !reportedReadError {
                reportedReadError = true
                return .problem(
                    SurveyProblem(
                        source: source, line: reader.lineNumber + 1,
                        message: "reading stopped here (\(error)); the rest of the file is not in the survey"))
            }
            return nil
        case .csv(let reader, let source, let columns, let width):
            guard let record = reader.next() else { return nil }
            switch record {
            case .broken(let line, let message):
                return .problem(SurveyProblem(source: source, line: line, message: "broken CSV: \(message)"))
            case .fields(let fields, let line):
                guard fields.count == width else {
                    return .problem(
                        SurveyProblem(
                            source: source, line: line,
                            message:
                                "\(fields.count) field\(fields.count == 1 ? "" : "s") where the header has \(width)"))
                }
                return Self.csvRecord(fields, columns: columns, source: source, line: line)
            }
        case .files(let paths, let next):
            guard next < paths.count else { return nil }
            cursors[current] = .files(paths, next: next + 1)
            finishedBytes += Self.size(of: paths[next])
            return .file(path: paths[next])
        case .standardInputText:
            cursors[current] = .files([], next: 0)
            let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            return SurveyRecords.text(bytes, source: "standard input", format: .auto).map(SurveyRawRecord.record)
                ?? .problem(SurveyProblem(source: "standard input", line: 1, message: "no posting text"))
        }
    }

    // MARK: CSV

    static func csvCursor(
        _ reader: CSVReader, _ source: String, _ names: SurveyCSVColumns
    ) throws(PostingSourceError) -> Cursor {
        guard case .fields(let header, _)? = reader.next() else { throw .emptyCSV(path: source) }
        var columns: [String: Int] = [:]
        let folded = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let wanted: [(key: String, name: String, flag: String, required: Bool)] = [
            ("id", names.id, "--id-column", false), ("title", names.title, "--title-column", false),
            ("description", names.description, "--description-column", true),
            ("company", names.company, "--company-column", false),
            ("location", names.location, "--location-column", false),
            ("posted", names.posted, "--posted-column", false),
        ]
        for column in wanted {
            if let index = folded.firstIndex(of: column.name.lowercased()) {
                columns[column.key] = index
            } else if column.required {
                throw .missingColumn(path: source, column: column.name, header: header, flag: column.flag)
            }
        }
        return .csv(reader, source: source, columns: columns, width: header.count)
    }

    static func csvRecord(_ fields: [String], columns: [String: Int], source: String, line: Int) -> SurveyRawRecord {
        func value(_ key: String) -> String? {
            guard let index = columns[key] else { return nil }
            let text = fields[index]
            return text.isEmpty ? nil : text
        }
        guard let description = value("description"), description.contains(where: { !$0.isWhitespace }) else {
            return .problem(SurveyProblem(source: source, line: line, message: "the description is empty"))
        }
        return .record(
            SurveyRecord(
                input: PostingInput(id: value("id"), title: value("title"), text: description, format: .auto),
                company: value("company"), location: value("location"), posted: value("posted"), source: source,
                line: line))
    }

    // MARK: Files

    /// Posting files under a folder, by path, so every run reads them in the same order.
    static func postingFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = (folder as NSString).appendingPathComponent(relative)
            guard postingExtensions.contains(URL(fileURLWithPath: relative).pathExtension.lowercased()) else {
                continue
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
