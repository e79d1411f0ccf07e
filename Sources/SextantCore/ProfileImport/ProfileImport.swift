/// A profile built from a file someone already has (a JSON Resume, a LinkedIn export, a CV),
/// with what was estimated and what could not be read.
public struct ProfileImport: Sendable, Hashable, Codable {
    public var profile: Profile
    /// Where it came from: "JSON Resume", "LinkedIn export", "CV (DOCX)".
    public var source: String
    /// One per job whose security share and domains were estimated from its text.
    public var estimates: [JobEstimate]
    /// What the importer saw but could not use, each saying where it was.
    public var unread: [String]

    public init(profile: Profile, source: String, estimates: [JobEstimate] = [], unread: [String] = []) {
        self.profile = profile
        self.source = source
        self.estimates = estimates
        self.unread = unread
    }
}

/// The security share and CISSP domains of a job, estimated from its title and description with
/// the posting analyzer's lexicon, and the words they rest on.
public struct JobEstimate: Sendable, Hashable, Codable {
    /// Index into the profile's `experience`.
    public var job: Int
    public var title: String
    public var securityShare: Double
    public var domains: [Domain.ID]
    /// The words the estimate rests on ("SIEM", "incident response"); empty when nothing in the
    /// text is security work.
    public var words: [String]
    /// In one sentence, for the user to check.
    public var note: String

    public init(
        job: Int, title: String, securityShare: Double, domains: [Domain.ID], words: [String], note: String
    ) {
        self.job = job
        self.title = title
        self.securityShare = securityShare
        self.domains = domains
        self.words = words
        self.note = note
    }
}

/// Estimates a job's security share and CISSP domains by reading its title and description with
/// the posting analyzer's lexicon.
///
/// - Words: the lexicon's security terms found in the title and description ("SIEM", "incident
///   response", "firewall"), each once.
/// - Share: the analyzer's count of duty sentences that name security work, as a fraction of all
///   duty sentences. A security title (the title lexicon) puts the job in the upper half: 0.5 +
///   half the fraction; any other title in the lower half: half the fraction. Rounded to a tenth.
///   With fewer than two duty sentences: 0.8 for a security title, 0.3 when security words were
///   found, else 0.
/// - Domains: the CISSP domains of the terms found, most mentioned first, at most three.
///
/// Every estimate is marked as one and names its words, so the user can correct it. The text read
/// is bounded (`maximumCharacters`), so a pasted book costs no more than a page.
public struct JobEstimator: Sendable {
    public let analyzer: PostingAnalyzer
    /// Folded security phrase → its CISSP domains.
    let terms: [String: [Domain.ID]]
    let longestTerm: Int
    public static let maximumCharacters = 20_000

    public init(knowledgeBase: KnowledgeBase) {
        analyzer = PostingAnalyzer(knowledgeBase: knowledgeBase)
        var table: [String: [Domain.ID]] = [:]
        var longest = 1
        for term in knowledgeBase.terms.resolvedTerms where term.kind == .security {
            let tokens = TextFolding.tokens(term.phrase)
            guard !tokens.isEmpty else { continue }
            table[tokens.joined(separator: " "), default: []] += term.domains
            longest = max(longest, tokens.count)
        }
        terms = table
        longestTerm = longest
    }

    /// The security terms in a text, in order of first appearance, and their domain counts.
    func securityTerms(_ text: String) -> (words: [String], domains: [Domain.ID: Int]) {
        let tokens = TextFolding.tokens(String(text.prefix(Self.maximumCharacters)))
        var words: [String] = []
        var domains: [Domain.ID: Int] = [:]
        var index = 0
        while index < tokens.count {
            var matched = 0
            // The longest phrase starting here.
            for length in stride(from: min(longestTerm, tokens.count - index), through: 1, by: -1) {
                let phrase = tokens[index..<(index + length)].joined(separator: " ")
                if let phraseDomains = terms[phrase] {
                    if !words.contains(phrase) { words.append(phrase) }
                    for domain in Set(phraseDomains) { domains[domain, default: 0] += 1 }
                    matched = length
                    break
                }
            }
            index += max(1, matched)
        }
        return (words, domains)
    }

    public func estimate(job: Int, title: String, description: String) -> JobEstimate {
        let text = String((title + "\n" + description).prefix(Self.maximumCharacters))
        let analysis = analyzer.analyze(PostingInput(title: title, text: text))
        let (words, counts) = securityTerms(text)
        let securityTitle = [.itSecurity, .cybersecurity, .informationSecurity, .neutral].contains(
            analysis.titleDiscipline)
        let share: Double
        if let duties = analysis.evidence.dutySentences, duties >= 2,
            let security = analysis.evidence.securityDutySentences
        {
            let fraction = Double(min(security, duties)) / Double(duties)
            share = ((securityTitle ? 0.5 + fraction / 2 : fraction / 2) * 10).rounded() / 10
        } else {
            share = securityTitle ? 0.8 : (words.isEmpty ? 0 : 0.3)
        }
        let domains = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
            .prefix(3).map(\.key)
        let shown = words.prefix(6).map { "\"\($0)\"" }
        let note =
            words.isEmpty
            ? (securityTitle
                ? "security share \(Self.percent(share)) estimated from the title alone; check it"
                : "no security work found in the title or description: security share \(Self.percent(share)); correct it if that is wrong")
            : "security share \(Self.percent(share)) and domains estimated from \(shown.joined(separator: ", ")); check them"
        return JobEstimate(
            job: job, title: title, securityShare: share, domains: domains, words: Array(words.prefix(12)), note: note)
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

/// Degree levels as CVs and exports name them, in English, German, French, Dutch, Italian and
/// Spanish: "BSc", "Bachelor of Science", "MBA", "Diplom", "Licence", "HBO", "PhD"...
public enum DegreeNames {
    static let table: [(Degree, Set<String>)] = [
        (
            .doctorate,
            [
                "phd", "doctorate", "doctor", "dphil", "doctorat", "promotion", "doktor", "doctoraat", "dottorato",
                "doctorado", "edd", "dba",
            ]
        ),
        (
            .master,
            [
                "master", "masters", "msc", "ms", "ma", "mba", "meng", "mres", "mphil", "diplom", "magister", "mastere",
                "drs", "laurea magistrale", "maestria", "ingenieur",
            ]
        ),
        (
            .bachelor,
            [
                "bachelor", "bachelors", "bsc", "bs", "ba", "beng", "bba", "licence", "license", "hbo", "laurea",
                "grado", "licenciatura", "baccalaureate", "undergraduate",
            ]
        ),
        (.associate, ["associate", "aas", "bts", "dut", "mbo", "hnd", "foundation degree"]),
    ]

    /// The degree level a text names, or nil; abbreviations count only as whole words
    /// ("M.Sc." and "MSc" are a master's, "ms" inside a word is not).
    public static func level(_ text: String) -> Degree? {
        // "M.Sc." → "msc", "B.A." → "ba": dots between letters are dropped before folding.
        let undotted = String(text.filter { $0 != "." })
        let tokens = TextFolding.tokens(undotted)
        let joined = " " + tokens.joined(separator: " ") + " "
        for (degree, names) in table {
            for name in names where joined.contains(" \(name) ") { return degree }
        }
        return nil
    }

    /// The subject of a degree line: the words after " in " or " of " ("BSc in Computer Science",
    /// "Master of Science in Information Security"), without a date or institution after a comma.
    public static func field(_ text: String) -> String? {
        var rest = Substring(text)
        // "Master of Science" names no subject; "Master of Science in X" does.
        for marker in [" in ", " In ", " en ", " im "] {
            if let range = rest.firstRange(of: marker) {
                rest = rest[range.upperBound...]
                if let dash = rest.firstRange(of: " - ") { rest = rest[..<dash.lowerBound] }
                let cut = rest.firstIndex { ",;|–—(".contains($0) } ?? rest.endIndex
                let field = String(rest[..<cut]).trimmingCharacters(from: " \t-.")
                if ResumeDates.date(field) != nil, let digit = field.firstIndex(where: \.isNumber) {
                    let trimmed = String(field[..<digit]).trimmingCharacters(from: " \t-.")
                    return trimmed.isEmpty ? nil : trimmed
                }
                return field.isEmpty ? nil : field
            }
        }
        return nil
    }
}
