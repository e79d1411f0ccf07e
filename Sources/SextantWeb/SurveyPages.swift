import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SextantCore
import SextantData
import SextantStore

/// The survey page: upload a JSONL or CSV file, watch its progress, read the report.
struct SurveyPages: Sendable {
    let environment: WebEnvironment
    let jobs: SurveyJobs
    var layout: Layout { environment.layout }

    /// Wiring only: each route is a named handler below.
    func addRoutes(to router: Router<AppContext>) {
        router.get("/survey", use: surveyForm)
        router.post("/survey", use: startSurvey)
        router.get("/survey/jobs/{id}", use: surveyProgress)
        router.get("/surveys/{id}", use: savedSurvey)
        router.get("/surveys/{id}/summary.json", use: surveySummaryJSON)
        router.get("/surveys/{id}/report.html", use: surveyReportHTML)
        router.get("/surveys/{id}/delete", use: confirmDeleteSurvey)
        router.post("/surveys/{id}/delete", use: deleteSurvey)
    }

    // MARK: Route handlers

    @Sendable func surveyForm(_ request: Request, _ context: AppContext) async throws -> Response {
        let surveys = try await environment.database.surveyRuns()
        return layout.page("Survey", active: .survey, body: uploadForm(context, surveys: surveys))
    }

    @Sendable func startSurvey(_ request: Request, _ context: AppContext) async throws -> Response {
        let contentType = request.headers[.contentType] ?? ""
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = Form.boundary(of: contentType)
        else {
            throw WebFailure(
                status: .unsupportedMediaType, code: "unsupported-media-type",
                message: "Upload the file with the survey form.")
        }
        let upload = try await SurveyJobs.receive(request, boundary: boundary)
        do {
            try Form.verify(Form(fields: upload.fields), request: request, context: context)
            guard let fileName = upload.fileName else {
                throw WebFailure(
                    status: .badRequest, code: "no-file",
                    message: "Choose a JSONL or CSV file of postings to survey.",
                    field: "file")
            }
            let groupBy = upload.fields["groupBy"].flatMap(SurveyGroupField.init(rawValue:))
            guard let id = jobs.start(file: upload.file, name: fileName, groupBy: groupBy, environment: environment)
            else {
                throw WebFailure(
                    status: .tooManyRequests, code: "busy",
                    message: "Another survey is running. Wait until it finishes, then upload again.")
            }
            return Layout.redirect("/survey/jobs/\(id)")
        } catch {
            try? FileManager.default.removeItem(at: upload.file)
            throw error
        }
    }

    @Sendable func surveyProgress(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.decoded("id")
        switch jobs.state(id) {
        case nil:
            throw WebFailure(
                status: .notFound, code: "not-found",
                message: "No survey in progress with this id; finished surveys are under Saved.")
        case .finished(let surveyID):
            return Layout.redirect("/surveys/\(surveyID)")
        case .failed(let message):
            return layout.page(
                "Survey failed", active: .survey, status: .badRequest,
                body: """
                    <h1>The survey could not run</h1>
                    <p class="lead">\(message)</p>
                    <p><a href="/survey">Upload another file</a></p>
                    """)
        case .running(let records, let bytes, let total):
            let percent = total > 0 ? min(100, bytes * 100 / total) : 0
            return progressPage(records: records, percent: percent)
        }
    }

    @Sendable func savedSurvey(_ request: Request, _ context: AppContext) async throws -> Response {
        let run = try await environment.database.surveyRun(id: try context.parameters.decoded("id"))
        return layout.page(
            run.name, active: .survey,
            body: """
                \(SurveyReport.body(run.summary))
                <p><a class="button secondary" href="/surveys/\(run.id)/summary.json">Download summary.json</a>
                <a class="button secondary" href="/surveys/\(run.id)/report.html">Download the report</a>
                <a class="button secondary" href="/surveys/\(run.id)/delete">Delete…</a></p>
                """)
    }

    @Sendable func surveySummaryJSON(_ request: Request, _ context: AppContext) async throws -> Response {
        let run = try await environment.database.surveyRun(id: try context.parameters.decoded("id"))
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8",
                .contentDisposition: "attachment; filename=\"survey-\(run.id).json\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: try SextantJSON.data(run.summary, pretty: true))))
    }

    @Sendable func surveyReportHTML(_ request: Request, _ context: AppContext) async throws -> Response {
        let run = try await environment.database.surveyRun(id: try context.parameters.decoded("id"))
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8",
                .contentDisposition: "attachment; filename=\"survey-\(run.id).html\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: SurveyReport.document(run.summary, title: run.name))))
    }

    @Sendable func confirmDeleteSurvey(_ request: Request, _ context: AppContext) async throws -> Response {
        let run = try await environment.database.surveyRun(id: try context.parameters.decoded("id"))
        return layout.page(
            "Delete survey", active: .saved,
            body: SavedPages.confirmDelete(
                kind: "survey", title: run.name, action: "/surveys/\(run.id)/delete", context: context))
    }

    @Sendable func deleteSurvey(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try await Form.read(request, context: context)
        try await environment.database.deleteSurveyRun(id: try context.parameters.decoded("id"))
        return Layout.redirect("/saved")
    }

    func uploadForm(_ context: AppContext, surveys: [SurveyRun]) -> HTML {
        let options = HTML.join(
            SurveyGroupField.allCases.map { "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>" })
        let saved = HTML.join(
            surveys.prefix(20).map {
                "<li><a href=\"/surveys/\($0.id)\">\($0.name)</a> <span class=\"muted\">\($0.postings) postings, \($0.createdAt.formatted(.iso8601))</span></li>"
            })
        return """
            <h1>Survey many postings</h1>
            <p class="lead">Upload a file of postings to see what the market asks for: disciplines, certifications, experience, red flags and how often titles match the work.</p>
            <form method="post" action="/survey" enctype="multipart/form-data">\(Layout.csrfField(context))
            <label for="file">JSONL or CSV file (up to \(WebLimits.surveyUpload >> 20) MB)</label>
            <input type="file" id="file" name="file" accept=".jsonl,.ndjson,.json,.csv" required aria-describedby="file-help">
            <p id="file-help" class="muted">JSONL: one <code>{"id", "title", "description", "company", "location", "posted"}</code> per line. CSV: a header with at least a <code>description</code> column. Bigger sets: <code>sextant survey</code> on the command line.</p>
            <label for="groupBy">Break down by (optional)</label>
            <select id="groupBy" name="groupBy"><option value="">nothing</option>\(options)</select>
            <button type="submit">Survey</button>
            </form>
            <h2>Saved surveys</h2>
            \(surveys.isEmpty ? "<p class=\"muted\">None yet.</p>" as HTML : "<ul>\(saved)</ul>")
            """
    }

    func progressPage(records: Int, percent: Int) -> Response {
        var response = layout.page(
            "Surveying…", active: .survey,
            body: """
                <h1>Surveying…</h1>
                <p><label for="progress">\(percent)% read, \(records) postings analysed</label>
                <progress id="progress" max="100" value="\(percent)">\(percent)%</progress></p>
                <p class="muted">This page refreshes itself every second and shows the report when the survey is done.</p>
                """)
        response.headers[HTTPField.Name("Refresh")!] = "1"
        return response
    }
}
