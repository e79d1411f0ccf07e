import Foundation
import Testing

/// Every command's `--help`: it answers, it shows its usage, and no option's help says a thing
/// twice (a default or the list of values written by hand next to the ones argument-parser adds).
struct HelpTests {
    static let commands = [
        "analyze", "lint", "eligibility", "plan", "match", "profile", "profile import", "certs", "cert", "roles",
        "role", "survey", "serve", "export", "import", "eval", "data", "data check", "data report", "data path",
    ]

    @Test func theTopLevelHelpListsExactlyTheCommandsTestedHere() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        let listed = result.stdout.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n").compactMap {
            line -> String? in
            // A command starts two spaces in; its description's continuation lines start further in.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), line.dropFirst(2).first?.isLowercase == true else {
                return nil
            }
            return line.split(separator: " ").first.map(String.init)
        }
        #expect(listed == Self.commands.filter { !$0.contains(" ") })
    }

    @Test(arguments: commands)
    func answers(_ command: String) throws {
        let words = command.split(separator: " ").map(String.init)
        let result = try CommandRunner.run(words + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(command): \(result.stderr)")
        #expect(result.stdout.contains("USAGE: sextant \(command)"))
        // One option's help is the text up to the next option; it names a default at most once.
        let options = result.stdout.components(separatedBy: "\n  -")
        for option in options where option.components(separatedBy: "(default:").count > 2 {
            Issue.record("\(command): an option says its default twice: \(option)")
        }
        // The overview is prose that argument-parser wraps: a short line followed by one that goes
        // on in lower case is a sentence broken by hand at the wrong width.
        let overview = result.stdout.components(separatedBy: "\nUSAGE:")[0].split(
            separator: "\n", omittingEmptySubsequences: false)
        for (line, next) in zip(overview, overview.dropFirst())
        where line.count < 60 && !line.hasPrefix(" ") && next.first?.isLowercase == true {
            Issue.record("\(command): a sentence broken by hand: '\(line)' / '\(next)'")
        }
        for option in options where option.contains("(values:") {
            // The values argument-parser lists are not also written out by hand ("a, b or c").
            let prose = option.components(separatedBy: "(values:")[0]
            #expect(!prose.contains(" or "), "\(command): \(prose)")
        }
    }
}

/// The terminal report and the Markdown export for a posting we wrote, compared with copies read
/// and checked by hand (Tests/Fixtures/golden): the words people see change only on purpose.
struct GoldenReportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    @Test(arguments: [
        (["analyze"], "analyze-80.txt"), (["analyze", "--format", "markdown"], "analyze.md"),
    ])
    func readsAsCheckedByHand(_ arguments: [String], _ goldenName: String) throws {
        let posting = try Data(contentsOf: Self.folder.appendingPathComponent("posting.txt"))
        let result = try CommandRunner.run(arguments, stdin: posting, environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(goldenName), encoding: .utf8)
        #expect(result.stdout == expected)
        if goldenName.hasSuffix(".txt") {
            for line in result.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        }
    }
}
