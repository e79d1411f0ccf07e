extension Scan {
    /// The largest believable experience figure: "25 years" is usually the company talking.
    static let maximumPlausibleYears = 30.0
    /// Statements kept as evidence (a pasted corpus can hold thousands).
    static let statementsKept = 50
    /// How far (in tokens) a degree may be from the years it goes with ("a Bachelor's degree in
    /// Computer Science, Information Systems or a related field and 5 years").
    static let degreeReach: Int32 = 24
    /// How far (in tokens) a word making years a duration, an age or a window may stand from them
    /// ("a fixed-term contract of 2 years", "21 years of age").
    static let durationReach: Int32 = 3
    /// How far (in tokens) after fronted years the company may stand as the subject ("With over 30
    /// years of experience in IT services, our group").
    static let companySubjectReach: Int32 = 8

    /// Finds every "N years of experience" statement and the posting's required minimum.
    ///
    /// Reads "3-5 years", "5+ years", "minimum of five (5) years", "at least 3 years", months,
    /// and the same in German, French and Dutch. When a sentence offers paths by degree ("7 years
    /// with a bachelor's or 5 with a master's") the bachelor's path counts, else the shortest; across
    /// sentences the largest required figure counts ("5 years in IT, 3 of them in security" → 5).
    func experience() -> Experience {
        var statements: [(statement: ExperienceStatement, sentence: Int, token: Int32)] = []
        for sentence in stream.sentences.indices where !headingSentences.contains(sentence) {
            switch sectionOfSentence[sentence] {
            case .benefits, .other: continue
            case .about:
                // Company descriptions speak of the company's years; a candidate's years there
                // only count when the sentence is plainly about experience and not about "we".
                if self.sentence(sentence, has: { $0 == .companyVoice }) { continue }
            default: break
            }
            statements += experienceStatements(in: sentence).map { ($0.statement, sentence, $0.token) }
        }
        var minimum: Double?
        var maximum: Double?
        let requiredBySentence = Dictionary(grouping: statements.filter(\.statement.required), by: \.sentence)
        let statementsBySentence = Dictionary(grouping: statements, by: \.sentence)
        for sentence in requiredBySentence.keys.sorted() {
            let required = requiredBySentence[sentence]!.map(\.statement)
            let degrees = Set(required.compactMap(\.withDegree))
            let isPathSentence =
                degrees.count >= 2 || (!degrees.isEmpty && required.contains { $0.withDegree == nil })
                || (untiedBachelor(in: sentence, statements: required) != nil
                    && required.contains { $0.withDegree == nil })
            let chosen: ExperienceStatement?
            if isPathSentence {
                // Paths by degree: the bachelor's path; a bachelor's named with no years needs none,
                // and only statements before it ("3 years in support. BS, or 3-4 years") still count.
                if let bachelor = required.first(where: { $0.withDegree == .bachelor }) {
                    chosen = bachelor
                } else if let bachelorAt = untiedBachelor(in: sentence, statements: required) {
                    chosen = statementsBySentence[sentence]!.filter { $0.statement.required && $0.token < bachelorAt }
                        .map(\.statement).max { $0.minYears < $1.minYears }
                } else {
                    chosen = required.min { $0.minYears < $1.minYears }
                }
            } else if let alternatives = alternativePaths(in: sentence, statements: requiredBySentence[sentence]!) {
                // "2+ years in a SOC or 6+ years in IT": the shortest path.
                chosen = alternatives
            } else {
                chosen = required.max { $0.minYears < $1.minYears }
            }
            if let chosen, minimum == nil || chosen.minYears > minimum! {
                minimum = chosen.minYears
                maximum = chosen.maxYears
            }
        }
        // Every statement counts, but a person reads the first few dozen at most: only those get
        // their evidence text (a pasted list can hold thousands).
        let kept = statements.prefix(Self.statementsKept).map { item in
            var statement = item.statement
            statement.evidence = evidence(sentence: item.sentence, focus: tokens[Int(item.token)].start)
            return statement
        }
        return Experience(minYears: minimum, maxYears: maximum, statements: kept)
    }

    /// When a sentence's required statements are joined by "or" ("2+ years in a SOC or 6+ years in
    /// IT"), the shortest path; nil when no "or" stands between two of them.
    func alternativePaths(
        in sentence: Int, statements: [(statement: ExperienceStatement, sentence: Int, token: Int32)]
    ) -> ExperienceStatement? {
        guard statements.count >= 2 else { return nil }
        let ordered = statements.sorted { $0.token < $1.token }
        let alternatives = alternativeTokens(cues(in: sentence))
        for (left, right) in zip(ordered, ordered.dropFirst())
        where Self.hasValue(alternatives, between: left.token, and: right.token) {
            return ordered.map(\.statement).min { $0.minYears < $1.minYears }
        }
        return nil
    }

    /// The token of a bachelor's degree the sentence offers as an alternative with no years, as in
    /// "Bachelor's degree, or an associate's with 2 years, or 4 years": that path needs no years.
    func untiedBachelor(in sentence: Int, statements: [ExperienceStatement]) -> Int32? {
        guard !statements.contains(where: { $0.withDegree == .bachelor }) else { return nil }
        let cues = cues(in: sentence)
        let lastAlternative = alternativeTokens(cues).last ?? -1
        // An "or" after the degree makes it one path among others.
        return cues.first { item in item.cue == .degree(.bachelor) && lastAlternative > item.token }?.token
    }

    /// Tokens of "or" that offer an alternative (not the "or" of "or equivalent" or "or more"), in
    /// order. One pass: an "or" is covered when a phrase starting at or before it reaches past it.
    func alternativeTokens(_ cues: ArraySlice<(token: Int32, length: Int32, cue: Cue)>) -> [Int32] {
        let phrases = cues.filter { $0.cue == .equivalent || $0.cue == .orMore }
        var next = phrases.startIndex
        var coveredUntil: Int32 = -1
        var tokens: [Int32] = []
        for item in cues where item.cue == .or {
            while next < phrases.endIndex, phrases[next].token <= item.token {
                coveredUntil = max(coveredUntil, phrases[next].token + phrases[next].length)
                next += 1
            }
            if item.token >= coveredUntil { tokens.append(item.token) }
        }
        return tokens
    }

    /// The experience statements of one sentence.
    func experienceStatements(in sentence: Int) -> [(statement: ExperienceStatement, token: Int32)] {
        let cues = cues(in: sentence)
        let units = cues.filter {
            if case .yearWord = $0.cue { return true }
            if case .monthWord = $0.cue { return true }
            return false
        }
        guard !units.isEmpty else { return [] }
        let hasExperienceWord = cues.contains { if case .experienceWord = $0.cue { return true } else { return false } }
        let inRequirements = [.requirements, .preferred].contains(section(at: units[0].token))
        var found: [(statement: ExperienceStatement, at: Int32)] = []
        var lastUnit: Int32 = -1
        for unit in units where unit.token > lastUnit {
            lastUnit = unit.token
            let months: Bool
            if case .monthWord = unit.cue { months = true } else { months = false }
            guard let (low, high, numberStart) = number(before: unit.token, in: sentence) else { continue }
            let scale = months ? 1.0 / 12.0 : 1.0
            let minYears = (low * scale * 100).rounded() / 100
            let maxYears = high.map { ($0 * scale * 100).rounded() / 100 }
            guard minYears <= Self.maximumPlausibleYears else { continue }
            // Each test reads only the cues near the number and its unit (O(1) to find them).
            let unitEnd = unit.token + unit.length
            let near = self.cues(
                in: sentence, startingIn: numberStart - max(6, Self.durationReach + longestPhrase),
                unitEnd + Self.durationReach + 1)
            if isDurationOrDegree(after: unitEnd, numberStart: numberStart, cues: near)
                || isCompanysFrontedYears(sentence: sentence, numberStart: numberStart, unitEnd: unitEnd)
            {
                continue
            }
            let yearsOfWork = self.cues(in: sentence, startingIn: unit.token, unit.token + 1).contains {
                $0.cue == .yearsOf
            }
            guard hasExperienceWord || inRequirements || yearsOfWork || hasAtLeast(before: numberStart, cues: near)
            else {
                continue
            }
            // The words between the number and its unit ("9 plus years") qualify neither.
            let required = !isPreferred(at: numberStart, through: unitEnd, sentence: sentence, cues: cues)
            found.append(
                (
                    // The evidence text is added by `experience()` for the statements it keeps.
                    ExperienceStatement(
                        minYears: minYears, maxYears: maxYears, required: required, withDegree: nil, evidence: ""),
                    numberStart
                ))
        }
        // Tie each statement to the degree named nearest to it, without crossing another statement
        // or an "or" (which makes the degree an alternative, as in "a degree or 4 years").
        let degreeCues = cues.compactMap { item -> (Int32, Degree)? in
            if case .degree(let degree) = item.cue { return (item.token, degree) }
            return nil
        }
        let alternatives = alternativeTokens(cues)
        for index in found.indices {
            let at = found[index].at
            let lower = max(index > 0 ? found[index - 1].at : -1, at - Self.degreeReach - 1)
            let upper = min(index + 1 < found.count ? found[index + 1].at : Int32.max, at + Self.degreeReach + 1)
            // Degrees within reach, found by halving (they are in text order).
            let first = Self.partitionPoint(degreeCues.indices) { degreeCues[$0].0 > lower }
            let end = Self.partitionPoint(first..<degreeCues.endIndex) { degreeCues[$0].0 >= upper }
            let candidates = degreeCues[first..<end].filter { degree in
                !Self.hasValue(alternatives, between: min(degree.0, at), and: max(degree.0, at))
            }
            found[index].statement.withDegree = candidates.min { abs($0.0 - at) < abs($1.0 - at) }?.1
        }
        return found.map { ($0.statement, $0.at) }
    }

    /// The number (or range) just before a year/month word: `5`, `5+`, `3-5`, `3 to 5`,
    /// `five (5)`, `3.5`, `five or more`.
    func number(before unit: Int32, in sentence: Int) -> (Double, Double?, Int32)? {
        let first = stream.sentences[sentence].firstToken
        var position = unit - 1
        // Skip "+", "or more", "plus", "(", "full".
        var skipped = 0
        while position >= first, skipped < 3 {
            let token = tokens[Int(position)]
            if token.flags.contains(.plus)
                || isCue(at: position, { if case .orMore = $0 { return true } else { return false } })
            {
                position -= 1
                skipped += 1
                continue
            }
            break
        }
        guard position >= first, let (value, start) = numberValue(endingAt: position, first: first) else { return nil }
        // A range: "3-5", "3 – 5", "3 to 5", "3 bis 5", "between 3 and 5".
        if start - 1 >= first, isDashBetween(start - 1, and: start),
            let (low, lowStart) = numberValue(endingAt: start - 1, first: first),
            low < value
        {
            return (low, value, lowStart)
        }
        if start - 2 >= first,
            isCue(
                at: start - 1,
                {
                    switch $0 {
                    case .rangeTo, .and: return true
                    default: return false
                    }
                }),
            let (low, lowStart) = numberValue(endingAt: start - 2, first: first), low < value
        {
            return (low, value, lowStart)
        }
        return (value, nil, start)
    }

    /// Only a dash stands between two tokens, with or without spaces ("3-5", "1 - 3", "1- 3"):
    /// "-", "~" or an en or em dash. Reads at most a few bytes.
    func isDashBetween(_ left: Int32, and right: Int32) -> Bool {
        let from = Int(tokens[Int(left)].end)
        let to = Int(tokens[Int(right)].start)
        guard to > from, to - from <= 5 else { return false }
        var dashes = 0
        var index = from
        while index < to {
            switch bytes[index] {
            case UInt8(ascii: " "): index += 1
            case UInt8(ascii: "-"), UInt8(ascii: "~"):
                dashes += 1
                index += 1
            // The en and em dashes: E2 80 93 and E2 80 94.
            case 0xE2
            where index + 2 < to && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94):
                dashes += 1
                index += 3
            default: return false
            }
        }
        return dashes == 1
    }

    /// A number ending at `position`: digits (with a decimal part) or a number word; "five (5)"
    /// reads as 5 from its digits.
    func numberValue(endingAt position: Int32, first: Int32) -> (Double, Int32)? {
        let token = tokens[Int(position)]
        if token.flags.contains(.digit), token.number >= 0 {
            if token.flags.contains(.decimalPart), position - 1 >= first, tokens[Int(position - 1)].number >= 0 {
                let digits = Double(token.end - token.start)
                let whole = Double(tokens[Int(position - 1)].number)
                var fraction = Double(token.number)
                for _ in 0..<Int(digits) { fraction /= 10 }
                return (whole + fraction, position - 1)
            }
            // "five (5)": start at the word so the statement reads naturally.
            if token.before == UInt8(ascii: "("), position - 1 >= first, numberWord(endingAt: position - 1) != nil {
                return (Double(token.number), position - 1)
            }
            return (Double(token.number), position)
        }
        if let word = numberWord(endingAt: position) { return (Double(word), position) }
        return nil
    }

    func numberWord(endingAt position: Int32) -> Int? {
        for index in matchIndices(coveringToken: position) {
            let match = matches[index]
            if match.start + match.length - 1 == position, case .number(let value) = pattern(match) { return value }
        }
        return nil
    }

    /// Indices of matches that cover `position`: only those starting at most a phrase before it
    /// can, found through the per-token index. O(longest phrase).
    func matchIndices(coveringToken position: Int32) -> [Int] {
        let sentence = Int(tokens[Int(position)].sentence)
        return matchIndices(in: sentence, startingIn: position - longestPhrase + 1, position + 1).filter {
            matches[$0].start + matches[$0].length > position
        }
    }

    func isCue(at position: Int32, _ test: (Cue) -> Bool) -> Bool {
        for index in matchIndices(coveringToken: position) {
            if case .cue(let cue) = pattern(matches[index]), test(cue) { return true }
        }
        return false
    }

    /// "With over 30 years of experience in IT services, our group…", "Fort de 25 ans d'expérience,
    /// notre groupe…", "Con más de 30 años de trayectoria, somos…": years fronted by "with" at the
    /// start of a sentence whose subject, right after, is the company. "With 5+ years in a SOC, you
    /// will…" stays the candidate's. Cost: a fixed window of tokens.
    func isCompanysFrontedYears(sentence: Int, numberStart: Int32, unitEnd: Int32) -> Bool {
        let range = stream.sentences[sentence]
        guard numberStart - range.firstToken <= 4, analyzer.frontedIDs.contains(tokens[Int(range.firstToken)].id)
        else { return false }
        for index in unitEnd..<min(range.endToken, unitEnd + Self.companySubjectReach) {
            let id = tokens[Int(index)].id
            if analyzer.candidateVoiceIDs.contains(id) { return false }
            if analyzer.companySubjectIDs.contains(id) { return true }
        }
        return false
    }

    /// "a 2-year degree", "a 12-month contract", "within 6 months of hire", "our 25 years", "up to 4
    /// years", "21 years of age", "in the last 3 years", "7 years of checkable history".
    func isDurationOrDegree(
        after unitEnd: Int32, numberStart: Int32, cues: ArraySlice<(token: Int32, length: Int32, cue: Cue)>
    ) -> Bool {
        for item in cues {
            switch item.cue {
            case .degree, .degreeWord:
                if item.token >= unitEnd, item.token <= unitEnd + 1 { return true }
            case .obtainWithin:
                if item.token < numberStart, numberStart - (item.token + item.length) <= 2 { return true }
            case .companyVoice:
                // "we have 25 years", not "we are looking for someone with 4 years".
                if item.token < numberStart, numberStart - item.token <= 6,
                    !((item.token + 1)..<numberStart).contains(where: {
                        analyzer.candidateVoiceIDs.contains(tokens[Int($0)].id)
                    })
                {
                    return true
                }
            case .durationContext:
                let after = item.token >= unitEnd && item.token - unitEnd <= Self.durationReach
                let before = item.token < numberStart && numberStart - (item.token + item.length) <= Self.durationReach
                if after || before { return true }
            case .durationBefore, .upTo:
                if item.token < numberStart, numberStart - (item.token + item.length) <= Self.durationReach {
                    return true
                }
            case .durationAfter:
                if item.token >= unitEnd, item.token - unitEnd <= Self.durationReach { return true }
            default: continue
            }
        }
        return false
    }

    func hasAtLeast(before numberStart: Int32, cues: ArraySlice<(token: Int32, length: Int32, cue: Cue)>) -> Bool {
        cues.contains {
            if case .atLeast = $0.cue { return $0.token < numberStart && numberStart - ($0.token + $0.length) <= 2 }
            return false
        }
    }

    /// Preferred when the governing strength word says so, or the sentence sits in a
    /// "nice to have" section without a word saying "required".
    /// - Parameter end: the token after the phrase (default: the token after `position`).
    func isPreferred(
        at position: Int32, through end: Int32? = nil, sentence: Int,
        cues: ArraySlice<(token: Int32, length: Int32, cue: Cue)>
    ) -> Bool {
        switch governingStrength(sentence: sentence, start: position, end: max(end ?? position + 1, position + 1)) {
        case .preferred: return true
        case .required: return false
        case .mentioned, nil: return section(at: position) == .preferred
        }
    }
}
