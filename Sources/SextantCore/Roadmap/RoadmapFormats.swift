/// Roadmaps as Markdown and as an iCalendar file.
public enum RoadmapFormats {
    public static func markdown(_ roadmap: Roadmap) -> String {
        var lines = ["## Roadmap to \(AnalysisMarkdown.escape(roadmap.goal))", ""]
        lines.append(
            "Starting \(roadmap.start), \(Profile.format(roadmap.hoursPerWeek)) study hours a week"
                + (roadmap.budget.map { ", budget \(Profile.format($0)) \(roadmap.currency)" } ?? "") + ".")
        lines.append("")
        lines.append("| # | Certification | Why | Exam by | Hold from | Cost | Running total |")
        lines.append("|---|---|---|---|---|---|---|")
        for step in roadmap.steps {
            let cost = step.cost.map { "\(Profile.format($0)) \(step.currency ?? "")" } ?? "unknown"
            let name = AnalysisMarkdown.escape(step.name) + (step.optional ? " (recommended)" : "")
            let exam = step.examDate?.description ?? "milestone: no exam booked"
            let hold = step.holdDate?.description ?? "not reachable by your current jobs"
            lines.append(
                "| \(step.order) | \(name) | \(AnalysisMarkdown.escape(step.why)) | \(exam) | \(hold) | \(cost)\(step.overBudget ? " ⚠ over budget" : "") | \(Profile.format(step.runningTotal)) |"
            )
        }
        lines.append("")
        for step in roadmap.steps {
            let unlock = step.unlock.map { " What would unlock it: \(AnalysisMarkdown.escape($0))" } ?? ""
            lines.append("- **\(AnalysisMarkdown.escape(step.name))**: \(AnalysisMarkdown.escape(step.route))\(unlock)")
        }
        if !roadmap.levers.isEmpty {
            lines.append("")
            lines.append("### What would move the date")
            lines.append("")
            for lever in roadmap.levers { lines.append("- \(AnalysisMarkdown.escape(lever.description))") }
        }
        if !roadmap.notes.isEmpty {
            lines.append("")
            for note in roadmap.notes { lines.append("> \(AnalysisMarkdown.escape(note))") }
        }
        return lines.joined(separator: "\n")
    }

    /// An iCalendar (RFC 5545) calendar with an all-day event for each exam target and each day a
    /// certification can be held. UIDs are stable, so importing a revised plan updates events.
    public static func ics(_ roadmap: Roadmap) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sextant//Certification roadmap//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(escape("Sextant: roadmap to \(roadmap.goal)"))",
        ]
        let stamp = compact(roadmap.start) + "T000000Z"
        func event(uid: String, day: Day, summary: String, description: String) {
            lines += [
                "BEGIN:VEVENT", "UID:\(uid)@sextant", "DTSTAMP:\(stamp)", "DTSTART;VALUE=DATE:\(compact(day))",
                "DTEND;VALUE=DATE:\(compact(day.adding(days: 1)))", "SUMMARY:\(escape(summary))",
                "DESCRIPTION:\(escape(description))", "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        // A milestone has no exam date: it is not booked (the Markdown and JSON say what unlocks it).
        for step in roadmap.steps {
            guard let examDate = step.examDate, let studyStart = step.studyStart else { continue }
            event(
                uid: "exam-\(step.id)", day: examDate, summary: "Sit the \(step.name) exam",
                description:
                    "Step \(step.order): \(step.why). Study from \(studyStart) (\(Profile.format(step.studyHours)) hours, estimated). \(step.route)"
            )
            if let hold = step.holdDate, hold != step.examDate {
                event(
                    uid: "eligible-\(step.id)", day: hold, summary: "Eligible to hold \(step.name)",
                    description: "Your experience meets the \(step.name) requirement from today. \(step.route)")
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ day: Day) -> String {
        day.description.replacingAll("-", with: "")
    }

    /// Escapes text values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n": result += "\\n"
            case "\r": continue
            default: result.append(character)
            }
        }
        return result
    }

    /// Folds lines longer than 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var parts: [String] = []
        var limit = 75
        while bytes.count > limit {
            var cut = limit
            while cut > 0, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            parts.append(String(decoding: bytes[..<cut], as: UTF8.self))
            bytes.removeFirst(cut)
            limit = 74  // continuation lines start with a space
        }
        parts.append(String(decoding: bytes, as: UTF8.self))
        return parts.joined(separator: "\r\n ")
    }
}

extension String {
    /// Every occurrence of `target` replaced (Core avoids Foundation).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
