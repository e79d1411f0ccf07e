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

    /// Lays out rows in columns no wider than the terminal; the last column is truncated.
    func table(header: [String], rows: [[String]]) -> String {
        guard !header.isEmpty else { return "" }
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        widths[widths.count - 1] = max(10, min(widths[widths.count - 1], width - fixed))
        func line(_ cells: [String], _ decorate: (String) -> String) -> String {
            cells.enumerated().map { index, cell in
                let limit = widths[index]
                let clipped = cell.count > limit ? String(cell.prefix(limit - 1)) + "…" : cell
                let padded =
                    index == cells.count - 1 ? clipped : clipped.padding(toLength: limit, withPad: " ", startingAt: 0)
                return decorate(padded)
            }.joined(separator: "  ")
        }
        return ([line(header, bold)] + rows.map { line($0, { $0 }) }).joined(separator: "\n")
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
