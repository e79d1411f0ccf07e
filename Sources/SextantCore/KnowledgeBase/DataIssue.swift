/// The files of a knowledge-base directory.
public enum KnowledgeBaseFile: String, CaseIterable, Sendable, Hashable, Codable {
    case manifest = "manifest.yaml"
    case sources = "sources.yaml"
    case disciplines = "disciplines.yaml"
    case domains = "domains.yaml"
    case certifications = "certifications.yaml"
    case roles = "roles.yaml"
    case terms = "terms.yaml"
    case titles = "titles.yaml"
}

/// A step in the path to a value inside a data file: a key or an array index.
public enum DataPathComponent: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral
{
    case key(String)
    case index(Int)

    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }

    public var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): "[\(index)]"
        }
    }
}

/// Where a value sits in a data file, as `certifications[3].aliases[2]`.
public struct DataPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
    public var components: [DataPathComponent]

    public init(_ components: [DataPathComponent]) { self.components = components }
    public init(arrayLiteral elements: DataPathComponent...) { components = elements }

    public func appending(_ component: DataPathComponent) -> DataPath { DataPath(components + [component]) }
    public static func + (path: DataPath, key: String) -> DataPath { path.appending(.key(key)) }
    public static func + (path: DataPath, index: Int) -> DataPath { path.appending(.index(index)) }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index: text += component.description
            }
        }
        return text
    }
}

/// Something wrong in the knowledge-base data: where, which value, and how to fix it.
public struct DataIssue: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning }

    public var severity: Severity
    public var file: KnowledgeBaseFile
    public var path: DataPath
    /// 1-based line in the file, when the loader could locate the value.
    public var line: Int?
    /// The offending value, as written.
    public var value: String?
    public var problem: String
    public var fix: String

    public init(
        _ severity: Severity = .error, file: KnowledgeBaseFile, path: DataPath, line: Int? = nil,
        value: String? = nil, problem: String, fix: String
    ) {
        self.severity = severity
        self.file = file
        self.path = path
        self.line = line
        self.value = value
        self.problem = problem
        self.fix = fix
    }

    /// `certifications.yaml:120: certifications[3].aliases[2]: 'CISSP' ... — fix: ...`
    public var description: String {
        let location = line.map { "\(file.rawValue):\($0)" } ?? file.rawValue
        let at = path.components.isEmpty ? "" : " \(path):"
        return "\(location):\(at) \(problem) — \(fix)"
    }
}
