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

    /// Lays out rows in columns no wider than the terminal (less `indent`). A column is as wide as
    /// nine in ten of its cells need (a rare long cell is cut with "…"); when the columns are still
    /// too wide the widest is narrowed, and the last column takes what is left.
    func table(header: [String], rows: [[String]], indent: Int = 0) -> String {
        guard !header.isEmpty else { return "" }
        var widths = header.indices.map { index -> Int in
            let lengths = rows.map { index < $0.count ? $0[index].count : 0 }.sorted()
            let typical = lengths.isEmpty ? 0 : lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
            return max(header[index].count, typical)
        }
        let available = width - indent
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
                let limit = widths[index]
                let clipped = cell.count > limit ? String(cell.prefix(limit - 1)) + "…" : cell
                let padded =
                    index == cells.count - 1 ? clipped : clipped.padding(toLength: limit, withPad: " ", startingAt: 0)
                return decorate(padded)
            }.joined(separator: "  ")
        }
        let pad = String(repeating: " ", count: indent)
        return ([line(header, bold)] + rows.map { line($0, { $0 }) }).map { pad + $0 }.joined(separator: "\n")
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
