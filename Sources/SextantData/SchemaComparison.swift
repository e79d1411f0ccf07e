import Foundation
import SextantCore
import Yams

/// Finds fields in a data file that the schema does not know (usually typos: `aliasses:`).
///
/// Decoding ignores unknown keys, so a misspelt optional field would silently vanish. This
/// re-encodes the decoded value and compares its keys with the file's: a key written in the file
/// but absent from the re-encoded value was not read.
enum SchemaComparison {
    /// Every field name the schema uses anywhere, for "did you mean" suggestions.
    static let fieldNames: [String] = [
        "version", "reviewed", "sources", "id", "title", "url", "alsoAt", "published", "kind",
        "disciplines", "orientations", "name", "summary", "definition", "outline", "effective",
        "provenance", "confidence", "checked", "note", "domains", "number", "weight", "certifications",
        "short", "issuer", "security", "aliases", "legacy", "ambiguous", "level", "orientation",
        "classification", "eligibility", "exam", "cost", "amount", "currency", "asOf", "renewal",
        "expires", "validityYears", "cpe", "cpeYears", "fee", "per", "dod8570", "categories",
        "successorOf", "paths", "label", "prerequisites", "allOf", "anyOf", "training", "experience",
        "years", "counts", "minDomains", "partTime", "window", "yearsBefore", "yearsAfterExam", "parts",
        "waivers", "maxYears", "options", "minimumDegree", "substitutions", "holding", "replaces", "part",
        "auditHours", "associate", "yearsToComplete", "ladder", "frameworks", "released", "roles",
        "framework", "category", "discipline", "titles", "keywords", "groups", "terms", "phrase", "lang",
        "neutral", "notSecurity", "seniority", "contractCertificationIDs", "fields", "retirement", "date",
        "successor", "listPartial", "notOnList",
    ]

    static func unknownFields<T: Encodable>(in node: Node, decoded: T, file: KnowledgeBaseFile) -> [DataIssue] {
        guard let data = try? JSONEncoder().encode(decoded),
            let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return [] }
        var issues: [DataIssue] = []
        compare(node, tree, path: [], file: file, issues: &issues)
        return issues
    }

    private static func compare(
        _ node: Node, _ value: Any, path: DataPath, file: KnowledgeBaseFile, issues: inout [DataIssue]
    ) {
        switch node {
        case .mapping(let mapping):
            guard let object = value as? [String: Any] else { return }
            for (keyNode, child) in mapping {
                let key = keyNode.string ?? ""
                if let childValue = object[key] {
                    compare(child, childValue, path: path + key, file: file, issues: &issues)
                } else if child.null == nil {
                    let suggestion = EditDistance.suggestions(for: key, among: fieldNames, limit: 1).first
                    issues.append(
                        DataIssue(
                            file: file, path: path + key, line: keyNode.mark?.line, value: key,
                            problem: "unknown field '\(key)'",
                            fix: suggestion.map { "did you mean '\($0)'? (see docs/knowledge-base.md)" }
                                ?? "remove it, or see docs/knowledge-base.md for the fields of this entry"))
                }
            }
        case .sequence(let sequence):
            guard let array = value as? [Any] else { return }
            for (index, child) in sequence.enumerated() where index < array.count {
                compare(child, array[index], path: path + index, file: file, issues: &issues)
            }
        default:
            return
        }
    }

    /// Names a Swift type the way a person editing YAML thinks of it.
    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "an entry with fields"
        }
    }
}
