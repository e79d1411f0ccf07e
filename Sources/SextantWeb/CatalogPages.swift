import Foundation
import Hummingbird
import SextantCore

/// The certification catalog and the work roles, searchable and filterable without JavaScript.
struct CatalogPages: Sendable {
    let environment: WebEnvironment
    var layout: Layout { environment.layout }
    var base: KnowledgeBase { environment.knowledgeBase }

    /// Wiring only: each route is a named handler below.
    func addRoutes(to router: Router<AppContext>) {
        router.get("/certifications", use: certificationList)
        router.get("/certifications/{id}", use: certificationPage)
        router.get("/roles", use: roleList)
        router.get("/roles/{id}", use: rolePage)
    }

    // MARK: Route handlers

    @Sendable func certificationList(_ request: Request, _ context: AppContext) async throws -> Response {
        layout.page("Certifications", active: .catalog, body: catalog(Self.query(request)))
    }

    @Sendable func certificationPage(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.decoded("id")
        guard let certification = base.findCertification(id) else {
            throw WebFailure(
                status: .notFound, code: "not-found", message: "No certification '\(id)' in the catalog.")
        }
        return layout.page(certification.short, active: .catalog, body: page(certification))
    }

    @Sendable func roleList(_ request: Request, _ context: AppContext) async throws -> Response {
        layout.page("Work roles", active: .roles, body: roles(Self.query(request)))
    }

    @Sendable func rolePage(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.parameters.decoded("id")
        guard let role = base.findRole(id) else {
            throw WebFailure(status: .notFound, code: "not-found", message: "No work role '\(id)'.")
        }
        return layout.page(role.name, active: .roles, body: page(role))
    }

    static func select(_ name: String, label: String, options: [(String, String)], selected: String?) -> HTML {
        let items = options.map { value, text -> HTML in
            "<option value=\"\(value)\"\(value == (selected ?? "") ? HTML(" selected") : "")>\(text)</option>"
        }
        return """
            <div><label for="\(name)">\(label)</label><select id="\(name)" name="\(name)">
            <option value="">Any</option>\(items)</select></div>
            """
    }

    /// The query string as a browser's GET form sends it: `+` is a space, `%2B` a plus (read
    /// like a form body, since the search forms submit with GET).
    static func query(_ request: Request) -> [String: String] {
        (try? Form.urlEncoded(request.uri.query ?? "")) ?? [:]
    }

    func catalog(_ query: [String: String]) -> HTML {
        let discipline = query["discipline"].flatMap { Discipline(rawValue: String($0)) }
        let orientation = query["orientation"].flatMap { Orientation(rawValue: String($0)) }
        let level = query["level"].flatMap { CertificationLevel(rawValue: String($0)) }
        let domain = query["domain"].flatMap { base.domain(Domain.ID(String($0)))?.id }
        let issuer = query["issuer"].flatMap { $0.isEmpty ? nil : $0 }
        let search = query["search"].flatMap { $0.isEmpty ? nil : $0 }
        let filter = CertificationFilter(
            discipline: discipline, orientation: orientation, level: level, issuer: issuer, domain: domain,
            search: search)
        let found = base.certifications(matching: filter)
        let issuers = Array(Set(base.certifications.map(\.issuer))).sorted().map { ($0, $0) }
        let rows = found.map { c -> HTML in
            let cost = c.cost?.amount.map { "\(AnalysisMarkdown.format($0)) \(c.cost?.currency ?? "")" } ?? "unknown"
            return """
                <tr><td><a href="/certifications/\(c.id.rawValue)">\(c.short)</a>\(c.retirement == nil ? HTML.empty : " <span class=\"badge unconfirmed\">retired</span>")<br><span class="muted">\(c.name)</span></td>
                <td>\(c.issuer)</td><td>\(c.level.rawValue)</td><td>\(c.orientation.rawValue)</td>
                <td>\(c.disciplines.map(\.displayName).joined(separator: ", "))</td>
                <td>\(EligibilityText.sentences(for: c.eligibility, in: base).first ?? "") \(Badges.confidence(c.eligibility.provenance.confidence))</td>
                <td>\(cost)</td></tr>
                """
        }
        return """
            <h1>Certifications</h1>
            <p class="lead">\(base.certifications.count) certifications with their rules, costs and sources. Facts marked
            <span class="badge unconfirmed">unconfirmed</span> were not confirmed by any source: verify them with the issuer.</p>
            <form method="get" action="/certifications" role="search">
            <div class="row">
            <div><label for="search">Search</label><input type="text" id="search" name="search" value="\(search ?? "")"></div>
            \(Self.select("discipline", label: "Discipline", options: Discipline.allCases.map { ($0.rawValue, $0.displayName) }, selected: discipline?.rawValue))
            \(Self.select("orientation", label: "Orientation", options: [("technical", "Technical"), ("strategic", "Strategic"), ("mixed", "Mixed")], selected: orientation?.rawValue))
            \(Self.select("level", label: "Level", options: CertificationLevel.allCases.map { ($0.rawValue, $0.rawValue.capitalized) }, selected: level?.rawValue))
            \(Self.select("issuer", label: "Issuer", options: issuers, selected: issuer))
            \(Self.select("domain", label: "CISSP domain", options: base.domains.map { ($0.id.rawValue, $0.name) }, selected: domain?.rawValue))
            </div>
            <button type="submit">Filter</button> <a class="button secondary" href="/certifications">Clear</a>
            </form>
            <p>\(found.count) shown.</p>
            <div class="table-wrap"><table>
            <thead><tr><th scope="col">Certification</th><th scope="col">Issuer</th><th scope="col">Level</th>
            <th scope="col">Orientation</th><th scope="col">Disciplines</th><th scope="col">Eligibility</th><th scope="col">Exam cost</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    func sources(_ provenance: Provenance) -> HTML {
        let links = provenance.sources.map { id -> HTML in
            guard let source = base.source(id) else { return "\(id.rawValue)" }
            if let url = source.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
                return
                    "<a href=\"\(url)\" title=\"\(source.title)\(checked(source))\" rel=\"noreferrer noopener\">\(id.rawValue)</a>"
            }
            return "<span title=\"\(source.title)\(checked(source))\">\(id.rawValue)</span>"
        }
        let note: HTML = provenance.note.map { "<br><span class=\"muted\">\($0)</span>" } ?? ""
        return
            "\(Badges.confidence(provenance.confidence)) <span class=\"muted\">checked \(provenance.checked)</span> \(HTML.join(links, separator: ", "))\(note)"
    }

    /// " — source last checked 2026-12-04", for a link's title.
    func checked(_ source: Source) -> String {
        source.checked.map { " — source last checked \($0)" } ?? ""
    }

    /// The banner of a retired certification: the day, the successor, the source.
    func retirement(_ c: Certification) -> HTML {
        guard let retirement = c.retirement else { return HTML.empty }
        let successor: HTML =
            retirement.successor.flatMap(base.certification).map {
                "Its successor is <a href=\"/certifications/\($0.id.rawValue)\">\($0.short)</a> (\($0.name))."
            } ?? "The issuer names no single successor."
        let note: HTML = retirement.note.map { " \($0)" } ?? HTML.empty
        return """
            <p class="notice" role="note"><strong>Retired on \(retirement.date):</strong> it can no longer be earned or renewed.
            \(successor)\(note)<br>\(sources(retirement.provenance))</p>
            """
    }

    func page(_ c: Certification) -> HTML {
        let sentences = EligibilityText.sentences(for: c.eligibility, in: base).map { "<li>\($0)</li>" as HTML }
        let ladder = (c.eligibility.ladder ?? []).map { "<li>Lower grade \($0.name): \($0.summary)</li>" as HTML }
        let aliases = c.aliases.map { $0.name + ($0.legacy ? " (former name)" : "") }
        var facts: [HTML] = []
        if let exam = c.exam { facts.append("<h2>Exam</h2><p>\(exam.summary)</p><p>\(sources(exam.provenance))</p>") }
        if let cost = c.cost {
            let amount = cost.amount.map { "\(AnalysisMarkdown.format($0)) \(cost.currency ?? "")" } ?? "unknown"
            facts.append(
                "<h2>Cost</h2><p>\(amount)\(cost.asOf.map { " (as of \($0))" } ?? "")</p>\(cost.note.map { "<p>\($0)</p>" as HTML } ?? HTML.empty)<p>\(sources(cost.provenance))</p>"
            )
        }
        if let renewal = c.renewal {
            facts.append("<h2>Renewal</h2><p>\(renewal.summary)</p><p>\(sources(renewal.provenance))</p>")
        }
        if let dod = c.dod8570 {
            facts.append(
                "<h2>DoD 8570 (legacy baseline)</h2><p>\(dod.categories.joined(separator: ", "))</p><p>\(sources(dod.provenance))</p>"
            )
        }
        return """
            <h1>\(c.short) <span class="muted">— \(c.name)</span></h1>
            <p class="lead">\(c.issuer) · \(c.level.rawValue) · \(c.orientation.rawValue) ·
            \(c.disciplines.isEmpty ? "not a security certification" : c.disciplines.map(\.displayName).joined(separator: ", "))</p>
            \(retirement(c))
            <p>CISSP domains: \(c.domains.compactMap { base.domain($0)?.name }.joined(separator: ", "))</p>
            \(aliases.isEmpty ? HTML.empty : "<p>Also written: \(aliases.joined(separator: ", "))</p>")
            <p>\(sources(c.classification.provenance))</p>
            <h2>Eligibility</h2>
            <p>\(c.eligibility.summary)</p>
            <ul>\(sentences)\(ladder)</ul>
            <p>\(sources(c.eligibility.provenance))</p>
            \(facts)
            \(c.note.map { "<h2>Note</h2><p>\($0)</p>" as HTML } ?? HTML.empty)
            <p><a href="/profile?goal=\(c.id.rawValue)">When could I hold it? Check with your profile</a></p>
            """
    }

    func roles(_ query: [String: String]) -> HTML {
        let framework = query["framework"].map { String($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let search = query["search"].flatMap { $0.isEmpty ? nil : $0 }
        let shown = base.roles(matching: RoleFilter(framework: framework, search: search))
        let rows = shown.map { role -> HTML in
            """
            <tr><td><a href="/roles/\(role.id.rawValue)">\(role.name)</a></td><td>\(role.id.rawValue)</td>
            <td>\(role.discipline?.displayName ?? "—")</td><td>\(role.orientation.rawValue)</td></tr>
            """
        }
        let versions = base.frameworks.map { "\($0.name) \($0.version)" }.joined(separator: "; ")
        return """
            <h1>Work roles</h1>
            <p class="lead">\(versions).</p>
            <form method="get" action="/roles" role="search"><div class="row">
            <div><label for="search">Search</label><input type="text" id="search" name="search" value="\(search ?? "")"></div>
            \(Self.select("framework", label: "Framework", options: base.frameworks.map { ($0.id.rawValue, $0.name) }, selected: framework))
            </div><button type="submit">Filter</button></form>
            <div class="table-wrap"><table><thead><tr><th scope="col">Role</th><th scope="col">Id</th>
            <th scope="col">Discipline</th><th scope="col">Orientation</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
    }

    func page(_ role: WorkRole) -> HTML {
        let framework = base.frameworks.first { $0.id == role.framework }
        return """
            <h1>\(role.name)</h1>
            <p class="lead">\(role.id.rawValue) · \(framework.map { "\($0.name) \($0.version)" } ?? role.framework.rawValue)</p>
            <p>\(role.summary)</p>
            <p>Discipline: \(role.discipline?.displayName ?? "not security work in itself") · orientation \(role.orientation.rawValue)</p>
            \(role.titles.isEmpty ? HTML.empty : "<h2>Titles</h2><p>\(role.titles.joined(separator: "; "))</p>")
            \(role.keywords.isEmpty ? HTML.empty : "<h2>What the work looks like in a posting</h2><p>\(role.keywords.joined(separator: ", "))</p>")
            <p>\(sources(role.provenance))</p>
            <p><a href="/profile?role=\(role.id.rawValue)">Plan certifications toward this role</a></p>
            """
    }
}
