extension Scan {
    /// Runs every extractor and assembles the analysis.
    func analysis(input: PostingInput, title: String, titleScan: Scan) -> PostingAnalysis {
        let language = language()
        let reading = titleScan.titleReading()
        let tally = disciplineTally()
        let verdict = tally.verdict(title: reading)
        let (certifications, groups) = certifications(language: language)
        let experience = experience()
        let securityTitle = reading.discipline != .none && verdict.securityRelevant
        let seniority = seniority(title: reading, experience: experience, securityTitle: securityTitle)
        var analysis = PostingAnalysis(
            id: input.id, title: title, language: language, securityRelevant: verdict.securityRelevant,
            primaryDiscipline: PrimaryDiscipline(verdict.primary), disciplines: verdict.scores,
            orientation: verdict.orientation, seniority: seniority, titleDiscipline: reading.discipline,
            titleSeniority: reading.seniority, experience: experience, certifications: certifications,
            certificationGroups: groups, education: education(), clearance: clearance(), dodLevels: dodLevels(),
            roles: roleMatches(title: reading), findings: [],
            evidence: DisciplineEvidence(
                itSecurity: strongestSentences(tally, for: .itSecurity),
                cybersecurity: strongestSentences(tally, for: .cybersecurity),
                informationSecurity: strongestSentences(tally, for: .informationSecurity),
                notSecurity: verdict.securityRelevant ? [] : tally.notSecurityPhrases,
                dutySentences: tally.dutySentences, securityDutySentences: tally.securityDutySentences),
            sections: sections, orientationScores: verdict.orientationScores, textLength: bytes.count,
            warnings: input.warnings)
        analysis.findings = FindingRules(knowledgeBase: analyzer.knowledgeBase, scan: self).findings(for: analysis)
        return analysis
    }

    /// The language whose function words are most frequent; `und` for too little text.
    func language() -> String {
        let languages = LanguageCode.allCases
        var counts = [Int](repeating: 0, count: languages.count)
        for item in cueList {
            if case .stopword(let code) = item.cue { counts[code.index] += 1 }
        }
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] >= 3 else { return "und" }
        return languages[best].rawValue
    }

    /// The level: what the title says, else what the years say (under 2 entry, under 5 mid, else
    /// senior; preferred years when none are required), else what the text says (entry level,
    /// no experience), else unknown.
    ///
    /// The title is read as the labelling guide reads a job, not just its words: a director or
    /// vice-president outside security leadership is a lead; "manager" in "Product Manager" leads
    /// no people, so the other words decide ("Senior Product Manager" is senior).
    func seniority(title: TitleReading, experience: Experience, securityTitle: Bool) -> Seniority {
        let levels = title.levels
        if levels.contains(.executive) {
            if !title.directorOnly || securityTitle { return .executive }
            return .lead
        }
        if levels.contains(.lead), !title.functionalManager { return .lead }
        // "Medior/Senior", "II or III": the lower level, as with a range of years, unless the
        // required years are a senior's (LABELS.md: senior is 5+ years).
        if levels.contains(.senior) {
            return title.mid && (experience.minYears ?? 0) < AnalysisTuning.seniorYears ? .mid : .senior
        }
        if levels.contains(.entry) { return .entry }
        if title.mid { return .mid }
        if let level = introducedRoleLevel() { return level }
        // Managing people as a duty ("you will manage a team of 6 analysts") is a lead's job,
        // whatever the years.
        if managesPeople() { return .lead }
        let years =
            experience.minYears
            ?? experience.statements.filter { !$0.required }.map(\.minYears).max()
        if let years {
            if years < 2 { return .entry }
            if years < AnalysisTuning.seniorYears { return .mid }
            return .senior
        }
        for sentence in stream.sentences.indices {
            switch sectionOfSentence[sentence] {
            case .about, .benefits, .other: continue
            default: break
            }
            // "Self-starter" is a trait, not a starter's job.
            let here = cues(in: sentence)
            let traits = here.filter { $0.cue == .notEntryLevel }
            let entry = here.contains { item in
                switch item.cue {
                case .entryLevel, .noExperience, .internship:
                    return !traits.contains { $0.token <= item.token && item.token < $0.token + $0.length }
                default: return false
                }
            }
            if entry || asksAtMostFewYears(sentence) { return .entry }
        }
        // A track record asked in words: "several years", "proven experience as" reads as mid,
        // "extensive experience", "langjährige Erfahrung" as senior. Plain "experience with X"
        // names no level: a posting without a signal is `unknown`, never a guessed `mid`.
        return trackRecordLevel() ?? .unknown
    }

    /// The level the text gives the role when the title gives none: "As a Junior Security Analyst
    /// you will…", "Als Senior Consultant…", "En tant que junior…". Entry, mid and senior only:
    /// "as a manager" may manage nothing. The first such phrase outside about, benefits and other
    /// sections decides. Cost: the role-intro cues, each with the matches at one token.
    func introducedRoleLevel() -> Seniority? {
        for sentence in stream.sentences.indices where !headingSentences.contains(sentence) {
            switch sectionOfSentence[sentence] {
            case .about, .benefits, .other: continue
            default: break
            }
            for item in cues(in: sentence) where item.cue == .roleIntro {
                let next = item.token + item.length
                for index in matchIndices(in: sentence, startingIn: next, next + 1) {
                    switch pattern(matches[index]) {
                    case .titleSeniority(.entry): return .entry
                    case .titleSeniority(.senior): return .senior
                    case .titleMid: return .mid
                    default: continue
                    }
                }
            }
        }
        return nil
    }

    /// Whether a duty or a requirement outside about, benefits and other sections is managing
    /// people, and no word makes it only preferred ("experience leading a team is a plus").
    /// Cost: each sentence's cues once.
    func managesPeople() -> Bool {
        for sentence in stream.sentences.indices where !headingSentences.contains(sentence) {
            switch sectionOfSentence[sentence] {
            case .about, .benefits, .other, .preferred: continue
            default: break
            }
            for item in cues(in: sentence) where item.cue == .leadWork {
                if case .preferred = governingStrength(
                    sentence: sentence, start: item.token, end: item.token + item.length)
                {
                    continue
                }
                return true
            }
        }
        return false
    }

    /// The level a required track record in words signals, the higher one when both are asked.
    func trackRecordLevel() -> Seniority? {
        var level: Seniority?
        for sentence in stream.sentences.indices where !headingSentences.contains(sentence) {
            switch sectionOfSentence[sentence] {
            case .about, .benefits, .other, .preferred: continue
            default: break
            }
            for item in cues(in: sentence) {
                let signal: Seniority
                switch item.cue {
                case .trackRecord: signal = .mid
                case .longTrackRecord: signal = .senior
                default: continue
                }
                if case .preferred = governingStrength(
                    sentence: sentence, start: item.token, end: item.token + item.length)
                {
                    continue
                }
                if level == nil || signal > level! { level = signal }
            }
        }
        return level
    }

    /// "Up to 2 years of experience", "bis zu 1 Jahr Erfahrung": a ceiling this low is an entry job.
    func asksAtMostFewYears(_ sentence: Int) -> Bool {
        let cues = cues(in: sentence)
        guard cues.contains(where: { $0.cue == .experienceWord || $0.cue == .yearsOf }) else { return false }
        for item in cues where item.cue == .upTo {
            let next = item.token + item.length
            guard Int(next) < tokens.count, tokens[Int(next)].sentence == Int32(sentence) else { continue }
            let token = tokens[Int(next)]
            let value = token.flags.contains(.digit) ? Int(token.number) : numberWord(endingAt: next)
            // The figure must count years: "up to 2-4 times per year" is no ceiling on experience.
            let countsYears = cues.contains { $0.cue == .yearWord && $0.token > next && $0.token <= next + 3 }
            if let value, value >= 0, Double(value) < AnalysisTuning.entryLevelYearsLimit, countsYears { return true }
        }
        return false
    }

    /// The lowest degree the posting names as acceptable, and whether it is required.
    func education() -> Education {
        var lowest: (degree: Degree, required: Bool, sentence: Int, token: Int32)?
        var equivalentAccepted = false
        for sentence in stream.sentences.indices {
            switch sectionOfSentence[sentence] {
            case .about, .benefits, .other: continue
            default: break
            }
            let cues = cues(in: sentence)
            // "HBO werk- en denkniveau", "BS or equivalent experience": the alternative names a degree too.
            let hasDegreeWord = cues.contains { $0.cue == .degreeWord || $0.cue == .degreeAlternative }
            let hasAlternative = cues.contains { $0.cue == .degreeAlternative }
            for item in cues {
                guard case .degree(let degree) = item.cue else { continue }
                // Two-letter forms ("BS", "MS", "WO") mean a degree only next to the word "degree".
                let short = tokens[Int(item.token)].end - tokens[Int(item.token)].start <= 3 && item.length == 1
                if short, !hasDegreeWord { continue }
                let required = !isPreferred(at: item.token, sentence: sentence, cues: cues)
                if lowest == nil || degree < lowest!.degree
                    || (degree == lowest!.degree && required && !lowest!.required)
                {
                    lowest = (degree, required, sentence, item.token)
                }
                if hasAlternative { equivalentAccepted = true }
            }
        }
        guard let lowest else { return Education(minimumDegree: nil, required: false, evidence: nil) }
        return Education(
            minimumDegree: lowest.degree, required: lowest.required, equivalentAccepted: equivalentAccepted,
            evidence: evidence(sentence: lowest.sentence, focus: tokens[Int(lowest.token)].start))
    }

    /// A US security clearance, at the most specific level named.
    func clearance() -> Clearance? {
        var best: (level: ClearanceLevel, sentence: Int)?
        var polygraph = false
        for item in cueList {
            switch item.cue {
            case .clearance(let level):
                if best == nil || level > best!.level { best = (level, Int(tokens[Int(item.token)].sentence)) }
            case .polygraph: polygraph = true
            default: continue
            }
        }
        guard let best else { return nil }
        return Clearance(level: best.level.rawValue, polygraph: polygraph, evidence: evidence(sentence: best.sentence))
    }

    /// DoD 8570/8140 levels named ("IAT Level II").
    func dodLevels() -> [String] {
        var levels: [String] = []
        for item in cueList {
            if case .dod(let level) = item.cue, !levels.contains(level.name) { levels.append(level.name) }
        }
        return levels
    }
}
