/// Markup that is safe by construction.
///
/// Literal text in an `HTML` string is our markup; every interpolated `String` (or other value)
/// is escaped, and only interpolated `HTML` is inserted as markup. So a posting containing
/// `<script>` can only ever be shown as text:
///
/// ```swift
/// let page: HTML = "<h1>\(posting.title)</h1>\(report)"   // title escaped, report inserted
/// ```
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var rendered: String

    public init(stringLiteral value: String) { rendered = value }

    public init(stringInterpolation: StringInterpolation) { rendered = stringInterpolation.output }

    /// Escaped text.
    public init(text: String) { rendered = HTML.escape(text) }

    public var description: String { rendered }

    public static let empty: HTML = ""

    public struct StringInterpolation: StringInterpolationProtocol {
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { output += literal }
        public mutating func appendInterpolation(_ value: HTML) { output += value.rendered }
        public mutating func appendInterpolation(_ values: [HTML]) {
            for value in values { output += value.rendered }
        }
        public mutating func appendInterpolation(_ value: String) { output += HTML.escape(value) }
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            output += HTML.escape(value.description)
        }
        public mutating func appendInterpolation(_ value: HTML?) { output += value?.rendered ?? "" }
    }

    /// Escapes the five characters that can change the meaning of HTML text or attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Joins fragments.
    public static func join(_ parts: [HTML], separator: HTML = "") -> HTML {
        var result = HTML.empty
        for (index, part) in parts.enumerated() {
            if index > 0 { result.rendered += separator.rendered }
            result.rendered += part.rendered
        }
        return result
    }
}
