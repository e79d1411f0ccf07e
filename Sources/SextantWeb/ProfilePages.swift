import Foundation
import Hummingbird
import SextantCore
import SextantData
import SextantStore

/// A profile form and what it drives: the eligibility table, the roadmap as a timeline, and a
/// posting match as a checklist.
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

    /// What the form holds.
    struct Inputs {
        var content: String
        var asOf: Day
        var goalCertifications = ""
        var goalRole = ""
        /// A direction word (`strategic`, `technical`), or empty.
        var goalDirection = ""
        var hoursPerWeek = "8"
        var budget = ""
        var postingTitle = ""
        var posting = ""
    }

    func addRoutes(to router: Router<AppContext>) {
        router.get("/profile") { request, context in
            let query = request.uri.queryParameters
            var inputs = Inputs(content: Self.example, asOf: environment.today())
            if let id = query["saved"] {
                inputs.content = try await environment.database.profile(id: String(id)).content
            }
            if let goal = query["goal"] { inputs.goalCertifications = String(goal) }
            if let role = query["role"] { inputs.goalRole = String(role) }
            if let direction = query["direction"] { inputs.goalDirection = String(direction) }
            return layout.page(
                "Profile", active: .profile,
                body: """
                    <h1>Your profile: eligibility, roadmap, match</h1>
                    <p class="lead">Describe your education, certifications and work history in YAML (or JSON). Sextant applies
                    each certification's rules, with their sources, to say when you may hold it.</p>
                    \(form(inputs, context: context))
                    """)
        }
        router.post("/profile/eligibility") { request, context in
            let (inputs, profile) = try await read(request, context)
            let report = environment.evaluator.evaluate(profile, asOf: inputs.asOf)
            return layout.page(
                "Eligibility", active: .profile, body: "\(eligibility(report))\(form(inputs, context: context))")
        }
        router.post("/profile/plan") { request, context in
            let (inputs, profile) = try await read(request, context)
            let roadmap = try plan(inputs, profile)
            return layout.page(
                "Roadmap", active: .profile,
                body: "\(roadmapView(roadmap, inputs: inputs, context: context))\(form(inputs, context: context))")
        }
        router.post("/profile/match") { request, context in
            let (inputs, profile) = try await read(request, context)
            guard !inputs.posting.allSatisfy(\.isWhitespace) else {
                throw WebFailure(
                    status: .unprocessableContent, code: "empty-posting", message: "Paste the posting to match against."
                )
            }
            let analysis = try await environment.analyze(
                PostingInput(title: inputs.postingTitle.isEmpty ? nil : inputs.postingTitle, text: inputs.posting))
            let report = environment.matcher.match(profile, to: analysis, asOf: inputs.asOf)
            return layout.page("Match", active: .profile, body: "\(match(report))\(form(inputs, context: context))")
        }
        router.post("/profiles") { request, context in
            let (inputs, profile) = try await read(request, context)
            let saved = try await environment.database.saveProfile(
                name: profile.name ?? "Profile", content: inputs.content)
            return Layout.redirect("/profiles/\(saved.id)")
        }
        router.get("/profiles/{id}") { _, context in
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
        router.get("/profiles/{id}/delete") { _, context in
            let saved = try await environment.database.profile(id: try context.parameters.decoded("id"))
            return layout.page(
                "Delete profile", active: .saved,
                body: SavedPages.confirmDelete(
                    kind: "profile", title: saved.name, action: "/profiles/\(saved.id)/delete", context: context))
        }
        router.post("/profiles/{id}/delete") { request, context in
            _ = try await Form.read(request, context: context)
            try await environment.database.deleteProfile(id: try context.parameters.decoded("id"))
            return Layout.redirect("/saved")
        }
        router.post("/plans") { request, context in
            let (inputs, profile) = try await read(request, context)
            let roadmap = try plan(inputs, profile)
            let savedProfile = try await environment.database.saveProfile(
                name: profile.name ?? "Profile", content: inputs.content)
            let saved = try await environment.database.savePlan(roadmap, profileID: savedProfile.id)
            return Layout.redirect("/plans/\(saved.id)")
        }
        router.get("/plans/{id}") { _, context in
            let saved = try await environment.database.plan(id: try context.parameters.decoded("id"))
            return layout.page(
                "Roadmap", active: .saved,
                body: """
                    \(roadmapView(saved.roadmap, inputs: nil, context: context))
                    <a class="button secondary" href="/plans/\(saved.id)/delete">Delete…</a>
                    """)
        }
        router.get("/plans/{id}/delete") { _, context in
            let saved = try await environment.database.plan(id: try context.parameters.decoded("id"))
            return layout.page(
                "Delete plan", active: .saved,
                body: SavedPages.confirmDelete(
                    kind: "plan", title: saved.goal, action: "/plans/\(saved.id)/delete", context: context))
        }
        router.post("/plans/{id}/delete") { request, context in
            _ = try await Form.read(request, context: context)
            try await environment.database.deletePlan(id: try context.parameters.decoded("id"))
            return Layout.redirect("/saved")
        }
    }

    /// Reads the form and the profile in it; a bad profile shows its field errors.
    func read(_ request: Request, _ context: AppContext) async throws -> (Inputs, Profile) {
        let form = try await Form.read(request, context: context)
        var inputs = Inputs(content: form.fields["content"] ?? "", asOf: environment.today())
        if let asOf = form["asOf"] {
            guard let day = try? Day(parsing: asOf) else {
                throw WebFailure(
                    status: .unprocessableContent, code: "invalid-date", message: "\(asOf) is not a date (YYYY-MM-DD).",
                    field: "asOf")
            }
            inputs.asOf = day
        }
        inputs.goalCertifications = form.fields["goalCertifications"] ?? ""
        inputs.goalRole = form.fields["goalRole"] ?? ""
        inputs.goalDirection = form.fields["goalDirection"] ?? ""
        inputs.hoursPerWeek = form.fields["hoursPerWeek"] ?? "8"
        inputs.budget = form.fields["budget"] ?? ""
        inputs.postingTitle = form.fields["postingTitle"] ?? ""
        inputs.posting = form.fields["posting"] ?? ""
        let profile: Profile
        do {
            profile = try ProfileLoader.decode(Data(inputs.content.utf8), name: "the profile")
                .resolvingCertificationNames(in: base)
        } catch {
            throw WebFailure(status: .unprocessableContent, code: "invalid-profile", message: error.description)
        }
        let errors = profile.validate(against: base, asOf: inputs.asOf).filter { $0.severity == .error }
        if !errors.isEmpty {
            throw WebFailure(
                status: .unprocessableContent, code: "invalid-profile",
                message: "The profile has problems: " + errors.map(\.description).joined(separator: "; "))
        }
        return (inputs, profile)
    }

    func plan(_ inputs: Inputs, _ profile: Profile) throws -> Roadmap {
        guard let hours = Double(inputs.hoursPerWeek), hours > 0, hours <= 80 else {
            throw WebFailure(
                status: .unprocessableContent, code: "invalid-hours",
                message: "Study hours a week must be between 1 and 80.")
        }
        let budget = Double(inputs.budget.trimmingCharacters(in: .whitespaces))
        let goal: RoadmapGoal
        let names = inputs.goalCertifications.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        if !names.isEmpty {
            goal = .certifications(
                try names.map { name in
                    guard let certification = base.findCertification(name) else {
                        throw WebFailure(
                            status: .unprocessableContent, code: "unknown-certification",
                            message: "Unknown certification '\(name)'.")
                    }
                    return certification.id
                })
        } else if !inputs.goalRole.isEmpty {
            guard let role = base.findRole(inputs.goalRole) else {
                throw WebFailure(
                    status: .unprocessableContent, code: "unknown-role",
                    message: "Unknown work role '\(inputs.goalRole)'.")
            }
            goal = .role(role.id)
        } else if !inputs.goalDirection.isEmpty {
            guard let direction = RoadmapGoal.direction(named: inputs.goalDirection) else {
                throw WebFailure(
                    status: .unprocessableContent, code: "unknown-direction",
                    message:
                        "Unknown direction '\(inputs.goalDirection)': choose one of \(RoadmapGoal.directionNames.joined(separator: ", "))."
                )
            }
            goal = .direction(direction)
        } else if let ids = profile.goal?.certifications, !ids.isEmpty {
            goal = .certifications(ids)
        } else if let role = profile.goal?.role {
            goal = .role(WorkRole.ID(role))
        } else if let direction = profile.goal?.direction.flatMap(RoadmapGoal.direction(named:)) {
            goal = .direction(direction)
        } else {
            throw WebFailure(
                status: .unprocessableContent, code: "missing-goal",
                message: "Give a goal: certifications, a work role or a direction.")
        }
        return environment.planner.plan(profile, goal: goal, hoursPerWeek: hours, budget: budget, start: inputs.asOf)
    }

    func form(_ inputs: Inputs, context: AppContext) -> HTML {
        """
        <form method="post" action="/profile/eligibility">
        \(Layout.csrfField(context))
        <label for="content">Profile (YAML or JSON) <a href="https://yaml.org/" class="muted">YAML</a></label>
        <textarea id="content" name="content" required spellcheck="false">\(inputs.content)</textarea>
        <label for="profile-file">…or load a file</label>
        <input type="file" id="profile-file" accept=".yaml,.yml,.json" data-fill="content">
        <div class="row">
        <div><label for="asOf">As of</label><input type="date" id="asOf" name="asOf" value="\(inputs.asOf.description)"></div>
        <div><label for="goalCertifications">Goal certifications <span class="muted">(ids, comma-separated)</span></label>
        <input type="text" id="goalCertifications" name="goalCertifications" value="\(inputs.goalCertifications)"></div>
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
                : "<br><span class=\"muted\">closed by roadmap step: \(item.closedBy.map(\.rawValue).joined(separator: ", "))</span>"
            return "<li>\(mark) <strong>\(item.requirement)</strong><br>\(item.detail)\(closed)</li>"
        }
        return """
            <h1>You × \(report.posting)</h1>
            <p class="lead">\(report.summary)</p>
            <ul class="checklist">\(items)</ul>
            """
    }
}
