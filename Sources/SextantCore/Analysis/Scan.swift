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
    /// The section each sentence belongs to.
    var sectionOfSentence: [SectionKind]
    /// Sentences that are headings (they introduce a section).
    var headingSentences: Set<Int> = []
    var sections: [SectionSummary] = []

    init(analyzer: PostingAnalyzer, text: String) {
        self.analyzer = analyzer
        bytes = Array(text.utf8)
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
        sectionOfSentence = [SectionKind](repeating: .intro, count: stream.sentences.count)
    }

    var tokens: [Token] { stream.tokens }

    func pattern(_ match: PhraseMatcher.Match) -> PostingAnalyzer.Pattern {
        analyzer.patterns[Int(match.payload)]
    }

    /// The text of a byte range, with runs of whitespace collapsed.
    func text(from start: Int32, to end: Int32) -> String {
        let lower = max(0, min(Int(start), bytes.count))
        let upper = max(lower, min(Int(end), bytes.count))
        var result = String(decoding: bytes[lower..<upper], as: UTF8.self)
        if result.contains("\n") { result = result.split(whereSeparator: \.isNewline).joined(separator: " ") }
        return result
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
    func cues(in sentence: Int) -> [(token: Int32, length: Int32, cue: Cue)] {
        var found: [(Int32, Int32, Cue)] = []
        for index in sentenceMatches[sentence] {
            if case .cue(let cue) = pattern(matches[index]) {
                found.append((matches[index].start, matches[index].length, cue))
            }
        }
        return found
    }

    /// True when the sentence has a cue satisfying `test`.
    func sentence(_ index: Int, has test: (Cue) -> Bool) -> Bool {
        for match in sentenceMatches[index] {
            if case .cue(let cue) = pattern(matches[match]), test(cue) { return true }
        }
        return false
    }

    // MARK: Sections

    /// Marks headings and gives every sentence the kind of the section it sits in.
    ///
    /// A heading is a sentence that is (nearly) nothing but a section phrase — "Requirements",
    /// "Ihr Profil" — and is then left out of extraction. A sentence that starts with a section
    /// phrase followed by a colon ("Qualifications: Bachelor's...") or glued to the next word
    /// ("Requirements3+ years", from flattened HTML) opens the section and keeps its content.
    mutating func findSections() {
        var current = SectionKind.intro
        var pending: SectionKind?
        for index in stream.sentences.indices {
            let sentence = stream.sentences[index]
            let length = sentence.endToken - sentence.firstToken
            var opened: SectionKind?
            if let next = pending {
                opened = next
                pending = nil
            }
            for matchIndex in sentenceMatches[index] {
                let match = matches[matchIndex]
                guard case .cue(.section(let kind)) = pattern(match) else { continue }
                let end = match.start + match.length
                if match.start != sentence.firstToken {
                    // "... advisory services Skills:" closing a line: the section starts after it.
                    if end == sentence.endToken, tokens[Int(end - 1)].flags.contains(.colonAfter) { pending = kind }
                    continue
                }
                if end == sentence.endToken || (length <= 8 && match.length * 3 >= length * 2) {
                    opened = kind
                    headingSentences.insert(index)
                    break
                }
                // "Nice-to-Have Qualifications: ..." — a colon within a few words of the phrase.
                let colonWithin = (end - 1..<min(sentence.endToken, end + 3)).contains {
                    tokens[Int($0)].flags.contains(.colonAfter)
                }
                let glued = tokens[Int(end)].start == tokens[Int(end - 1)].end
                if colonWithin || glued {
                    opened = kind
                    break
                }
            }
            if let opened {
                current = opened
                let first = tokens[Int(sentence.firstToken)]
                let headingEnd = headingSentences.contains(index) ? sentence.end : first.end
                sections.append(
                    SectionSummary(
                        kind: opened,
                        heading: text(from: first.start, to: min(sentence.end, max(headingEnd, first.end)))))
            }
            sectionOfSentence[index] = current
        }
    }
}
