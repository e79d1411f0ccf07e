import Foundation
import SextantCore

/// Turns raw records into postings; every problem becomes a `SurveyProblem` naming the place.
public enum SurveyRecords {
    /// Decodes one raw record (on a worker).
    public static func decode(_ raw: SurveyRawRecord) -> Result<SurveyRecord, SurveyProblem> {
        switch raw {
        case .jsonLine(let bytes, let source, let line): return jsonLine(bytes[...], source: source, line: line)
        case .record(let record): return .success(record)
        case .file(let path): return file(path)
        case .problem(let problem): return .failure(problem)
        }
    }

    /// One JSONL line: `{"id", "title", "description", "company", "location", "posted"}`; `text`
    /// stands in for `description`, other fields are ignored.
    /// - Parameter fastPath: false forces `JSONSerialization` (tests compare the two).
    public static func jsonLine(
        _ bytes: ArraySlice<UInt8>, source: String, line: Int, fastPath: Bool = true
    ) -> Result<
        SurveyRecord, SurveyProblem
    > {
        func problem(_ message: String) -> Result<SurveyRecord, SurveyProblem> {
            .failure(SurveyProblem(source: source, line: line, message: message))
        }
        // Validated in place (no copy); only a line with broken UTF-8 is copied, repaired.
        let repaired = !bytes.withUnsafeBufferPointer { (try? UTF8Span(validating: $0.span)) != nil }
        let repairedBytes: [UInt8]? = repaired ? Array(String(decoding: bytes, as: UTF8.self).utf8) : nil
        func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if let repairedBytes { return repairedBytes.withUnsafeBufferPointer(body) }
            return bytes.withUnsafeBufferPointer(body)
        }
        // The common case, read directly; anything unusual goes to JSONSerialization below.
        if fastPath, let fields = withBytes({ FlatJSONObject.strings($0, wanted: wantedFields) }) {
            func text(_ key: String) -> String? { fields[key].flatMap { $0.isEmpty ? nil : $0 } }
            guard let description = fields["description"] ?? fields["text"] else {
                return problem("no \"description\" text field; skipped")
            }
            return record(
                id: text("id"), title: fields["title"], description: description, company: text("company"),
                location: text("location"), posted: text("posted"), origin: text("source"), repaired: repaired,
                source: source, line: line)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: withBytes { Data($0) }, options: [])
        } catch {
            return problem("not valid JSON (a cut line or an unescaped quote?); skipped")
        }
        guard let fields = object as? [String: Any] else { return problem("expected a JSON object; skipped") }
        func text(_ key: String) -> String? {
            switch fields[key] {
            case let value as String: value.isEmpty ? nil : value
            case let value as NSNumber: value.stringValue
            default: nil
            }
        }
        guard let description = fields["description"] as? String ?? fields["text"] as? String else {
            return problem("no \"description\" text field; skipped")
        }
        return record(
            id: text("id"), title: fields["title"] as? String, description: description, company: text("company"),
            location: text("location"), posted: text("posted"), origin: text("source"), repaired: repaired,
            source: source, line: line)
    }

    /// The fields of a JSONL record Sextant reads.
    static let wantedFields: Set<String> = [
        "id", "title", "description", "text", "company", "location", "posted", "source",
    ]

    static func record(
        id: String?, title: String?, description: String, company: String?, location: String?, posted: String?,
        origin: String?, repaired: Bool, source: String, line: Int
    ) -> Result<SurveyRecord, SurveyProblem> {
        guard description.contains(where: { !$0.isWhitespace }) else {
            return .failure(SurveyProblem(source: source, line: line, message: "the description is empty"))
        }
        var input = PostingInput(id: id, title: title, text: description, format: .auto)
        if repaired {
            input.warnings.append("\(source) line \(line) was not valid UTF-8; unreadable bytes were replaced with �.")
        }
        return .success(
            SurveyRecord(
                input: input, company: company, location: location, posted: posted, source: source, line: line,
                origin: origin))
    }

    /// A file holding one posting; its format from its name.
    public static func file(_ path: String) -> Result<SurveyRecord, SurveyProblem> {
        func problem(_ message: String) -> Result<SurveyRecord, SurveyProblem> {
            .failure(SurveyProblem(source: path, line: 1, message: message))
        }
        guard SurveyInputReader.size(of: path) <= SurveyInputReader.maximumFileBytes else {
            return problem("bigger than \(SurveyInputReader.maximumFileBytes >> 20) MB; skipped")
        }
        guard let data = FileManager.default.contents(atPath: path) else { return problem("cannot be read; skipped") }
        let format: PostingFormat =
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "html", "htm": .html
            case "md", "markdown": .markdown
            default: .auto
            }
        guard let record = text(Array(data), source: path, format: format) else {
            return problem("not a text file (binary content); skipped")
        }
        guard record.input.text.contains(where: { !$0.isWhitespace }) else { return problem("the file is empty") }
        return .success(record)
    }

    /// Bytes holding one posting; nil when they are binary.
    static func text(_ bytes: [UInt8], source: String, format: PostingFormat) -> SurveyRecord? {
        guard let decoded = try? PostingBytes.decode(bytes) else { return nil }
        var input = PostingInput(id: source, text: decoded.text, format: format)
        if decoded.repaired {
            input.warnings.append("\(source) was not valid UTF-8; unreadable bytes were replaced with �.")
        }
        return SurveyRecord(input: input, source: source, line: 1)
    }
}
