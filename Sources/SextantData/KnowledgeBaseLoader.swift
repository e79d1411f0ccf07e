import Foundation
import SextantCore
import Yams

/// Loads the knowledge base from the bundled files or from a directory a user edits.
///
/// ```swift
/// let kb = try KnowledgeBaseLoader.load()                    // bundled
/// let mine = try KnowledgeBaseLoader.load(from: "my-kb/")    // a copy being edited
/// let issues = KnowledgeBaseLoader.check(directory: "my-kb/", today: today)
/// ```
public enum KnowledgeBaseLoader {
    /// The values one data file may expand to. The largest bundled file (certifications.yaml) has
    /// about 12,000; YAML aliases that multiply ("billion laughs") stop here instead of hanging a load.
    public static let maximumNodesPerFile = 1_000_000

    /// The directory of the bundled knowledge base.
    public static var bundledDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("kb", isDirectory: true)
    }

    /// Loads and validates a knowledge base.
    ///
    /// - Parameter directory: a directory holding the files of `KnowledgeBaseFile`; nil for the
    ///   bundled knowledge base.
    /// - Throws: `KnowledgeBaseError` with every problem found (file, line, value, fix) when a file
    ///   is missing, is not YAML, does not fit the schema, or breaks a cross-reference.
    public static func load(from directory: URL? = nil) throws(KnowledgeBaseError) -> KnowledgeBase {
        let directory = directory ?? bundledDirectory
        var reader = DocumentReader(directory: directory, keepNodes: false)
        let contents = reader.readFiles()
        let cache = reader.issues.isEmpty ? KnowledgeBaseCache(contents: contents) : nil
        if let cached = cache?.read() { return cached }
        guard let snapshot = reader.decodeAll(contents) else {
            throw KnowledgeBaseError(directory: directory.path, issues: reader.issues)
        }
        let base = snapshot.knowledgeBase
        let errors = base.validate().filter { $0.severity == .error }
        guard errors.isEmpty else {
            var located = DocumentReader(directory: directory, keepNodes: true)
            _ = located.decodeAll(contents)
            throw KnowledgeBaseError(directory: directory.path, issues: located.locate(errors))
        }
        cache?.write(snapshot)
        return base
    }

    /// Checks a knowledge-base directory thoroughly: YAML syntax, schema (including fields the
    /// schema does not know, usually typos), cross-references and dates. Never uses the cache.
    ///
    /// - Returns: every issue found, with the line of the offending value where it is known.
    /// - Parameter staleAfterDays: when set (with `today`), every fact and source last checked
    ///   more than this many days before `today` is an error too.
    public static func check(directory: URL? = nil, today: Day? = nil, staleAfterDays: Int? = nil) -> [DataIssue] {
        var reader = DocumentReader(directory: directory ?? bundledDirectory, keepNodes: true)
        let contents = reader.readFiles()
        guard let snapshot = reader.decodeAll(contents) else { return reader.issues }
        let base = snapshot.knowledgeBase
        var found = base.validate(today: today)
        if let staleAfterDays, let today {
            found += base.staleFacts(olderThan: staleAfterDays, today: today).compactMap { fact in
                // A source without a date is already reported by validation.
                guard let checked = fact.checked else { return nil }
                let what =
                    fact.kind == .source
                    ? "source \(fact.subject)"
                    : "\(fact.subject): \(fact.kind.rawValue) (\(fact.confidence?.rawValue ?? ""))"
                let cited = fact.sources.map(\.rawValue).joined(separator: ", ")
                return DataIssue(
                    file: fact.file, path: fact.path, value: checked.description,
                    problem:
                        "\(what) was last checked \(checked), \(checked.days(until: today)) days ago (more than \(staleAfterDays))",
                    fix: fact.kind == .source
                        ? "read the source again and update `checked`; mark it gone if the page no longer exists"
                        : "read \(cited.isEmpty ? "a source" : cited) again and update `checked`, or lower the confidence if it no longer says so"
                )
            }
        }
        return reader.issues + reader.locate(found)
    }
}

/// Every problem that kept a knowledge base from loading.
public struct KnowledgeBaseError: Error, CustomStringConvertible, Sendable {
    public var directory: String
    public var issues: [DataIssue]

    public var description: String {
        let errors = issues.filter { $0.severity == .error }
        var lines = ["The knowledge base in \(directory) has \(errors.count) problem\(errors.count == 1 ? "" : "s"):"]
        lines += errors.prefix(20).map { "  " + $0.description }
        if errors.count > 20 { lines.append("  ... and \(errors.count - 20) more") }
        lines.append("Run `sextant data check --data \(directory)` for the full list.")
        return lines.joined(separator: "\n")
    }
}

/// Reads and decodes the files of one directory, collecting issues instead of stopping at the
/// first; keeps the YAML node trees when asked so issues can be given line numbers.
struct DocumentReader {
    let directory: URL
    let keepNodes: Bool
    var issues: [DataIssue] = []
    var nodes: [KnowledgeBaseFile: Node] = [:]

    init(directory: URL, keepNodes: Bool) {
        self.directory = directory
        self.keepNodes = keepNodes
    }

    /// Reads every file's bytes; a missing or unreadable file becomes an issue.
    mutating func readFiles() -> [KnowledgeBaseFile: Data] {
        var contents: [KnowledgeBaseFile: Data] = [:]
        for file in KnowledgeBaseFile.allCases {
            let url = directory.appendingPathComponent(file.rawValue)
            do {
                contents[file] = try Data(contentsOf: url)
            } catch {
                issues.append(
                    DataIssue(
                        file: file, path: [], value: url.path, problem: "cannot read \(url.path)",
                        fix: "the directory must hold all of: "
                            + KnowledgeBaseFile.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        return contents
    }

    /// Decodes every file; nil when any could not be decoded (the issues say why).
    mutating func decodeAll(_ contents: [KnowledgeBaseFile: Data]) -> KnowledgeBaseCache.Snapshot? {
        let manifest = decode(KnowledgeBaseDocuments.Manifest.self, .manifest, contents)
        let sources = decode(KnowledgeBaseDocuments.Sources.self, .sources, contents)
        let disciplines = decode(KnowledgeBaseDocuments.Disciplines.self, .disciplines, contents)
        let domains = decode(KnowledgeBaseDocuments.Domains.self, .domains, contents)
        let certifications = decode(KnowledgeBaseDocuments.Certifications.self, .certifications, contents)
        let roles = decode(KnowledgeBaseDocuments.Roles.self, .roles, contents)
        let terms = decode(TermLexicon.self, .terms, contents)
        let titles = decode(TitleLexicon.self, .titles, contents)
        guard let manifest, let sources, let disciplines, let domains, let certifications, let roles, let terms,
            let titles
        else { return nil }
        return KnowledgeBaseCache.Snapshot(
            manifest: manifest, sources: sources, disciplines: disciplines, domains: domains,
            certifications: certifications, roles: roles, terms: terms, titles: titles)
    }

    /// Decodes one file's YAML; on failure records an issue and returns nil.
    mutating func decode<T: Codable>(
        _ type: T.Type, _ file: KnowledgeBaseFile, _ contents: [KnowledgeBaseFile: Data]
    )
        -> T?
    {
        guard let data = contents[file] else { return nil }
        guard let text = String(data: data, encoding: .utf8) else {
            issues.append(
                DataIssue(file: file, path: [], problem: "the file is not UTF-8 text", fix: "save it as UTF-8"))
            return nil
        }
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                issues.append(
                    DataIssue(file: file, path: [], problem: "the file is empty", fix: "restore its contents"))
                return nil
            }
            guard YAMLExpansion.fits(composed, within: KnowledgeBaseLoader.maximumNodesPerFile) else {
                issues.append(
                    DataIssue(
                        file: file, path: [],
                        problem: "the file expands to more than \(KnowledgeBaseLoader.maximumNodesPerFile) values"
                            + " (YAML anchors and aliases that multiply?)",
                        fix: "write the entries out without anchors and aliases"))
                return nil
            }
            node = composed
        } catch {
            issues.append(Self.syntaxIssue(error, file))
            return nil
        }
        if keepNodes { nodes[file] = node }
        do {
            let value = try YAMLDecoder().decode(T.self, from: node)
            if keepNodes { issues += SchemaComparison.unknownFields(in: node, decoded: value, file: file) }
            return value
        } catch let error as DecodingError {
            issues.append(Self.decodingIssue(error, file, root: node))
            return nil
        } catch {
            issues.append(DataIssue(file: file, path: [], problem: "\(error)", fix: "correct the file"))
            return nil
        }
    }

    /// Adds line numbers to issues found by validation.
    func locate(_ found: [DataIssue]) -> [DataIssue] {
        found.map { issue in
            var issue = issue
            if let root = nodes[issue.file] { issue.line = NodeLocator.line(of: issue.path, in: root) }
            return issue
        }
    }

    static func syntaxIssue(_ error: any Error, _ file: KnowledgeBaseFile) -> DataIssue {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                return DataIssue(
                    file: file, path: [], line: mark.line,
                    problem: "YAML syntax error: \(problem) (column \(mark.column))",
                    fix: "check indentation and quoting on that line; quote text containing ': ' or '#'")
            case .duplicatedKeysInMapping(let duplicates, _):
                return DataIssue(
                    file: file, path: [], value: duplicates.joined(separator: ", "),
                    problem: "a field is written twice in the same entry: \(duplicates.joined(separator: ", "))",
                    fix: "keep one of them")
            default:
                break
            }
        }
        return DataIssue(file: file, path: [], problem: "not valid YAML: \(error)", fix: "check the file's syntax")
    }

    static func decodingIssue(_ error: DecodingError, _ file: KnowledgeBaseFile, root: Node) -> DataIssue {
        func path(_ codingPath: [any CodingKey]) -> DataPath {
            DataPath(codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) })
        }
        func value(at dataPath: DataPath) -> String? {
            NodeLocator.node(at: dataPath, in: root)?.scalar?.string
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context.codingPath)
            return DataIssue(
                file: file, path: at, line: NodeLocator.line(of: at, in: root),
                problem: "the required field '\(key.stringValue)' is missing", fix: "add `\(key.stringValue): ...`")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let at = path(context.codingPath)
            return DataIssue(
                file: file, path: at, line: NodeLocator.line(of: at, in: root), value: value(at: at),
                problem: "expected \(SchemaComparison.describe(type)) here", fix: "write a value of that kind")
        case .dataCorrupted(let context):
            let at = path(context.codingPath)
            let written = value(at: at)
            return DataIssue(
                file: file, path: at, line: NodeLocator.line(of: at, in: root), value: written,
                problem: written.map { "'\($0)' is not allowed here" } ?? "this value is not allowed here",
                fix: context.debugDescription)
        @unknown default:
            return DataIssue(file: file, path: [], problem: "\(error)", fix: "correct the file")
        }
    }
}

/// Finds the YAML node behind a data path, for line numbers.
enum NodeLocator {
    static func node(at path: DataPath, in root: Node) -> Node? {
        var current = root
        for component in path.components {
            switch component {
            case .key(let key):
                guard let mapping = current.mapping, let next = mapping[Node(key)] else { return current }
                current = next
            case .index(let index):
                guard let sequence = current.sequence, sequence.indices.contains(index) else { return current }
                current = sequence[index]
            }
        }
        return current
    }

    static func line(of path: DataPath, in root: Node) -> Int? {
        node(at: path, in: root)?.mark?.line
    }
}
