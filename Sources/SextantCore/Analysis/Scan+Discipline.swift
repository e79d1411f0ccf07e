/// The weighed evidence of a posting's text.
struct DisciplineTally {
    var security = DisciplineScores()
    var context = DisciplineScores()
    var securityWeight = 0.0
    var contextWeight = 0.0
    var physicalWeight = 0.0
    var offTopicWeight = 0.0
    var technical = 0.0
    var strategic = 0.0
    /// Evidence weight per sentence and discipline, to quote the strongest sentences.
    var sentenceWeights: [Int: DisciplineScores] = [:]
    var otherWorkSentences: [Int: Double] = [:]
    var notSecurityPhrases: [String] = []
    /// Sentences that describe the duties, and those of them naming security work.
    var dutySentences = 0
    var securityDutySentences = 0

    /// The share of duty sentences that name security work (nil when too few sentences to tell).
    var securityDutyShare: Double? {
        dutySentences >= AnalysisTuning.minimumDutySentences
            ? Double(securityDutySentences) / Double(dutySentences) : nil
    }
}

extension Scan {
    /// Sums the term lexicon's evidence over the text, weighting by section and damping repeats.
    ///
    /// It also counts the duty sentences (the responsibilities section, or without one everything
    /// but the company, benefits and closing sections) and those naming security work.
    /// Cost: linear in the matches.
    func disciplineTally() -> DisciplineTally {
        var tally = DisciplineTally()
        var seen: [Int32: Int] = [:]
        var coveredUntil: Int32 = -1
        let hasDutySection = sectionOfSentence.contains(.responsibilities)
        for sentence in stream.sentences.indices where !headingSentences.contains(sentence) {
            let stated = stream.sentences[sentence]
            var isDuty: Bool
            switch sectionOfSentence[sentence] {
            case .responsibilities: isDuty = true
            case .intro, .requirements: isDuty = !hasDutySection
            case .preferred, .about, .benefits, .other: isDuty = false
            }
            isDuty = isDuty && stated.endToken - stated.firstToken >= AnalysisTuning.minimumDutySentenceTokens
            var namesSecurityWork = false
            defer {
                if isDuty {
                    tally.dutySentences += 1
                    if namesSecurityWork { tally.securityDutySentences += 1 }
                }
            }
            for index in sentenceMatches[sentence] {
                let match = matches[index]
                guard case .term(let termIndex) = pattern(match) else { continue }
                let sectionWeight = AnalysisTuning.sectionWeight(section(at: match.start))
                // Longest match wins ("information security management system" over its parts).
                if match.start < coveredUntil { continue }
                coveredUntil = match.start + match.length
                if analyzer.terms[Int(termIndex)].kind == .security { namesSecurityWork = true }
                let repeats = seen[termIndex, default: 0]
                seen[termIndex] = repeats + 1
                guard repeats < AnalysisTuning.repeatWeights.count else { continue }
                let term = analyzer.terms[Int(termIndex)]
                let weight = term.weight * sectionWeight * AnalysisTuning.repeatWeights[repeats]
                add(term, weight: weight, sentence: sentence, to: &tally)
            }
        }
        return tally
    }

    func add(_ term: TermLexicon.ResolvedTerm, weight: Double, sentence: Int, to tally: inout DisciplineTally) {
        switch term.kind {
        case .security:
            tally.securityWeight += weight
            for (discipline, share) in term.disciplines {
                tally.security[discipline] += weight * share
                tally.sentenceWeights[sentence, default: DisciplineScores()][discipline] += weight * share
            }
        case .context:
            tally.contextWeight += weight
            for (discipline, share) in term.disciplines { tally.context[discipline] += weight * share }
        case .physical:
            tally.physicalWeight += weight
            tally.otherWorkSentences[sentence, default: 0] += weight
            if tally.notSecurityPhrases.count < 6 { tally.notSecurityPhrases.append(term.phrase) }
        case .offTopic:
            tally.offTopicWeight += weight
            tally.otherWorkSentences[sentence, default: 0] += weight
            if tally.notSecurityPhrases.count < 6 { tally.notSecurityPhrases.append(term.phrase) }
        }
        guard term.kind == .security || term.kind == .context else { return }
        switch term.orientation {
        case .technical: tally.technical += weight
        case .strategic: tally.strategic += weight
        case .neutral: break
        }
    }

    /// The strongest sentences for a discipline, as evidence.
    func strongestSentences(_ tally: DisciplineTally, for discipline: Discipline, limit: Int = 3) -> [String] {
        tally.sentenceWeights.filter { $0.value[discipline] > 0 }
            .sorted {
                $0.value[discipline] != $1.value[discipline]
                    ? $0.value[discipline] > $1.value[discipline] : $0.key < $1.key
            }
            .prefix(limit).map { evidence(sentence: $0.key) }
    }
}

/// The verdicts drawn from a tally and the title.
struct DisciplineVerdict {
    var securityRelevant: Bool
    var primary: Discipline?
    var scores: DisciplineScores
    var orientation: Orientation
    var orientationScores: OrientationScores
}

extension DisciplineTally {
    /// Decides security relevance, the discipline profile and the orientation.
    func verdict(title: TitleReading) -> DisciplineVerdict {
        var security = self.security
        var securityWeight = self.securityWeight
        var otherWork = physicalWeight + offTopicWeight
        switch title.discipline {
        case .itSecurity, .cybersecurity, .informationSecurity:
            let discipline = Discipline(rawValue: title.discipline.rawValue)!
            security[discipline] += AnalysisTuning.titleDisciplineWeight
            securityWeight += AnalysisTuning.titleDisciplineWeight
        case .neutral:
            securityWeight += AnalysisTuning.titleNeutralWeight
        case .none:
            if title.notSecurity { otherWork += AnalysisTuning.titleNotSecurityWeight }
        }
        let floor =
            title.discipline == .none
            ? AnalysisTuning.securityEvidenceFloor : AnalysisTuning.securityEvidenceFloorWithSecurityTitle
        var relevant = securityWeight >= floor && securityWeight >= otherWork * AnalysisTuning.securityOverOtherWork
        // Under a title that names no security work, security must be a main purpose of the duties
        // (LABELS.md: "roughly a third of the duties or more"), not a few lines of a developer's
        // or administrator's ad.
        if title.discipline == .none, let share = securityDutyShare,
            share < AnalysisTuning.minimumSecurityDutyShare
        {
            relevant = false
        }

        var combined = DisciplineScores()
        for discipline in Discipline.allCases {
            combined[discipline] = security[discipline] + context[discipline] * AnalysisTuning.contextShare
        }
        let total = Discipline.allCases.reduce(0) { $0 + combined[$1] }
        var shares = DisciplineScores()
        if total > 0 {
            for discipline in Discipline.allCases {
                shares[discipline] = (combined[discipline] / total * 1000).rounded() / 1000
            }
        }
        let primary = relevant && total > 0 ? Discipline.allCases.max { combined[$0] < combined[$1] } : nil

        let orientation: Orientation
        let axis = technical + strategic
        if !relevant || axis == 0 {
            orientation = .none
        } else {
            let strategicShare = strategic / axis
            orientation =
                strategicShare < AnalysisTuning.technicalBelow
                ? .technical : strategicShare > AnalysisTuning.strategicAbove ? .strategic : .mixed
        }
        return DisciplineVerdict(
            securityRelevant: relevant, primary: primary, scores: shares, orientation: orientation,
            orientationScores: OrientationScores(
                technical: (technical * 100).rounded() / 100, strategic: (strategic * 100).rounded() / 100))
    }
}

extension Scan {
    /// The match's last token runs straight into a number ("JR0012345", "SR-2291" stays a word).
    func isGluedToDigits(_ match: PhraseMatcher.Match) -> Bool {
        let last = Int(match.start + match.length - 1)
        guard last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        return next.flags.contains(.digit) && next.start == tokens[last].end
    }

    /// A title whose last word (before any bracket, dash or comma) is the Roman numeral "I":
    /// "Security Analyst I", the first step of a US career ladder, an entry job.
    func endsWithRomanOne() -> Bool {
        guard let sentence = stream.sentences.first else { return false }
        for index in sentence.firstToken..<sentence.endToken {
            let token = tokens[Int(index)]
            guard token.end - token.start == 1, bytes[Int(token.start)] == UInt8(ascii: "I"),
                index > sentence.firstToken
            else { continue }
            let previous = tokens[Int(index - 1)]
            guard previous.flags.contains(.capitalized), previous.end - previous.start > 1 else { continue }
            let isLast = index + 1 == sentence.endToken
            let nextStartsClause =
                !isLast && tokens[Int(index + 1)].flags.contains(.clauseStart)
            if isLast || nextStartsClause { return true }
        }
        return false
    }
}

/// What the title alone says.
struct TitleReading {
    var discipline: TitleDiscipline = .none
    var seniority: TitleSeniority = .none
    /// The title matched a "not digital security" phrase (guard, marketing...).
    var notSecurity = false
    var words: [String] = []
    /// Roles whose titles the posting's title names.
    var roles: Set<Int32> = []
    /// Every level word found, for the job's overall seniority.
    var levels: Set<TitleSeniority> = []
    /// The executive reading comes only from a director or vice-president word.
    var directorOnly = false
    /// Every lead word sits inside a non-people-manager title ("Product Manager").
    var functionalManager = false
    /// A mid-level word ("Intermediate", "Medior").
    var mid = false
}

extension Scan {
    /// Reads the title's discipline and level words, the longest phrase winning, so
    /// "Chief Information Security Officer" is a CISO title rather than "information security".
    func titleReading() -> TitleReading {
        var reading = TitleReading()
        var disciplineFound: [(length: Int32, start: Int32, discipline: TitleDiscipline)] = []
        var coveredUntil: Int32 = -1
        var seniorities: [TitleSeniority] = []
        var director = false
        var leadRanges: [Range<Int32>] = []
        var notLeadRanges: [Range<Int32>] = []
        for match in matches {
            switch pattern(match) {
            case .titleDiscipline(let discipline):
                if match.start < coveredUntil { continue }
                coveredUntil = match.start + match.length
                disciplineFound.append((match.length, match.start, discipline))
                reading.words.append(
                    text(from: tokens[Int(match.start)].start, to: tokens[Int(match.start + match.length - 1)].end))
            case .titleNotSecurity:
                if match.start < coveredUntil { continue }
                coveredUntil = match.start + match.length
                reading.notSecurity = true
                reading.words.append(
                    text(from: tokens[Int(match.start)].start, to: tokens[Int(match.start + match.length - 1)].end))
            case .titleSeniority(let level):
                // "JR0012345" is a requisition number, not "Junior".
                if level == .entry, isGluedToDigits(match) { continue }
                seniorities.append(level)
                if level == .lead { leadRanges.append(match.start..<(match.start + match.length)) }
            case .titleDirector:
                director = true
            case .titleMid:
                reading.mid = true
            case .titleNotLead:
                notLeadRanges.append(match.start..<(match.start + match.length))
            case .roleTitle(let role):
                reading.roles.insert(role)
            default:
                continue
            }
        }
        if endsWithRomanOne() { seniorities.append(.entry) }
        reading.levels = Set(seniorities)
        reading.directorOnly = director && !reading.levels.contains(.executive)
        if director { reading.levels.insert(.executive) }
        reading.functionalManager =
            !leadRanges.isEmpty
            && leadRanges.allSatisfy { lead in
                notLeadRanges.contains { $0.contains(lead.lowerBound) && $0.upperBound >= lead.upperBound }
            }
        for level in [TitleSeniority.executive, .lead, .senior, .entry] where reading.levels.contains(level) {
            reading.seniority = level
            break
        }
        if reading.notSecurity {
            reading.discipline = .none
            return reading
        }
        // A named discipline beats a neutral security word; among disciplines the longest phrase,
        // then the first, decides.
        let named = disciplineFound.filter { $0.discipline != .neutral }
        if let best = named.max(by: { $0.length != $1.length ? $0.length < $1.length : $0.start > $1.start }) {
            reading.discipline = best.discipline
        } else if !disciplineFound.isEmpty {
            reading.discipline = .neutral
        }
        return reading
    }
}
