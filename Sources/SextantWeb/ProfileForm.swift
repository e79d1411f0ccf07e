import Foundation
import SextantCore

/// The Profile page's form: a profile as rows a person fills in (jobs, degrees, certifications).
///
/// Values stay as typed, so a mistake re-renders with everything else intact; `profile(in:)`
/// turns the rows into a `Profile` and names the row and field of everything it cannot read.
/// Rows are numbered in field names (`job-0-title`, `education-1-degree`, `certification-2-name`)
/// with their counts in `jobs`, `educations` and `certifications`, so the page needs no script.
struct ProfileForm: Sendable, Hashable {
    /// Rows of each kind a form may carry; more is a generated request, not a person.
    static let maximumRows = 40

    struct JobRow: Sendable, Hashable {
        var title = ""
        var start = ""
        var end = ""
        var hours = "40"
        /// Percent of the time spent on security work, as typed.
        var share = ""
        var domains: Set<String> = []
        var management = false
        /// Fields the form does not show, kept from a loaded profile so a round trip loses nothing.
        var it = ""
        var focus = ""
        var auditHours = ""

        var isBlank: Bool {
            [title, start, end, share].allSatisfy(ProfileForm.isBlank) && domains.isEmpty && !management
        }
    }

    struct EducationRow: Sendable, Hashable {
        var degree = ""
        var field = ""
        var completed = ""

        var isBlank: Bool { [degree, field, completed].allSatisfy(ProfileForm.isBlank) }
    }

    struct CertificationRow: Sendable, Hashable {
        /// An id, name or alias as typed ("Security+", "CISSP").
        var name = ""
        var earned = ""
        var expires = ""

        var isBlank: Bool { [name, earned, expires].allSatisfy(ProfileForm.isBlank) }
    }

    var name = ""
    var jobs: [JobRow] = [JobRow()]
    var education: [EducationRow] = [EducationRow()]
    var certifications: [CertificationRow] = [CertificationRow()]
    /// A goal posting file named in a loaded profile; not on the form, kept for the round trip.
    var goalPosting = ""

    init() {}

    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    // MARK: Fields → rows

    /// Reads the rows from submitted fields. Counts are capped at `maximumRows`; a missing
    /// field is empty. O(rows × domains).
    init(fields: [String: String], domains: [Domain.ID]) {
        func value(_ key: String) -> String { fields[key] ?? "" }
        func count(_ key: String) -> Int { max(0, min(Int(value(key)) ?? 0, Self.maximumRows)) }
        name = value("name")
        goalPosting = value("goalPosting")
        jobs = (0..<count("jobs")).map { index in
            let prefix = "job-\(index)-"
            return JobRow(
                title: value(prefix + "title"), start: value(prefix + "start"), end: value(prefix + "end"),
                hours: value(prefix + "hours"), share: value(prefix + "share"),
                domains: Set(domains.map(\.rawValue).filter { fields[prefix + "domain-" + $0] != nil }),
                management: fields[prefix + "management"] != nil, it: value(prefix + "it"),
                focus: value(prefix + "focus"), auditHours: value(prefix + "auditHours"))
        }
        education = (0..<count("educations")).map { index in
            let prefix = "education-\(index)-"
            return EducationRow(
                degree: value(prefix + "degree"), field: value(prefix + "field"),
                completed: value(prefix + "completed"))
        }
        certifications = (0..<count("certifications")).map { index in
            let prefix = "certification-\(index)-"
            return CertificationRow(
                name: value(prefix + "name"), earned: value(prefix + "earned"), expires: value(prefix + "expires"))
        }
    }

    // MARK: Profile → rows

    /// The rows showing a profile; certifications by their short names.
    init(profile: Profile, base: KnowledgeBase) {
        name = profile.name ?? ""
        goalPosting = profile.goal?.posting ?? ""
        jobs = profile.experience.map { job in
            JobRow(
                title: job.title, start: job.start.description, end: job.end?.description ?? "",
                hours: Profile.format(job.hoursPerWeek),
                share: Profile.format((job.securityShare * 1000).rounded() / 10),
                domains: Set(job.domains.map(\.rawValue)), management: job.management,
                it: job.it.map { $0 ? "true" : "false" } ?? "",
                focus: (job.focus ?? []).map(\.rawValue).joined(separator: ","),
                auditHours: job.auditHours.map(Profile.format) ?? "")
        }
        education = profile.education.map { record in
            EducationRow(
                degree: record.degree.rawValue, field: record.field ?? "",
                completed: record.completed?.description ?? "")
        }
        certifications = profile.certifications.map { held in
            CertificationRow(
                name: base.certification(held.id)?.short ?? held.id.rawValue, earned: held.earned.description,
                expires: held.expires?.description ?? "")
        }
    }

    // MARK: Rows → profile

    /// What the rows could not say, each naming its row and field.
    struct Problems: Error, Sendable {
        var messages: [String]
    }

    /// The profile the rows describe. Blank rows are left out; everything unreadable is reported
    /// at once, each naming its row ("Job 2, start").
    func profile(goal: Profile.Goal?) throws(Problems) -> Profile {
        var problems: [String] = []
        var profile = Profile(name: Self.isBlank(name) ? nil : name.trimmingCharacters(in: .whitespaces))
        for (index, row) in jobs.enumerated() where !row.isBlank {
            let label = "Job \(index + 1)"
            let start = Self.day(row.start, last: false, "\(label), start", required: true, &problems)
            let end = Self.day(row.end, last: true, "\(label), end", required: false, &problems)
            let hours = Self.number(row.hours, "\(label), hours a week", default: 40, range: 1...100, &problems)
            let percent = Self.number(
                row.share.replacingOccurrences(of: "%", with: ""), "\(label), security share", default: 0,
                range: 0...100, &problems)
            var job = Profile.Job(
                title: row.title.trimmingCharacters(in: .whitespaces),
                start: start ?? Day(year: 2000, month: 1, day: 1)!,
                end: end, hoursPerWeek: hours, securityShare: percent / 100,
                domains: row.domains.sorted().map { Domain.ID($0) }, management: row.management)
            if Self.isBlank(row.title) { problems.append("\(label), title: is empty — name the job.") }
            switch row.it.lowercased() {
            case "true": job.it = true
            case "false": job.it = false
            default: break
            }
            let focus = row.focus.split(separator: ",").compactMap {
                WorkKind(rawValue: $0.trimmingCharacters(in: .whitespaces))
            }
            job.focus = focus.isEmpty ? nil : focus
            job.auditHours = Double(row.auditHours)
            profile.experience.append(job)
        }
        for (index, row) in education.enumerated() where !row.isBlank {
            let label = "Degree \(index + 1)"
            guard let degree = Degree(rawValue: row.degree.lowercased()), degree != .none else {
                problems.append("\(label): choose the degree level.")
                continue
            }
            let completed = Self.day(row.completed, last: true, "\(label), completed", required: false, &problems)
            let field = row.field.trimmingCharacters(in: .whitespaces)
            profile.education.append(
                Profile.EducationRecord(degree: degree, field: field.isEmpty ? nil : field, completed: completed))
        }
        for (index, row) in certifications.enumerated() where !row.isBlank {
            let label = "Certification \(index + 1)"
            let name = row.name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { problems.append("\(label): name the certification (e.g. Security+ or CISSP).") }
            let earned = Self.day(row.earned, last: false, "\(label), earned", required: true, &problems)
            let expires = Self.day(row.expires, last: true, "\(label), expires", required: false, &problems)
            if let earned, !name.isEmpty {
                profile.certifications.append(
                    Profile.HeldCertification(id: Certification.ID(name), earned: earned, expires: expires))
            }
        }
        if let goal {
            var goal = goal
            if !Self.isBlank(goalPosting) { goal.posting = goalPosting }
            if goal != Profile.Goal() { profile.goal = goal }
        }
        guard problems.isEmpty else { throw Problems(messages: problems) }
        return profile
    }

    /// A day as people type it: 2021-03-15, 2021-03, 03/2021, "March 2021", 2021. A start means
    /// the first day it can mean, an end the last; "present" (in six languages) is no end.
    static func day(_ text: String, last: Bool, _ label: String, required: Bool, _ problems: inout [String]) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            if required { problems.append("\(label): is empty — write a date such as 2021-03.") }
            return nil
        }
        if let day = try? Day(parsing: trimmed) { return day }
        if !required, ResumeDates.present.contains(trimmed.lowercased()) { return nil }
        if trimmed.count <= 40, let written = ResumeDates.date(trimmed) {
            return last ? written.last : written.first
        }
        problems.append("\(label): '\(trimmed.prefix(40))' is not a date — write it as 2021-03 or 2021-03-15.")
        return nil
    }

    static func number(
        _ text: String, _ label: String, default fallback: Double, range: ClosedRange<Double>,
        _ problems: inout [String]
    ) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return fallback }
        guard let value = Double(trimmed.replacingOccurrences(of: ",", with: ".")), range.contains(value) else {
            problems.append(
                "\(label): '\(trimmed.prefix(20))' is not a number from \(Profile.format(range.lowerBound)) to \(Profile.format(range.upperBound))."
            )
            return fallback
        }
        return value
    }

    /// A profile issue with its field path in the form's words: `experience[1].end` → "Job 2, end".
    static func describe(_ issue: ProfileIssue) -> String {
        let rows = [("experience[", "Job"), ("education[", "Degree"), ("certifications[", "Certification")]
        let names = [
            "hoursPerWeek": "hours a week", "securityShare": "security share", "id": "name", "role": "work role",
        ]
        var label = issue.field
        for (prefix, noun) in rows where issue.field.hasPrefix(prefix) {
            let rest = issue.field.dropFirst(prefix.count)
            guard let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) else { break }
            let key = rest[rest.index(after: close)...].drop { $0 == "." }
            let field = String(key.prefix { $0 != "[" })
            label = "\(noun) \(index + 1)" + (field.isEmpty ? "" : ", \(names[field] ?? field)")
        }
        if issue.field.hasPrefix("goal.") {
            let field = String(issue.field.dropFirst(5).prefix { $0 != "[" })
            label = "Goal, \(names[field] ?? field)"
        }
        return "\(label)\(issue.value.map { " '\($0)'" } ?? ""): \(issue.problem) — \(issue.fix)."
    }

    // MARK: Editing without a script

    /// Applies an add or remove button (`add-job`, `remove-certification-2`); returns the field
    /// to focus, or nil when the action is not one of these.
    mutating func apply(_ action: String) -> String? {
        switch action {
        case "add-job" where jobs.count < Self.maximumRows:
            jobs.append(JobRow())
            return "job-\(jobs.count - 1)-title"
        case "add-education" where education.count < Self.maximumRows:
            education.append(EducationRow())
            return "education-\(education.count - 1)-degree"
        case "add-certification" where certifications.count < Self.maximumRows:
            certifications.append(CertificationRow())
            return "certification-\(certifications.count - 1)-name"
        default:
            for (prefix, kind) in [("remove-job-", 0), ("remove-education-", 1), ("remove-certification-", 2)]
            where action.hasPrefix(prefix) {
                guard let index = Int(action.dropFirst(prefix.count)) else { return nil }
                switch kind {
                case 0 where jobs.indices.contains(index): jobs.remove(at: index)
                case 1 where education.indices.contains(index): education.remove(at: index)
                case 2 where certifications.indices.contains(index): certifications.remove(at: index)
                default: return nil
                }
                return kind == 0 ? "add-job" : kind == 1 ? "add-education" : "add-certification"
            }
            return nil
        }
    }
}
