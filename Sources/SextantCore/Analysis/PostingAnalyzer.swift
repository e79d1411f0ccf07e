/// Reads job postings: the entry point of posting analysis.
///
/// Build one analyzer per knowledge base (compiling its matchers takes a few milliseconds) and
/// reuse it; `analyze` is pure, thread-safe and linear in the length of the text.
///
/// ```swift
/// let analyzer = PostingAnalyzer(knowledgeBase: kb)
/// let result = analyzer.analyze(PostingInput(title: "Junior SOC Analyst", text: posting))
/// result.primaryDiscipline   // .cybersecurity
/// result.findings            // e.g. certification-experience-conflict
/// ```
public struct PostingAnalyzer: Sendable {
    /// The compiled tables, behind one reference: every scan holds the analyzer, and copying a
    /// struct of a dozen arrays and sets would retain and release each of them per posting.
    private let compiled: Compiled

    final class Compiled: Sendable {
        let knowledgeBase: KnowledgeBase
        let tokenizer: Tokenizer
        let matcher: PhraseMatcher
        let patterns: [Pattern]
        let terms: [TermLexicon.ResolvedTerm]
        let aliases: [AliasPattern]
        let roleKeywordCounts: [Int]
        let companySubjectIDs: Set<Int32>
        let frontedIDs: Set<Int32>
        let candidateVoiceIDs: Set<Int32>
        let backReferenceIDs: Set<Int32>
        let companyPossessiveIDs: Set<Int32>

        init(
            knowledgeBase: KnowledgeBase, tokenizer: Tokenizer, matcher: PhraseMatcher, patterns: [Pattern],
            terms: [TermLexicon.ResolvedTerm], aliases: [AliasPattern], roleKeywordCounts: [Int],
            companySubjectIDs: Set<Int32>, frontedIDs: Set<Int32>, candidateVoiceIDs: Set<Int32>,
            backReferenceIDs: Set<Int32>, companyPossessiveIDs: Set<Int32>
        ) {
            self.knowledgeBase = knowledgeBase
            self.tokenizer = tokenizer
            self.matcher = matcher
            self.patterns = patterns
            self.terms = terms
            self.aliases = aliases
            self.roleKeywordCounts = roleKeywordCounts
            self.companySubjectIDs = companySubjectIDs
            self.frontedIDs = frontedIDs
            self.candidateVoiceIDs = candidateVoiceIDs
            self.backReferenceIDs = backReferenceIDs
            self.companyPossessiveIDs = companyPossessiveIDs
        }
    }

    public var knowledgeBase: KnowledgeBase { compiled.knowledgeBase }
    var tokenizer: Tokenizer { compiled.tokenizer }
    var matcher: PhraseMatcher { compiled.matcher }
    var patterns: [Pattern] { compiled.patterns }
    var terms: [TermLexicon.ResolvedTerm] { compiled.terms }
    var aliases: [AliasPattern] { compiled.aliases }
    /// Distinct keywords per role, for normalising role scores.
    var roleKeywordCounts: [Int] { compiled.roleKeywordCounts }
    /// Vocabulary ids of `Cue.companySubjectWords`, `Cue.frontedWords` and `Cue.candidateVoiceWords`.
    var companySubjectIDs: Set<Int32> { compiled.companySubjectIDs }
    var frontedIDs: Set<Int32> { compiled.frontedIDs }
    var candidateVoiceIDs: Set<Int32> { compiled.candidateVoiceIDs }
    /// Vocabulary ids of `Cue.backReferenceWords`.
    var backReferenceIDs: Set<Int32> { compiled.backReferenceIDs }
    /// Vocabulary ids of `Cue.companyPossessiveWords`.
    var companyPossessiveIDs: Set<Int32> { compiled.companyPossessiveIDs }
    /// Text past this many bytes is not analysed (the analysis says so in its warnings). A real
    /// posting is a few kilobytes; the cap keeps a pasted log file or a runaway export from
    /// holding a core for minutes.
    public var maximumTextBytes = 10 << 20

    /// What a matched phrase means.
    enum Pattern: Sendable {
        case term(Int32)
        case alias(Int32)
        case roleKeyword(Int32)
        case roleTitle(Int32)
        case titleDiscipline(TitleDiscipline)
        case titleNotSecurity
        case titleSeniority(TitleSeniority)
        /// A director or vice-president title word.
        case titleDirector
        /// A mid-level title word ("Intermediate", "Medior").
        case titleMid
        /// A "manager" title that manages no people ("Product Manager").
        case titleNotLead
        case cue(Cue)
        case number(Int)
    }

    /// A certification name as the matcher knows it.
    struct AliasPattern: Sendable {
        var certification: Int
        var ambiguous: Bool
        /// The alias's tokens as written, for the case-sensitive check of ambiguous aliases.
        var writtenTokens: [[UInt8]]
    }

    public init(knowledgeBase base: KnowledgeBase) {
        var vocabulary = Vocabulary(capacity: 16_384)
        var patterns: [Pattern] = []
        var phrases: [([String], Int32)] = []

        func add(_ phrase: String, _ pattern: Pattern) {
            let words = TextFolding.tokens(phrase)
            guard !words.isEmpty else { return }
            for word in words { vocabulary.insert(word) }
            patterns.append(pattern)
            phrases.append((words, Int32(patterns.count - 1)))
        }

        let terms = base.terms.resolvedTerms
        for (index, term) in terms.enumerated() { add(term.phrase, .term(Int32(index))) }

        var aliases: [AliasPattern] = []
        for (certificationIndex, certification) in base.certifications.enumerated() {
            for alias in certification.allNames {
                aliases.append(
                    AliasPattern(
                        certification: certificationIndex, ambiguous: alias.ambiguous,
                        writtenTokens: PostingAnalyzer.writtenTokens(alias.name)))
                add(alias.name, .alias(Int32(aliases.count - 1)))
            }
        }

        var roleKeywordCounts: [Int] = []
        for (index, role) in base.roles.enumerated() {
            let keywords = Set(role.keywords.map(TextFolding.key).filter { !$0.isEmpty })
            roleKeywordCounts.append(keywords.count)
            for keyword in keywords { add(keyword, .roleKeyword(Int32(index))) }
            for title in role.titles { add(title, .roleTitle(Int32(index))) }
        }

        for (key, words) in base.titles.disciplines {
            guard let discipline = TitleDiscipline(rawValue: key) else { continue }
            for word in words { add(word, .titleDiscipline(discipline)) }
        }
        for word in base.titles.neutral { add(word, .titleDiscipline(.neutral)) }
        for word in base.titles.notSecurity { add(word, .titleNotSecurity) }
        for (key, words) in base.titles.seniority {
            if key == "director" || key == "mid" {
                for word in words { add(word, key == "mid" ? .titleMid : .titleDirector) }
                continue
            }
            guard let level = TitleSeniority(rawValue: key) else { continue }
            for word in words { add(word, .titleSeniority(level)) }
        }
        for word in base.titles.notLead ?? [] { add(word, .titleNotLead) }

        for (cue, words) in Cue.table {
            for word in words { add(word, .cue(cue)) }
        }
        for (value, words) in Cue.numbers {
            for word in words { add(word, .number(value)) }
        }
        vocabulary.insert("+")
        for word in Tokenizer.abbreviationWords { vocabulary.insert(word) }
        func ids(_ words: [String]) -> Set<Int32> { Set(words.map { vocabulary.insert(TextFolding.key($0)) }) }
        let companySubjectIDs = ids(Cue.companySubjectWords)
        let frontedIDs = ids(Cue.frontedWords)
        let candidateVoiceIDs = ids(Cue.candidateVoiceWords)
        let backReferenceIDs = ids(Cue.backReferenceWords)
        let companyPossessiveIDs = ids(Cue.companyPossessiveWords)

        var matcher = PhraseMatcher()
        for (words, payload) in phrases {
            matcher.add(words.map { vocabulary.id(of: $0) }, payload: payload)
        }

        compiled = Compiled(
            knowledgeBase: base, tokenizer: Tokenizer(vocabulary: vocabulary), matcher: matcher, patterns: patterns,
            terms: terms, aliases: aliases, roleKeywordCounts: roleKeywordCounts,
            companySubjectIDs: companySubjectIDs, frontedIDs: frontedIDs, candidateVoiceIDs: candidateVoiceIDs,
            backReferenceIDs: backReferenceIDs, companyPossessiveIDs: companyPossessiveIDs)
    }

    /// The alias's tokens with their original case (`CISA` → [C, I, S, A] bytes).
    static func writtenTokens(_ text: String) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        var currentIsDigit = false
        for scalar in text.unicodeScalars {
            let folded = TextFolding.fold(scalar)
            if folded.isEmpty {
                if !current.isEmpty { tokens.append(current) }
                current = []
                if scalar == "+" { tokens.append([UInt8(ascii: "+")]) }
                continue
            }
            let isDigit = scalar.properties.numericType != nil
            if !current.isEmpty, isDigit != currentIsDigit {
                tokens.append(current)
                current = []
            }
            currentIsDigit = isDigit
            current.append(contentsOf: Array(String(scalar).utf8))
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// Analyses one posting.
    ///
    /// Linear in the length of the text, whatever the text (`sextant-bench worst-case` holds
    /// adversarial 1 MB inputs against 1 MB of real postings). By stage, for n bytes, t tokens,
    /// m phrase matches and c cues:
    /// - plain text from HTML or Markdown: O(n), each byte read a bounded number of times;
    /// - tokens and sentences: O(n); phrase matches: O(t × longest phrase);
    /// - sections, discipline tally, roles, language, clearance: O(t + m);
    /// - certifications, strength, groups, experience, education, seniority: O(m + c) for the
    ///   passes over a sentence, and O(1) window lookups plus a window of at most
    ///   `strengthCueReach`, `degreeReach` or `durationReach` tokens around each name or number
    ///   (never a scan of the whole sentence per item);
    /// - findings: bounded by the catalog's size; evidence is cut to 240 characters.
    public func analyze(_ input: PostingInput) -> PostingAnalysis {
        var input = input
        let size = input.text.utf8.count
        if size > maximumTextBytes {
            // Cut at a scalar boundary at or before the cap (never inside a UTF-8 sequence).
            let bytes = input.text.utf8
            var cut = maximumTextBytes
            while cut > 0, bytes[bytes.index(bytes.startIndex, offsetBy: cut)] & 0xC0 == 0x80 { cut -= 1 }
            input.text = String(decoding: bytes.prefix(cut), as: UTF8.self)
            input.warnings.append(
                "The posting is \(Self.megabytes(size)); only its first \(Self.megabytes(maximumTextBytes)) were analysed."
            )
        }
        let text = PostingText.plainText(input.text, format: input.format)
        let title = PostingAnalyzer.title(of: input, text: text)
        var scan = Scan(analyzer: self, text: text)
        let titleScan = Scan(analyzer: self, text: title)
        scan.findSections()
        return scan.analysis(input: input, title: title, titleScan: titleScan)
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    /// The analyzer's tokenizer (for tests and benchmarks that look at tokens directly).
    public var tokenizerForTests: Tokenizer { tokenizer }

    /// The given title, or the text's first line when it is short enough to be one.
    static func title(of input: PostingInput, text: String) -> String {
        if let title = input.title?.trimmingSpaces(), !title.isEmpty { return title }
        // The first line without its leading and trailing spaces, tabs and CRs, read only as far
        // as it can still be a title (120 characters): a one-line megabyte costs nothing here.
        var title = ""
        var kept = 0  // characters up to the last one that is not a space
        var count = 0
        for character in text {
            if character.isNewline { break }
            let space = character == " " || character == "\t" || character == "\r"
            if space, count == 0 { continue }
            count += 1
            title.append(character)
            if !space {
                kept = count
                if kept > 120 { return "" }
            }
        }
        return String(title.prefix(kept))
    }
}
