extension Scan {
    /// One place a certification is named.
    struct CertificationHit {
        var certification: Int
        var token: Int32
        var length: Int32
        var sentence: Int
        var strength: CertificationStrength
        /// Where the strength came from: a word in the sentence outranks a section's default.
        var basis: StrengthBasis
        /// The strength word that governs this name, if any (kept for sharing within lists).
        var governing: CertificationStrength?
    }

    /// What decided a certification's strength at one place, weakest evidence first.
    ///
    /// One certification named twice ("preferably CISSP" in the requirements, and again in a
    /// closing keyword list) takes the strength of the better-founded place: an explicit word
    /// beats a section's default, and a section beats "we pay for" (a posting that requires CISSP
    /// and also offers to pay its renewal still requires it).
    enum StrengthBasis: Int, Comparable {
        case mentionedWord, sectionDefault, explicitWord
        static func < (lhs: StrengthBasis, rhs: StrengthBasis) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// How far (in tokens) a strength word may sit from the certification it qualifies.
    static let strengthCueReach: Int32 = 18
    /// Names at most this many tokens apart form a list ("CISSP, GCFA, GCIH or OSCP").
    static let listGap: Int32 = 4

    /// Finds certifications, their strength and "A or B" groups.
    ///
    /// A certification is named by any of its names or aliases, the longest match winning
    /// ("CISSP-ISSAP" is ISSAP, not CISSP). Ambiguous aliases (CISA the agency, "A+" the grade,
    /// "CC") count only when written in the alias's exact case and in a sentence about
    /// certifications. "Associate of ISC2" never counts as CISSP.
    func certifications(language: String) -> (mentions: [CertificationMention], groups: [[Certification.ID]]) {
        let hits = certificationHits()
        guard !hits.isEmpty else { return ([], []) }

        // Groups: two or more certifications joined by "or" (or introduced by "one of").
        var groups: [[Certification.ID]] = []
        var groupOfHit: [Int: Int] = [:]
        let bySentence = Dictionary(grouping: hits.indices, by: { hits[$0].sentence })
        for sentence in bySentence.keys.sorted() {
            let sorted = bySentence[sentence]!.sorted { hits[$0].token < hits[$1].token }
            // A strength word between two names ends one list and starts another: in "GCIH or
            // GCIA is preferred; OSCP is a plus" OSCP is no alternative to the first two.
            var runs: [[Int]] = []
            for index in sorted {
                if let previous = runs.last?.last,
                    !hasStrengthCue(
                        sentence: sentence, from: hits[previous].token + hits[previous].length, to: hits[index].token)
                {
                    runs[runs.count - 1].append(index)
                } else {
                    runs.append([index])
                }
            }
            var boundary: Int32 = -1
            for indices in runs {
                defer { boundary = hits[indices.last!].token + hits[indices.last!].length }
                let ids = orderedUnique(indices.map { hits[$0].certification })
                guard ids.count >= 2 else { continue }
                let starts = indices.map { hits[$0].token }
                if alternativesJoined(
                    sentence: sentence, starts: starts, from: starts.first!, to: starts.last!, after: boundary,
                    language: language)
                {
                    groups.append(ids.map { analyzer.knowledgeBase.certifications[$0].id })
                    for index in indices { groupOfHit[index] = groups.count - 1 }
                }
            }
        }

        // One mention per certification: the best-founded place it is named, then the strongest.
        var best: [Int: Int] = [:]
        for (index, hit) in hits.enumerated() {
            if let current = best[hit.certification] {
                let kept = hits[current]
                if kept.basis > hit.basis || (kept.basis == hit.basis && kept.strength <= hit.strength) { continue }
            }
            best[hit.certification] = index
        }
        let mentions = best.values.sorted { hits[$0].token < hits[$1].token }.map { index -> CertificationMention in
            let hit = hits[index]
            let certification = analyzer.knowledgeBase.certifications[hit.certification]
            let start = tokens[Int(hit.token)].start
            let end = tokens[Int(hit.token + hit.length - 1)].end
            return CertificationMention(
                id: certification.id, name: certification.short, strength: hit.strength,
                evidence: evidence(sentence: hit.sentence, focus: start), matched: text(from: start, to: end),
                group: groupOfHit[index], security: certification.security)
        }
        return (mentions, groups)
    }

    /// Every accepted place a certification is named, with its strength there.
    func certificationHits() -> [CertificationHit] {
        var hits: [CertificationHit] = []
        var blockedUntil: Int32 = -1
        var coveredUntil: Int32 = -1
        for sentence in stream.sentences.indices where !headingSentences.contains(sentence) {
            let range = sentenceMatches[sentence]
            var hasCertificationWord = false
            var unambiguousNames = 0
            for index in range {
                switch pattern(matches[index]) {
                case .cue(.certificationWord), .cue(.dod): hasCertificationWord = true
                case .alias(let alias) where !analyzer.aliases[Int(alias)].ambiguous: unambiguousNames += 1
                default: break
                }
            }
            for index in range {
                let match = matches[index]
                if case .cue(.notCertification) = pattern(match) {
                    blockedUntil = max(blockedUntil, match.start + match.length)
                    continue
                }
                guard case .alias(let aliasIndex) = pattern(match) else { continue }
                // Longest match wins: skip names inside one already taken. A name in brackets right
                // after "Associate of ISC2" ("Associate of ISC2 (CISSP)") is part of it.
                if match.start < coveredUntil || match.start < blockedUntil { continue }
                if match.start == blockedUntil, tokens[Int(match.start)].before == UInt8(ascii: "(") { continue }
                let alias = analyzer.aliases[Int(aliasIndex)]
                if !plusSignsAreAttached(match) { continue }
                if alias.ambiguous {
                    guard writtenExactly(match, alias.writtenTokens), hasCertificationWord || unambiguousNames > 0
                    else {
                        continue
                    }
                }
                coveredUntil = match.start + match.length
                let governing = governingStrengthWord(
                    sentence: sentence, start: match.start, end: match.start + match.length)
                var (strength, basis) = strength(sentence: sentence, token: match.start, governing: governing)
                if basis == .sectionDefault, strength == .required,
                    isCompanysOwn(sentence: sentence, before: match.start)
                {
                    (strength, basis) = (.mentioned, .mentionedWord)
                }
                hits.append(
                    CertificationHit(
                        certification: alias.certification, token: match.start, length: match.length,
                        sentence: sentence, strength: strength, basis: basis, governing: governing?.strength))
            }
        }
        shareStrengthWithinLists(&hits)
        qualifyFromTheNextSentence(&hits)
        return hits
    }

    /// A short sentence that points back and says "a plus" ("Heb je ook OSWE? Dan is dat mooi
    /// meegenomen", "OSCP. That would be a bonus.") makes the names of the sentence before it
    /// preferred, where only their section had decided. Cost: one look per sentence with names.
    func qualifyFromTheNextSentence(_ hits: inout [CertificationHit]) {
        var start = 0
        while start < hits.count {
            let sentence = hits[start].sentence
            var end = start + 1
            while end < hits.count, hits[end].sentence == sentence { end += 1 }
            defer { start = end }
            let next = sentence + 1
            guard next < stream.sentences.count, !headingSentences.contains(next),
                end == hits.count || hits[end].sentence != next,
                sectionOfSentence[next] == sectionOfSentence[sentence]
            else { continue }
            let range = stream.sentences[next]
            guard range.endToken - range.firstToken <= Self.backReferenceSentenceTokens,
                (range.firstToken..<min(range.endToken, range.firstToken + 3)).contains(where: {
                    analyzer.backReferenceIDs.contains(tokens[Int($0)].id)
                }),
                cues(in: next).contains(where: { $0.cue == .preferred || $0.cue == .preferredAhead })
            else { continue }
            for index in start..<end where hits[index].basis == .sectionDefault && hits[index].strength == .required {
                hits[index].strength = .preferred
            }
        }
    }

    /// "Our security team holds CISSP, OSCP and CCSP", "Il nostro team è certificato CEH": a
    /// sentence that opens with the company's own, names no candidate before the name and has no
    /// heading or strength word speaks of what the company has. Cost: the tokens before the name
    /// (once per name; a name's sentence is scanned at most up to it).
    func isCompanysOwn(sentence: Int, before token: Int32) -> Bool {
        let range = stream.sentences[sentence]
        let opening = range.firstToken..<min(token, range.firstToken + 2)
        guard opening.contains(where: { analyzer.companyPossessiveIDs.contains(tokens[Int($0)].id) }) else {
            return false
        }
        guard token - range.firstToken <= Self.companyOwnReach else { return false }
        for index in range.firstToken..<token where analyzer.candidateVoiceIDs.contains(tokens[Int(index)].id) {
            return false
        }
        return !cues(in: sentence, startingIn: range.firstToken, token).contains { item in
            if case .section = item.cue { return true }
            return item.cue.isStrengthWord
        }
    }

    /// How far into its sentence a name may stand for the company's opening word to own it.
    static let companyOwnReach: Int32 = 16

    /// At most this many tokens in a sentence that qualifies the one before ("Dan is dat mooi
    /// meegenomen", "This would be considered an advantage").
    static let backReferenceSentenceTokens: Int32 = 8

    /// Names listed together ("CISSP, GCFA, GCIH or OSCP") share the strength word that governs
    /// any of them, unless a strength word or a bracket stands between them.
    func shareStrengthWithinLists(_ hits: inout [CertificationHit]) {
        var start = 0
        while start < hits.count {
            var end = start + 1
            while end < hits.count, hits[end].sentence == hits[start].sentence,
                hits[end].token - (hits[end - 1].token + hits[end - 1].length) <= Self.listGap,
                // "CIPP/E certification (CIPM a plus)": a bracket between two names ends the list.
                bracketDepthThrough[Int(hits[end].token)] == bracketDepthThrough[Int(hits[end - 1].token)],
                !hasStrengthCue(
                    sentence: hits[end].sentence, from: hits[end - 1].token + hits[end - 1].length, to: hits[end].token)
            {
                end += 1
            }
            if end - start > 1 {
                // The first name's governing word wins, with the weight it has there: a word that
                // opens the line ("Requisitos deseables- CISSP, CEH") weighs like a heading.
                if let source = hits[start..<end].first(where: { $0.governing != nil }) {
                    for index in start..<end {
                        hits[index].strength = source.strength
                        hits[index].basis = source.basis
                    }
                }
            }
            start = end
        }
    }

    /// "Security+" needs its plus attached: "security + privacy" is not a certification.
    func plusSignsAreAttached(_ match: PhraseMatcher.Match) -> Bool {
        for index in match.start..<(match.start + match.length) where tokens[Int(index)].flags.contains(.plus) {
            if index == match.start || tokens[Int(index)].before == 0x20 { return false }
        }
        return true
    }

    /// The matched tokens are written exactly like the alias (case included).
    func writtenExactly(_ match: PhraseMatcher.Match, _ written: [[UInt8]]) -> Bool {
        guard Int(match.length) == written.count else { return false }
        for (offset, expected) in written.enumerated() {
            let token = tokens[Int(match.start) + offset]
            let actual = bytes[Int(token.start)..<Int(token.end)]
            if !actual.elementsEqual(expected) { return false }
        }
        return true
    }

    /// The strength of a certification named at `token`: the strength word that governs it in
    /// its sentence decides; without one, the section it sits in.
    /// - Parameter governing: `governingStrengthWord` for the name, computed by the caller.
    func strength(
        sentence: Int, token: Int32, governing: (strength: CertificationStrength, opening: Bool)?
    ) -> (CertificationStrength, StrengthBasis) {
        func explicit(_ strength: CertificationStrength) -> (CertificationStrength, StrengthBasis) {
            (strength, strength == .mentioned ? .mentionedWord : .explicitWord)
        }
        if let governing {
            return governing.opening ? (governing.strength, .sectionDefault) : explicit(governing.strength)
        }
        // "A recognised certification is desirable, e.g. GIAC, CISM": the word governs its examples.
        if let anchor = certificationWord(before: token, in: sentence),
            let governing = governingStrength(sentence: sentence, start: anchor.start, end: anchor.end)
        {
            return explicit(governing)
        }
        switch section(at: token) {
        case .requirements, .intro, .responsibilities:
            // "Knowledge of security (e.g. CISSP or CISM, or ISO 27001 experience)": an example of
            // something else is one way to show it, not a condition. "Relevant certifications
            // (e.g. CISSP)" keeps its section's strength.
            if isExampleOfSomethingElse(sentence: sentence, token: token) { return (.preferred, .sectionDefault) }
            return (.required, .sectionDefault)
        case .preferred: return (.preferred, .sectionDefault)
        case .benefits, .about, .other: return (.mentioned, .mentionedWord)
        }
    }

    /// How far before "e.g." the word the examples illustrate may stand.
    static let exampleHeadReach: Int32 = 8

    /// Whether the name follows an example marker ("e.g.", "such as", "zoals") within reach that
    /// illustrates knowledge or experience named just before it, and no certification word stands
    /// near: the certification is then one way to show that knowledge, not a condition.
    func isExampleOfSomethingElse(sentence: Int, token: Int32) -> Bool {
        var marker: Int32?
        for (start, length, cue) in cues(
            in: sentence, startingIn: token - Self.strengthCueReach - longestPhrase, token)
        where cue == .example && start + length <= token && token - (start + length) <= Self.strengthCueReach {
            marker = max(marker ?? start, start)
        }
        guard let marker else { return false }
        // The examples illustrate knowledge or experience ("kennis van …, bijvoorbeeld CISSP").
        var knowledge = false
        for (start, length, cue) in cues(
            in: sentence, startingIn: marker - Self.exampleHeadReach - longestPhrase, token)
        where start + length > marker - Self.exampleHeadReach {
            switch cue {
            case .certificationWord: return false
            case .knowledgeWord, .experienceWord: if start < marker { knowledge = true }
            default: continue
            }
        }
        return knowledge
    }

    /// The nearest strength word in the sentence that reaches the phrase at tokens
    /// `start..<end`: words like "required" and "a plus" reach back to what precedes them (or
    /// forward after a colon), words like "must" and "ideally" reach forward, "we pay for" and
    /// "within 6 months" either way.
    func governingStrength(sentence: Int, start: Int32, end: Int32) -> CertificationStrength? {
        governingStrengthWord(sentence: sentence, start: start, end: end)?.strength
    }

    /// The governing strength, and whether it comes from a word that opens the sentence or clause
    /// ("Preferred certifications are ..."): such a word heads what follows like a heading does,
    /// so it weighs like a section, not like a word next to the name.
    func governingStrengthWord(
        sentence: Int, start: Int32, end: Int32
    ) -> (strength: CertificationStrength, opening: Bool)? {
        var best: (distance: Int32, strength: CertificationStrength, opening: Bool, after: Bool)?
        var weak: Int32?
        var mentionedBefore = false
        var alternative = false
        var deadline = false
        // Only cues within reach can govern: those starting from reach (plus a phrase) before the
        // name to reach after it. O(1) to find them, then at most the window per call.
        let window = cues(
            in: sentence, startingIn: start - Self.strengthCueReach - longestPhrase, end + Self.strengthCueReach + 1)
        for (cueStart, cueLength, cue) in window {
            let cueEnd = cueStart + cueLength
            let after = cueStart >= end
            let before = cueEnd <= start
            guard after || before else { continue }
            let distance = after ? cueStart - end : start - cueEnd
            guard distance <= Self.strengthCueReach else { continue }
            guard cue.isStrengthWord else { continue }
            // "2 years of Linux (Debian is a plus)": a word inside brackets opened after the
            // phrase qualifies what the brackets hold.
            // A bracket that opens right after the name with the word first in it qualifies the
            // name itself: "CySA+ (preferred)", "CISA (gewenst)", "OSCP (mandatory)".
            if after, bracketOpens(afterToken: end - 1, beforeToken: cueStart),
                !(cueStart == end && tokens[Int(cueStart)].flags.contains(.afterOpenBracket))
            {
                continue
            }
            // A strength word that opens its sentence or clause governs what follows it as a colon
            // would: "Preferred certifications are CISSP or CISM", "Nice to have CISSP".
            let trueColon = tokens[Int(cueEnd - 1)].flags.contains(.colonAfter)
            // "…, ideally with a master's; You have 6 years of…": a semicolon ends a list item,
            // and a strength word does not reach past it (unless a colon opens a list after it).
            if !(before && trueColon),
                semicolonBetween(afterToken: after ? end - 1 : cueEnd - 1, beforeToken: after ? cueStart : start)
            {
                continue
            }
            // "CISSP required, CySA+ preferred": a word right after a name qualifies that name;
            // it does not open what follows.
            // "(CISSP, CISM) preferred Work experience…": a word right after a closing bracket
            // qualifies the bracket, even when a lost line break follows it.
            let opening =
                !after && !trueColon && opensClause(cueStart, sentence: sentence)
                && !followsCertificationName(cueStart, sentence: sentence) && !followsClosingBracket(cueStart)
            let colon = trueColon || opening
            let strength: CertificationStrength
            let reaches: Bool
            switch cue {
            case .required: (strength, reaches) = (.required, after || colon)
            case .requiredAhead: (strength, reaches) = (.required, before || endsSentence(after, cueEnd, distance))
            case .preferred: (strength, reaches) = (.preferred, after || colon)
            case .preferredAhead: (strength, reaches) = (.preferred, before || endsSentence(after, cueEnd, distance))
            case .mentioned: (strength, reaches) = (.mentioned, true)
            case .obtainWithin:
                (strength, reaches) = (.required, true)
                deadline = true
            case .alternativeToHolding:
                (strength, reaches) = (.preferred, true)
                alternative = true
            case .holding:
                if before { weak = min(weak ?? distance, distance) }
                continue
            default: continue
            }
            guard reaches else { continue }
            if strength == .mentioned, before { mentionedBefore = true }
            let viaOpening = opening && (cue == .required || cue == .preferred)
            if best == nil || distance < best!.distance { best = (distance, strength, viaOpening, after) }
        }
        // "You have CISSP or CISM and keep learning through trainings": what the candidate holds
        // is asked; a training word after the name speaks of what comes next.
        // Unless a reason word also stands before the name: "Du hast die Möglichkeit, CISSP zu
        // erwerben" holds an opportunity, not the certification.
        if let best, best.strength == .mentioned, best.after, weak != nil, !mentionedBefore {
            return (.required, false)
        }
        // "GICSP, or willing to obtain it within 12 months of joining": a deadline after hire is a
        // requirement, however near the "willing" stands.
        if let best, best.strength == .preferred, alternative, deadline { return (.required, false) }
        if let best { return (best.strength, best.opening) }
        return weak != nil ? (.required, false) : nil
    }

    /// Whether more brackets open than close between token `first` and token `last`. O(1).
    /// A word that usually qualifies what follows ("ideally CISSP") qualifies the name before it
    /// when nothing follows it in the sentence: "SC-100, preferably", "GREM ideally".
    func endsSentence(_ after: Bool, _ cueEnd: Int32, _ distance: Int32) -> Bool {
        after && distance <= 1 && cueEnd == stream.sentences[Int(tokens[Int(cueEnd - 1)].sentence)].endToken
    }

    func bracketOpens(afterToken first: Int32, beforeToken last: Int32) -> Bool {
        guard first >= 0, first < last else { return false }
        return bracketDepthThrough[Int(last)] > bracketDepthThrough[Int(first)]
    }

    /// Whether a semicolon that starts a new item ("…RE;Je hebt", "…; You have") stands between
    /// token `first` and token `last`. "CISSP, OSCP; blockchain certifications are a plus" goes on
    /// with the same item. O(1).
    func semicolonBetween(afterToken first: Int32, beforeToken last: Int32) -> Bool {
        guard first >= 0, first < last else { return false }
        return itemBreaksThrough[Int(last)] > itemBreaksThrough[Int(first)]
    }

    /// Whether a certification name ends right before the token, in the same sentence.
    func followsCertificationName(_ token: Int32, sentence: Int) -> Bool {
        guard token > stream.sentences[sentence].firstToken else { return false }
        return matchIndices(coveringToken: token - 1).contains { index in
            let match = matches[index]
            guard match.start + match.length == token, case .alias = pattern(match) else { return false }
            return true
        }
    }

    /// Whether a closing bracket stands right before the token.
    func followsClosingBracket(_ token: Int32) -> Bool {
        tokens[Int(token)].flags.contains(.afterCloseBracket)
    }

    /// Whether the token opens its sentence or a clause, allowing one leading word ("Also
    /// preferred: ...", "Ideally ...").
    func opensClause(_ token: Int32, sentence: Int) -> Bool {
        let first = stream.sentences[sentence].firstToken
        if token == first || token == first + 1 { return true }
        let flags = tokens[Int(token)].flags
        return flags.contains(.clauseStart) || flags.contains(.lineStart)
    }

    /// The nearest certification word ("certification", "Zertifizierung") before a name in its
    /// sentence, within reach.
    func certificationWord(before token: Int32, in sentence: Int) -> (start: Int32, end: Int32)? {
        var best: (Int32, Int32)?
        let window = cues(in: sentence, startingIn: token - Self.strengthCueReach - longestPhrase, token)
        for (start, length, cue) in window where cue == .certificationWord {
            guard start + length <= token, token - (start + length) <= Self.strengthCueReach else { continue }
            if best == nil || start > best!.0 { best = (start, start + length) }
        }
        return best
    }

    /// Whether a strength word starts in tokens `from..<to` of the sentence.
    func hasStrengthCue(sentence: Int, from: Int32, to: Int32) -> Bool {
        guard from < to else { return false }
        return cues(in: sentence, startingIn: from, to).contains { $0.cue.isStrengthWord }
    }

    /// Whether the certifications between `first` and `last` are alternatives ("A, B or C",
    /// "one of: A; B; C"), not a list that must all be held.
    /// A "one of" counts when it stands after `boundary`, the end of the previous list.
    func alternativesJoined(
        sentence: Int, starts: [Int32], from first: Int32, to last: Int32, after boundary: Int32, language: String
    ) -> Bool {
        // Only cues between the list's start (or the previous list's end) and its last name matter.
        for (start, _, cue) in cues(in: sentence, startingIn: min(first + 1, boundary), last) {
            switch cue {
            case .or where start > first && start < last: return true
            case .oneOf where start >= boundary && start < last: return true
            default: continue
            }
        }
        // Dutch "of" means "or".
        if language == "nl" {
            let of = analyzer.tokenizer.vocabulary.id(of: "of")
            for index in (first + 1)..<last where tokens[Int(index)].id == of { return true }
        }
        // "A/B": a name right after a slash.
        return starts.dropFirst().contains { tokens[Int($0)].before == UInt8(ascii: "/") }
    }

    func orderedUnique(_ values: [Int]) -> [Int] {
        var seen = Set<Int>()
        return values.filter { seen.insert($0).inserted }
    }
}
