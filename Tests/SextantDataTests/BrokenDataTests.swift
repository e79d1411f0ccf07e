import Foundation
import SextantCore
import Testing

@testable import SextantData

/// `check` on a copy of the bundled files with one thing broken: each issue names the file, the
/// line and the offending value.
struct BrokenDataTests {
    /// Copies the bundled knowledge base to a temporary directory and edits one file's text.
    static func brokenCopy(_ file: KnowledgeBaseFile, _ edit: (String) -> String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("sextant-kb-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.copyItem(at: KnowledgeBaseLoader.bundledDirectory, to: directory)
        let url = directory.appendingPathComponent(file.rawValue)
        let original = try String(contentsOf: url, encoding: .utf8)
        let edited = edit(original)
        #expect(edited != original, "the edit changed nothing")
        try edited.write(to: url, atomically: true, encoding: .utf8)
        return directory
    }

    /// The 1-based line of the first line containing `needle`.
    static func line(of needle: String, in file: KnowledgeBaseFile, at directory: URL) throws -> Int? {
        let text = try String(contentsOf: directory.appendingPathComponent(file.rawValue), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }
            .map { $0 + 1 }
    }

    func errors(_ directory: URL) -> [DataIssue] {
        defer { try? FileManager.default.removeItem(at: directory) }
        return KnowledgeBaseLoader.check(directory: directory).filter { $0.severity == .error }
    }

    @Test func reportsAYamlSyntaxErrorWithItsLine() throws {
        let directory = try Self.brokenCopy(.domains) {
            $0.replacingOccurrences(of: "    weight: 16", with: "    weight: [16")
        }
        let found = errors(directory)
        #expect(found.count == 1)
        #expect(found.first?.file == .domains)
        #expect(found.first?.problem.contains("YAML syntax error") == true)
        #expect(found.first?.line != nil)
    }

    @Test func refusesADataFileWhoseAliasesMultiply() throws {
        // Nine levels of ten aliases each: a billion values written in eleven lines.
        var bomb = "laughs0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]\n"
        for level in 1...9 {
            bomb +=
                "laughs\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let directory = try Self.brokenCopy(.domains) { bomb + $0 }
        let found = errors(directory)
        #expect(found.count == 1)
        #expect(found.first?.file == .domains)
        #expect(found.first?.problem.contains("expands to more than 1000000 values") == true)
    }

    @Test func reportsAMisspeltFieldWithItsLineAndASuggestion() throws {
        // `dod8570` is optional, so without the schema comparison the typo would vanish silently.
        let directory = try Self.brokenCopy(.certifications) {
            $0.replacingOccurrences(of: "    dod8570:\n", with: "    dod8750:\n")
        }
        let expectedLine = try Self.line(of: "dod8750:", in: .certifications, at: directory)
        let issue = errors(directory).first { $0.value == "dod8750" }
        #expect(issue?.problem == "unknown field 'dod8750'")
        #expect(issue?.fix.contains("did you mean 'dod8570'") == true)
        #expect(issue?.line == expectedLine)
    }

    @Test func reportsAMissingRequiredField() throws {
        let directory = try Self.brokenCopy(.certifications) {
            $0.replacingOccurrences(
                of: "    issuer: ISC2\n", with: "\n", options: [], range: $0.range(of: "    issuer: ISC2\n"))
        }
        let issue = errors(directory).first
        #expect(issue?.problem == "the required field 'issuer' is missing")
        #expect(issue?.path.description.hasPrefix("certifications[") == true)
    }

    @Test func reportsADayThatDoesNotExist() throws {
        let directory = try Self.brokenCopy(.manifest) {
            $0.replacingOccurrences(of: "reviewed: 2026-12-04", with: "reviewed: 2026-02-30")
        }
        let issue = errors(directory).first
        #expect(issue?.file == .manifest)
        #expect(issue?.value == "2026-02-30")
        #expect(issue?.line == 4)
    }

    @Test func reportsAnUnknownDomainWithItsLine() throws {
        let directory = try Self.brokenCopy(.domains) {
            $0.replacingOccurrences(of: "  - id: asset-security", with: "  - id: asset-securty")
        }
        // Certifications now cite a domain that no longer exists.
        let issue = errors(directory).first { $0.file == .certifications && $0.value == "asset-security" }
        #expect(issue?.problem == "unknown domain 'asset-security'")
        #expect(issue?.fix.contains("did you mean 'asset-securty'") == true)
        #expect(issue?.line != nil)
    }

    @Test func reportsAnAliasGivenToTwoCertifications() throws {
        let directory = try Self.brokenCopy(.certifications) {
            $0.replacingOccurrences(of: "      - C.I.S.S.P.", with: "      - C.I.S.S.P.\n      - Security X")
        }
        let issue = errors(directory).first { $0.value == "Security X" || $0.value == "SecurityX" }
        #expect(issue?.problem.contains("also names") == true)
        #expect(issue?.line != nil)
    }

    @Test func reportsABadSourceAddress() throws {
        let directory = try Self.brokenCopy(.sources) {
            $0.replacingOccurrences(
                of: "url: https://www.isc2.org/certifications/cissp/cissp-certification-exam-outline",
                with: "url: www.isc2.org/cissp")
        }
        let expectedLine = try Self.line(of: "url: www.isc2.org/cissp", in: .sources, at: directory)
        let issue = errors(directory).first { $0.value == "www.isc2.org/cissp" }
        #expect(issue?.file == .sources)
        #expect(issue?.problem.contains("not a well-formed web address") == true)
        #expect(issue?.line == expectedLine)
    }

    @Test func reportsAMissingFile() throws {
        let directory = try Self.brokenCopy(.titles) { _ in "" }
        try FileManager.default.removeItem(at: directory.appendingPathComponent("titles.yaml"))
        let issue = errors(directory).first
        #expect(issue?.file == .titles)
        #expect(issue?.problem.hasPrefix("cannot read") == true)
    }

    @Test func loadThrowsEveryErrorWithFileAndLine() throws {
        let directory = try Self.brokenCopy(.certifications) {
            $0.replacingOccurrences(
                of: "    level: professional\n", with: "    level: guru\n", options: [],
                range: $0.range(of: "    level: professional\n"))
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect {
            _ = try KnowledgeBaseLoader.load(from: directory)
        } throws: { error in
            let description = String(describing: error)
            return description.contains("certifications.yaml:") && description.contains("'guru'")
        }
    }

    @Test func aRetirementNamesAKnownSuccessor() throws {
        let directory = try Self.brokenCopy(.certifications) {
            $0.replacingOccurrences(of: "successor: sc-500", with: "successor: sc-5000")
        }
        let expectedLine = try Self.line(of: "successor: sc-5000", in: .certifications, at: directory)
        let found = errors(directory)
        #expect(found.count == 1)
        #expect(found.first?.problem == "unknown certification 'sc-5000'")
        #expect(found.first?.fix.contains("'sc-500'") == true)
        #expect(found.first?.line == expectedLine)
    }

    @Test func everySourceMustSayWhenItWasChecked() throws {
        var removed = false
        let directory = try Self.brokenCopy(.sources) { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
                if !removed, line.trimmingCharacters(in: .whitespaces).hasPrefix("checked:") {
                    removed = true
                    return false
                }
                return true
            }.joined(separator: "\n")
        }
        let found = errors(directory)
        #expect(found.count == 1)
        #expect(found.first?.file == .sources)
        #expect(found.first?.problem.contains("does not say when it was last checked") == true)
        #expect(found.first?.fix.contains("checked: YYYY-MM-DD") == true)
    }
}
