extension KnowledgeBase {
    /// The smallest term lexicon the analyzer is designed for.
    public static let minimumTermCount = 400

    /// DoD 8570 baseline categories a certification may be listed under.
    public static let dod8570Categories: Set<String> = [
        "IAT-I", "IAT-II", "IAT-III", "IAM-I", "IAM-II", "IAM-III", "IASAE-I", "IASAE-II", "IASAE-III",
        "CSSP-Analyst", "CSSP-Infrastructure-Support", "CSSP-Incident-Responder", "CSSP-Auditor",
        "CSSP-Manager",
    ]

    /// Checks every cross-reference and invariant the loader's decoding cannot: unique ids and
    /// aliases, references to sources, domains, certifications and frameworks, dates and URLs.
    ///
    /// - Parameter today: facts may not claim to be checked after this day.
    /// - Returns: every problem found, in file order; empty when the data is sound.
    public func validate(today: Day? = nil) -> [DataIssue] {
        var checker = Checker(base: self, today: today)
        checker.checkManifest()
        checker.checkSources()
        checker.checkDefinitions()
        checker.checkDomains()
        checker.checkCertifications()
        checker.checkRoles()
        checker.checkTerms()
        checker.checkTitles()
        return checker.issues
    }
}

/// Walks the knowledge base collecting issues; one method per file.
private struct Checker {
    let base: KnowledgeBase
    let today: Day?
    var issues: [DataIssue] = []

    init(base: KnowledgeBase, today: Day?) {
        self.base = base
        self.today = today
    }

    private mutating func report(
        _ file: KnowledgeBaseFile, _ path: DataPath, value: String?, _ problem: String, fix: String,
        severity: DataIssue.Severity = .error
    ) {
        issues.append(DataIssue(severity, file: file, path: path, value: value, problem: problem, fix: fix))
    }

    private func didYouMean(_ value: String, _ candidates: [String], list command: String) -> String {
        if let best = EditDistance.suggestions(for: value, among: candidates, limit: 1).first {
            return "did you mean '\(best)'? (\(command))"
        }
        return command
    }

    // MARK: Shared shapes

    mutating func checkProvenance(_ provenance: Provenance, _ file: KnowledgeBaseFile, _ path: DataPath) {
        let sourceIDs = base.sources.map(\.id.rawValue)
        for (index, id) in provenance.sources.enumerated() where base.source(id) == nil {
            report(
                file, path + "sources" + index, value: id.rawValue, "unknown source '\(id)'",
                fix: didYouMean(id.rawValue, sourceIDs, list: "sources are listed in sources.yaml"))
        }
        if provenance.sources.isEmpty, provenance.confidence != .unconfirmed {
            report(
                file, path + "confidence", value: provenance.confidence.rawValue,
                "a \(provenance.confidence.rawValue) fact must cite at least one source",
                fix: "add the source ids under `sources`, or mark the fact `unconfirmed`")
        }
        checkNotFuture(provenance.checked, file, path + "checked")
    }

    mutating func checkNotFuture(_ day: Day, _ file: KnowledgeBaseFile, _ path: DataPath) {
        if let today, day > today {
            report(
                file, path, value: day.description, "the date \(day) is in the future",
                fix: "write the day the fact was actually checked (today is \(today))")
        }
    }

    mutating func checkText(_ text: String, _ file: KnowledgeBaseFile, _ path: DataPath) {
        if text.allSatisfy(\.isWhitespace) {
            report(file, path, value: text, "this text is empty", fix: "write a value or remove the field")
        }
    }

    mutating func checkDomainIDs(_ ids: [Domain.ID], _ file: KnowledgeBaseFile, _ path: DataPath) {
        for (index, id) in ids.enumerated() where base.domain(id) == nil {
            report(
                file, path + index, value: id.rawValue, "unknown domain '\(id)'",
                fix: didYouMean(
                    id.rawValue, base.domains.map(\.id.rawValue), list: "domains are listed in domains.yaml"))
        }
    }

    mutating func checkCertificationIDs(
        _ ids: [Certification.ID], _ file: KnowledgeBaseFile, _ path: DataPath, owner: Certification.ID? = nil
    ) {
        for (index, id) in ids.enumerated() {
            if base.certification(id) == nil {
                report(
                    file, path + index, value: id.rawValue, "unknown certification '\(id)'",
                    fix: didYouMean(
                        id.rawValue, base.certifications.map(\.id.rawValue),
                        list: "certification ids are listed in certifications.yaml"))
            } else if id == owner {
                report(
                    file, path + index, value: id.rawValue, "'\(id)' refers to itself",
                    fix: "a certification cannot be its own prerequisite or substitute")
            }
        }
    }

    static func isWellFormedURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lower.hasPrefix($0) }) else { return false }
        let rest = text.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.contains(".") && !host.hasPrefix(".") && !host.hasSuffix(".")
            && !text.contains(where: { $0.isWhitespace })
            && host.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" }
    }

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // MARK: Files

    mutating func checkManifest() {
        if base.version.allSatisfy(\.isWhitespace) {
            report(.manifest, ["version"], value: base.version, "the version is empty", fix: "write e.g. 2026.11.26")
        }
        checkNotFuture(base.reviewed, .manifest, ["reviewed"])
        checkCertificationIDs(base.contractCertificationIDs, .manifest, ["contractCertificationIDs"])
    }

    mutating func checkSources() {
        var seen: [Source.ID: Int] = [:]
        for (index, source) in base.sources.enumerated() {
            let path: DataPath = ["sources", .index(index)]
            if let first = seen[source.id] {
                report(
                    .sources, path + "id", value: source.id.rawValue,
                    "source id '\(source.id)' is used twice (first at sources[\(first)])",
                    fix: "give each source its own id")
            } else {
                seen[source.id] = index
            }
            checkText(source.title, .sources, path + "title")
            if let checked = source.checked {
                checkNotFuture(checked, .sources, path + "checked")
            } else {
                report(
                    .sources, path + "checked", value: nil,
                    "source '\(source.id)' does not say when it was last checked",
                    fix: "add checked: YYYY-MM-DD, the last day someone read it to confirm the facts that cite it")
            }
            var addresses: [(String, DataPath)] = source.url.map { [($0, path + "url")] } ?? []
            for (offset, url) in (source.alsoAt ?? []).enumerated() {
                addresses.append((url, path + "alsoAt" + offset))
            }
            for (url, at) in addresses where !Self.isWellFormedURL(url) {
                report(
                    .sources, at, value: url, "'\(url)' is not a well-formed web address",
                    fix: "write a full address starting with https:// (no spaces)")
            }
        }
    }

    mutating func checkDefinitions() {
        for discipline in Discipline.allCases {
            let count = base.disciplines.filter { $0.id == discipline }.count
            if count != 1 {
                report(
                    .disciplines, ["disciplines"], value: discipline.rawValue,
                    "discipline '\(discipline.rawValue)' is defined \(count) times",
                    fix: "define each of itSecurity, cybersecurity and informationSecurity exactly once")
            }
        }
        for orientation in [Orientation.technical, .strategic]
        where !base.orientations.contains(where: { $0.id == orientation }) {
            report(
                .disciplines, ["orientations"], value: orientation.rawValue,
                "orientation '\(orientation.rawValue)' is not defined", fix: "add a definition for it")
        }
        for (index, definition) in base.disciplines.enumerated() {
            checkText(definition.definition, .disciplines, ["disciplines", .index(index), "definition"])
        }
        for (index, definition) in base.orientations.enumerated() {
            checkText(definition.definition, .disciplines, ["orientations", .index(index), "definition"])
            if definition.id == .none {
                report(
                    .disciplines, ["orientations", .index(index), "id"], value: "none",
                    "'none' is not an orientation to define", fix: "define technical, strategic and mixed only")
            }
        }
    }

    mutating func checkDomains() {
        checkProvenance(base.domainOutline.provenance, .domains, ["outline", "provenance"])
        var ids = Set<Domain.ID>()
        for (index, domain) in base.domains.enumerated() {
            let path: DataPath = ["domains", .index(index)]
            if !ids.insert(domain.id).inserted {
                report(
                    .domains, path + "id", value: domain.id.rawValue, "domain id '\(domain.id)' is used twice",
                    fix: "give each domain its own id")
            }
            if !Self.isSlug(domain.id.rawValue) {
                report(
                    .domains, path + "id", value: domain.id.rawValue, "'\(domain.id)' is not a kebab-case id",
                    fix: "use lower-case letters, digits and hyphens")
            }
            if domain.weight < 0 || domain.weight > 100 {
                report(
                    .domains, path + "weight", value: String(domain.weight),
                    "weight \(domain.weight) is not a percentage", fix: "write a percentage between 0 and 100")
            }
        }
        let total = base.domains.reduce(0) { $0 + $1.weight }
        if !base.domains.isEmpty, total != 100 {
            report(
                .domains, ["domains"], value: String(total), "the domain weights add up to \(total), not 100",
                fix: "correct the weights from the exam outline")
        }
        if base.domains.count != 8 {
            report(
                .domains, ["domains"], value: String(base.domains.count),
                "there are \(base.domains.count) domains, not the eight CISSP domains",
                fix: "list the eight CISSP domains")
        }
    }

    mutating func checkCertifications() {
        var ids: [Certification.ID: Int] = [:]
        var names: [String: (Certification.ID, String)] = [:]
        for (index, certification) in base.certifications.enumerated() {
            let path: DataPath = ["certifications", .index(index)]
            let id = certification.id
            if let first = ids[id] {
                report(
                    .certifications, path + "id", value: id.rawValue,
                    "certification id '\(id)' is used twice (first at certifications[\(first)])",
                    fix: "ids are unique; remove or rename the second entry")
            } else {
                ids[id] = index
            }
            if !Self.isSlug(id.rawValue) {
                report(
                    .certifications, path + "id", value: id.rawValue, "'\(id)' is not a valid certification id",
                    fix: "use lower-case ASCII letters, digits and hyphens")
            }
            checkText(certification.name, .certifications, path + "name")
            checkText(certification.short, .certifications, path + "short")
            checkText(certification.issuer, .certifications, path + "issuer")

            // Every name must resolve to one certification only.
            for (offset, alias) in certification.allNames.enumerated() {
                let aliasPath = offset < 2 ? path + (offset == 0 ? "short" : "name") : path + "aliases" + (offset - 2)
                let key = TextFolding.key(alias.name)
                if key.isEmpty {
                    report(
                        .certifications, aliasPath, value: alias.name,
                        "'\(alias.name)' has no letters or digits to match",
                        fix: "remove it or write the name in letters")
                    continue
                }
                if let (other, otherName) = names[key], other != id {
                    report(
                        .certifications, aliasPath, value: alias.name,
                        "'\(alias.name)' also names '\(other)' (as '\(otherName)')",
                        fix:
                            "an alias may name one certification only; remove it from one of them or mark the text more precisely"
                    )
                } else {
                    names[key] = (id, alias.name)
                }
            }

            if certification.security, certification.disciplines.isEmpty {
                report(
                    .certifications, path + "disciplines", value: nil,
                    "a security certification needs at least one discipline",
                    fix: "add itSecurity, cybersecurity or informationSecurity")
            }
            if certification.orientation == .none {
                report(
                    .certifications, path + "orientation", value: "none", "'none' is not a certification orientation",
                    fix: "use technical, strategic or mixed")
            }
            checkDomainIDs(certification.domains, .certifications, path + "domains")
            checkProvenance(
                certification.classification.provenance, .certifications, path + "classification" + "provenance")
            checkEligibility(certification, path + "eligibility")
            if let exam = certification.exam {
                checkProvenance(exam.provenance, .certifications, path + "exam" + "provenance")
            }
            if let cost = certification.cost {
                checkProvenance(cost.provenance, .certifications, path + "cost" + "provenance")
                if let amount = cost.amount, amount < 0 {
                    report(
                        .certifications, path + "cost" + "amount", value: String(amount), "a cost cannot be negative",
                        fix: "write the list price, or null when unknown")
                }
                if cost.amount != nil, cost.currency.map({ $0.count != 3 || !$0.allSatisfy(\.isUppercase) }) ?? true {
                    report(
                        .certifications, path + "cost" + "currency", value: cost.currency,
                        "a price needs a three-letter currency code", fix: "write e.g. USD or EUR")
                }
                if cost.amount != nil, cost.asOf == nil {
                    report(
                        .certifications, path + "cost" + "asOf", value: nil, "a price needs the date it was quoted",
                        fix: "add asOf: YYYY-MM")
                }
            }
            if let renewal = certification.renewal {
                checkProvenance(renewal.provenance, .certifications, path + "renewal" + "provenance")
                if let years = renewal.validityYears, years <= 0 {
                    report(
                        .certifications, path + "renewal" + "validityYears", value: String(years),
                        "validity must be positive",
                        fix: "write the years a certification stays valid, or set expires: false")
                }
            }
            if let retirement = certification.retirement {
                let retirementPath = path + "retirement"
                checkProvenance(retirement.provenance, .certifications, retirementPath + "provenance")
                if let successor = retirement.successor {
                    if base.certification(successor) == nil || successor == id {
                        report(
                            .certifications, retirementPath + "successor", value: successor.rawValue,
                            successor == id
                                ? "a certification cannot succeed itself" : "unknown certification '\(successor)'",
                            fix: didYouMean(
                                successor.rawValue, base.certifications.map(\.id.rawValue),
                                list: "certification ids are listed in certifications.yaml"))
                    } else if base.certification(successor)?.retirement != nil {
                        report(
                            .certifications, retirementPath + "successor", value: successor.rawValue,
                            "the successor '\(successor)' is retired itself",
                            fix: "name the certification that can be earned today")
                    }
                }
            }
            if let dod = certification.dod8570 {
                checkProvenance(dod.provenance, .certifications, path + "dod8570" + "provenance")
                for (offset, category) in dod.categories.enumerated()
                where !KnowledgeBase.dod8570Categories.contains(category) {
                    report(
                        .certifications, path + "dod8570" + "categories" + offset, value: category,
                        "'\(category)' is not a DoD 8570 category",
                        fix: didYouMean(
                            category, KnowledgeBase.dod8570Categories.sorted(), list: "see docs/knowledge-base.md"))
                }
            }
        }
        checkPrerequisiteCycles()
    }

    mutating func checkEligibility(_ certification: Certification, _ path: DataPath) {
        let eligibility = certification.eligibility
        checkText(eligibility.summary, .certifications, path + "summary")
        checkProvenance(eligibility.provenance, .certifications, path + "provenance")
        var pathIDs = Set<String>()
        for (index, route) in eligibility.paths.enumerated() {
            let routePath = path + "paths" + index
            if !pathIDs.insert(route.id).inserted {
                report(
                    .certifications, routePath + "id", value: route.id, "path id '\(route.id)' is used twice",
                    fix: "give each path its own id")
            }
            if let provenance = route.provenance {
                checkProvenance(provenance, .certifications, routePath + "provenance")
            }
            if let prerequisites = route.prerequisites {
                checkCertificationIDs(
                    prerequisites.allOf ?? [], .certifications, routePath + "prerequisites" + "allOf",
                    owner: certification.id)
                checkCertificationIDs(
                    prerequisites.anyOf ?? [], .certifications, routePath + "prerequisites" + "anyOf",
                    owner: certification.id)
            }
            if route.prerequisites == nil, route.training == nil, route.experience == nil, route.auditHours == nil {
                report(
                    .certifications, routePath, value: route.id, "path '\(route.id)' requires nothing",
                    fix: "give it prerequisites, training or experience, or remove the path (no paths = no requirement)"
                )
            }
            guard let experience = route.experience else { continue }
            let experiencePath = routePath + "experience"
            if experience.years <= 0 || experience.years > 40 {
                report(
                    .certifications, experiencePath + "years", value: String(experience.years),
                    "\(experience.years) is not a plausible number of years",
                    fix: "write the years the rule requires (e.g. 5)")
            }
            if let minDomains = experience.minDomains, !(1...8).contains(minDomains) {
                report(
                    .certifications, experiencePath + "minDomains", value: String(minDomains),
                    "minDomains \(minDomains) is outside 1–8", fix: "count CISSP domains, 1 to 8")
            }
            for (partIndex, part) in (experience.parts ?? []).enumerated()
            where part.years > experience.years || part.years <= 0 {
                report(
                    .certifications, experiencePath + "parts" + partIndex + "years", value: String(part.years),
                    "a part of \(part.years) years does not fit in a total of \(experience.years)",
                    fix: "a part is a minimum inside the total")
            }
            if let waivers = experience.waivers {
                for (waiverIndex, waiver) in waivers.options.enumerated() {
                    let waiverPath = experiencePath + "waivers" + "options" + waiverIndex
                    if waiver.years > waivers.maxYears {
                        report(
                            .certifications, waiverPath + "years", value: String(waiver.years),
                            "this waiver gives more than maxYears (\(waivers.maxYears))",
                            fix: "lower it or raise maxYears")
                    }
                    if waiver.kind == .degree, waiver.minimumDegree == nil {
                        report(
                            .certifications, waiverPath + "minimumDegree", value: nil,
                            "a degree waiver needs minimumDegree", fix: "write associate, bachelor, master or doctorate"
                        )
                    }
                    checkCertificationIDs(
                        waiver.anyOf ?? [], .certifications, waiverPath + "anyOf", owner: certification.id)
                    checkCertificationIDs(
                        waiver.notOnList ?? [], .certifications, waiverPath + "notOnList", owner: certification.id)
                    for (offset, id) in (waiver.notOnList ?? []).enumerated() where (waiver.anyOf ?? []).contains(id) {
                        report(
                            .certifications, waiverPath + "notOnList" + offset, value: id.rawValue,
                            "'\(id)' is both on the list (anyOf) and off it (notOnList)",
                            fix: "keep it in the one its source supports")
                    }
                    if let provenance = waiver.provenance {
                        checkProvenance(provenance, .certifications, waiverPath + "provenance")
                    }
                }
            }
            for (substitutionIndex, substitution) in (experience.substitutions ?? []).enumerated() {
                let substitutionPath = experiencePath + "substitutions" + substitutionIndex
                checkCertificationIDs(
                    [substitution.holding], .certifications, substitutionPath + "holding", owner: certification.id)
                if let part = substitution.part, !(experience.parts ?? []).indices.contains(part) {
                    report(
                        .certifications, substitutionPath + "part", value: String(part), "there is no part \(part)",
                        fix: "parts are numbered from 0 in the order they are listed")
                }
            }
        }
        if let associate = eligibility.associate, let provenance = associate.provenance {
            checkProvenance(provenance, .certifications, path + "associate" + "provenance")
        }
    }

    /// Prerequisites must not loop (A needs B needs A): nobody could ever start.
    mutating func checkPrerequisiteCycles() {
        var requires: [Certification.ID: [Certification.ID]] = [:]
        for certification in base.certifications {
            requires[certification.id] = certification.eligibility.paths.flatMap { $0.prerequisites?.allOf ?? [] }
        }
        for (index, certification) in base.certifications.enumerated() {
            var stack = requires[certification.id] ?? []
            var visited = Set<Certification.ID>()
            while let next = stack.popLast() {
                if next == certification.id {
                    report(
                        .certifications, ["certifications", .index(index), "eligibility"],
                        value: certification.id.rawValue,
                        "'\(certification.id)' requires itself through a chain of prerequisites", fix: "break the loop")
                    break
                }
                if visited.insert(next).inserted { stack += requires[next] ?? [] }
            }
        }
    }

    mutating func checkRoles() {
        var frameworkIDs = Set<RoleFramework.ID>()
        for (index, framework) in base.frameworks.enumerated() {
            frameworkIDs.insert(framework.id)
            checkProvenance(framework.provenance, .roles, ["frameworks", .index(index), "provenance"])
            checkText(framework.version, .roles, ["frameworks", .index(index), "version"])
        }
        let categories = Set(base.roleCategories.map(\.id))
        var ids: [String: Int] = [:]
        for (index, role) in base.roles.enumerated() {
            let path: DataPath = ["roles", .index(index)]
            let key = role.id.rawValue.lowercased()
            if let first = ids[key] {
                report(
                    .roles, path + "id", value: role.id.rawValue,
                    "role id '\(role.id)' is used twice (first at roles[\(first)])", fix: "give each role its own id")
            } else {
                ids[key] = index
            }
            if !frameworkIDs.contains(role.framework) {
                report(
                    .roles, path + "framework", value: role.framework.rawValue, "unknown framework '\(role.framework)'",
                    fix: didYouMean(
                        role.framework.rawValue, frameworkIDs.map(\.rawValue).sorted(),
                        list: "frameworks are listed at the top of roles.yaml"))
            }
            if let category = role.category, !categories.contains(category) {
                report(
                    .roles, path + "category", value: category, "unknown role category '\(category)'",
                    fix: didYouMean(category, categories.sorted(), list: "categories are listed in roles.yaml"))
            }
            if role.framework.rawValue == "nice", role.category == nil {
                report(
                    .roles, path + "category", value: nil, "a NICE work role needs its category",
                    fix: "add category: OG, DD, IO, PD or IN")
            }
            if role.keywords.isEmpty {
                report(
                    .roles, path + "keywords", value: nil,
                    "role '\(role.id)' has no keywords, so no posting can match it",
                    fix: "add phrases that show the role's work", severity: .warning)
            }
            checkProvenance(role.provenance, .roles, path + "provenance")
        }
    }

    mutating func checkTerms() {
        var seen: [String: DataPath] = [:]
        var count = 0
        let disciplineKeys = Discipline.allCases.map(\.rawValue)
        for (groupIndex, group) in base.terms.groups.enumerated() {
            let groupPath: DataPath = ["groups", .index(groupIndex)]
            checkDisciplineWeights(group.disciplines, groupPath + "disciplines", keys: disciplineKeys)
            checkDomainIDs(group.domains ?? [], .terms, groupPath + "domains")
            if group.terms.isEmpty {
                report(
                    .terms, groupPath + "terms", value: group.name, "group '\(group.name)' has no terms",
                    fix: "add terms or remove the group", severity: .warning)
            }
            for (termIndex, term) in group.terms.enumerated() {
                let termPath = groupPath + "terms" + termIndex
                count += 1
                let key = TextFolding.key(term.phrase)
                if key.isEmpty {
                    report(
                        .terms, termPath, value: term.phrase, "'\(term.phrase)' has no letters or digits to match",
                        fix: "write the phrase in words")
                    continue
                }
                if let first = seen[key] {
                    report(
                        .terms, termPath, value: term.phrase,
                        "'\(term.phrase)' is already in the lexicon (at \(first))", fix: "keep one entry per phrase")
                } else {
                    seen[key] = termPath
                }
                checkDisciplineWeights(term.disciplines, termPath + "disciplines", keys: disciplineKeys)
                checkDomainIDs(term.domains ?? [], .terms, termPath + "domains")
                if let weight = term.weight, weight < 0 || weight > 10 {
                    report(
                        .terms, termPath + "weight", value: String(weight), "weight \(weight) is outside 0–10",
                        fix: "use 0.5 for weak, 1 for normal, 2–3 for strong signals")
                }
            }
        }
        if count < KnowledgeBase.minimumTermCount {
            report(
                .terms, ["groups"], value: String(count),
                "the lexicon has \(count) terms, fewer than \(KnowledgeBase.minimumTermCount)",
                fix: "the analyzer needs a broad lexicon; add terms", severity: .warning)
        }
    }

    mutating func checkDisciplineWeights(_ weights: [String: Double]?, _ path: DataPath, keys: [String]) {
        for (key, value) in (weights ?? [:]).sorted(by: { $0.key < $1.key }) {
            if Discipline(rawValue: key) == nil {
                report(
                    .terms, path + key, value: key, "unknown discipline '\(key)'",
                    fix: didYouMean(key, keys, list: "use itSecurity, cybersecurity or informationSecurity"))
            }
            if value < 0 || value > 10 {
                report(
                    .terms, path + key, value: String(value), "weight \(value) is outside 0–10",
                    fix: "use relative weights from 0 to 3")
            }
        }
    }

    mutating func checkTitles() {
        let keys = Discipline.allCases.map(\.rawValue)
        for key in base.titles.disciplines.keys.sorted() where Discipline(rawValue: key) == nil {
            report(
                .titles, ["disciplines", .key(key)], value: key, "unknown discipline '\(key)'",
                fix: didYouMean(key, keys, list: "use itSecurity, cybersecurity or informationSecurity"))
        }
        let levels = ["entry", "mid", "senior", "lead", "executive", "director"]
        for key in base.titles.seniority.keys.sorted() where !levels.contains(key) {
            report(
                .titles, ["seniority", .key(key)], value: key, "unknown seniority '\(key)'",
                fix: didYouMean(key, levels, list: "use entry, mid, senior, lead, executive or director"))
        }
        var seen: [String: String] = [:]
        for (key, words) in base.titles.disciplines.sorted(by: { $0.key < $1.key }) {
            for (index, word) in words.enumerated() {
                let folded = TextFolding.key(word)
                if let other = seen[folded], other != key {
                    report(
                        .titles, ["disciplines", .key(key), .index(index)], value: word,
                        "'\(word)' also names '\(other)'", fix: "a title word may name one discipline only")
                }
                seen[folded] = key
            }
        }
    }
}
