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
        guard decoded.text.contains(where: { !$0.isWhitespace }) else {
            throw CLIError(
                "\(name) is empty: there is no posting to analyse. Pass the file that holds it, or pipe its text in.")
        }
        var warnings: [String] = []
        if decoded.repaired {
            warnings.append("\(name) was not valid UTF-8; unreadable bytes were replaced with �.")
        }
        let chosen = format == .auto && path != "-" ? Self.format(forPath: path) : format
        return PostingInput(
            id: path == "-" ? nil : path, title: title, text: decoded.text, format: chosen, warnings: warnings)
    }
}
