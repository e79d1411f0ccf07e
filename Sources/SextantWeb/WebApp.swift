import Foundation
import Hummingbird
import Logging
import SextantCore
import SextantData
import SextantStore

/// How to run the web app.
public struct WebConfiguration: Sendable {
    /// Loopback by default: the app is for one machine.
    public var host: String
    public var port: Int
    public var knowledgeBase: KnowledgeBase
    public var database: AppDatabase
    /// Today's date (injected, so tests can pin it).
    public var today: @Sendable () -> Day
    public var logLevel: Logger.Level

    public init(
        host: String = "127.0.0.1", port: Int = 8080, knowledgeBase: KnowledgeBase, database: AppDatabase,
        today: @escaping @Sendable () -> Day, logLevel: Logger.Level = .info
    ) {
        self.host = host
        self.port = port
        self.knowledgeBase = knowledgeBase
        self.database = database
        self.today = today
        self.logLevel = logLevel
    }
}

/// The engine the routes share, built once.
struct WebEnvironment: Sendable {
    let knowledgeBase: KnowledgeBase
    let analyzer: PostingAnalyzer
    let evaluator: EligibilityEvaluator
    let planner: RoadmapPlanner
    let matcher: ProfileMatcher
    let database: AppDatabase
    let today: @Sendable () -> Day
    let layout: Layout
    /// Large postings are analysed here, off the request threads, a bounded number at a time.
    let lane: AnalysisLane

    init(_ configuration: WebConfiguration) {
        knowledgeBase = configuration.knowledgeBase
        analyzer = PostingAnalyzer(knowledgeBase: configuration.knowledgeBase)
        evaluator = EligibilityEvaluator(knowledgeBase: configuration.knowledgeBase)
        planner = RoadmapPlanner(knowledgeBase: configuration.knowledgeBase)
        matcher = ProfileMatcher(knowledgeBase: configuration.knowledgeBase)
        database = configuration.database
        today = configuration.today
        layout = Layout(knowledgeBaseVersion: configuration.knowledgeBase.version)
        lane = AnalysisLane()
    }

    /// Analyses a posting through the lane: inline when small, queued (or refused with 503) when large.
    func analyze(_ input: PostingInput) async throws -> PostingAnalysis {
        try await lane.analyze(input, with: analyzer)
    }
}

/// Builds the router: middleware, pages, the JSON API and the OpenAPI document.
public func buildRouter(_ configuration: WebConfiguration) -> Router<AppContext> {
    let environment = WebEnvironment(configuration)
    let router = Router(context: AppContext.self)
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: CSRFCookieMiddleware())
    let routes = RouteTable()
    router.add(middleware: ErrorMiddleware(layout: environment.layout, routes: routes))
    router.get("/static/app.css", use: Assets.stylesheetResponse)
    router.get("/static/app.js", use: Assets.scriptResponse)
    router.get("/openapi.yaml", use: OpenAPIDocument.response)
    AnalyzePages(environment: environment).addRoutes(to: router)
    CatalogPages(environment: environment).addRoutes(to: router)
    ProfilePages(environment: environment).addRoutes(to: router)
    SavedPages(environment: environment).addRoutes(to: router)
    let surveys = SurveyJobs()
    SurveyPages(environment: environment, jobs: surveys).addRoutes(to: router)
    APIController(environment: environment).addRoutes(to: router.group("/api/v1"))
    routes.set(router.routes.map { ($0.method.rawValue, $0.path.description) })
    return router
}

/// Builds the whole application: loopback by default, idle connections closed, graceful
/// shutdown on SIGINT/SIGTERM when run with `runService()`.
public func buildApplication(
    _ configuration: WebConfiguration, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    var logger = Logger(label: "sextant")
    logger.logLevel = configuration.logLevel
    return Application(
        router: buildRouter(configuration),
        server: .http1(configuration: .init(idleTimeout: .seconds(WebLimits.idleTimeoutSeconds))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Sextant"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// The OpenAPI document, bundled as a resource.
enum OpenAPIDocument {
    static let text: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "openapi: 3.1.0\ninfo: {title: Sextant, version: unknown}\npaths: {}\n" }
        return text
    }()

    @Sendable static func response(_ request: Request, _ context: AppContext) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
