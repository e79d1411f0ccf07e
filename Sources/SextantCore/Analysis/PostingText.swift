/// Turns HTML and Markdown into the plain text the analyzer reads, keeping block structure as lines.
///
/// Both converters are single linear scans: no regular expressions, no recursion, so deeply nested
/// or malformed markup costs the same as flat text.
public enum PostingText {
    /// The plain text of a posting in the given format.
    public static func plainText(_ text: String, format: PostingFormat) -> String {
        switch format {
        case .plain: text
        case .html: fromHTML(text)
        case .markdown: fromMarkdown(text)
        case .auto: plainText(text, format: detectFormat(text))
        }
    }

    /// HTML when block or inline tags appear, Markdown when headings, emphasis or links do.
    public static func detectFormat(_ text: String) -> PostingFormat {
        let sample = text.utf8.prefix(20_000)
        var lower = String(decoding: sample, as: UTF8.self).lowercased()
        let tags = [
            "<p>", "<p ", "<br", "<div", "<li>", "<li ", "<ul>", "<strong>", "<b>", "<span", "<html", "<h1", "<h2",
            "<h3", "<table", "</p>", "</div>", "<body",
        ]
        if tags.contains(where: { lower.contains($0) }) { return .html }
        lower = String(decoding: sample, as: UTF8.self)
        let markers = ["\n## ", "\n# ", "**", "](http", "\n### ", "\n* ", "__"]
        if lower.hasPrefix("# ") || lower.hasPrefix("## ") || markers.contains(where: { lower.contains($0) }) {
            return .markdown
        }
        return .plain
    }

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
    static func tagName(_ bytes: [UInt8], from start: Int, to end: Int) -> (String, Bool) {
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
    /// links (`[text](url)` → `text`), images, quotes and list markers.
    public static func fromMarkdown(_ markdown: String) -> String {
        var lines: [String] = []
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(rawLine)
            while line.first == " " { line = line.dropFirst() }
            while line.first == "#" || line.first == ">" { line = line.dropFirst() }
            if line.hasPrefix("* ") || line.hasPrefix("- ") || line.hasPrefix("+ ") {
                line = "• " + line.dropFirst(2)
            }
            lines.append(stripInlineMarkdown(String(line)).trimmingSpaces())
        }
        return collapseBlankLines(lines.joined(separator: "\n"))
    }

    static func stripInlineMarkdown(_ line: String) -> String {
        var output = ""
        var scalars = Array(line.unicodeScalars)
        var index = 0
        scalars.append(" ")
        while index < scalars.count - 1 {
            let scalar = scalars[index]
            switch scalar {
            case "*", "_", "`", "~":
                // Emphasis marks between words: drop; inside words (snake_case): keep.
                let previous = index > 0 ? scalars[index - 1] : " "
                let next = scalars[index + 1]
                if scalar == "_", previous.properties.isAlphabetic, next.properties.isAlphabetic {
                    output.unicodeScalars.append(scalar)
                }
                index += 1
            case "!" where scalars[index + 1] == "[":
                index += 1
            case "[":
                // [text](url) → text
                // Look a bounded distance ahead, so a line full of "[" stays linear.
                let window = min(scalars.count, index + 512)
                if let close = scalars[(index + 1)..<window].firstIndex(of: "]"), close + 1 < scalars.count,
                    scalars[close + 1] == "(",
                    let end = scalars[(close + 1)..<min(scalars.count, close + 2048)].firstIndex(of: ")")
                {
                    output.unicodeScalars.append(contentsOf: scalars[(index + 1)..<close])
                    index = end + 1
                } else {
                    output.unicodeScalars.append(scalar)
                    index += 1
                }
            default:
                output.unicodeScalars.append(scalar)
                index += 1
            }
        }
        return output
    }

    /// At most one empty line in a row; no trailing spaces.
    static func collapseBlankLines(_ text: String) -> String {
        var result: [Substring] = []
        var blank = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = Substring(line).trimmingSpaces()
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
