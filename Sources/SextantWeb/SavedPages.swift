import Foundation
import Hummingbird
import SextantCore
import SextantStore

/// The history of saved analyses, profiles, plans and surveys.
struct SavedPages: Sendable {
    let environment: WebEnvironment
    var layout: Layout { environment.layout }

    /// Wiring only: each route is a named handler below.
    func addRoutes(to router: Router<AppContext>) {
        router.get("/saved", use: savedList)
    }

    // MARK: Route handlers

    @Sendable func savedList(_ request: Request, _ context: AppContext) async throws -> Response {
        let page = Int(request.uri.queryParameters["page"] ?? "1").map { max(1, min($0, 1_000_000)) } ?? 1
        let analyses = try await environment.database.analyses(page: page, perPage: 25)
        let profiles = try await environment.database.profiles()
        let plans = try await environment.database.plans()
        let surveys = try await environment.database.surveyRuns()
        return layout.page("Saved", active: .saved, body: saved(analyses, profiles, plans, surveys))
    }

    func saved(
        _ analyses: Page<SavedAnalysisSummary>, _ profiles: [SavedProfile], _ plans: [SavedPlan], _ surveys: [SurveyRun]
    ) -> HTML {
        let analysisRows = analyses.items.map { item -> HTML in
            """
            <tr><td><a href="/analyses/\(item.id)">\(item.title)</a></td><td>\(Badges.discipline(item.primaryDiscipline))</td>
            <td>\(item.seniority.rawValue)</td><td>\(item.findings)</td><td>\(item.createdAt.formatted(.iso8601))</td>
            <td><a href="/analyses/\(item.id)/delete">Delete…</a></td></tr>
            """
        }
        let pages = (analyses.total + analyses.perPage - 1) / analyses.perPage
        var pager: HTML = ""
        if analyses.page > 1 { pager = "<a href=\"/saved?page=\(analyses.page - 1)\">Newer</a> " }
        if analyses.page < pages { pager = "\(pager)<a href=\"/saved?page=\(analyses.page + 1)\">Older</a>" }
        func list<T>(_ items: [T], _ render: (T) -> HTML) -> HTML {
            items.isEmpty ? "<p class=\"muted\">None yet.</p>" : "<ul>\(items.map(render))</ul>"
        }
        return """
            <h1>Saved work</h1>
            <p class="lead">Everything is in the SQLite file on this machine. <code>sextant export</code> writes it all to JSON.</p>
            <h2>Analyses (\(analyses.total))</h2>
            \(analyses.items.isEmpty ? "<p class=\"muted\">None yet: analyze a posting and save it.</p>" as HTML : """
            <div class="table-wrap"><table><thead><tr><th scope="col">Posting</th><th scope="col">Discipline</th>
            <th scope="col">Level</th><th scope="col">Findings</th><th scope="col">Saved</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>\(analysisRows)</tbody></table></div><p>\(pager)</p>
            """)
            <h2>Profiles</h2>
            \(list(profiles) { "<li><a href=\"/profiles/\($0.id)\">\($0.name)</a> <span class=\"muted\">\($0.createdAt.formatted(.iso8601))</span></li>" })
            <h2>Plans</h2>
            \(list(plans) { "<li><a href=\"/plans/\($0.id)\">Roadmap to \($0.goal)</a> <span class=\"muted\">\($0.createdAt.formatted(.iso8601))</span></li>" })
            <h2>Surveys</h2>
            \(list(surveys) { "<li><a href=\"/surveys/\($0.id)\">\($0.name)</a> <span class=\"muted\">\($0.postings) postings, \($0.createdAt.formatted(.iso8601))</span> <a href=\"/surveys/\($0.id)/delete\">Delete…</a></li>" })
            """
    }

    /// A confirmation page: deleting takes a second, deliberate click.
    static func confirmDelete(kind: String, title: String, action: String, context: AppContext) -> HTML {
        """
        <h1>Delete this \(kind)?</h1>
        <p class="lead">“\(title)” will be removed from this machine. This cannot be undone (export first to keep a copy).</p>
        <form method="post" action="\(action)">\(Layout.csrfField(context))
        <button type="submit" class="danger">Delete</button> <a class="button secondary" href="/saved">Keep it</a></form>
        """
    }
}
