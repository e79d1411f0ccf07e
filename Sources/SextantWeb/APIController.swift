import Foundation
import Hummingbird
import NIOCore
import SextantCore
import SextantData
import SextantStore

/// The JSON API under /api/v1: the same contracts as the CLI's --json.
struct APIController: Sendable {
    let environment: WebEnvironment

    /// Wiring only: each route is a named handler below.
    func addRoutes(to group: RouterGroup<AppContext>) {
        group.get("health", use: health)
        group.post("analyze", use: analyze)
        group.get("certifications", use: listCertifications)
        group.get("certifications/{id}", use: certification)
        group.get("roles", use: listRoles)
        group.get("roles/{id}", use: role)
        group.post("analyses", use: createAnalysis)
        group.get("analyses", use: listAnalyses)
        group.get("analyses/{id}", use: analysis)
        group.delete("analyses/{id}", use: deleteAnalysis)
        group.post("surveys", use: createSurvey)
        group.get("surveys", use: listSurveys)
        group.get("surveys/{id}", use: survey)
        group.delete("surveys/{id}", use: deleteSurvey)
        group.post("eligibility", use: eligibility)
        group.post("plan", use: plan)
        group.post("match", use: match)
    }

    // MARK: Handlers

    @Sendable func health(_ request: Request, _ context: AppContext) throws -> Response {
        try json(["status": "ok", "knowledgeBase": environment.knowledgeBase.version])
    }

    @Sendable func analyze(_ request: Request, _ context: AppContext) async throws -> Response {
        try json(try await environment.analyze(try await decode(PostingRequest.self, request, context).input()))
    }

    @Sendable func listCertifications(_ request: Request, _ context: AppContext) throws -> Response {
        try json(try certifications(request), sources: environment.knowledgeBase.sourcesByID)
    }

    @Sendable func certification(_ request: Request, _ context: AppContext) throws -> Response {
        let id = try context.parameters.decoded("id")
        guard let certification = environment.knowledgeBase.findCertification(id) else {
            throw WebFailure(
                status: .notFound, code: "not-found",
                message: "No certification '\(id)'. GET /api/v1/certifications lists them.")
        }
        return try json(certification, sources: environment.knowledgeBase.sourcesByID)
    }

    @Sendable func listRoles(_ request: Request, _ context: AppContext) throws -> Response {
        try json(try roles(request))
    }

    @Sendable func role(_ request: Request, _ context: AppContext) throws -> Response {
        let id = try context.parameters.decoded("id")
        guard let role = environment.knowledgeBase.findRole(id) else {
            throw WebFailure(
                status: .notFound, code: "not-found", message: "No work role '\(id)'. GET /api/v1/roles lists them.")
        }
        return try json(role, sources: environment.knowledgeBase.sourcesByID)
    }

    @Sendable func createAnalysis(_ request: Request, _ context: AppContext) async throws -> Response {
        let body = try await decode(PostingRequest.self, request, context)
        let input = try body.input()
        let analysis = try await environment.analyze(input)
        let saved = try await environment.database.saveAnalysis(
            input, analysis, knowledgeBaseVersion: environment.knowledgeBase.version)
        return try created(saved, at: "/api/v1/analyses/\(saved.id)")
    }

    @Sendable func listAnalyses(_ request: Request, _ context: AppContext) async throws -> Response {
        let page = try integer(request, "page", default: 1, range: 1...1_000_000)
        let perPage = try integer(request, "perPage", default: 20, range: 1...WebLimits.maximumPerPage)
        return try json(try await environment.database.analyses(page: page, perPage: perPage))
    }

    @Sendable func analysis(_ request: Request, _ context: AppContext) async throws -> Response {
        try json(try await environment.database.analysis(id: try context.parameters.decoded("id")))
    }

    @Sendable func deleteAnalysis(_ request: Request, _ context: AppContext) async throws -> Response {
        try await environment.database.deleteAnalysis(id: try context.parameters.decoded("id"))
        return Response(status: .noContent)
    }

    @Sendable func createSurvey(_ request: Request, _ context: AppContext) async throws -> Response {
        let contentType = (request.headers[.contentType] ?? "").lowercased()
        let format: SurveyInputFormat
        if contentType.hasPrefix("text/csv") {
            format = .csv
        } else if ["application/x-ndjson", "application/jsonl", "application/jsonlines", "application/json-seq"]
            .contains(where: contentType.hasPrefix)
        {
            format = .jsonl
        } else {
            throw WebFailure(
                status: .unsupportedMediaType, code: "unsupported-media-type",
                message: "Send the postings as JSONL (Content-Type: application/x-ndjson) or CSV (text/csv).")
        }
        let groupBy = try request.uri.queryParameters["groupBy"].map { value -> SurveyGroupField in
            guard let field = SurveyGroupField(rawValue: String(value)) else {
                throw WebFailure(
                    status: .badRequest, code: "invalid-query",
                    message:
                        "groupBy=\(value) is not one of \(SurveyGroupField.allCases.map(\.rawValue).joined(separator: ", ")).",
                    field: "groupBy")
            }
            return field
        }
        let name = request.uri.queryParameters["name"].map(String.init) ?? "API upload"
        let upload = try await SurveyJobs.receive(request, boundary: nil, format: format)
        defer { try? FileManager.default.removeItem(at: upload.file) }
        let summary: SurveySummary
        do {
            summary = try await SurveyJobs.survey(
                file: upload.file, name: name, groupBy: groupBy, environment: environment)
        } catch let error as PostingSourceError {
            if case .missingColumn(_, let column, let header, _) = error {
                let columns = header.prefix(20).map { "'\($0)'" }.joined(separator: ", ")
                throw WebFailure(
                    status: .badRequest, code: "invalid-input",
                    message:
                        "The CSV has no '\(column)' column (its header: \(columns)). Name the posting text column 'description'."
                )
            }
            throw WebFailure(status: .badRequest, code: "invalid-input", message: error.description)
        }
        let run = try await environment.database.saveSurveyRun(name: name, summary: summary)
        return try created(run, at: "/api/v1/surveys/\(run.id)")
    }

    @Sendable func listSurveys(_ request: Request, _ context: AppContext) async throws -> Response {
        try json(try await environment.database.surveyRuns().map(SurveyListItem.init))
    }

    @Sendable func survey(_ request: Request, _ context: AppContext) async throws -> Response {
        try json(try await environment.database.surveyRun(id: try context.parameters.decoded("id")))
    }

    @Sendable func deleteSurvey(_ request: Request, _ context: AppContext) async throws -> Response {
        try await environment.database.deleteSurveyRun(id: try context.parameters.decoded("id"))
        return Response(status: .noContent)
    }

    @Sendable func eligibility(_ request: Request, _ context: AppContext) async throws -> Response {
        let body = try await decode(EligibilityRequest.self, request, context)
        let asOf = try body.day(environment.today())
        let profile = try validated(body.profile, asOf: asOf)
        let ids = try (body.certifications ?? []).map { try environment.knowledgeBase.resolveCertification($0).id }
        return try json(environment.evaluator.evaluate(profile, asOf: asOf, certifications: ids.isEmpty ? nil : ids))
    }

    @Sendable func plan(_ request: Request, _ context: AppContext) async throws -> Response {
        let body = try await decode(PlanRequest.self, request, context)
        let start = try body.day(environment.today())
        let profile = try validated(body.profile, asOf: start)
        let hours = try PlanningDefaults.checkHours(body.hoursPerWeek ?? PlanningDefaults.hoursPerWeek)
        let budget = try PlanningDefaults.checkBudget(body.budget)
        let goal: RoadmapGoal
        if let posting = body.goal?.posting, body.goal?.certifications?.isEmpty ?? true, body.goal?.role == nil {
            goal = .posting(try await environment.analyze(try posting.input()))
        } else {
            let written = GoalRequest(
                certifications: body.goal?.certifications ?? [], role: body.goal?.role,
                direction: body.goal?.direction)
            goal = try environment.knowledgeBase.resolveGoal(written, profile: written.isEmpty ? profile.goal : nil)
        }
        return try json(
            environment.planner.plan(profile, goal: goal, hoursPerWeek: hours, budget: budget, start: start))
    }

    @Sendable func match(_ request: Request, _ context: AppContext) async throws -> Response {
        let body = try await decode(MatchRequest.self, request, context)
        let asOf = try body.day(environment.today())
        let profile = try validated(body.profile, asOf: asOf)
        let analysis = try await environment.analyze(try body.posting.input())
        return try json(environment.matcher.match(profile, to: analysis, asOf: asOf))
    }

    // MARK: Reading requests

    /// A 201 with the new resource and its location.
    func created<T: Encodable>(_ value: T, at location: String) throws -> Response {
        var response = try json(value)
        response.status = .created
        response.headers[.location] = location
        return response
    }

    func certifications(_ request: Request) throws -> [Certification] {
        let query = request.uri.queryParameters
        func value<T>(_ name: String, _ parse: (String) -> T?, _ allowed: String) throws -> T? {
            guard let text = query[Substring(name)].map(String.init), !text.isEmpty else { return nil }
            guard let parsed = parse(text) else {
                throw WebFailure(
                    status: .badRequest, code: "invalid-query", message: "\(name)=\(text) is not one of: \(allowed).",
                    field: name)
            }
            return parsed
        }
        let filter = CertificationFilter(
            discipline: try value(
                "discipline", { Discipline(rawValue: $0) }, "itSecurity, cybersecurity, informationSecurity"),
            orientation: try value("orientation", { Orientation(rawValue: $0) }, "technical, strategic, mixed"),
            level: try value(
                "level", { CertificationLevel(rawValue: $0) }, "foundation, associate, professional, expert"),
            issuer: query["issuer"].map(String.init),
            domain: try value(
                "domain", { text in environment.knowledgeBase.domain(Domain.ID(text)).map(\.id) }, "a CISSP domain id"),
            search: query["search"].map(String.init))
        return environment.knowledgeBase.certifications(matching: filter)
    }

    func roles(_ request: Request) throws -> [WorkRole] {
        let query = request.uri.queryParameters
        return environment.knowledgeBase.roles(
            matching: RoleFilter(
                framework: query["framework"].map(String.init),
                discipline: query["discipline"].flatMap { Discipline(rawValue: String($0)) },
                search: query["search"].map(String.init)))
    }

    func validated(_ written: Profile, asOf: Day) throws -> Profile {
        let profile = written.resolvingCertificationNames(in: environment.knowledgeBase)
        let errors = profile.validate(against: environment.knowledgeBase, asOf: asOf).filter { $0.severity == .error }
        if let first = errors.first {
            throw WebFailure(
                status: .unprocessableContent, code: "invalid-profile",
                message: errors.map(\.description).joined(separator: "; "),
                field: "profile." + first.field)
        }
        return profile
    }

    // MARK: Helpers

    /// Decodes a JSON body, refusing other content types (which also keeps forms on other
    /// sites from posting here).
    func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: AppContext) async throws -> T {
        guard let contentType = request.headers[.contentType], contentType.lowercased().hasPrefix("application/json")
        else {
            throw WebFailure(
                status: .unsupportedMediaType, code: "unsupported-media-type",
                message: "Send the body as JSON with Content-Type: application/json.")
        }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let unknown as UnknownProfileKey {
            throw WebFailure(
                status: .badRequest, code: "unknown-key", message: unknown.description, field: unknown.field)
        }
    }

    func integer(_ request: Request, _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters[Substring(name)] else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw WebFailure(
                status: .badRequest, code: "invalid-query",
                message: "\(name)=\(text) is not a whole number from \(range.lowerBound) to \(range.upperBound).",
                field: name)
        }
        return number
    }
}

/// Encodes a value as a JSON response (sorted keys; sources expanded when asked).
func json<T: Encodable>(_ value: T, sources: [Source.ID: Source]? = nil) throws -> Response {
    Response(
        status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(bytes: try SextantJSON.data(value, sources: sources))))
}

/// A saved survey in a list: without its numbers.
struct SurveyListItem: Encodable {
    var id: String
    var name: String
    var createdAt: Date
    var postings: Int

    init(_ run: SurveyRun) {
        id = run.id
        name = run.name
        createdAt = run.createdAt
        postings = run.postings
    }
}

// MARK: Request bodies

struct PostingRequest: Decodable {
    var title: String?
    var description: String
    var format: PostingFormat?

    func input() throws -> PostingInput {
        if description.utf8.count > WebLimits.requestBody {
            throw WebFailure(status: .contentTooLarge, code: "too-large", message: "The posting is larger than 1 MB.")
        }
        guard description.contains(where: { !$0.isWhitespace }) else {
            throw WebFailure(
                status: .unprocessableContent, code: "empty-posting",
                message: "The description is empty: send the posting's text.", field: "description")
        }
        return PostingInput(title: title, text: description, format: format ?? .auto)
    }
}

/// A request with an optional `asOf` day.
protocol Dated {
    var asOf: String? { get }
}

extension Dated {
    func day(_ today: Day) throws -> Day {
        guard let asOf else { return today }
        guard let day = try? Day(parsing: asOf) else {
            throw WebFailure(
                status: .badRequest, code: "invalid-body", message: "asOf \(asOf) is not a date (YYYY-MM-DD).",
                field: "asOf")
        }
        return day
    }
}

struct EligibilityRequest: Decodable, Dated {
    var profile: Profile
    var asOf: String?
    var certifications: [String]?
}

struct PlanRequest: Decodable, Dated {
    struct Goal: Decodable {
        var certifications: [String]?
        var role: String?
        var posting: PostingRequest?
        var direction: String?
    }

    var profile: Profile
    var goal: Goal?
    var hoursPerWeek: Double?
    var budget: Double?
    var start: String?
    var asOf: String? { start }
}

struct MatchRequest: Decodable, Dated {
    var profile: Profile
    var posting: PostingRequest
    var asOf: String?
}
