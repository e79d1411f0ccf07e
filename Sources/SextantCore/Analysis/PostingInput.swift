/// A posting to analyse: its text, in some format, and optionally its title and id.
public struct PostingInput: Sendable, Hashable {
    public var id: String?
    /// The title when it is not the text's first line (`--title`, a JSONL field).
    public var title: String?
    public var text: String
    public var format: PostingFormat
    /// Notes from reading the input (repaired encoding...), carried into the analysis.
    public var warnings: [String]

    public init(
        id: String? = nil, title: String? = nil, text: String, format: PostingFormat = .auto, warnings: [String] = []
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.format = format
        self.warnings = warnings
    }
}

public enum PostingFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case plain, html, markdown
    /// HTML when the text has HTML tags, Markdown when it has Markdown markup, else plain.
    case auto
}

/// Why bytes cannot be read as a posting.
public enum PostingInputError: Error, Equatable, Sendable {
    /// The bytes look like a binary file (NUL bytes or mostly control characters).
    case binary
}

/// Turns raw bytes into text a person wrote, refusing binary files and repairing broken UTF-8.
public enum PostingBytes {
    /// Decodes bytes as UTF-8 text.
    ///
    /// - Returns: the text and whether invalid UTF-8 was replaced (with U+FFFD).
    /// - Throws: `PostingInputError.binary` for NUL bytes or a high share of control characters.
    public static func decode(_ bytes: [UInt8]) throws(PostingInputError) -> (text: String, repaired: Bool) {
        var controls = 0
        let sample = bytes.prefix(65_536)
        for byte in sample {
            if byte == 0 { throw .binary }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
        }
        if !sample.isEmpty, controls * 20 > sample.count { throw .binary }
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, false) }
        return (String(decoding: bytes, as: UTF8.self), true)
    }
}
