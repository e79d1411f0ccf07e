import Foundation

/// Styling for a terminal: colour only when stdout is a terminal and NO_COLOR is unset.
struct Terminal: Sendable {
    let colors: Bool
    let width: Int
    /// Standard output is a terminal (not a pipe or file).
    var isTTY: Bool = false

    static let current: Terminal = {
        let tty = isatty(STDOUT_FILENO) == 1
        let environment = ProcessInfo.processInfo.environment
        let colors = tty && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        var width = Int(environment["COLUMNS"] ?? "") ?? 0
        if width <= 0, tty {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 { width = Int(size.ws_col) }
        }
        return Terminal(colors: colors, width: width > 20 ? width : 120, isTTY: tty)
    }()

    func bold(_ text: String) -> String { style(text, "1") }
    func dim(_ text: String) -> String { style(text, "2") }
    func red(_ text: String) -> String { style(text, "31") }
    func green(_ text: String) -> String { style(text, "32") }
    func yellow(_ text: String) -> String { style(text, "33") }
    func blue(_ text: String) -> String { style(text, "34") }
    func magenta(_ text: String) -> String { style(text, "35") }
    func cyan(_ text: String) -> String { style(text, "36") }
    func reverse(_ text: String) -> String { style(text, "7") }

    private func style(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Lays out rows in columns no wider than the terminal (less `indent`). Columns are as wide as
    /// their widest cell when that fits; otherwise as wide as nine in ten of their cells need (a rare
    /// long cell is cut with "…"), then the widest is narrowed; the last column takes what is left.
    func table(header: [String], rows: [[String]], indent: Int = 0) -> String {
        guard !header.isEmpty else { return "" }
        let lengths = header.indices.map { index in
            rows.map { index < $0.count ? Self.visible($0[index]).count : 0 }.sorted()
        }
        let available = width - indent
        func columns(_ pick: ([Int]) -> Int) -> [Int] {
            header.indices.map { max(header[$0].count, lengths[$0].isEmpty ? 0 : pick(lengths[$0])) }
        }
        // Every cell whole when that leaves room for the last column; else what 9 in 10 need.
        var widths = columns { $0[$0.count - 1] }
        if widths.dropLast().reduce(0, +) + 2 * (widths.count - 1) + 10 > available {
            widths = columns { $0[min($0.count - 1, $0.count * 9 / 10)] }
        }
        var fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        // Too wide even before the last column: narrow the widest other column first.
        while fixed + 10 > available, let widest = widths.indices.dropLast().max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 6
        {
            let cut = min(widths[widest] - 6, fixed + 10 - available)
            widths[widest] -= cut
            fixed -= cut
        }
        widths[widths.count - 1] = max(4, min(widths[widths.count - 1], available - fixed))
        func line(_ cells: [String], _ decorate: (String) -> String) -> String {
            cells.enumerated().map { index, cell in
                // Widths count what shows: colour codes take no room, and a cell cut short loses
                // its colour rather than half an escape sequence.
                let limit = widths[index]
                let shown = Self.visible(cell)
                let clipped = shown.count > limit ? String(shown.prefix(limit - 1)) + "…" : cell
                let length = min(shown.count, limit)
                let padded =
                    index == cells.count - 1 ? clipped : clipped + String(repeating: " ", count: limit - length)
                return decorate(padded)
            }.joined(separator: "  ")
        }
        let pad = String(repeating: " ", count: indent)
        return ([line(header, bold)] + rows.map { line($0, { $0 }) }).map { pad + $0 }.joined(separator: "\n")
    }

    /// The text without ANSI colour codes (`ESC [ … m`): what a terminal shows.
    static func visible(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var result = ""
        var inCode = false
        for character in text {
            if character == "\u{1B}" {
                inCode = true
            } else if inCode {
                if character == "m" { inCode = false }
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Wraps text to the terminal width with an indent.
    func wrap(_ text: String, indent: Int = 2) -> String {
        let limit = max(40, min(width, 100)) - indent
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.count + word.count + 1 > limit, !current.isEmpty {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        let pad = String(repeating: " ", count: indent)
        return lines.map { pad + $0 }.joined(separator: "\n")
    }
}
