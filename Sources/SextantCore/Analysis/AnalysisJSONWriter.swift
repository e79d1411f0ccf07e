/// Writes a `PostingAnalysis` as compact JSON, byte for byte what `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]` (keys in UTF-8 order, optionals left out when nil,
/// numbers as `Double.description` without a trailing `.0`), about ten times faster: the JSONL
/// pipe and the survey write one per posting. A test compares the two on many analyses.
///
/// One pass over the value; linear in the size of the output.
public struct AnalysisJSONWriter {
    private var bytes: [UInt8] = []

    public init() {}

    /// The analysis as one line of JSON (no newline).
    public static func string(_ analysis: PostingAnalysis) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(4096)
        append(analysis, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the analysis as one line of JSON (no newline) to `output`: the JSONL pipe writes
    /// the bytes straight out, without a `String` per posting.
    public static func append(_ analysis: PostingAnalysis, to output: inout [UInt8]) {
        var writer = AnalysisJSONWriter()
        swap(&writer.bytes, &output)
        writer.write(analysis)
        swap(&writer.bytes, &output)
    }

    // MARK: The analysis, keys in sorted order

    mutating func write(_ a: PostingAnalysis) {
        var first = open()
        key("certificationGroups", &first)
        array(a.certificationGroups) { $0.array($1) { $0.string($1.rawValue) } }
        key("certifications", &first)
        array(a.certifications) { $0.write($1) }
        if let clearance = a.clearance {
            key("clearance", &first)
            write(clearance)
        }
        key("disciplines", &first)
        write(a.disciplines)
        key("dodLevels", &first)
        array(a.dodLevels) { $0.string($1) }
        key("education", &first)
        write(a.education)
        key("evidence", &first)
        write(a.evidence)
        key("experience", &first)
        write(a.experience)
        key("findings", &first)
        array(a.findings) { $0.write($1) }
        if let id = a.id {
            key("id", &first)
            string(id)
        }
        key("language", &first)
        string(a.language)
        key("orientation", &first)
        string(a.orientation.rawValue)
        key("orientationScores", &first)
        var inner = open()
        key("strategic", &inner)
        number(a.orientationScores.strategic)
        key("technical", &inner)
        number(a.orientationScores.technical)
        close()
        key("primaryDiscipline", &first)
        string(a.primaryDiscipline.rawValue)
        key("roles", &first)
        array(a.roles) { $0.write($1) }
        key("sections", &first)
        array(a.sections) { $0.write($1) }
        key("securityRelevant", &first)
        bool(a.securityRelevant)
        key("seniority", &first)
        string(a.seniority.rawValue)
        key("textLength", &first)
        int(a.textLength)
        key("title", &first)
        string(a.title)
        key("titleDiscipline", &first)
        string(a.titleDiscipline.rawValue)
        key("titleSeniority", &first)
        string(a.titleSeniority.rawValue)
        key("warnings", &first)
        array(a.warnings) { $0.string($1) }
        close()
    }

    mutating func write(_ m: CertificationMention) {
        var first = open()
        key("evidence", &first)
        string(m.evidence)
        if let group = m.group {
            key("group", &first)
            int(group)
        }
        key("id", &first)
        string(m.id.rawValue)
        key("matched", &first)
        string(m.matched)
        key("name", &first)
        string(m.name)
        key("security", &first)
        bool(m.security)
        key("strength", &first)
        string(m.strength.rawValue)
        close()
    }

    mutating func write(_ c: Clearance) {
        var first = open()
        key("evidence", &first)
        string(c.evidence)
        key("level", &first)
        string(c.level)
        key("polygraph", &first)
        bool(c.polygraph)
        close()
    }

    mutating func write(_ d: DisciplineScores) {
        var first = open()
        key("cybersecurity", &first)
        number(d.cybersecurity)
        key("informationSecurity", &first)
        number(d.informationSecurity)
        key("itSecurity", &first)
        number(d.itSecurity)
        close()
    }

    mutating func write(_ e: Education) {
        var first = open()
        key("equivalentAccepted", &first)
        bool(e.equivalentAccepted)
        if let evidence = e.evidence {
            key("evidence", &first)
            string(evidence)
        }
        if let degree = e.minimumDegree {
            key("minimumDegree", &first)
            string(degree.rawValue)
        }
        key("required", &first)
        bool(e.required)
        close()
    }

    mutating func write(_ e: DisciplineEvidence) {
        var first = open()
        key("cybersecurity", &first)
        array(e.cybersecurity) { $0.string($1) }
        if let count = e.dutySentences {
            key("dutySentences", &first)
            int(count)
        }
        key("informationSecurity", &first)
        array(e.informationSecurity) { $0.string($1) }
        key("itSecurity", &first)
        array(e.itSecurity) { $0.string($1) }
        key("notSecurity", &first)
        array(e.notSecurity) { $0.string($1) }
        if let count = e.securityDutySentences {
            key("securityDutySentences", &first)
            int(count)
        }
        close()
    }

    mutating func write(_ e: Experience) {
        var first = open()
        if let years = e.maxYears {
            key("maxYears", &first)
            number(years)
        }
        if let years = e.minYears {
            key("minYears", &first)
            number(years)
        }
        key("statements", &first)
        array(e.statements) { $0.write($1) }
        close()
    }

    mutating func write(_ s: ExperienceStatement) {
        var first = open()
        key("evidence", &first)
        string(s.evidence)
        if let years = s.maxYears {
            key("maxYears", &first)
            number(years)
        }
        key("minYears", &first)
        number(s.minYears)
        key("required", &first)
        bool(s.required)
        if let degree = s.withDegree {
            key("withDegree", &first)
            string(degree.rawValue)
        }
        close()
    }

    mutating func write(_ f: Finding) {
        var first = open()
        key("code", &first)
        string(f.code.rawValue)
        key("evidence", &first)
        string(f.evidence)
        key("message", &first)
        string(f.message)
        key("rule", &first)
        string(f.rule)
        key("severity", &first)
        string(f.severity.rawValue)
        close()
    }

    mutating func write(_ r: RoleMatch) {
        var first = open()
        key("framework", &first)
        string(r.framework.rawValue)
        key("id", &first)
        string(r.id.rawValue)
        key("name", &first)
        string(r.name)
        key("score", &first)
        number(r.score)
        close()
    }

    mutating func write(_ s: SectionSummary) {
        var first = open()
        key("heading", &first)
        string(s.heading)
        key("kind", &first)
        string(s.kind.rawValue)
        close()
    }

    // MARK: Values

    /// Opens an object; the flag says whether the next member is the first.
    mutating func open() -> Bool {
        bytes.append(UInt8(ascii: "{"))
        return true
    }

    mutating func close() {
        bytes.append(UInt8(ascii: "}"))
    }

    /// `"name":`, after a comma unless it is the first member; `name` needs no escaping.
    mutating func key(_ name: StaticString, _ first: inout Bool) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout AnalysisJSONWriter, Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            write(&self, element)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func bool(_ value: Bool) {
        if value { bytes.append(contentsOf: "true".utf8) } else { bytes.append(contentsOf: "false".utf8) }
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// As `JSONEncoder`: the shortest round-trip digits, `1` rather than `1.0`.
    mutating func number(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A string with `JSONEncoder`'s escapes: `\"`, `\\`, `\b \f \n \r \t`, other controls as
    /// `\u00XX`; everything else (slashes, non-ASCII) as UTF-8.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [
                        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hex[Int(byte >> 4)],
                        Self.hex[Int(byte & 0x0F)],
                    ])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
