import Foundation
import Hummingbird
import SextantCore
import SextantData
import SextantStore

/// A profile form and what it drives: the eligibility table, the roadmap as a timeline, and a
/// posting match as a checklist.
///
/// The profile is edited as rows (`ProfileForm`) or, for people who prefer it, as YAML or JSON
/// text; "Start from a file" fills the rows from a resume. Uploads are read in memory and nothing
/// is stored until the person presses Save.
struct ProfilePages: Sendable {
    let environment: WebEnvironment
    var layout: Layout { environment.layout }
    var base: KnowledgeBase { environment.knowledgeBase }

    static let example = """
        name: Sam
        education:
          - degree: bachelor
            field: computer science
            completed: 2019-06-01
        certifications:
          - id: securityplus
            earned: 2020-03-15
        experience:
          - title: Network Administrator
            start: 2019-07-01
            end: 2022-12-31
            hoursPerWeek: 40
            securityShare: 0.5
            domains: [communication-and-network-security, identity-and-access-management]
          - title: Security Engineer
            start: 2023-01-01
            hoursPerWeek: 40
            securityShare: 0.9
            domains: [security-operations, security-architecture-and-engineering]
        goal:
          certifications: [cissp]
        """

    /// How the profile is being edited: as rows, or as YAML/JSON text.
    enum Editor: String { case form, yaml }

    /// What the form holds.
    struct Inputs {
        var editor = Editor.form
        var rows = ProfileForm()
        /// The profile as YAML or JSON: typed in the text editor, or the rows written out once read.
        var content = ""
        var asOf: Day
        var goalCertifications = ""
        var goalRole = ""
        /// A direction word (`strategic`, `technical`), or empty.
        var goalDirection = ""
        var hoursPerWeek = "8"
        var budget = ""
        var postingTitle = ""
        var posting = ""
        /// The field to put the cursor in after adding or removing a row.
        var focus: String?
        /// Fields outside the profile that could not be read (the date).
        var problems: [String] = []

        init(asOf: Day) { self.asOf = asOf }

        /// Shows a profile: as rows, with its goal in the goal fields.
        mutating func show(_ profile: Profile, base: KnowledgeBase) {
            editor = .form
            rows = ProfileForm(profile: profile, base: base)
            if let goal = profile.goal {
                goalCertifications = (goal.certifications ?? []).map(\.rawValue).joined(separator: ", ")
                goalRole = goal.role ?? ""
                goalDirection = goal.direction ?? ""
            }
        }
    }

    /// Wiring only: each route is a named handler below.
    func addRoutes(to router: Router<AppContext>) {
        router.get("/profile", use: profileForm)
        router.post("/profile/eligibility", use: eligibilityPage)
        router.post("/profile/plan", use: planPage)
        router.post("/profile/match", use: matchPage)
        router.post("/profile/edit", use: editProfile)
        router.post("/profile/import", use: importProfile)
        router.post("/profiles", use: saveProfile)
        router.get("/profiles/{id}", use: savedProfile)
        router.get("/profiles/{id}/delete", use: confirmDeleteProfile)
        router.post("/profiles/{id}/delete", use: deleteProfile)
        router.post("/plans", use: savePlan)
        router.get("/plans/{id}", use: savedPlan)
        router.get("/plans/{id}/delete", use: confirmDeletePlan)
        router.post("/plans/{id}/delete", use: deletePlan)
    }

    // MARK: Route handlers

    @Sendable func profileForm(_ request: Request, _ context: AppContext) async throws -> Response {
        let query = request.uri.queryParameters
        var inputs = Inputs(asOf: environment.today())
        if let id = query["saved"] {
            show(try await environment.database.profile(id: String(id)).content, in: &inputs)
        } else if query["example"] != nil || query["view"] == "yaml" {
            show(Self.example, in: &inputs)
        }
        if query["view"] == "yaml" {
            inputs.editor = .yaml
            if inputs.content.isEmpty { inputs.content = Self.example }
        }
        if let goal = query["goal"] { inputs.goalCertifications = String(goal) }
        if let role = query["role"] { inputs.goalRole = String(role) }
        if let direction = query["direction"] { inputs.goalDirection = String(direction) }
        return formPage(inputs, context: context)
    }

    @Sendable func eligibilityPage(_ request: Request, _ context: AppContext) async throws -> Response {
        try await respond(request, context, title: "Eligibility") { inputs, profile in
            eligibility(environment.evaluator.evaluate(profile, asOf: inputs.asOf))
        }
    }

    @Sendable func planPage(_ request: Request, _ context: AppContext) async throws -> Response {
        try await respond(request, context, title: "Roadmap") { inputs, profile in
            roadmapView(try plan(inputs, profile), inputs: inputs, context: context)
        }
    }

    @Sendable func matchPage(_ request: Request, _ context: AppContext) async throws -> Response {
        try await respond(request, context, title: "Match") { inputs, profile in
            guard !inputs.posting.allSatisfy(\.isWhitespace) else {
                throw WebFailure(
                    status: .unprocessableContent, code: "empty-posting",
                    message: "Paste the posting to match against.")
            }
            let analysis = try await environment.analyze(
                PostingInput(title: inputs.postingTitle.isEmpty ? nil : inputs.postingTitle, text: inputs.posting))
            return match(environment.matcher.match(profile, to: analysis, asOf: inputs.asOf))
        }
    }

    @Sendable func saveProfile(_ request: Request, _ context: AppContext) async throws -> Response {
        try await withProfile(request, context) { inputs, profile in
            let saved = try await environment.database.saveProfile(
                name: profile.name ?? "Profile", content: inputs.content)
            return Layout.redirect("/profiles/\(saved.id)")
        }
    }

    @Sendable func savedProfile(_ request: Request, _ context: AppContext) async throws -> Response {
        let saved = try await environment.database.profile(id: try context.parameters.decoded("id"))
        let today = environment.today()
        var body: HTML =
            "<h1>\(saved.name)</h1><p class=\"muted\">Saved \(saved.createdAt.formatted(.iso8601)).</p>"
        if let profile = try? ProfileLoader.decode(Data(saved.content.utf8), name: saved.name) {
            body = "\(body)\(eligibility(environment.evaluator.evaluate(profile, asOf: today)))"
        }
        body = """
            \(body)
            <h2>Profile</h2><pre class="posting">\(saved.content)</pre>
            <a class="button" href="/profile?saved=\(saved.id)">Open in the editor</a>
            <a class="button secondary" href="/profiles/\(saved.id)/delete">Delete…</a>
            """
        return layout.page(saved.name, active: .saved, body: body)
    }

    @Sendable func confirmDeleteProfile(_ request: Request, _ context: AppContext) async throws -> Response {
        let saved = try await environment.database.profile(id: try context.parameters.decoded("id"))
        return layout.page(
            "Delete profile", active: .saved,
            body: SavedPages.confirmDelete(
                kind: "profile", title: saved.name, action: "/profiles/\(saved.id)/delete", context: context))
    }

    @Sendable func deleteProfile(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try await Form.read(request, context: context)
        try await environment.database.deleteProfile(id: try context.parameters.decoded("id"))
        return Layout.redirect("/saved")
    }

    @Sendable func savePlan(_ request: Request, _ context: AppContext) async throws -> Response {
        try await withProfile(request, context) { inputs, profile in
            let roadmap = try plan(inputs, profile)
            let savedProfile = try await environment.database.saveProfile(
                name: profile.name ?? "Profile", content: inputs.content)
            let saved = try await environment.database.savePlan(roadmap, profileID: savedProfile.id)
            return Layout.redirect("/plans/\(saved.id)")
        }
    }

    @Sendable func savedPlan(_ request: Request, _ context: AppContext) async throws -> Response {
        let saved = try await environment.database.plan(id: try context.parameters.decoded("id"))
        return layout.page(
            "Roadmap", active: .saved,
            body: """
                \(roadmapView(saved.roadmap, inputs: nil, context: context))
                <a class="button secondary" href="/plans/\(saved.id)/delete">Delete…</a>
                """)
    }

    @Sendable func confirmDeletePlan(_ request: Request, _ context: AppContext) async throws -> Response {
        let saved = try await environment.database.plan(id: try context.parameters.decoded("id"))
        return layout.page(
            "Delete plan", active: .saved,
            body: SavedPages.confirmDelete(
                kind: "plan", title: saved.goal, action: "/plans/\(saved.id)/delete", context: context))
    }

    @Sendable func deletePlan(_ request: Request, _ context: AppContext) async throws -> Response {
        _ = try await Form.read(request, context: context)
        try await environment.database.deletePlan(id: try context.parameters.decoded("id"))
        return Layout.redirect("/saved")
    }

    /// Loads saved or example text: as rows when it reads as a profile, else as text to correct.
    func show(_ content: String, in inputs: inout Inputs) {
        inputs.content = content
        if let profile = try? ProfileLoader.decode(Data(content.utf8), name: "the profile") {
            inputs.show(profile, base: base)
        } else {
            inputs.editor = .yaml
        }
    }

    // MARK: Reading the form

    /// A page built from the profile on the form; a profile that cannot be read re-renders the
    /// form with its problems, keeping everything typed.
    func respond(
        _ request: Request, _ context: AppContext, title: String,
        _ build: @escaping @Sendable (Inputs, Profile) async throws -> HTML
    ) async throws -> Response {
        try await withProfile(request, context) { inputs, profile in
            let body = try await build(inputs, profile)
            return layout.page(title, active: .profile, body: "\(body)\(form(inputs, context: context))")
        }
    }

    func withProfile(
        _ request: Request, _ context: AppContext,
        _ body: @escaping @Sendable (Inputs, Profile) async throws -> Response
    ) async throws -> Response {
        var inputs = try await read(request, context)
        do {
            let profile = try profile(&inputs)
            return try await body(inputs, profile)
        } catch let problems as ProfileForm.Problems {
            return formPage(inputs, context: context, status: .unprocessableContent, problems: problems.messages)
        } catch let failure as WebFailure where failure.status == .unprocessableContent {
            return formPage(inputs, context: context, status: .unprocessableContent, problems: [failure.message])
        } catch let planning as PlanningError {
            return formPage(inputs, context: context, status: .unprocessableContent, problems: [planning.description])
        }
    }

    /// Reads the submitted fields as typed; nothing is checked yet.
    func read(_ request: Request, _ context: AppContext) async throws -> Inputs {
        inputs(try await Form.read(request, context: context))
    }

    func inputs(_ form: Form) -> Inputs {
        var inputs = Inputs(asOf: environment.today())
        // A post with profile text and no editor field comes from the text editor (or a script).
        inputs.editor =
            form.fields["editor"].flatMap(Editor.init(rawValue:)) ?? (form.fields["content"] != nil ? .yaml : .form)
        inputs.rows = ProfileForm(fields: form.fields, domains: base.domains.map(\.id))
        inputs.content = form.fields["content"] ?? ""
        if let asOf = form["asOf"] {
            if let day = try? Day(parsing: asOf) {
                inputs.asOf = day
            } else {
                inputs.problems.append("As of: '\(asOf.prefix(40))' is not a date — write it as YYYY-MM-DD.")
            }
        }
        inputs.goalCertifications = form.fields["goalCertifications"] ?? ""
        inputs.goalRole = form.fields["goalRole"] ?? ""
        inputs.goalDirection = form.fields["goalDirection"] ?? ""
        inputs.hoursPerWeek = form.fields["hoursPerWeek"] ?? "8"
        inputs.budget = form.fields["budget"] ?? ""
        inputs.postingTitle = form.fields["postingTitle"] ?? ""
        inputs.posting = form.fields["posting"] ?? ""
        return inputs
    }

    /// The profile on the form, checked against the catalog. In the row editor, the rows are
    /// also written out as YAML into `content` (what Save stores).
    func profile(_ inputs: inout Inputs) throws(ProfileForm.Problems) -> Profile {
        if !inputs.problems.isEmpty { throw ProfileForm.Problems(messages: inputs.problems) }
        var profile: Profile
        switch inputs.editor {
        case .yaml:
            do {
                profile = try ProfileLoader.decode(Data(inputs.content.utf8), name: "the profile")
            } catch {
                throw ProfileForm.Problems(messages: error.issues.map(\.description))
            }
        case .form:
            // The goal is checked by Core's rules first, so a bad goal reads the same here as in the API.
            let written = goalRequest(inputs)
            var goal = Profile.Goal()
            do throws(PlanningError) {
                var ids: [Certification.ID] = []
                for name in written.certifications { ids.append(try base.resolveCertification(name).id) }
                goal.certifications = ids
                if let role = written.role { goal.role = try base.resolveRole(role).id.rawValue }
                if let direction = written.direction, RoadmapGoal.direction(named: direction) == nil {
                    throw PlanningError.unknownDirection(direction)
                }
                goal.direction = written.direction
            } catch {
                throw ProfileForm.Problems(messages: [error.description])
            }
            if goal.certifications?.isEmpty ?? false { goal.certifications = nil }
            profile = try inputs.rows.profile(goal: goal)
        }
        profile = profile.resolvingCertificationNames(in: base)
        let errors = profile.validate(against: base, asOf: inputs.asOf).filter { $0.severity == .error }
        if !errors.isEmpty {
            throw ProfileForm.Problems(
                messages: errors.map { inputs.editor == .form ? ProfileForm.describe($0) : $0.description })
        }
        if inputs.editor == .form { inputs.content = ProfileYAML.render(profile) }
        return profile
    }

    // MARK: Editing without a script

    /// Adds or removes a row, or switches between the row and text editors, and shows the form.
    @Sendable func editProfile(_ request: Request, _ context: AppContext) async throws -> Response {
        let form = try await Form.read(request, context: context)
        var inputs = inputs(form)
        let action = form.fields["action"] ?? ""
        switch action {
        case "to-yaml":
            do {
                _ = try profile(&inputs)
                inputs.editor = .yaml
            } catch {
                return formPage(inputs, context: context, status: .unprocessableContent, problems: error.messages)
            }
        case "to-form":
            do {
                inputs.show(try ProfileLoader.decode(Data(inputs.content.utf8), name: "the profile"), base: base)
            } catch {
                return formPage(
                    inputs, context: context, status: .unprocessableContent,
                    problems: error.issues.map(\.description))
            }
        default:
            guard let focus = inputs.rows.apply(action) else {
                throw WebFailure(
                    status: .badRequest, code: "unknown-action",
                    message: "This form has no button '\(action.prefix(40))'.")
            }
            inputs.focus = focus
        }
        return formPage(inputs, context: context)
    }

    // MARK: Start from a file

    /// Reads an uploaded resume, LinkedIn export or profile file in memory and shows it as rows
    /// to review, with what was estimated and what could not be read. Nothing is stored.
    @Sendable func importProfile(_ request: Request, _ context: AppContext) async throws -> Response {
        let form: Form
        do {
            form = try await Form.read(request, context: context, limit: WebLimits.profileImport)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw WebFailure(
                status: .contentTooLarge, code: "too-large",
                message:
                    "The file is larger than \(WebLimits.profileImport >> 20) MB. Export a smaller file (a LinkedIn export without messages, a CV without pictures)."
            )
        }
        var inputs = inputs(form)
        guard let file = form.files["file"] else {
            return formPage(
                inputs, context: context, status: .unprocessableContent,
                problems: ["Choose a file to start from: \(ProfileImporter.formats)."])
        }
        let data = Data(file.data)
        let name = (file.name as NSString).lastPathComponent
        let imported: ProfileImport
        let lower = name.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml"),
            let profile = try? ProfileLoader.decode(data, name: name)
        {
            imported = ProfileImport(profile: profile, source: "Sextant profile")
        } else if lower.hasSuffix(".json"), let profile = try? ProfileLoader.decode(data, name: name) {
            imported = ProfileImport(profile: profile, source: "Sextant profile")
        } else {
            do {
                imported = try ProfileImporter(knowledgeBase: base).read(data: data, name: name)
            } catch {
                return formPage(
                    inputs, context: context, status: .unprocessableContent,
                    problems: ["\(error.file): \(error.problem) — \(error.fix)."])
            }
        }
        inputs.show(imported.profile.resolvingCertificationNames(in: base), base: base)
        let estimates = imported.estimates.map { estimate -> HTML in
            "<li>Job \(estimate.job + 1) (\(estimate.title)): \(estimate.note)</li>"
        }
        let unread = imported.unread.map { "<li>\($0)</li>" as HTML }
        let notice: HTML = """
            <section class="callout" aria-labelledby="imported">
            <h2 id="imported">Read from \(name) (\(imported.source))</h2>
            <p>\(imported.profile.experience.count) jobs, \(imported.profile.education.count) degrees and \
            \(imported.profile.certifications.count) certifications. Check every row below, then check eligibility or save.
            The file was read in memory; nothing is stored unless you save the profile.</p>
            \(estimates.isEmpty ? HTML.empty : "<p><strong>Estimated, please correct:</strong></p><ul>\(estimates)</ul>")
            \(unread.isEmpty ? HTML.empty : "<p><strong>Not read</strong> (add these by hand if they matter):</p><ul>\(unread)</ul>")
            </section>
            """
        return formPage(inputs, context: context, notice: notice)
    }

    // MARK: The page

    func formPage(
        _ inputs: Inputs, context: AppContext, status: HTTPResponse.Status = .ok, problems: [String] = [],
        notice: HTML = .empty
    ) -> Response {
        let alert: HTML =
            problems.isEmpty
            ? ""
            : """
            <div class="notice" role="alert"><p><strong>The profile needs a correction:</strong></p>
            <ul>\(problems.map { "<li>\($0)</li>" as HTML })</ul></div>
            """
        return layout.page(
            "Profile", active: .profile, status: status,
            body: """
                <h1>Your profile: eligibility, roadmap, match</h1>
                <p class="lead">Fill in your work history, degrees and certifications, or start from a file you already have.
                Sextant applies each certification's rules, with their sources, to say when you may hold it.</p>
                \(alert)\(notice)
                \(form(inputs, context: context))
                """)
    }

    /// The roadmap the form asks for; goal, hours and budget are checked by Core's rules, the same
    /// as the API's and the CLI's.
    func plan(_ inputs: Inputs, _ profile: Profile) throws -> Roadmap {
        let hours = try PlanningDefaults.checkHours(
            Double(inputs.hoursPerWeek.trimmingCharacters(in: .whitespaces)) ?? .nan)
        let budget = try PlanningDefaults.checkBudget(Double(inputs.budget.trimmingCharacters(in: .whitespaces)))
        let written = goalRequest(inputs)
        let goal = try base.resolveGoal(written, profile: written.isEmpty ? profile.goal : nil)
        return environment.planner.plan(profile, goal: goal, hoursPerWeek: hours, budget: budget, start: inputs.asOf)
    }

    /// The goal fields as written.
    func goalRequest(_ inputs: Inputs) -> GoalRequest {
        func text(_ value: String) -> String? {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        return GoalRequest(
            certifications: base.goalCertificationNames(inputs.goalCertifications), role: text(inputs.goalRole),
            direction: text(inputs.goalDirection))
    }

    func form(_ inputs: Inputs, context: AppContext) -> HTML {
        let editor: HTML
        switch inputs.editor {
        case .form:
            var views: HTML = ""
            if !inputs.content.isEmpty {
                views = """
                    <details><summary>The same profile as YAML</summary>
                    <pre class="posting" id="profile-yaml">\(inputs.content)</pre></details>
                    """
            }
            editor = """
                <input type="hidden" name="editor" value="form">
                \(inputs.rows.fields(base: base, focus: inputs.focus))
                \(views)
                <p><button type="submit" name="action" value="to-yaml" formaction="/profile/edit" class="secondary small">Edit as YAML or JSON text</button></p>
                """
        case .yaml:
            editor = """
                <input type="hidden" name="editor" value="yaml">
                <label for="content">Profile (YAML or JSON) <a href="https://yaml.org/" class="muted">YAML</a></label>
                <textarea id="content" name="content" required spellcheck="false">\(inputs.content)</textarea>
                <label for="profile-file">…or load a profile file into the text box</label>
                <input type="file" id="profile-file" accept=".yaml,.yml,.json" data-fill="content">
                <p><button type="submit" name="action" value="to-form" formaction="/profile/edit" class="secondary small">Edit as a form</button></p>
                """
        }
        return """
            <form method="post" action="/profile/import" enctype="multipart/form-data" class="upload">
            \(Layout.csrfField(context))
            <label for="import-file">Start from a file <span class="muted">(JSON Resume, LinkedIn export ZIP, a CV as text, \
            Markdown, HTML or DOCX, or a Sextant profile)</span></label>
            <input type="file" id="import-file" name="file" required \
            accept=".json,.zip,.csv,.txt,.md,.markdown,.html,.htm,.docx,.yaml,.yml">
            <input type="hidden" name="asOf" value="\(inputs.asOf.description)">
            <button type="submit" class="secondary">Read the file</button>
            <p class="muted">The file is read in memory to fill the form; nothing is stored unless you save the profile.</p>
            </form>
            <form method="post" action="/profile/eligibility" class="profile">
            \(Layout.csrfField(context))
            <button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true">Check eligibility (Enter)</button>
            \(editor)
            <h2 id="goal">Goal and plan</h2>
            <div class="row">
            <div><label for="asOf">As of</label><input type="date" id="asOf" name="asOf" value="\(inputs.asOf.description)"></div>
            <div><label for="goalCertifications">Goal certifications <span class="muted">(names, comma-separated)</span></label>
            <input type="text" id="goalCertifications" name="goalCertifications" value="\(inputs.goalCertifications)" list="catalog" autocomplete="off"></div>
            <div><label for="goalRole">…or a work role <span class="muted">(e.g. OG-WRL-007)</span></label>
            <input type="text" id="goalRole" name="goalRole" value="\(inputs.goalRole)"></div>
            <div><label for="goalDirection">…or a direction</label>
            <select id="goalDirection" name="goalDirection">\(directionOptions(inputs.goalDirection))</select></div>
            <div><label for="hoursPerWeek">Study hours a week</label>
            <input type="number" id="hoursPerWeek" name="hoursPerWeek" min="1" max="80" value="\(inputs.hoursPerWeek)"></div>
            <div><label for="budget">Budget <span class="muted">(USD)</span></label>
            <input type="number" id="budget" name="budget" min="0" value="\(inputs.budget)"></div>
            </div>
            <details><summary>Match against a posting</summary>
            <label for="postingTitle">Posting title</label><input type="text" id="postingTitle" name="postingTitle" value="\(inputs.postingTitle)">
            <label for="posting">Posting text</label><textarea id="posting" name="posting">\(inputs.posting)</textarea>
            </details>
            <button type="submit">Check eligibility</button>
            <button type="submit" formaction="/profile/plan">Plan a roadmap</button>
            <button type="submit" formaction="/profile/match" class="secondary">Match the posting</button>
            <button type="submit" formaction="/profiles" class="secondary">Save profile</button>
            </form>
            \(ProfileForm.catalogList(base))
            """
    }

    /// The direction choices: none, toward strategic work (GRC, management), or deeper technical work.
    func directionOptions(_ selected: String) -> HTML {
        let choices: [(value: String, label: String)] = [
            ("", "— none —"), ("strategic", "strategic: GRC, management"), ("technical", "technical: deeper hands-on"),
        ]
        return HTML.join(
            choices.map { choice -> HTML in
                let mark: HTML = choice.value == selected.lowercased() ? " selected" : ""
                return "<option value=\"\(choice.value)\"\(mark)>\(choice.label)</option>"
            })
    }

    func eligibility(_ report: EligibilityReport) -> HTML {
        let folded = report.certifications.filter { $0.status == .noRequirement }
        let rows = report.certifications.filter { $0.status != .noRequirement }.map { result -> HTML in
            var status: HTML
            switch result.status {
            case .eligible: status = "<span class=\"status-met\">eligible</span>"
            case .eligibleLater:
                status = "<span class=\"status-metOn\">from \(result.eligibleOn?.description ?? "")</span>"
            case .notEligible where result.retired != nil:
                status = "<span class=\"status-unmet\">retired on \(result.retired?.description ?? "")</span>"
            case .notEligible: status = "<span class=\"status-unmet\">not by continuing your jobs</span>"
            case .noRequirement: status = "<span class=\"muted\">no requirement</span>"
            }
            for whatIf in result.whatIf {
                status = "\(status)<br><span class=\"muted\">from \(whatIf.eligibleOn) if \(whatIf.assumption)</span>"
            }
            let reasons = result.reasons.map { "<li>\($0)</li>" as HTML }
            return """
                <tr><td><a href="/certifications/\(result.id.rawValue)">\(result.name)</a></td><td>\(status)</td>
                <td>\(result.route ?? "—")<details><summary>Why</summary><ul>\(reasons)</ul></details></td>
                <td>\(Badges.confidence(result.confidence))</td></tr>
                """
        }
        return """
            <h1>Eligibility on \(report.asOf)</h1>
            <div class="table-wrap"><table>
            <thead><tr><th scope="col">Certification</th><th scope="col">Status</th><th scope="col">Route and arithmetic</th><th scope="col">Rule</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            <p class="muted">… and \(folded.count) certifications with no experience requirement: you may sit their exams now.</p>
            """
    }

    func roadmapView(_ roadmap: Roadmap, inputs: Inputs?, context: AppContext) -> HTML {
        let steps = roadmap.steps.map { step -> HTML in
            let cost = step.cost.map { "\(AnalysisMarkdown.format($0)) \(step.currency ?? "")" } ?? "unknown"
            let tag: HTML
            switch step.role {
            case .steppingStone: tag = " <span class=\"badge\">stepping stone</span>"
            case .foundation: tag = " (recommended)"
            case .goal, .prerequisite: tag = step.kind == .milestone ? " <span class=\"badge\">milestone</span>" : ""
            }
            let dates: HTML
            if let examDate = step.examDate, let studyStart = step.studyStart {
                dates = """
                    Study from \(studyStart), exam by <strong>\(examDate)</strong> (~\(AnalysisMarkdown.format(step.studyHours)) h, estimated)\
                    \(step.associateRoute ? " on the Associate route" : "");
                    hold from <strong>\(step.holdDate?.description ?? "not reachable")</strong>.
                    """
            } else {
                dates = "No exam booked: continuing your jobs does not reach it."
            }
            let unlock: HTML = step.unlock.map { "<br>What would unlock it: \($0)" } ?? ""
            let costLine: HTML =
                step.kind == .milestone
                ? "Cost \(cost), not counted until it is reachable"
                : "Cost \(cost), running total \(AnalysisMarkdown.format(step.runningTotal))\(step.overBudget ? " — over budget" : "")"
            return """
                <li><strong>\(step.name)</strong>\(tag) — \(step.why).<br>
                \(dates)<br>\(step.route)\(unlock)<br>
                \(costLine)
                \(step.confidence == .unconfirmed ? Badges.confidence(.unconfirmed) : HTML.empty)</li>
                """
        }
        let levers: HTML =
            roadmap.levers.isEmpty
            ? ""
            : """
            <h2>What would move the date</h2>
            <ul class="levers">\(roadmap.levers.map { "<li>\($0.description)</li>" as HTML })</ul>
            """
        var save: HTML = ""
        if let inputs {
            save = """
                <form method="post" action="/plans">\(Layout.csrfField(context))
                <textarea name="content" hidden>\(inputs.content)</textarea>
                <input type="hidden" name="asOf" value="\(inputs.asOf.description)">
                <input type="hidden" name="goalCertifications" value="\(inputs.goalCertifications)">
                <input type="hidden" name="goalRole" value="\(inputs.goalRole)">
                <input type="hidden" name="goalDirection" value="\(inputs.goalDirection)">
                <input type="hidden" name="hoursPerWeek" value="\(inputs.hoursPerWeek)">
                <input type="hidden" name="budget" value="\(inputs.budget)">
                <button type="submit">Save this plan</button></form>
                """
        }
        let notes = roadmap.notes.map { "<li>\($0)</li>" as HTML }
        return """
            <h1>Roadmap to \(roadmap.goal)</h1>
            \(Charts.timeline(roadmap))
            <ol>\(steps)</ol>
            \(levers)
            <p>Total: <strong>\(AnalysisMarkdown.format(roadmap.totalCost)) \(roadmap.currency)</strong></p>
            <ul class="muted">\(notes)</ul>
            \(save)
            """
    }

    func match(_ report: MatchReport) -> HTML {
        let items = report.items.map { item -> HTML in
            let mark: HTML
            switch item.status {
            case .met: mark = "<span class=\"status-met\">✓ met</span>"
            case .metOn: mark = "<span class=\"status-metOn\">◷ met on \(item.metOn?.description ?? "")</span>"
            case .unmet: mark = "<span class=\"status-unmet\">✗ unmet</span>"
            case .unknown: mark = "<span class=\"status-unknown\">? check</span>"
            }
            let closed: HTML =
                item.closedBy.isEmpty
                ? ""
                : "<br><span class=\"muted\">closed by roadmap step: \(item.closedBy.map { base.certification($0)?.short ?? $0.rawValue }.joined(separator: ", "))</span>"
            return "<li>\(mark) <strong>\(item.requirement)</strong><br>\(item.detail)\(closed)</li>"
        }
        return """
            <h1>You × \(report.posting)</h1>
            <p class="lead">\(report.summary)</p>
            <ul class="checklist">\(items)</ul>
            """
    }
}
