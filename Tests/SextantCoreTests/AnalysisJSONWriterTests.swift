import Foundation
import PropertyBased
import SextantCore
import Testing

/// The fast JSON writer writes exactly the bytes `JSONEncoder` writes for the same analysis.
struct AnalysisJSONWriterTests {
    static func encoderBytes(_ analysis: PostingAnalysis) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(analysis), as: UTF8.self)
    }

    /// Postings that exercise every part of the analysis: groups, clearance, findings, roles,
    /// years with degrees, sections, quotes, slashes, control characters and other scripts.
    static let postings: [(title: String?, text: String)] = [
        (
            "Senior SOC Analyst (m/w/d)",
            """
            About us: we protect "critical" systems / networks.
            Responsibilities:
            - Triage alerts in our SIEM, hunt threats, respond to incidents.
            Requirements:
            - 5+ years of experience in security operations, or 3 years with a master's degree.
            - CISSP or CISM required; Security+ preferred. AZ-500 is a plus.
            - Active TS/SCI clearance with polygraph. IAT Level II.
            Benefits: tea\tand\u{1}coffee.
            """
        ),
        ("Junior Analyst", "Entry level. CISSP required. 1-2 years of experience. Bachelor's degree or equivalent."),
        (nil, "Wir suchen eine:n Informationssicherheitsbeauftragte:n. ISO 27001 Lead Auditor von Vorteil. 3–5 Jahre."),
        (
            "Chef de projet sécurité",
            "Vous pilotez la gouvernance (ISO 27001, EBIOS). CISSP souhaité. 10 ans d’expérience."
        ),
        ("Cook", "Prepare meals. No certifications. 😀 \\ backslash \u{7f} and \u{2028} separators."),
        ("", "x"),
    ]

    @Test func writesTheEncodersBytesForVariedPostings() throws {
        for posting in Self.postings {
            var input = PostingInput(title: posting.title, text: posting.text, format: .auto)
            input.id = "id-\"\(posting.text.count)\""
            input.warnings = ["line\nbreak", "tab\there"]
            let analysis = Shared.analyzer.analyze(input)
            #expect(AnalysisJSONWriter.string(analysis) == (try Self.encoderBytes(analysis)))
        }
    }

    @Test func coversEveryOptionalField() throws {
        var analysis = Shared.analyze(Self.postings[0].text, title: Self.postings[0].title)
        #expect(analysis.clearance != nil)
        #expect(!analysis.certificationGroups.isEmpty)
        #expect(!analysis.findings.isEmpty)
        #expect(analysis.experience.statements.contains { $0.withDegree != nil })
        analysis.experience.maxYears = 7.25
        analysis.evidence.dutySentences = nil
        analysis.education.minimumDegree = nil
        #expect(AnalysisJSONWriter.string(analysis) == (try Self.encoderBytes(analysis)))
    }

    static let text = Gen.int(in: 0...0x2_FFFF).map { code -> Character in
        Character(Unicode.Scalar(UInt32(code)) ?? "?")
    }.array(of: 0...24).map { String($0) }

    static let number = Gen.oneOf(
        Gen.double(in: -1e6...1e6), Gen.double(in: 0...1), Gen.int(in: -1000...1000).map(Double.init),
        Gen.double(in: 1e15...1e22), Gen.double(in: 1e-9...1e-3))

    @Test func writesTheEncodersBytesForAnyTextAndNumbers() async throws {
        let base = Shared.analyze(Self.postings[0].text, title: Self.postings[0].title)
        await propertyCheck(count: 300, input: Self.text, Self.text, Self.number, Self.number) { a, b, x, y in
            var analysis = base
            analysis.title = a
            analysis.id = b
            analysis.warnings = [a, b]
            analysis.disciplines.cybersecurity = x
            analysis.orientationScores.strategic = y
            analysis.experience.minYears = x
            if !analysis.certifications.isEmpty {
                analysis.certifications[0].evidence = b + a
                analysis.certifications[0].group = Int(y.truncatingRemainder(dividingBy: 1000))
            }
            #expect(AnalysisJSONWriter.string(analysis) == (try? Self.encoderBytes(analysis)))
        }
    }
}
