/// Turns HTML and Markdown into the plain text the analyzer reads, keeping block structure as lines.
///
/// Both converters are single linear scans: no regular expressions, no recursion, so deeply nested
/// or malformed markup costs the same as flat text.
public enum PostingText {
    /// The plain text of a posting in the given format, with line breaks normalised to `\n`
    /// (browsers send CRLF, and `"\r\n"` is one `Character`, which line splitting would miss).
    public static func plainText(_ text: String, format: PostingFormat) -> String {
        let text = normalizingLineBreaks(text)
        // Entities such as `&#13;` decode to carriage returns too, so the output is normalised again.
        return switch format {
        case .plain: text
        case .html: normalizingLineBreaks(fromHTML(text))
        case .markdown: normalizingLineBreaks(fromMarkdown(text))
        case .auto:
            switch detectFormat(text) {
            case .html: normalizingLineBreaks(fromHTML(text))
            case .markdown: normalizingLineBreaks(fromMarkdown(text))
            case .plain, .auto: text
            }
        }
    }

    /// `\r\n` and lone `\r` become `\n`; text without carriage returns is returned as it is.
    public static func normalizingLineBreaks(_ text: String) -> String {
        // A scan over the contiguous bytes (the generic `utf8.contains` walks index by index).
        var probe = text
        guard probe.withUTF8({ $0.contains(0x0D) }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var previousWasReturn = false
        for byte in text.utf8 {
            if byte == 0x0D {
                output.append(0x0A)
                previousWasReturn = true
                continue
            }
            if byte == 0x0A, previousWasReturn {
                previousWasReturn = false
                continue
            }
            previousWasReturn = false
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// HTML when block or inline tags appear, Markdown when headings, emphasis or links do.
    ///
    /// One pass over the first 20 KB of bytes: every "<" is checked against known tag names, and
    /// line starts and "*", "_", "](" against Markdown markers.
    public static func detectFormat(_ text: String) -> PostingFormat {
        var text = text
        return text.withUTF8 { detectFormat(UnsafeBufferPointer(rebasing: $0.prefix(20_000))) }
    }

    static func detectFormat(_ bytes: UnsafeBufferPointer<UInt8>) -> PostingFormat {
        var markdown = false
        var lineStart = true
        var index = 0
        let signals = formatSignalBytes
        while index < bytes.count {
            // Most bytes are none of `< # * _ ] \n`: skip them without the checks below.
            let byte = bytes[index]
            if !signals[Int(byte)] {
                lineStart = false
                index += 1
                continue
            }
            if byte == UInt8(ascii: "<"),
                let (name, _) = Optional(tagName(bytes, from: index + 1, to: min(bytes.count, index + 12))),
                htmlDetectionTags.contains(name)
            {
                return .html
            }
            if lineStart,
                byte == UInt8(ascii: "#")
                    || (byte == UInt8(ascii: "*") && index + 1 < bytes.count && bytes[index + 1] == 0x20)
            {
                markdown = true
            }
            if byte == UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "(") {
                markdown = true
            }
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_"), index + 1 < bytes.count, bytes[index + 1] == byte
            {
                markdown = true
            }
            lineStart = byte == 0x0A
            index += 1
        }
        return markdown ? .markdown : .plain
    }

    /// The bytes `detectFormat` looks at: `<`, `#`, `*`, `_`, `]` and the line break.
    static let formatSignalBytes: [Bool] = (0..<256).map { Array("<#*_]\n".utf8).contains(UInt8($0)) }

    /// Tag names whose presence makes a text HTML.
    static let htmlDetectionTags: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "strong", "b", "span", "html", "h1", "h2", "h3", "table", "body", "em", "a",
    ]

    // MARK: - HTML

    /// Tags whose content is not text a person reads.
    static let skippedElements: Set<String> = [
        "script", "style", "head", "noscript", "template", "svg", "iframe", "object",
    ]
    /// Tags that start a new line.
    static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "dl", "title", "main", "aside", "nav", "form", "td",
        "th", "figure", "address", "center",
    ]

    public static func fromHTML(_ html: String) -> String {
        var output: [UInt8] = []
        let bytes = Array(html.utf8)
        output.reserveCapacity(bytes.count)
        var index = 0
        var skipping: String?
        // Text with only inline markup (a pasted posting with a link or two) keeps its own line
        // breaks; in a document built of blocks, source line breaks are just spaces.
        let keepsLineBreaks = !hasBlockElement(bytes)
        func newline() {
            while output.last == 0x20 { output.removeLast() }
            if output.last != 0x0A { output.append(0x0A) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                // Comments and CDATA.
                if hasPrefix(bytes, at: index, "<!--") {
                    index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                    continue
                }
                guard let close = findByte(bytes, UInt8(ascii: ">"), from: index + 1) else {
                    if skipping == nil { output.append(byte) }
                    index += 1
                    continue
                }
                let (name, isEnd) = tagName(bytes, from: index + 1, to: close)
                if let skipped = skipping {
                    if isEnd, name == skipped { skipping = nil }
                    index = close + 1
                    continue
                }
                if name.isEmpty {
                    // Not a tag ("a < b"): keep the character.
                    output.append(byte)
                    index += 1
                    continue
                }
                if !isEnd, skippedElements.contains(name), bytes[close - 1] != UInt8(ascii: "/") {
                    skipping = name
                } else if blockElements.contains(name) {
                    newline()
                    if name == "li", !isEnd { output.append(contentsOf: Array("• ".utf8)) }
                } else if output.last != 0x20, output.last != 0x0A, !output.isEmpty,
                    ["td", "th", "span"].contains(name) == false
                {
                    // Inline tags join words as written; nothing to add.
                }
                index = close + 1
                continue
            }
            if skipping != nil {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, length) = entity(bytes, at: index) {
                output.append(contentsOf: decoded)
                index += length
                continue
            }
            if byte == 0x0A, keepsLineBreaks {
                newline()
                index += 1
                continue
            }
            if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                // Source line breaks are not text structure in HTML.
                if output.last != 0x20, output.last != 0x0A { output.append(0x20) }
                index += 1
                continue
            }
            if byte == 0x20, output.last == 0x20 || output.last == 0x0A {
                index += 1
                continue
            }
            output.append(byte)
            index += 1
        }
        return collapseBlankLines(String(decoding: output, as: UTF8.self))
    }

    /// Whether any tag in the text is a block element.
    static func hasBlockElement(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while let open = findByte(bytes, UInt8(ascii: "<"), from: index, limit: bytes.count) {
            let end = min(bytes.count, open + 12)
            if blockElements.contains(tagName(bytes, from: open + 1, to: end).0) { return true }
            index = open + 1
        }
        return false
    }

    static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
        let pattern = Array(prefix.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] | 0x20 != pattern[offset] | 0x20 { return false }
        return true
    }

    static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], hasPrefix(bytes, at: index, needle) { return index }
            index += 1
        }
        return nil
    }

    /// The next `target` byte from `start`, looking at most `limit` bytes ahead.
    static func findByte(_ bytes: [UInt8], _ target: UInt8, from start: Int, limit: Int) -> Int? {
        var index = start
        let end = min(bytes.count, start + limit)
        while index < end {
            if bytes[index] == target { return index }
            index += 1
        }
        return nil
    }

    static func findByte(_ bytes: [UInt8], _ target: UInt8, from start: Int) -> Int? {
        var index = start
        // A tag never spans more than a few kilobytes; beyond that "<" was text.
        let limit = min(bytes.count, start + 4096)
        while index < limit {
            if bytes[index] == target { return index }
            if bytes[index] == UInt8(ascii: "<") { return nil }
            index += 1
        }
        return nil
    }

    /// The lower-cased element name of `<name ...>` or `</name>`; empty when the text is no tag.
    static func tagName<Bytes: RandomAccessCollection>(_ bytes: Bytes, from start: Int, to end: Int) -> (String, Bool)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = start
        var isEnd = false
        if index < end, bytes[index] == UInt8(ascii: "/") {
            isEnd = true
            index += 1
        }
        if index < end, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") { return ("!", false) }
        var name: [UInt8] = []
        while index < end {
            let byte = bytes[index] | 0x20
            let isLetter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
            guard isLetter || (isDigit && !name.isEmpty) || (bytes[index] == UInt8(ascii: "-") && !name.isEmpty) else {
                break
            }
            name.append(isLetter ? byte : bytes[index])
            index += 1
        }
        return (String(decoding: name, as: UTF8.self), isEnd)
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”", "bull": "•", "middot": "·",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "agrave": "à", "aacute": "á", "acirc": "â", "uuml": "ü",
        "ouml": "ö",
        "auml": "ä", "Uuml": "Ü", "Ouml": "Ö", "Auml": "Ä", "szlig": "ß", "ccedil": "ç", "iacute": "í", "oacute": "ó",
        "uacute": "ú", "ntilde": "ñ", "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "deg": "°",
        "laquo": "«", "raquo": "»", "shy": "", "zwnj": "", "zwj": "", "Eacute": "É", "icirc": "î", "ocirc": "ô",
        "ucirc": "û", "euml": "ë", "iuml": "ï", "times": "×", "rarr": "→", "larr": "←", "check": "✓", "sect": "§",
    ]

    /// Decodes `&name;`, `&#123;` or `&#x1F;` at `index`; nil when it is no entity.
    static func entity(_ bytes: [UInt8], at index: Int) -> ([UInt8], Int)? {
        var end = index + 1
        while end < bytes.count, end - index <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 else { return nil }
        let body = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        let length = end - index + 1
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else {
                return (Array("\u{FFFD}".utf8), length)
            }
            return (Array(String(Character(scalar)).utf8), length)
        }
        guard let text = namedEntities[body] else { return nil }
        return (Array(text.utf8), length)
    }

    // MARK: - Markdown

    /// Strips Markdown markup, keeping text and line structure: headings, emphasis, code marks,
    /// links (`[text](url)` → `text`), images, quotes and list markers. One pass over the bytes.
    public static func fromMarkdown(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        var lineStart = true
        let count = bytes.count
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
        }
        var bracketStop = -1
        var parenStop = -1
        while index < count {
            let byte = bytes[index]
            if lineStart {
                // Leading spaces, heading and quote marks, then a list marker.
                while index < count,
                    bytes[index] == 0x20 || bytes[index] == UInt8(ascii: "#") || bytes[index] == UInt8(ascii: ">")
                {
                    index += 1
                }
                if index + 1 < count, [UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "+")].contains(bytes[index]),
                    bytes[index + 1] == 0x20
                {
                    output.append(contentsOf: [0xE2, 0x80, 0xA2, 0x20])  // "• "
                    index += 2
                }
                lineStart = false
                continue
            }
            switch byte {
            case 0x0A:
                while output.last == 0x20 { output.removeLast() }
                output.append(0x0A)
                lineStart = true
                index += 1
            case UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "~"):
                index += 1
            case UInt8(ascii: "_"):
                // Emphasis between words is dropped; inside a word (snake_case) it stays.
                let previous = index > 0 ? bytes[index - 1] : 0x20
                let next = index + 1 < count ? bytes[index + 1] : 0x20
                if isWordByte(previous), isWordByte(next) { output.append(byte) }
                index += 1
            case UInt8(ascii: "!") where index + 1 < count && bytes[index + 1] == UInt8(ascii: "["):
                index += 1
            case UInt8(ascii: "["):
                // [text](url) → text, when "]" comes within 512 bytes and ")" within 2048 after it.
                // The first "]" (or line end) ahead is remembered until passed, and the same for
                // ")", so a line of "[" or "[a](" reads each byte a bounded number of times.
                if bracketStop <= index {
                    bracketStop = index + 1
                    while bracketStop < count, bytes[bracketStop] != UInt8(ascii: "]"), bytes[bracketStop] != 0x0A {
                        bracketStop += 1
                    }
                }
                let close = bracketStop
                if close + 1 < count, close < index + 512, bytes[close] == UInt8(ascii: "]"),
                    bytes[close + 1] == UInt8(ascii: "(")
                {
                    if parenStop < close + 2 {
                        parenStop = close + 2
                        while parenStop < count, bytes[parenStop] != UInt8(ascii: ")"), bytes[parenStop] != 0x0A {
                            parenStop += 1
                        }
                    }
                    let end = parenStop
                    if end < count, end < close + 2048, bytes[end] == UInt8(ascii: ")") {
                        output.append(contentsOf: bytes[(index + 1)..<close])
                        index = end + 1
                        continue
                    }
                }
                output.append(byte)
                index += 1
            default:
                output.append(byte)
                index += 1
            }
        }
        return collapseBlankLines(String(decoding: output, as: UTF8.self))
    }

    /// At most one empty line in a row; no trailing spaces.
    ///
    /// Lines are found with one pass over the bytes: a line feed not after a carriage return is
    /// always a character boundary, and `"\r\n"` (one character) does not split, as
    /// `split(separator: "\n")` would have it, without its cost on a megabyte-long line.
    static func collapseBlankLines(_ text: String) -> String {
        var text = text
        let breaks: [Int] = text.withUTF8 { bytes in
            var offsets: [Int] = []
            for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
                offsets.append(index)
            }
            return offsets
        }
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        let utf8 = text.utf8
        var start = utf8.startIndex
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(text[start..<text.endIndex])
        var result: [Substring] = []
        var blank = 0
        for line in lines {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                blank += 1
                if blank > 1 || result.isEmpty { continue }
            } else {
                blank = 0
            }
            result.append(Substring(trimmed))
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" || first == "\r" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" || last == "\r" { view = view.dropLast() }
        return String(view)
    }
}
