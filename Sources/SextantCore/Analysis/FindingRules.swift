/// The lint rules: what a hiring manager would want to hear about a posting.
///
/// Codes are stable (PRODUCT.md): `certification-experience-conflict`, `title-discipline-mismatch`,
/// `title-seniority-mismatch`, `certification-overload`, `no-experience-stated`,
/// `retired-certification`, plus `clearance-required` and `dod-level-without-certification`.
struct FindingRules {
    let knowledgeBase: KnowledgeBase
    let scan: Scan

    func findings(for analysis: PostingAnalysis) -> [Finding] {
        var findings: [Finding] = []
        findings += certificationConflicts(analysis)
        findings += titleDiscipline(analysis)
        findings += titleSeniority(analysis)
        findings += overload(analysis)
        findings += retired(analysis)
        if [.senior, .lead, .executive].contains(analysis.seniority), analysis.experience.minYears == nil,
            analysis.securityRelevant
        {
            findings.append(
                Finding(
                    code: .noExperienceStated, severity: .warning,
                    message: "A \(analysis.seniority.rawValue)-level posting that states no years of experience; "
                        + "candidates cannot tell whether they qualify.",
                    evidence: analysis.title,
                    rule: "Senior, lead and executive postings should say the experience they expect."))
        }
        if let clearance = analysis.clearance {
            findings.append(
                Finding(
                    code: .clearanceRequired, severity: .info,
                    message:
                        "Requires a US security clearance (\(clearance.level)\(clearance.polygraph ? ", polygraph" : ""))."
                        + " Only citizens who hold or can obtain one can apply.",
                    evidence: clearance.evidence, rule: "Clearance named in the posting."))
        }
        if !analysis.dodLevels.isEmpty, analysis.certifications.isEmpty {
            findings.append(
                Finding(
                    code: .dodLevelWithoutCertification, severity: .info,
                    message:
                        "Names DoD 8570/8140 level \(analysis.dodLevels.joined(separator: ", ")) but no certification; "
                        + "candidates must look up which certifications qualify.",
                    evidence: analysis.title,
                    rule:
                        "DoD 8570 baselines are superseded by DoDM 8140.03 (2023-02-15); the qualifying list depends on the work role."
                ))
        }
        return findings.sorted { $0.severity < $1.severity }
    }

    // MARK: certification-experience-conflict

    /// The years a posting asks of a candidate, as the labelling guide reads a conflict: its
    /// stated ceiling ("1–3 years"), two for an entry-level posting (entry level means 0–2
    /// years), else its required minimum ("2 years of experience" and "must hold an active
    /// CISSP" conflict: the posting's own bar is below the certification's).
    func availableYears(_ analysis: PostingAnalysis) -> Double? {
        let entry = analysis.seniority == .entry || analysis.titleSeniority == .entry
        if let maximum = analysis.experience.maxYears { return entry ? min(maximum, 2) : maximum }
        return entry ? 2 : analysis.experience.minYears
    }

    func certificationConflicts(_ analysis: PostingAnalysis) -> [Finding] {
        guard let available = availableYears(analysis) else { return [] }
        var findings: [Finding] = []
        let required = analysis.certifications.filter { $0.strength == .required && !allowsAlternative($0) }
        // Single certifications.
        for mention in required where mention.group == nil {
            guard let need = CertificationRequirement.minimumYears(mention.id, in: knowledgeBase),
                need.years > available
            else { continue }
            findings.append(conflict(mention, need: need, available: available, analysis: analysis))
        }
        // Groups: only when every member is out of reach.
        for (index, group) in analysis.certificationGroups.enumerated() {
            let members = analysis.certifications.filter { $0.group == index }
            guard members.contains(where: { $0.strength == .required }), !members.contains(where: allowsAlternative)
            else { continue }
            let needs = group.map { CertificationRequirement.minimumYears($0, in: knowledgeBase) }
            guard needs.allSatisfy({ ($0?.years ?? 0) > available }), let first = members.first else { continue }
            let names = members.map(\.name).joined(separator: " or ")
            let least = needs.compactMap { $0?.years }.min() ?? 0
            findings.append(
                Finding(
                    code: .certificationExperienceConflict, severity: .error,
                    message:
                        "Requires \(names), but even the most accessible needs \(EligibilityText.years(least)) of experience; "
                        + "this posting asks \(describe(available, analysis)).",
                    evidence: first.evidence,
                    rule: needs.compactMap { $0?.rule }.joined(separator: " ")))
        }
        return findings
    }

    /// "or equivalent" or "obtain within N months" next to the certification lets a candidate meet
    /// the requirement another way or later.
    ///
    /// The words are ASCII, so they are looked for in the evidence's bytes with ASCII letters
    /// lowered (the same answer as `lowercased().contains`, without a new string per mention).
    func allowsAlternative(_ mention: CertificationMention) -> Bool {
        var evidence = mention.evidence
        return evidence.withUTF8 { bytes in
            Self.alternativeWords.contains { Self.containsLowered(bytes, $0) }
        }
    }

    static let alternativeWords: [[UInt8]] = [
        "equivalent", "within", "obtain", "vergleichbar", "equivalente", "vergelijkbaar", "binnen",
    ].map { Array($0.utf8) }

    /// Whether `bytes`, with ASCII capitals lowered, contain `word` (lower-case ASCII). O(n × |word|).
    static func containsLowered(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard let first = word.first, bytes.count >= word.count else { return false }
        for start in 0...(bytes.count - word.count) where bytes[start] | 0x20 == first {
            var matched = true
            for offset in 1..<word.count {
                let byte = bytes[start + offset]
                let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                if lowered != word[offset] {
                    matched = false
                    break
                }
            }
            if matched { return true }
        }
        return false
    }

    func conflict(
        _ mention: CertificationMention, need: CertificationRequirement, available: Double, analysis: PostingAnalysis
    )
        -> Finding
    {
        Finding(
            code: .certificationExperienceConflict, severity: .error,
            message:
                "Requires \(mention.name), which needs at least \(EligibilityText.years(need.years)) of experience to hold, "
                + "but this posting asks \(describe(available, analysis)). A candidate at this level cannot hold it"
                + (need.associate.map { " (they could pass the exam and become \($0))" } ?? "") + ".",
            evidence: mention.evidence, rule: need.rule)
    }

    func describe(_ available: Double, _ analysis: PostingAnalysis) -> String {
        if let maximum = analysis.experience.maxYears, maximum == available {
            return "at most \(EligibilityText.years(available))"
        }
        if analysis.seniority != .entry, analysis.titleSeniority != .entry, analysis.experience.minYears == available {
            return "\(EligibilityText.years(available)) of experience"
        }
        return "entry-level candidates (0–2 years)"
    }

    // MARK: title mismatches

    func titleDiscipline(_ analysis: PostingAnalysis) -> [Finding] {
        let title = analysis.titleDiscipline
        if title == .itSecurity, analysis.securityRelevant,
            analysis.primaryDiscipline == .cybersecurity || analysis.primaryDiscipline == .informationSecurity
        {
            let work = analysis.primaryDiscipline == .cybersecurity ? "cybersecurity" : "information security"
            let evidence =
                (analysis.primaryDiscipline == .cybersecurity
                ? analysis.evidence.cybersecurity : analysis.evidence.informationSecurity).first ?? analysis.title
            return [
                Finding(
                    code: .titleDisciplineMismatch, severity: .warning,
                    message:
                        "The title says IT security (protecting the organisation's own infrastructure) but the work "
                        + "described is \(work). Candidates searching for \(work) roles may miss it, and IT security "
                        + "candidates may apply for work they do not do.",
                    evidence: evidence, rule: "An IT security title names the narrow, infrastructure discipline.")
            ]
        }
        if title != .none, !analysis.securityRelevant {
            return [
                Finding(
                    code: .titleDisciplineMismatch, severity: .warning,
                    message: "The title names a security role, but the duties described are not mainly security work.",
                    evidence: analysis.title,
                    rule: "A security job spends a main part of its time protecting systems or information.")
            ]
        }
        return []
    }

    func titleSeniority(_ analysis: PostingAnalysis) -> [Finding] {
        switch analysis.titleSeniority {
        case .entry:
            if let years = analysis.experience.minYears, years >= AnalysisTuning.entryLevelYearsLimit {
                return [
                    Finding(
                        code: .titleSeniorityMismatch, severity: .warning,
                        message: "An entry-level title asking \(EligibilityText.years(years)) of experience.",
                        evidence: analysis.experience.statements.first { $0.minYears == years }?.evidence
                            ?? analysis.title,
                        rule: "Entry level means 0–2 years of experience.")
                ]
            }
            for mention in analysis.certifications where mention.strength == .required && mention.group == nil {
                if let need = CertificationRequirement.minimumYears(mention.id, in: knowledgeBase), need.years >= 4 {
                    return [
                        Finding(
                            code: .titleSeniorityMismatch, severity: .warning,
                            message:
                                "An entry-level title requiring \(mention.name), which needs \(EligibilityText.years(need.years)) of experience.",
                            evidence: mention.evidence, rule: need.rule)
                    ]
                }
            }
        case .senior, .lead, .executive:
            for sentence in scan.stream.sentences.indices where scan.sentence(sentence, has: { $0 == .noExperience }) {
                return [
                    Finding(
                        code: .titleSeniorityMismatch, severity: .warning,
                        message:
                            "A \(analysis.titleSeniority.rawValue) title over a posting that asks for no experience.",
                        evidence: scan.evidence(sentence: sentence), rule: "Senior titles imply years of experience.")
                ]
            }
        case .none:
            break
        }
        return []
    }

    // MARK: retired-certification

    /// A certification the issuer retired cannot be earned any more: candidates cannot meet the
    /// ask unless they already hold it. One finding per retired certification, naming the successor.
    func retired(_ analysis: PostingAnalysis) -> [Finding] {
        var seen = Set<Certification.ID>()
        return analysis.certifications.compactMap { mention in
            guard seen.insert(mention.id).inserted, let certification = knowledgeBase.certification(mention.id),
                let retirement = certification.retirement
            else { return nil }
            let successor = retirement.successor.flatMap(knowledgeBase.certification)
            let advice =
                successor.map { "ask for its successor, \($0.short) (\($0.name)), or accept either" }
                ?? "the issuer names no single successor; ask for the skills instead, or accept current holders only"
            return Finding(
                code: .retiredCertification, severity: .warning,
                message:
                    "\(mention.strength == .mentioned ? "Names" : "Asks for") \(certification.short), which "
                    + "\(certification.issuer) retired on \(retirement.date): nobody can earn it any more. "
                    + advice.capitalizedFirst + ".",
                evidence: mention.evidence,
                rule: "A retired certification can no longer be earned or renewed."
                    + (retirement.provenance.confidence == .official
                        ? ""
                        : " The retirement is reported by other sources than the issuer: confirm it with \(certification.issuer).")
            )
        }
    }

    func overload(_ analysis: PostingAnalysis) -> [Finding] {
        let required = analysis.certifications.filter { $0.strength == .required }
        let units = Set(required.map { mention in mention.group.map { "group-\($0)" } ?? mention.id.rawValue })
        guard units.count > AnalysisTuning.certificationOverloadLimit else { return [] }
        return [
            Finding(
                code: .certificationOverload, severity: .warning,
                message:
                    "Requires \(units.count) separate certifications (\(required.map(\.name).joined(separator: ", "))). "
                    + "Few candidates hold them all; consider which are truly needed and which are preferred.",
                evidence: required.first?.evidence ?? analysis.title,
                rule:
                    "More than \(AnalysisTuning.certificationOverloadLimit) required certifications (alternatives count once)."
            )
        ]
    }
}

/// The least experience anyone can have while holding a certification, from its rules.
struct CertificationRequirement {
    var years: Double
    /// The rule in words with its source, for the finding.
    var rule: String
    /// The associate route, when one lets a candidate pass the exam early.
    var associate: String?

    /// The shortest path's years after the waivers a degree gives; nil when some path needs no
    /// experience (no rules, official training, or prerequisites that need none).
    static func minimumYears(
        _ id: Certification.ID, in base: KnowledgeBase, depth: Int = 0
    ) -> CertificationRequirement? {
        guard depth < 5, let certification = base.certification(id) else { return nil }
        let eligibility = certification.eligibility
        guard !eligibility.paths.isEmpty else { return nil }
        var least: Double?
        for path in eligibility.paths {
            var years = 0.0
            if let experience = path.experience, path.training == nil {
                let degreeWaiver =
                    experience.waivers.map { waivers in
                        min(
                            waivers.maxYears,
                            waivers.options.filter { $0.kind == .degree }.map(\.years).max() ?? 0)
                    } ?? 0
                let substitution =
                    (experience.substitutions ?? []).filter {
                        minimumYears($0.holding, in: base, depth: depth + 1) == nil
                    }.map(\.replaces).max() ?? 0
                years = max(0, experience.years - degreeWaiver - substitution)
            }
            for prerequisite in path.prerequisites?.allOf ?? [] {
                years = max(years, minimumYears(prerequisite, in: base, depth: depth + 1)?.years ?? 0)
            }
            if let any = path.prerequisites?.anyOf, !any.isEmpty {
                years = max(years, any.map { minimumYears($0, in: base, depth: depth + 1)?.years ?? 0 }.min() ?? 0)
            }
            least = min(least ?? years, years)
        }
        guard let least, least > 0 else { return nil }
        let provenance = eligibility.provenance
        let sources = base.sourceTitles(provenance.sources)
        let rule =
            "\(certification.short): \(eligibility.summary) (\(certification.issuer), \(provenance.confidence.rawValue)"
            + (sources.isEmpty ? "" : "; sources: \(sources)") + ")"
        return CertificationRequirement(years: least, rule: rule, associate: eligibility.associate?.label)
    }
}
