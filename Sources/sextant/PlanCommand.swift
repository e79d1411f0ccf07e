import ArgumentParser
import Foundation
import SextantCore

/// How `plan` prints.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown, ics
}

/// `sextant plan --profile FILE`: a dated certification roadmap toward a goal.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan certifications toward a goal, technical before strategic, with dates, study time and cost.",
        discussion: """
            The goal comes from --goal or from the profile's `goal:`: a certification, a work role, a \
            posting, or a direction (direction:strategic for GRC and management, direction:technical). \
            Each step says why it is there, when to study, the exam target date at your weekly pace, when \
            you may hold it, its cost and the running total. While the goal waits for experience, the plan \
            adds stepping stones you can hold now or soon. Dates are honest: no exam is booked more than a \
            few months before you may hold the credential, except on the Associate-of-ISC2 route; one your \
            jobs never reach is a milestone that says what would unlock it. "What would move the date" \
            lists the levers (security share, waivers, hours, domains) with the date each gives.

            Examples:
              sextant plan --profile examples/soc-analyst.yaml
              sextant plan --profile me.yaml --goal cert:cissp --hours-per-week 6 --budget 1500
              sextant plan --profile me.yaml --goal role:OG-WRL-007 --format markdown
              sextant plan --profile me.yaml --goal direction:strategic
              sextant plan --profile me.yaml --goal posting:job.txt --format ics > roadmap.ics
            """)

    @OptionGroup var profileOptions: ProfileOptions

    @Option(
        help:
            "cert:ID (repeatable), role:ID, posting:FILE or direction:\(RoadmapGoal.directionNames.joined(separator: "|")); default: the profile's goal."
    )
    var goal: [String] = []

    @Option(
        name: .customLong("hours-per-week"),
        help:
            "Study hours a week, \(Profile.format(PlanningDefaults.hoursPerWeekRange.lowerBound))–\(Profile.format(PlanningDefaults.hoursPerWeekRange.upperBound))."
    )
    var hoursPerWeek: Double = PlanningDefaults.hoursPerWeek

    @Option(help: "Budget for exam fees; steps beyond it are marked.")
    var budget: Double?

    @Option(help: ArgumentHelp("The day to start, YYYY-MM-DD (default: --as-of or today).", valueName: "date"))
    var start: Day?

    @Option(help: "How to print the plan; ics writes calendar events.")
    var format: PlanFormat = .text

    @OptionGroup var data: KnowledgeBaseOptions

    func validate() throws {
        do {
            _ = try PlanningDefaults.checkHours(hoursPerWeek)
            _ = try PlanningDefaults.checkBudget(budget)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let base = try data.load()
        let asOf = try profileOptions.day()
        let profile = try profileOptions.load(base, asOf: asOf)
        let startDay = start ?? asOf
        let roadmapGoal = try resolveGoal(base, profile: profile)
        let roadmap = RoadmapPlanner(knowledgeBase: base).plan(
            profile, goal: roadmapGoal, hoursPerWeek: hoursPerWeek, budget: budget, start: startDay)
        switch format {
        case .json: print(try JSONOutput.string(roadmap))
        case .markdown: print(RoadmapFormats.markdown(roadmap))
        case .ics: print(RoadmapFormats.ics(roadmap), terminator: "")
        case .text: print(Self.text(roadmap, terminal: .current))
        }
    }

    /// The goal from --goal, else the profile's; the rules are Core's (`KnowledgeBase.resolveGoal`),
    /// and a posting goal is read here because it names a file.
    func resolveGoal(_ base: KnowledgeBase, profile: Profile) throws -> RoadmapGoal {
        func posting(_ path: String) throws -> RoadmapGoal {
            .posting(
                PostingAnalyzer(knowledgeBase: base).analyze(
                    try PostingReader.posting(path: path, title: nil, format: .auto)))
        }
        var request = GoalRequest()
        for item in goal {
            let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw CLIError(
                    "--goal \(item): write cert:ID, role:ID, posting:FILE or direction:strategic (e.g. cert:cissp).")
            }
            switch parts[0].lowercased() {
            case "cert", "certification": request.certifications += parts[1].split(separator: ",").map(String.init)
            case "role": request.role = parts[1]
            case "posting": return try posting(parts[1])
            case "direction": request.direction = parts[1]
            default: throw CLIError("--goal \(item): the kind must be cert, role, posting or direction.")
            }
        }
        if goal.isEmpty, profile.goal?.certifications?.isEmpty ?? true, profile.goal?.role == nil,
            let file = profile.goal?.posting
        {
            return try posting(file)
        }
        do {
            return try base.resolveGoal(request, profile: goal.isEmpty ? profile.goal : nil)
        } catch .missingGoal {
            throw CLIError(
                "No goal: pass --goal cert:ID, role:ID, posting:FILE or direction:strategic, or add `goal:` to the profile."
            )
        } catch {
            throw CLIError(error)
        }
    }

    static func text(_ roadmap: Roadmap, terminal: Terminal) -> String {
        var out = [terminal.bold("Roadmap to \(roadmap.goal)")]
        out.append(
            "From \(roadmap.start) at \(Profile.format(roadmap.hoursPerWeek)) study hours a week"
                + (roadmap.budget.map { ", budget \(Profile.format($0)) \(roadmap.currency)" } ?? ""))
        if roadmap.steps.isEmpty { out.append("Nothing to plan: you hold everything the goal asks.") }
        for step in roadmap.steps {
            out.append("")
            let kind = "\(step.orientation.rawValue), \(step.level.rawValue)"
            let label: String
            switch step.role {
            case .steppingStone: label = " — stepping stone"
            case .foundation: label = " — recommended"
            case .goal, .prerequisite: label = step.kind == .milestone ? " — milestone" : ""
            }
            out.append(
                terminal.bold("\(step.order). \(step.name)") + terminal.dim(" [\(step.id)] \(kind)")
                    + terminal.dim(label))
            out.append(terminal.wrap("Why: \(step.why)", indent: 3))
            if let examDate = step.examDate, let studyStart = step.studyStart {
                out.append(
                    "   Study \(studyStart) → exam by \(terminal.bold(examDate.description)) (~\(Profile.format(step.studyHours)) h, estimated)"
                        + (step.associateRoute ? terminal.dim("  Associate route") : ""))
            } else {
                out.append("   No exam booked: continuing your jobs does not reach it.")
            }
            out.append(
                "   Hold from: "
                    + (step.holdDate.map { terminal.green($0.description) }
                        ?? terminal.red("not reachable by continuing your jobs")))
            out.append(terminal.wrap(step.route, indent: 3))
            if let unlock = step.unlock { out.append(terminal.wrap("What would unlock it: \(unlock)", indent: 3)) }
            let cost = step.cost.map { "\(Profile.format($0)) \(step.currency ?? "")" } ?? "unknown"
            let budgetMark = step.overBudget ? terminal.red(" over budget") : ""
            let costLine =
                step.kind == .milestone
                ? "   Cost: \(cost) (not counted until it is reachable)"
                : "   Cost: \(cost)   running total: \(Profile.format(step.runningTotal))\(budgetMark)"
            out.append(
                costLine + (step.confidence == .unconfirmed ? terminal.red("   (rests on an unconfirmed fact)") : ""))
        }
        if !roadmap.levers.isEmpty {
            out.append("")
            out.append(terminal.bold("What would move the date"))
            for lever in roadmap.levers { out.append(terminal.wrap("- \(lever.description)", indent: 2)) }
        }
        out.append("")
        out.append("Total: \(Profile.format(roadmap.totalCost)) \(roadmap.currency)")
        for note in roadmap.notes { out.append(terminal.dim(terminal.wrap(note, indent: 0))) }
        return out.joined(separator: "\n")
    }
}

/// `sextant match --profile FILE POSTING`: how a person measures up to a posting.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Check a profile against a posting: each requirement met, unmet, or met on a date.",
        discussion: """
            Example:
              sextant match --profile examples/network-admin.yaml posting.txt
            """)

    @OptionGroup var profileOptions: ProfileOptions

    @Argument(help: "The posting file (- for standard input).")
    var posting: String

    @Option(help: "The posting's title, when it is not the first line of the text.")
    var title: String?

    @Option(name: .customLong("hours-per-week"), help: "Study hours a week for closing certification gaps.")
    var hoursPerWeek: Double = 8

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var data: KnowledgeBaseOptions

    func run() throws {
        let base = try data.load()
        let asOf = try profileOptions.day()
        let profile = try profileOptions.load(base, asOf: asOf)
        let analysis = PostingAnalyzer(knowledgeBase: base).analyze(
            try PostingReader.posting(path: posting, title: title, format: .auto))
        let report = ProfileMatcher(knowledgeBase: base).match(
            profile, to: analysis, asOf: asOf, hoursPerWeek: hoursPerWeek)
        if json {
            print(try JSONOutput.string(report))
            return
        }
        let terminal = Terminal.current
        print(
            terminal.bold("\(profile.name ?? profileOptions.profile) × \(report.posting)") + terminal.dim("  (\(asOf))")
        )
        print(report.summary)
        print("")
        for item in report.items {
            let mark: String
            switch item.status {
            case .met: mark = terminal.green("✓ met     ")
            case .metOn: mark = terminal.yellow("◷ \(item.metOn!)")
            case .unmet: mark = terminal.red("✗ unmet   ")
            case .unknown: mark = terminal.dim("? check   ")
            }
            print("\(mark)  \(item.requirement)")
            print(terminal.dim(terminal.wrap(item.detail, indent: 14)))
            if !item.closedBy.isEmpty {
                print(
                    terminal.dim(
                        "              closed by roadmap step: "
                            + item.closedBy.map { base.certification($0)?.short ?? $0.rawValue }.joined(separator: ", ")
                    ))
            }
        }
        if !report.roadmap.steps.isEmpty {
            print("")
            print(
                terminal.dim(
                    "`sextant plan --profile \(profileOptions.profile) --goal posting:\(posting)` shows the full roadmap."
                ))
        }
    }
}
