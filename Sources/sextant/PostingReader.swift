import Foundation
import SextantCore

/// Reads postings from files, stdin, or JSONL streams, turning every problem into a message that
/// names the file or line.
enum PostingReader {
    /// The input format implied by a file name.
    static func format(forPath path: String) -> PostingFormat {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "html", "htm", "xhtml": .html
        case "md", "markdown": .markdown
        case "txt", "text": .plain
        default: .auto
        }
    }

    /// One posting from a file (or stdin for `-`).
    static func posting(path: String, title: String?, format: PostingFormat) throws -> PostingInput {
        let data: Data
        let name = path == "-" ? "standard input" : "'\(path)'"
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("Cannot read \(name): no such file. Check the path, or pass - to read standard input.")
            }
            if isDirectory.boolValue {
                throw CLIError("\(name) is a directory. Pass the posting files inside it (e.g. \(path)/*.txt).")
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CLIError("Cannot read \(name): permission denied.")
            }
            data = contents
        }
        let decoded: (text: String, repaired: Bool)
        do {
            decoded = try PostingBytes.decode(Array(data))
        } catch {
            throw CLIError(
                "\(name) looks like a binary file, not a job posting. Pass a text, HTML or Markdown file "
                    + "(for PDF or Word files, save the text first).")
        }
        var warnings: [String] = []
        if decoded.repaired {
            warnings.append("\(name) was not valid UTF-8; unreadable bytes were replaced with �.")
        }
        let chosen = format == .auto && path != "-" ? Self.format(forPath: path) : format
        return PostingInput(
            id: path == "-" ? nil : path, title: title, text: decoded.text, format: chosen, warnings: warnings)
    }

    /// A JSONL record that could not be read.
    struct LineError: Error {
        var line: Int
        var message: String
    }

    /// Decodes one JSONL line `{"id", "title", "description"}` (extra fields ignored).
    static func jsonlPosting(_ bytes: ArraySlice<UInt8>, line: Int, source: String) -> Result<PostingInput, LineError> {
        var data = Data(bytes)
        var repaired = false
        if String(validating: bytes, as: UTF8.self) == nil {
            data = Data(String(decoding: bytes, as: UTF8.self).utf8)
            repaired = true
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            return .failure(
                LineError(line: line, message: "\(source) line \(line): not valid JSON; the line was skipped."))
        }
        guard let record = object as? [String: Any] else {
            return .failure(
                LineError(line: line, message: "\(source) line \(line): expected a JSON object; the line was skipped."))
        }
        let id: String? =
            switch record["id"] {
            case let text as String: text
            case let number as NSNumber: number.stringValue
            default: nil
            }
        guard let description = record["description"] as? String ?? record["text"] as? String else {
            return .failure(
                LineError(
                    line: line, message: "\(source) line \(line): no \"description\" text field; the line was skipped.")
            )
        }
        var input = PostingInput(id: id, title: record["title"] as? String, text: description, format: .auto)
        if repaired {
            input.warnings.append("\(source) line \(line) was not valid UTF-8; unreadable bytes were replaced with �.")
        }
        return .success(input)
    }
}
