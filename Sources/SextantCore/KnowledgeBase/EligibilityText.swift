/// Eligibility rules in plain words, for people reading the catalog.
public enum EligibilityText {
    /// One sentence per path ("Either ... or ..."), plus the associate route.
    public static func sentences(for eligibility: Eligibility, in base: KnowledgeBase) -> [String] {
        if eligibility.paths.isEmpty { return ["No formal requirement."] }
        var lines = eligibility.paths.map { describe($0, in: base) }
        if lines.count > 1 { lines = lines.enumerated().map { "Route \($0.offset + 1): \($0.element)" } }
        if let associate = eligibility.associate {
            lines.append(
                "Without the experience: pass the exam and become \(associate.label), then earn the experience within "
                    + years(associate.yearsToComplete) + ".")
        }
        return lines
    }

    static func describe(_ path: Eligibility.Path, in base: KnowledgeBase) -> String {
        var clauses: [String] = []
        if let prerequisites = path.prerequisites {
            if let all = prerequisites.allOf, !all.isEmpty {
                clauses.append("hold " + list(all.map { name($0, base) }, conjunction: "and"))
            }
            if let any = prerequisites.anyOf, !any.isEmpty {
                clauses.append(
                    "hold " + (any.count > 1 ? "one of " : "") + list(any.map { name($0, base) }, conjunction: "or"))
            }
        }
        if let training = path.training { clauses.append("complete \(training)") }
        if let experience = path.experience { clauses.append(describe(experience, in: base)) }
        if let hours = path.auditHours { clauses.append("\(hours) hours of audit activity") }
        let body = clauses.isEmpty ? path.label : clauses.joined(separator: "; ")
        return capitalized(body) + "."
    }

    static func describe(_ rule: Eligibility.ExperienceRule, in base: KnowledgeBase) -> String {
        var text = years(rule.years) + " of " + work(rule.counts)
        if let minDomains = rule.minDomains { text += " in at least \(minDomains) CISSP domains" }
        if rule.partTime == .hours { text += " (part-time counts by hours: 2,080 hours make a year)" }
        if rule.partTime == .fullTime { text += " (full-time only)" }
        for part in rule.parts ?? [] {
            // A part's label already says its years ("three years in information security").
            text += ", of which " + (part.label ?? years(part.years) + " of " + work(part.counts))
        }
        if let window = rule.window {
            var bounds: [String] = []
            if let before = window.yearsBefore { bounds.append("within \(years(before)) before applying") }
            if let after = window.yearsAfterExam { bounds.append("within \(years(after)) after passing the exam") }
            if !bounds.isEmpty { text += ", gained " + bounds.joined(separator: " or ") }
        }
        if let waivers = rule.waivers, !waivers.options.isEmpty {
            let options = waivers.options.map { "\($0.label) (\(years($0.years)))" }
            text += "; up to \(years(waivers.maxYears)) can be waived by " + list(options, conjunction: "or")
        }
        for substitution in rule.substitutions ?? [] {
            text +=
                "; "
                + (substitution.label
                    ?? "holding \(name(substitution.holding, base)) replaces \(years(substitution.replaces))")
        }
        return text
    }

    /// What a kind of work is called in a sentence.
    public static func work(_ kind: WorkKind) -> String {
        switch kind {
        case .work: "paid professional work"
        case .it: "paid IT work"
        case .security: "paid security work"
        case .securityManagement: "security management work"
        case .audit: "information systems audit, control, assurance or security work"
        case .risk: "IT risk and information systems control work"
        case .governance: "governance work"
        case .privacy: "privacy and data protection work"
        case .softwareDevelopment: "software development life cycle work"
        case .cloud: "cloud security work"
        case .projectManagement: "project management work"
        }
    }

    /// "1 year", "2.5 years".
    public static func years(_ value: Double) -> String {
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        return number + (value == 1 ? " year" : " years")
    }

    static func name(_ id: Certification.ID, _ base: KnowledgeBase) -> String {
        base.certification(id)?.short ?? id.rawValue
    }

    static func list(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        case 2: "\(items[0]) \(conjunction) \(items[1])"
        default: items.dropLast().joined(separator: ", ") + ", \(conjunction) " + items.last!
        }
    }

    static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
