import Foundation
import SextantCore
import Yams

/// Reads a profile from YAML or JSON, turning every problem into a field-level message.
///
/// ```swift
/// let profile = try ProfileLoader.load(path: "examples/soc-analyst.yaml")
/// ```
public enum ProfileLoader {
    /// Profiles are small; a larger file is not a profile.
    public static let maximumBytes = 1 << 20
    /// YAML nodes a profile may expand to: aliases that multiply ("billion laughs") hit this.
    public static let maximumNodes = 50_000

    /// Problems that keep a profile from being read.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var issues: [ProfileIssue]

        public var description: String {
            (["The profile \(file) cannot be used:"] + issues.map { "  " + $0.description }).joined(separator: "\n")
        }
    }

    public static func load(path: String) throws(LoadError) -> Profile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(
                file: path,
                issues: [ProfileIssue(field: "file", value: path, problem: "cannot be read", fix: "check the path")])
        }
        return try decode(data, name: path)
    }

    /// Decodes profile text (YAML, of which JSON is a subset).
    public static func decode(_ data: Data, name: String) throws(LoadError) -> Profile {
        func fail(_ issue: ProfileIssue) -> LoadError { LoadError(file: name, issues: [issue]) }
        guard data.count <= maximumBytes else {
            throw fail(
                ProfileIssue(
                    field: "file", value: "\(data.count / 1024) KB", problem: "is larger than a profile can be (1 MB)",
                    fix: "pass the profile file itself"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw fail(
                ProfileIssue(field: "file", problem: "is not UTF-8 text", fix: "save it as UTF-8 (YAML or JSON)"))
        }
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw fail(
                    ProfileIssue(field: "file", problem: "is empty", fix: "see examples/ for a profile to start from"))
            }
            node = composed
        } catch let error as LoadError {
            throw error
        } catch {
            throw fail(
                ProfileIssue(
                    field: "file", problem: "is not valid YAML or JSON (\(syntaxSummary(error)))",
                    fix: "check indentation and quoting"))
        }
        guard YAMLExpansion.fits(node, within: maximumNodes) else {
            throw fail(
                ProfileIssue(
                    field: "file", problem: "expands to more than \(maximumNodes) values (YAML aliases that multiply?)",
                    fix: "write the profile without anchors and aliases"))
        }
        guard node.mapping != nil else {
            throw fail(
                ProfileIssue(
                    field: "file", problem: "is not a mapping of fields",
                    fix: "start with `experience:`, `education:` ... (see examples/)"))
        }
        do {
            return try YAMLDecoder().decode(Profile.self, from: node)
        } catch let unknown as UnknownProfileKey {
            let line = keyNode(unknown, in: node)?.mark.map { " (line \($0.line))" } ?? ""
            throw fail(
                ProfileIssue(
                    field: unknown.field, problem: "is not a profile key\(line)",
                    fix: unknown.suggestion.map { "did you mean '\($0)'?" }
                        ?? "use one of: " + unknown.allowed.joined(separator: ", ")))
        } catch let error as DecodingError {
            throw fail(issue(for: error, root: node))
        } catch {
            throw fail(
                ProfileIssue(field: "file", problem: "cannot be read (\(error))", fix: "see examples/ for the format"))
        }
    }

    /// The node of an unknown key, for its line: the path is `experience[1]` or `goal`.
    static func keyNode(_ unknown: UnknownProfileKey, in root: Node) -> Node? {
        var current = root
        for part in unknown.path.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.last == "]" {
                indices.insert(Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) ?? 0, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty {
                guard let next = current.mapping?[Node(String(name))] else { return nil }
                current = next
            }
            for index in indices {
                guard let sequence = current.sequence, sequence.indices.contains(index) else { return nil }
                current = sequence[index]
            }
        }
        return current.mapping?.keys.first { $0.string == unknown.key }
    }

    static func syntaxSummary(_ error: any Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                return "\(problem) at line \(mark.line), column \(mark.column)"
            default: break
            }
        }
        return "\(error)"
    }

    /// A decoding error as "experience[2].end 2023-13-01 is not a date".
    static func issue(for error: DecodingError, root: Node) -> ProfileIssue {
        func field(_ path: [any CodingKey]) -> String {
            var text = ""
            for key in path {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return text.isEmpty ? "profile" : text
        }
        func value(_ path: [any CodingKey]) -> String? {
            var current = root
            for key in path {
                if let index = key.intValue, let sequence = current.sequence, sequence.indices.contains(index) {
                    current = sequence[index]
                } else if let mapping = current.mapping, let next = mapping[Node(key.stringValue)] {
                    current = next
                } else {
                    return nil
                }
            }
            return current.scalar?.string
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = context.codingPath.isEmpty ? key.stringValue : field(context.codingPath) + "." + key.stringValue
            return ProfileIssue(field: at, problem: "is missing", fix: "add `\(key.stringValue):`")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return ProfileIssue(
                field: field(context.codingPath), value: value(context.codingPath), problem: "is not \(describe(type))",
                fix: hint(for: context.codingPath.last?.stringValue ?? ""))
        case .dataCorrupted(let context):
            let written = value(context.codingPath)
            let key = context.codingPath.last?.stringValue ?? ""
            if ["start", "end", "earned", "completed", "expires"].contains(key) {
                return ProfileIssue(
                    field: field(context.codingPath), value: written, problem: "is not a date",
                    fix: "write it as YYYY-MM-DD")
            }
            return ProfileIssue(
                field: field(context.codingPath), value: written, problem: "is not an allowed value",
                fix: hint(for: key))
        @unknown default:
            return ProfileIssue(field: "profile", problem: "\(error)", fix: "see examples/ for the format")
        }
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "a mapping of fields"
        }
    }

    /// What to write instead, by field name.
    static func hint(for key: String) -> String {
        switch key {
        case "degree": "use one of: " + Degree.allCases.map(\.rawValue).joined(separator: ", ")
        case "focus": "use any of: " + WorkKind.allCases.map(\.rawValue).joined(separator: ", ")
        case "hoursPerWeek": "write the weekly hours as a number, e.g. 40"
        case "securityShare": "write a fraction between 0 and 1, e.g. 0.5"
        case "management", "it": "write true or false"
        case "domains": "list CISSP domain ids, e.g. [security-operations]"
        default: "see examples/ for the format"
        }
    }
}
