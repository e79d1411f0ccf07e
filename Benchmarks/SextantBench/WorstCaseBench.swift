import Foundation
import SextantCore
import SextantData

extension Bench {
    /// Adversarial inputs of 1 MB each, timed against 1 MB of real postings in the same run: no
    /// input may cost much more than ordinary text (the goal is at most 3x). Each generator is
    /// deterministic, so runs compare.
    static func worstCase() throws {
        let analyzer = PostingAnalyzer(knowledgeBase: try KnowledgeBaseLoader.load())
        let (postings, origin) = try Corpus.load()
        let size = 1_000_000
        let real = Corpus.text(of: size, from: postings.map(\.text).joined(separator: "\n"))
        print("Worst case: 1 MB adversarial inputs against 1 MB of real postings (\(origin)), median of 3 runs")

        func time(_ text: String, _ format: PostingFormat) -> Double {
            let input = PostingInput(title: "Security Analyst", text: text, format: format)
            return Timing.median(runs: 3) { blackHole(analyzer.analyze(input).findings.count) }
        }
        let baseline = time(real, .plain)
        var rows: [(String, Double, Double)] = [("1 MB of real postings (baseline)", baseline, baseline)]
        var worst = 0.0
        for (name, format, generate) in WorstCase.inputs {
            let text = Corpus.text(of: size, from: generate())
            let elapsed = time(text, format)
            worst = max(worst, elapsed / baseline)
            rows.append((name, elapsed, baseline))
        }
        Timing.table(rows)
        print(String(format: "  worst: %.2fx the real postings (goal: at most 3x)", worst))
    }
}

/// The inputs that once made analysis superlinear: one long sentence full of the cues the
/// extractors look around (certification names, year phrases, "or", degrees), deep nesting,
/// one repeated word. Each returns a sample that `Corpus.text(of:from:)` repeats to size.
enum WorstCase {
    static let certifications = [
        "CISSP", "CISM", "CISA", "OSCP", "Security+", "CEH", "GCIH", "CCSP", "CRISC", "AZ-500", "CySA+", "GSEC",
    ]

    static let inputs: [(String, PostingFormat, @Sendable () -> String)] = [
        (
            "certification names in prose, no sentence breaks", .plain,
            {
                (0..<400).map { index in
                    "experience with \(certifications[index % 12]) and monitoring required \(certifications[(index * 5) % 12]) preferred "
                }.joined()
            }
        ),
        (
            "year phrases, no sentence breaks", .plain,
            {
                String(
                    repeating:
                        "5+ years of experience 3-5 ans d'expérience 2 Jahre Berufserfahrung minimum five (5) years up to 4 years ",
                    count: 20)
            }
        ),
        ("one repeated word: years", .plain, { String(repeating: "years ", count: 1000) }),
        ("one repeated word: bachelor", .plain, { String(repeating: "bachelor ", count: 1000) }),
        ("\"CISSP or CISM or ...\" chain", .plain, { certifications.map { "\($0) or " }.joined() }),
        ("\"N years of experience or\" chain", .plain, { String(repeating: "3 years of experience or ", count: 100) }),
        (
            "\"bachelor degree or N years or\" chain", .plain,
            { String(repeating: "bachelor degree or 4 years or ", count: 100) }
        ),
        ("\"N or more years or\" chain", .plain, { String(repeating: "5 or more years or ", count: 100) }),
        ("\"proven experience\" repeated", .plain, { String(repeating: "proven experience ", count: 100) }),
        (
            "one endless line of real words", .plain,
            { "security analyst monitoring alerts incident response cloud firewall policy audit risk " }
        ),
        ("glued capitals and words", .plain, { String(repeating: "CISMStrongXYZwordVorteilCISSP", count: 100) }),
        (
            "fronted years and the company, repeated", .plain,
            { String(repeating: "With over 30 years of experience our group and you ", count: 100) }
        ),
        ("\"manage a team\" repeated", .plain, { String(repeating: "manage a team ", count: 100) }),
        ("deep round brackets", .plain, { String(repeating: "(", count: 5000) + String(repeating: ")", count: 5000) }),
        ("deep HTML nesting", .html, { String(repeating: "<div><span>", count: 2000) + "text" }),
        ("markdown: a line of \"[\"", .markdown, { String(repeating: "[", count: 10_000) }),
        ("markdown: \"[a](\" repeated", .markdown, { String(repeating: "[a](", count: 5000) }),
    ]
}
