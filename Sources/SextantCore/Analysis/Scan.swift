/// One posting being analysed: its tokens, sentences, phrase matches and sections.
///
/// Extractors (certifications, experience, discipline, ...) are extensions of `Scan`, each in
/// its own file; they read the matches of a sentence instead of searching the text again.
struct Scan {
    let analyzer: PostingAnalyzer
    let bytes: [UInt8]
    let stream: TokenStream
    let matches: [PhraseMatcher.Match]
    /// For each sentence, the range of `matches` that start in it.
    let sentenceMatches: [Range<Int>]
    /// Every cue with the token where it starts, in text order, and each sentence's range of them.
    let cueList: [(token: Int32, length: Int32, cue: Cue)]
    let sentenceCues: [Range<Int>]
    /// For each token (and one past the last), the index of the first cue and of the first match
    /// starting at or after it: windows of cues and matches in O(1).
    let firstCueAt: [Int32]
    let firstMatchAt: [Int32]
    /// For each token, how many semicolons that start a new item ("…RE;Je hebt") and how many
    /// open brackets net (opened minus closed) come before it or at its start: whether one
    /// stands between two tokens in O(1).
    let itemBreaksThrough: [Int32]
    let bracketDepthThrough: [Int32]
    /// The section each sentence starts in.
    var sectionOfSentence: [SectionKind]
    /// Where sections change, by token (a heading can sit mid-sentence in flattened text).
    var sectionChanges: [(token: Int32, kind: SectionKind)] = []
    /// Sentences that are headings (they introduce a section).
    var headingSentences = SentenceSet(count: 0)
    var sections: [SectionSummary] = []
    /// Section headings kept for the report.
    static let sectionsKept = 100

    init(analyzer: PostingAnalyzer, text: String) {
        self.analyzer = analyzer
        var text = text
        bytes = text.withUTF8 { Array($0) }
        stream = bytes.withUnsafeBufferPointer { analyzer.tokenizer.tokenize(bytes: $0) }
        matches = analyzer.matcher.matches(in: stream.tokens)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(stream.sentences.count)
        var cursor = 0
        for sentence in stream.sentences {
            while cursor < matches.count, matches[cursor].start < sentence.firstToken { cursor += 1 }
            let start = cursor
            while cursor < matches.count, matches[cursor].start < sentence.endToken { cursor += 1 }
            ranges.append(start..<cursor)
        }
        sentenceMatches = ranges
        var cueList: [(token: Int32, length: Int32, cue: Cue)] = []
        var cueRanges: [Range<Int>] = []
        cueRanges.reserveCapacity(ranges.count)
        for range in ranges {
            let start = cueList.count
            for index in range {
                if case .cue(let cue) = analyzer.patterns[Int(matches[index].payload)] {
                    cueList.append((matches[index].start, matches[index].length, cue))
                }
            }
            cueRanges.append(start..<cueList.count)
        }
        self.cueList = cueList
        sentenceCues = cueRanges
        let tokenCount = stream.tokens.count
        firstCueAt = cueList.withUnsafeBufferPointer { cues in
            Self.firstIndexAt(tokenCount: tokenCount, count: cues.count) { cues[$0].token }
        }
        let found = matches
        firstMatchAt = found.withUnsafeBufferPointer { matches in
            Self.firstIndexAt(tokenCount: tokenCount, count: matches.count) { matches[$0].start }
        }
        var breaks = [Int32](repeating: 0, count: stream.tokens.count)
        var depths = [Int32](repeating: 0, count: stream.tokens.count)
        var itemBreaks: Int32 = 0
        var depth: Int32 = 0
        for (index, token) in stream.tokens.enumerated() {
            let flags = token.flags
            if flags.isSuperset(of: [.afterSemicolon, .capitalized]) { itemBreaks += 1 }
            if flags.contains(.afterCloseBracket) { depth -= 1 }
            if flags.contains(.afterOpenBracket) { depth += 1 }
            breaks[index] = itemBreaks
            depths[index] = depth
        }
        itemBreaksThrough = breaks
        bracketDepthThrough = depths
        sectionOfSentence = [SectionKind](repeating: .intro, count: stream.sentences.count)
        headingSentences = SentenceSet(count: stream.sentences.count)
    }

    var tokens: [Token] { stream.tokens }

    func pattern(_ match: PhraseMatcher.Match) -> PostingAnalyzer.Pattern {
        analyzer.patterns[Int(match.payload)]
    }

    /// The text of a byte range, with runs of whitespace collapsed.
    func text(from start: Int32, to end: Int32) -> String {
        let lower = max(0, min(Int(start), bytes.count))
        let upper = max(lower, min(Int(end), bytes.count))
        let slice = bytes[lower..<upper]
        guard slice.contains(0x0A) else { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice.map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
    }

    /// A sentence as evidence: its text, cut to a readable length around `focus` when long.
    func evidence(sentence index: Int, focus: Int32? = nil, limit: Int = 240) -> String {
        guard stream.sentences.indices.contains(index) else { return "" }
        let sentence = stream.sentences[index]
        var start = sentence.start
        var end = sentence.end
        if end - start > Int32(limit), let focus {
            let half = Int32(limit / 2)
            start = max(sentence.start, focus - half)
            end = min(sentence.end, start + Int32(limit))
            // Do not cut inside a UTF-8 sequence.
            while start > sentence.start, Int(start) < bytes.count, bytes[Int(start)] & 0xC0 == 0x80 { start -= 1 }
            while Int(end) < bytes.count, end < sentence.end, bytes[Int(end)] & 0xC0 == 0x80 { end += 1 }
            let body = text(from: start, to: end)
            return (start > sentence.start ? "…" : "") + body + (end < sentence.end ? "…" : "")
        }
        if end - start > Int32(limit) {
            end = start + Int32(limit)
            while Int(end) < bytes.count, bytes[Int(end)] & 0xC0 == 0x80 { end += 1 }
            return text(from: start, to: end) + "…"
        }
        return text(from: start, to: end)
    }

    /// The cues of a sentence with the token where each starts.
    func cues(in sentence: Int) -> ArraySlice<(token: Int32, length: Int32, cue: Cue)> {
        cueList[sentenceCues[sentence]]
    }

    /// The longest phrase the matcher knows, in tokens: a cue that ends near a token starts at
    /// most this far before it.
    var longestPhrase: Int32 { Int32(analyzer.matcher.longestPhrase) }

    /// The cues of a sentence that start in tokens `lower..<upper`, in text order.
    ///
    /// Cost: O(1) to find them (per-token indexes), plus the cues returned. Extractors look at the few tokens
    /// around one place; asking for that window instead of the whole sentence keeps them linear
    /// when a sentence is the whole text (a flattened page, a pasted list).
    func cues(
        in sentence: Int, startingIn lower: Int32, _ upper: Int32
    ) -> ArraySlice<(token: Int32, length: Int32, cue: Cue)> {
        cueList[Self.window(sentenceCues[sentence], firstCueAt, lower, upper)]
    }

    /// Indices of the sentence's matches that start in tokens `lower..<upper`, in text order. O(1).
    func matchIndices(in sentence: Int, startingIn lower: Int32, _ upper: Int32) -> Range<Int> {
        Self.window(sentenceMatches[sentence], firstMatchAt, lower, upper)
    }

    /// The part of a sentence's range of items that start in tokens `lower..<upper`.
    static func window(_ range: Range<Int>, _ firstAt: [Int32], _ lower: Int32, _ upper: Int32) -> Range<Int> {
        func index(_ token: Int32) -> Int { Int(firstAt[Int(min(max(token, 0), Int32(firstAt.count - 1)))]) }
        let first = min(max(index(lower), range.lowerBound), range.upperBound)
        let end = max(min(index(upper), range.upperBound), first)
        return first..<end
    }

    /// For each token `t` in `0...tokenCount`, the index of the first start at or after `t`.
    /// `start(i)` is the token of the i-th of `count` items, in ascending order. One pass: O(tokens + items).
    @inline(__always)
    static func firstIndexAt(tokenCount: Int, count: Int, start: (Int) -> Int32) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: tokenCount + 1) { result, initialized in
            var token = 0
            for index in 0..<count {
                let through = min(Int(start(index)), tokenCount)
                while token <= through {
                    result[token] = Int32(index)
                    token += 1
                }
            }
            while token <= tokenCount {
                result[token] = Int32(count)
                token += 1
            }
            initialized = tokenCount + 1
        }
    }

    /// The first index of `range` where `isAbove` holds, given that it holds from some index on.
    static func partitionPoint(_ range: Range<Int>, _ isAbove: (Int) -> Bool) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let middle = low + (high - low) / 2
            if isAbove(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Whether a sorted list holds a value strictly between `lower` and `upper`. Cost: O(log n).
    static func hasValue(_ sorted: [Int32], between lower: Int32, and upper: Int32) -> Bool {
        let index = partitionPoint(sorted.indices) { sorted[$0] > lower }
        return index < sorted.count && sorted[index] < upper
    }

    /// True when the sentence has a cue satisfying `test`.
    func sentence(_ index: Int, has test: (Cue) -> Bool) -> Bool {
        cues(in: index).contains { test($0.cue) }
    }

    // MARK: Sections

    /// Marks headings and gives every sentence the kind of the section it sits in.
    ///
    /// A heading is a sentence that is (nearly) nothing but a section phrase — "Requirements",
    /// "Ihr Profil" — and is then left out of extraction. A sentence that starts with a section
    /// phrase followed by a colon ("Qualifications: Bachelor's...") or glued to the next word
    /// ("Requirements3+ years", from flattened HTML) opens the section and keeps its content.
    mutating func findSections() {
        var pending: SectionKind?
        for index in stream.sentences.indices {
            let sentence = stream.sentences[index]
            let length = sentence.endToken - sentence.firstToken
            if let next = pending {
                openSection(next, at: sentence.firstToken, sentence: index)
                pending = nil
            }
            let changesBefore = sectionChanges.count
            defer {
                // A short line that names a preference and nothing else heads a preferred list.
                if sectionChanges.count == changesBefore, pending == nil, isPreferenceHeading(index) {
                    headingSentences.insert(index)
                    openSection(.preferred, at: sentence.firstToken, sentence: index)
                }
            }
            for matchIndex in sentenceMatches[index] {
                let match = matches[matchIndex]
                guard case .cue(.section(let kind)) = pattern(match) else { continue }
                let end = match.start + match.length
                // A colon within a few words of the phrase: "Nice-to-Have Qualifications: ...".
                let colon = (end - 1..<min(sentence.endToken, end + 3)).first {
                    tokens[Int($0)].flags.contains(.colonAfter) || dashAfter($0)
                }
                if match.start != sentence.firstToken {
                    // Mid-sentence in flattened text: "... daily work Preferred Requirements: Relevant
                    // certifications: ..." — a capitalised phrase closed by a colon, or glued to the
                    // next line ("… setzen wir voraus Von VorteilCISM oder CRISC").
                    // Only a preference heading, after at least three words of text: "Bonus
                    // Qualifications" is a heading of its own, and "…Consulting ExperienceMaster's"
                    // joins two list items.
                    let gluedToNext =
                        kind == .preferred && end == sentence.endToken && match.start - sentence.firstToken >= 3
                        && Int(end) < tokens.count
                        && tokens[Int(end)].flags.contains(.camelSplit)
                        && tokens[Int(end)].start == tokens[Int(end - 1)].end
                    guard colon != nil || gluedToNext, tokens[Int(match.start)].flags.contains(.capitalized) else {
                        continue
                    }
                    if let colon, colon + 1 < sentence.endToken {
                        openSection(kind, at: colon + 1, sentence: nil)
                    } else {
                        pending = kind
                    }
                    continue
                }
                if end == sentence.endToken || (length <= 8 && match.length * 3 >= length * 2) {
                    headingSentences.insert(index)
                    openSection(kind, at: sentence.firstToken, sentence: index)
                    break
                }
                let glued = tokens[Int(end)].start == tokens[Int(end - 1)].end
                if colon != nil || glued {
                    openSection(kind, at: sentence.firstToken, sentence: index)
                    break
                }
            }
        }
        for index in stream.sentences.indices {
            sectionOfSentence[index] = section(at: stream.sentences[index].firstToken)
        }
    }

    /// Whether a sentence is a line of its own that heads a preferred list: one that opens with a
    /// preference word ("Preferred Technical and Professional Experience", "Nice to have skills")
    /// or is made only of a preference word and heading words ("Certificates (an advantage)",
    /// "Requisitos deseables", "Wensen"). A line naming anything else ("Splunk is a plus",
    /// "Preferred: CISSP", "Ideally 3 years") qualifies only itself.
    /// Cost: the sentence's own matches.
    func isPreferenceHeading(_ index: Int) -> Bool {
        let sentence = stream.sentences[index]
        let length = sentence.endToken - sentence.firstToken
        guard length > 0, length <= AnalysisTuning.headingMaximumTokens else { return false }
        guard index == 0 || startsLine(sentence.firstToken) else { return false }
        let next = index + 1 < stream.sentences.count ? Int(stream.sentences[index + 1].firstToken) : tokens.count
        let endsLine = next >= tokens.count || startsLine(Int32(next))
        guard endsLine || tokens[Int(sentence.endToken - 1)].flags.contains(.colonAfter) else { return false }
        var preference = false
        var preferenceFirst = false
        var covered = [Bool](repeating: false, count: Int(length))
        for matchIndex in sentenceMatches[index] {
            let match = matches[matchIndex]
            switch pattern(match) {
            case .alias: return false  // "Preferred: CISSP" names what it prefers: not a heading
            case .cue(.preferredAhead): preference = true
            case .cue(.preferred), .cue(.section(.preferred)):
                preference = true
                if match.start == sentence.firstToken { preferenceFirst = true }
            case .cue(.certificationWord), .cue(.section), .cue(.experienceWord), .cue(.stopword), .cue(.and),
                .cue(.or):
                break
            default: continue
            }
            let from = Int(match.start - sentence.firstToken)
            for offset in from..<min(Int(length), from + Int(match.length)) { covered[offset] = true }
        }
        // "Preferred Technical and Professional Experience": a line that opens with the preference
        // word heads a list whatever its other words; other lines only when they hold nothing else.
        if preferenceFirst, endsLine,
            !(sentence.firstToken..<sentence.endToken).contains(where: {
                tokens[Int($0)].flags.contains(.digit)
            })
        {
            return true
        }
        return preference && !covered.contains(false)
    }

    /// Whether a token starts a line, or a word glued to the previous one ("resultsBonus
    /// Qualifications", a line break lost when HTML was flattened).
    func startsLine(_ token: Int32) -> Bool {
        !tokens[Int(token)].flags.intersection([.lineStart, .camelSplit]).isEmpty
    }

    /// "Requisitos imprescindibles- Titulación…": a dash glued to a word and followed by a space
    /// closes a heading as a colon does ("skills-based" is one word, not a heading).
    func dashAfter(_ token: Int32) -> Bool {
        let end = Int(tokens[Int(token)].end)
        guard end + 1 < bytes.count else { return false }
        return bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == 0x20
    }

    /// Starts a section at a token, recording its heading for the report.
    mutating func openSection(_ kind: SectionKind, at token: Int32, sentence: Int?) {
        if let last = sectionChanges.last, last.token == token {
            sectionChanges[sectionChanges.count - 1].kind = kind
        } else {
            sectionChanges.append((token, kind))
        }
        guard sections.count < Self.sectionsKept else { return }
        let heading: String
        if let sentence, headingSentences.contains(sentence) {
            heading = evidence(sentence: sentence, limit: 80)
        } else {
            let first = tokens[Int(token)]
            heading = text(from: first.start, to: first.end)
        }
        sections.append(SectionSummary(kind: kind, heading: heading))
    }

    /// The section a token sits in.
    func section(at token: Int32) -> SectionKind {
        // Binary search for the last change at or before the token.
        var low = 0
        var high = sectionChanges.count
        while low < high {
            let middle = (low + high) / 2
            if sectionChanges[middle].token <= token { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? .intro : sectionChanges[low - 1].kind
    }
}

/// Sentence indices as one flag per sentence: every extractor asks "is this a heading?" of every
/// sentence, and an array read is much cheaper than hashing into a `Set`.
struct SentenceSet {
    private var flags: [Bool]

    init(count: Int) { flags = [Bool](repeating: false, count: count) }

    func contains(_ index: Int) -> Bool { flags.indices.contains(index) && flags[index] }

    mutating func insert(_ index: Int) {
        if flags.indices.contains(index) { flags[index] = true }
    }
}
