import ArgumentParser
import Foundation
import SextantCore
import SextantData

/// `--data DIR`: which knowledge base to read.
struct KnowledgeBaseOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            "Read the knowledge base from this directory instead of the bundled one.",
            discussion: "Copy the bundled files (see `sextant data path`) to edit them.",
            valueName: "dir"))
    var directory: String?

    func load() throws -> KnowledgeBase {
        do {
            return try KnowledgeBaseLoader.load(from: directory.map { URL(fileURLWithPath: $0, isDirectory: true) })
        } catch {
            throw CLIError(error.description)
        }
    }
}

/// `--json`: machine-readable output.
struct JSONOption: ParsableArguments {
    @Flag(name: .customLong("json"), help: "Print JSON for scripts instead of a table.")
    var enabled = false
}

extension Discipline: ExpressibleByArgument {
    public init?(argument: String) {
        let key = TextFolding.key(argument).replacingOccurrences(of: " ", with: "")
        let aliases: [String: Discipline] = [
            "itsecurity": .itSecurity, "it": .itSecurity, "cybersecurity": .cybersecurity, "cyber": .cybersecurity,
            "informationsecurity": .informationSecurity, "infosec": .informationSecurity,
            "information": .informationSecurity,
        ]
        guard let value = aliases[key] else { return nil }
        self = value
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Orientation: ExpressibleByArgument {
    public static var allValueStrings: [String] { ["technical", "strategic", "mixed"] }
}

extension CertificationLevel: ExpressibleByArgument {}

/// Pretty JSON for `--json`, through the one encoder (`SextantJSON`), with the knowledge base's
/// sources expanded when given.
enum JSONOutput {
    static func string<T: Encodable>(_ value: T, sources: KnowledgeBase? = nil) throws -> String {
        try SextantJSON.string(value, pretty: true, sources: sources?.sourcesByID)
    }
}

/// A day on the command line, YYYY-MM-DD; anything else is refused by argument-parser with the
/// option's name and its value.
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = try? Day(parsing: argument) else { return nil }
        self = day
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
