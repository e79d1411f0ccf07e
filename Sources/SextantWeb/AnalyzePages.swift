import Foundation
import Hummingbird
import NIOCore
import SextantCore
import SextantStore

/// Analyze a posting; read, save, copy and delete reports.
struct AnalyzePages: Sendable {
    let environment: WebEnvironment
    var layout: Layout { environment.layout }

    /// Wiring only: each route is a named handler below.
    func addRoutes(to router: Router<AppContext>) {
        router.get("/", use: home)
        router.post("/analyze", use: analyzePosting)
        router.post("/analyses", use: saveAnalysis)
        router.get("/analyses/{id}", use: savedAnalysis)
        router.get("/analyses/{id}/markdown", use: analysisMarkdown)
        router.get("/analyses/{id}/delete", use: confirmDeleteAnalysis)
        router.post("/analyses/{id}/delete", use: deleteAnalysis)
    }

    // MARK: Route handlers

    @Sendable func home(_ request: Request, _ context: AppContext) async throws -> Response {
        layout.page("Analyze a posting", active: .analyze, body: form(context: context))
    }

    @Sendable func analyzePosting(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        let input = try postingInput(form)
        let analysis = try await environment.analyze(input)
        let save: HTML = """
            <form method="post" action="/analyses">
            \(Layout.csrfField(context))
            <input type="hidden" name="title" value="\(input.title ?? analysis.title)">
            <input type="hidden" name="format" value="\(input.format.rawValue)">
            <textarea name="text" hidden>\(input.text)</textarea>
            <button type="submit">Save this analysis</button>
            <a class="button secondary" href="/">Analyze another</a>
            </form>
            """
        return layout.page(
            analysis.title.isEmpty ? "Report" : analysis.title, active: .analyze,
            body: ReportView(analysis: analysis, input: input, knowledgeBase: environment.knowledgeBase).render(
                actions: save))
    }

    @Sendable func saveAnalysis(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        let input = try postingInput(form)
        let analysis = try await environment.analyze(input)
        let saved = try await environment.database.saveAnalysis(
            input, analysis, knowledgeBaseVersion: environment.knowledgeBase.version)
        return Layout.redirect("/analyses/\(saved.id)")
    }

    @Sendable func savedAnalysis(_ request: Request, _ context: AppContext) async throws -> Response {
        let saved = try await environment.database.analysis(id: try context.parameters.decoded("id"))
        let markdown = AnalysisMarkdown.render(saved.analysis)
        let actions: HTML = """
            <p class="muted">Saved \(saved.createdAt.formatted(.iso8601)) with knowledge base \(saved.knowledgeBaseVersion).</p>
            <details><summary>Copy as Markdown</summary>
            <label for="markdown">Markdown for a ticket or a chat</label>
            <textarea id="markdown" readonly rows="12">\(markdown)</textarea>
            <button type="button" data-copy="markdown" hidden>Copy to clipboard</button>
            <a class="button secondary" href="/analyses/\(saved.id)/markdown">Download .md</a>
            </details>
            <a class="button secondary" href="/analyses/\(saved.id)/delete">Delete…</a>
            """
        let input = PostingInput(
            title: saved.title, text: saved.text, format: PostingFormat(rawValue: saved.format) ?? .auto)
        return layout.page(
            saved.title, active: .saved,
            body: ReportView(analysis: saved.analysis, input: input, knowledgeBase: environment.knowledgeBase)
                .render(actions: actions))
    }

    @Sendable func analysisMarkdown(_ request: Request, _ context: AppContext) async throws -> Response {
        let saved = try await environment.database.analysis(id: try context.parameters.decoded("id"))
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/markdown; charset=utf-8",
                .contentDisposition: "attachment; filename=\"analysis-\(saved.id).md\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: AnalysisMarkdown.render(saved.analysis))))
    }

    @Sendable func confirmDeleteAnalysis(_ request: Request, _ context: AppContext) async throws -> Response {
        let saved = try await environment.database.analysis(id: try context.parameters.decoded("id"))
        return layout.page(
            "Delete analysis", active: .saved,
            body: SavedPages.confirmDelete(
                kind: "analysis", title: saved.title, action: "/analyses/\(saved.id)/delete", context: context))
    }

    @Sendable func deleteAnalysis(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try await Form.read(request, context: context)
        try await environment.database.deleteAnalysis(id: try context.parameters.decoded("id"))
        return Layout.redirect("/saved")
    }

    /// The posting from a form: the text box, or an uploaded file when one was chosen.
    func postingInput(_ form: Form) throws -> PostingInput {
        let format = form["format"].flatMap(PostingFormat.init(rawValue:)) ?? .auto
        if let file = form.files["file"] {
            let decoded: (text: String, repaired: Bool)
            do {
                decoded = try PostingBytes.decode(file.data)
            } catch {
                throw WebFailure(
                    status: .unprocessableContent, code: "binary-file",
                    message: "\(file.name) looks like a binary file, not a posting. Upload text, HTML or Markdown.")
            }
            let extensionFormat: PostingFormat =
                file.name.lowercased().hasSuffix(".html") || file.name.lowercased().hasSuffix(".htm")
                ? .html : file.name.lowercased().hasSuffix(".md") ? .markdown : format
            guard decoded.text.contains(where: { !$0.isWhitespace }) else {
                throw WebFailure(
                    status: .unprocessableContent, code: "empty-posting",
                    message: "\(file.name) is empty. Choose the file that holds the posting, or paste its text.")
            }
            return PostingInput(
                title: form["title"], text: decoded.text, format: extensionFormat,
                warnings: decoded.repaired ? ["\(file.name) was not valid UTF-8; unreadable bytes were replaced."] : [])
        }
        guard let text = form.fields["text"], !text.allSatisfy(\.isWhitespace) else {
            throw WebFailure(
                status: .unprocessableContent, code: "empty-posting",
                message: "Paste a posting into the text box or choose a file.")
        }
        return PostingInput(title: form["title"], text: text, format: format)
    }

    func form(context: AppContext) -> HTML {
        """
        <h1>What does this posting really ask for?</h1>
        <p class="lead">Paste a job posting. Sextant reads the text, not the title: its discipline, how technical or
        strategic it is, the level, the certifications and years it asks, and what is wrong with it.</p>
        <form method="post" action="/analyze" enctype="multipart/form-data">
        \(Layout.csrfField(context))
        <label for="title">Title <span class="muted">(if it is not the first line)</span></label>
        <input type="text" id="title" name="title" autocomplete="off">
        <label for="text">Posting text, HTML or Markdown</label>
        <textarea id="text" name="text" required></textarea>
        <label for="file">…or upload a file <span class="muted">(.txt, .html, .md, up to 1 MB)</span></label>
        <input type="file" id="file" name="file" accept=".txt,.html,.htm,.md,text/plain,text/html,text/markdown" data-fill="text">
        <label for="format">Format</label>
        <select id="format" name="format">
        <option value="auto">Detect</option><option value="plain">Plain text</option>
        <option value="html">HTML</option><option value="markdown">Markdown</option>
        </select>
        <button type="submit">Analyze</button>
        </form>
        """
    }
}

/// The report: verdict first, then findings, discipline chart, requirements, roles and the text.
struct ReportView {
    let analysis: PostingAnalysis
    let input: PostingInput
    let knowledgeBase: KnowledgeBase

    func render(actions: HTML) -> HTML {
        let a = analysis
        let verdict: HTML =
            a.securityRelevant
            ? "\(Badges.discipline(a.primaryDiscipline)) · \(a.orientation.plain) · \(a.seniority.plain)"
            : "<span class=\"discipline none\">Not a security job</span> · \(a.seniority.plain)"
        let findings: HTML =
            a.findings.isEmpty
            ? "<p>No findings: nothing in this posting contradicts itself.</p>"
            : HTML.join(a.findings.map(finding))
        return """
            <h1>\(a.title.isEmpty ? "Posting report" : a.title)</h1>
            <section class="verdict" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading" class="visually-hidden">Verdict</h2>
            <p class="lead" data-testid="verdict">\(verdict)</p>
            <p>\(a.titleDiscipline.plain.prefix(1).uppercased() + a.titleDiscipline.plain.dropFirst())\(a.titleSeniority == .none ? "" : ", at \(a.titleSeniority.rawValue) level") ·
            language \(a.language) · experience \(AnalysisMarkdown.experience(a.experience))</p>
            </section>
            <h2>Findings</h2>
            <div data-testid="findings">\(findings)</div>
            <h2>Discipline profile</h2>
            \(Charts.disciplineBars(a.disciplines))
            <p class="muted">Orientation: \(a.orientation.plain).</p>
            \(evidenceList)
            <h2>Certifications</h2>
            \(certifications)
            <h2>Experience, education, clearance</h2>
            \(requirements)
            <h2>Matching work roles</h2>
            \(roles)
            \(actions)
            <h2>The posting, with the evidence marked</h2>
            <div class="posting" tabindex="0" aria-label="Posting text">\(Highlighter.render(text: PostingText.plainText(input.text, format: input.format), marks: marks))</div>
            \(a.warnings.isEmpty ? HTML.empty : "<p class=\"muted\">\(a.warnings.joined(separator: " "))</p>")
            """
    }

    func finding(_ finding: Finding) -> HTML {
        """
        <div class="finding \(finding.severity.rawValue)">
        <p><strong>\(finding.severity.rawValue): \(finding.code.title)</strong> <code>\(finding.code)</code><br>\(finding.message)</p>
        <blockquote>\(finding.evidence)</blockquote>
        <p class="muted">\(finding.rule)</p>
        </div>
        """
    }

    var evidenceList: HTML {
        let e = analysis.evidence
        let rows: [(String, [String])] = [
            ("IT security", e.itSecurity), ("Cybersecurity", e.cybersecurity),
            ("Information security", e.informationSecurity),
        ]
        let items = rows.filter { !$0.1.isEmpty }.map { name, quotes -> HTML in
            "<li><strong>\(name)</strong>: \(HTML.join(quotes.map { "<q>\($0)</q>" }, separator: " "))</li>"
        }
        guard !items.isEmpty else { return "" }
        return "<details><summary>Why: the sentences that weigh most</summary><ul>\(items)</ul></details>"
    }

    var certifications: HTML {
        guard !analysis.certifications.isEmpty else { return "<p>No certification named.</p>" }
        let rows = analysis.certifications.map { mention -> HTML in
            let group: HTML = mention.group.map { "<br><span class=\"muted\">one of group \($0 + 1)</span>" } ?? ""
            return """
                <tr><td><a href="/certifications/\(mention.id.rawValue)">\(mention.name)</a>\(group)</td>
                <td class="strength-\(mention.strength.rawValue)">\(mention.strength.rawValue)</td>
                <td><q>\(mention.evidence)</q></td></tr>
                """
        }
        return """
            <div class="table-wrap"><table>
            <thead><tr><th scope="col">Certification</th><th scope="col">Strength</th><th scope="col">Evidence</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    var requirements: HTML {
        let a = analysis
        var items: [HTML] = ["<li>Experience: \(AnalysisMarkdown.experience(a.experience))</li>"]
        for statement in a.experience.statements.prefix(5) {
            items.append(
                "<li class=\"muted\">\(statement.required ? "required" : "preferred"): <q>\(statement.evidence)</q></li>"
            )
        }
        if let education = a.education.summary { items.append("<li>Education: \(education)</li>") }
        if let clearance = a.clearance {
            items.append("<li>Clearance: \(clearance.level)\(clearance.polygraph ? " with polygraph" : "")</li>")
        }
        if !a.dodLevels.isEmpty { items.append("<li>DoD 8570/8140: \(a.dodLevels.joined(separator: ", "))</li>") }
        return "<ul>\(items)</ul>"
    }

    var roles: HTML {
        guard !analysis.roles.isEmpty else { return "<p>No work role stands out.</p>" }
        let items = analysis.roles.map { role -> HTML in
            "<li><a href=\"/roles/\(role.id.rawValue)\">\(role.name)</a> <span class=\"muted\">\(role.id.rawValue), \(Charts.percent(role.score))</span></li>"
        }
        return "<ul>\(items)</ul>"
    }

    /// Phrases to mark in the text: certification names and evidence sentences.
    var marks: [(String, String)] {
        var marks = analysis.certifications.map { ($0.matched, "cert") }
        let e = analysis.evidence
        for sentence in e.itSecurity + e.cybersecurity + e.informationSecurity {
            marks.append((sentence.trimmingCharacters(in: CharacterSet(charactersIn: "…")), "evidence"))
        }
        for statement in analysis.experience.statements.prefix(5) {
            marks.append((statement.evidence.trimmingCharacters(in: CharacterSet(charactersIn: "…")), "evidence"))
        }
        return marks
    }
}

/// Escapes a text and wraps the given phrases in `<mark>`.
enum Highlighter {
    static func render(text: String, marks: [(String, String)]) -> HTML {
        let limit = min(text.utf8.count, 200_000)
        let shown = String(text.utf8.prefix(limit)) ?? String(text.prefix(limit))
        var ranges: [(Range<String.Index>, String)] = []
        for (phrase, kind) in marks where phrase.count >= 2 {
            var searchStart = shown.startIndex
            var found = 0
            while found < 20, let range = shown.range(of: phrase, range: searchStart..<shown.endIndex) {
                ranges.append((range, kind))
                searchStart = range.upperBound
                found += 1
            }
        }
        ranges.sort { $0.0.lowerBound < $1.0.lowerBound }
        var output = ""
        var cursor = shown.startIndex
        for (range, kind) in ranges where range.lowerBound >= cursor {
            output += HTML.escape(String(shown[cursor..<range.lowerBound]))
            output += "<mark class=\"\(kind)\">" + HTML.escape(String(shown[range])) + "</mark>"
            cursor = range.upperBound
        }
        output += HTML.escape(String(shown[cursor...]))
        if limit < text.utf8.count { output += "\n…" }
        return HTML(stringLiteral: output)
    }
}
