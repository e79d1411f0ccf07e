import Foundation
import Hummingbird
import SextantCore
import SextantData
import SextantStore
import Synchronization

/// Surveys uploaded through the web app, run in the background one at a time, with progress
/// the survey page polls.
final class SurveyJobs: Sendable {
    enum State: Sendable, Equatable {
        case running(records: Int, bytes: Int, total: Int)
        case finished(surveyID: String)
        case failed(message: String)
    }

    /// Jobs remembered for their progress pages (the oldest are forgotten).
    static let remembered = 50

    private let states = Mutex<[(id: String, state: State)]>([])

    func state(_ id: String) -> State? {
        states.withLock { list in list.first { $0.id == id }?.state }
    }

    var isBusy: Bool {
        states.withLock { list in list.contains { if case .running = $0.state { true } else { false } } }
    }

    private func set(_ id: String, _ state: State) {
        states.withLock { list in
            if let index = list.firstIndex(where: { $0.id == id }) {
                list[index].state = state
            } else {
                list.append((id, state))
                if list.count > Self.remembered { list.removeFirst(list.count - Self.remembered) }
            }
        }
    }

    /// Starts surveying `file` (deleted when done); returns the job id, or nil when a survey is
    /// already running.
    func start(
        file: URL, name: String, groupBy: SurveyGroupField?, environment: WebEnvironment
    ) -> String? {
        let id = UUID().uuidString.lowercased()
        let started = states.withLock { list -> Bool in
            if list.contains(where: { if case .running = $0.state { true } else { false } }) { return false }
            list.append((id, .running(records: 0, bytes: 0, total: 0)))
            if list.count > Self.remembered { list.removeFirst(list.count - Self.remembered) }
            return true
        }
        guard started else { return nil }
        Task.detached(priority: .utility) {
            defer { try? FileManager.default.removeItem(at: file) }
            do {
                let summary = try await Self.survey(
                    file: file, name: name, groupBy: groupBy, environment: environment
                ) { records, bytes, total in
                    self.set(id, .running(records: records, bytes: bytes, total: total))
                }
                let run = try await environment.database.saveSurveyRun(name: name, summary: summary)
                self.set(id, .finished(surveyID: run.id))
            } catch let error as PostingSourceError {
                self.set(id, .failed(message: error.description))
            } catch let failure as WebFailure {
                self.set(id, .failed(message: failure.message))
            } catch {
                self.set(id, .failed(message: "The survey stopped: \(error)."))
            }
        }
        return id
    }

    /// Surveys one file, reporting progress after each batch.
    static func survey(
        file: URL, name: String, groupBy: SurveyGroupField?, environment: WebEnvironment,
        progress: (_ records: Int, _ bytes: Int, _ total: Int) -> Void = { _, _, _ in }
    ) async throws -> SurveySummary {
        let reader = try SurveyInputReader(paths: [file.path], displayNames: [name])
        let total = reader.totalBytes ?? 0
        var records = 0
        let tally = try await SurveyPipeline.run(
            reader, analyzer: environment.analyzer, jobs: ProcessInfo.processInfo.activeProcessorCount,
            groupBy: groupBy, writesRows: false
        ) { batch, bytes in
            records += batch.tally.records
            progress(records, bytes, total)
        }
        guard tally.records > 0 else {
            throw WebFailure(
                status: .badRequest, code: "no-postings",
                message:
                    "The file holds no postings. Upload JSONL (one {\"title\", \"description\"} per line) or a CSV with a description column."
            )
        }
        return tally.summary(
            knowledgeBase: environment.knowledgeBase, inputs: reader.names, sextantVersion: SextantVersion.current)
    }

    /// Streams a request body (or its one file part) into a temporary file named for its format.
    ///
    /// - Parameters:
    ///   - boundary: the multipart boundary when the body is a form; nil for a raw body.
    ///   - format: the format when the body is raw; a form's file name decides otherwise.
    /// - Returns: the file, the form's text fields and the uploaded file's name.
    static func receive(
        _ request: Request, boundary: String?, format: SurveyInputFormat = .jsonl
    ) async throws -> (file: URL, fields: [String: String], fileName: String?) {
        let partial = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sextant-upload-\(UUID().uuidString).part")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: partial.path)
        else {
            throw WebFailure(status: .internalServerError, code: "internal-error", message: "Cannot store the upload.")
        }
        var received = 0
        var written = 0
        var parser = boundary.map { boundary in
            MultipartParser(boundary: boundary) { field, _, bytes in
                guard field == "file" else { return }
                handle.write(Data(bytes))
                written += bytes.count
            }
        }
        do {
            defer { try? handle.close() }
            for try await chunk in request.body {
                received += chunk.readableBytes
                guard received <= WebLimits.surveyUpload else {
                    throw WebFailure(
                        status: .contentTooLarge, code: "too-large",
                        message:
                            "The upload is larger than \(WebLimits.surveyUpload >> 20) MB. Survey bigger sets with `sextant survey` on the command line."
                    )
                }
                if parser != nil {
                    try parser!.feed(chunk.readableBytesView)
                } else {
                    handle.write(Data(chunk.readableBytesView))
                    written += chunk.readableBytes
                }
            }
            try parser?.finish()
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
        let fileName = parser?.fileNames["file"]
        let chosen = fileName.map { SurveyInputFormat.of(path: $0) } ?? format
        let file = partial.deletingPathExtension().appendingPathExtension(chosen == .csv ? "csv" : "jsonl")
        try FileManager.default.moveItem(at: partial, to: file)
        return (file, parser?.fields ?? [:], written > 0 ? fileName ?? "upload" : nil)
    }
}
