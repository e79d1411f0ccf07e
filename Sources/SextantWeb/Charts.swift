import SextantCore

/// Charts drawn as SVG by our own code, each with a text alternative.
enum Charts {
    static let colors: [Discipline: String] = [
        .itSecurity: "#1f5fa8", .cybersecurity: "#b3261e", .informationSecurity: "#1e7b45",
    ]

    /// Horizontal bars for the three disciplines.
    static func disciplineBars(_ scores: DisciplineScores) -> HTML {
        let summary = Discipline.allCases.map { "\($0.displayName) \(percent(scores[$0]))" }.joined(separator: ", ")
        var bars: [HTML] = []
        for (index, discipline) in Discipline.allCases.enumerated() {
            let y = 8 + index * 34
            let width = Int((scores[discipline] * 300).rounded())
            bars.append(
                """
                <text x="0" y="\(y + 17)" class="label">\(discipline.displayName)</text>
                <rect x="170" y="\(y)" width="300" height="24" class="track"/>
                <rect x="170" y="\(y)" width="\(width)" height="24" fill="\(colors[discipline]!)"/>
                <text x="\(180 + width)" y="\(y + 17)" class="value">\(percent(scores[discipline]))</text>
                """)
        }
        return """
            <figure class="chart">
            <svg viewBox="0 0 530 110" role="img" aria-labelledby="discipline-chart-title">
            <title id="discipline-chart-title">Discipline profile: \(summary)</title>
            \(bars)
            </svg>
            <figcaption>Share of the discipline evidence in the text: \(summary).</figcaption>
            </figure>
            """
    }

    /// A roadmap on a time axis: a tick and label per year (fewer labels on long plans), today
    /// marked, and per step a labelled row with its study bar ending at the exam, a dot on the
    /// day it can be held (joined to the exam by a thin line while experience is waited for), or a
    /// hollow mark for a milestone. Drawn 400 units wide so it is 1:1 on a 400 px screen; the
    /// figcaption and the step list carry the same facts as text.
    static func timeline(_ roadmap: Roadmap) -> HTML {
        guard !roadmap.steps.isEmpty else { return "" }
        let today = roadmap.start
        let dated = roadmap.steps.flatMap { [$0.studyStart, $0.examDate, $0.holdDate].compactMap { $0 } }
        let first = min(today, dated.min() ?? today)
        let last = max(today, dated.max() ?? today)
        let axisStart = Day(year: first.year, month: 1, day: 1)!
        let axisEnd = Day(year: last.year + 1, month: 1, day: 1)!
        let width = 400.0
        let margin = 6.0
        let span = Double(max(1, axisStart.days(until: axisEnd)))
        func x(_ day: Day) -> String {
            format(margin + Double(axisStart.days(until: day)) / span * (width - 2 * margin))
        }
        let rowHeight = 38
        let top = 44
        let height = top + roadmap.steps.count * rowHeight + 4
        // At most about six year labels, so they never overlap at 400 px.
        let years = Array(first.year...(last.year + 1))
        let every = max(1, (years.count + 5) / 6)
        var axis: [HTML] = []
        for (index, year) in years.enumerated() {
            let tick = x(Day(year: year, month: 1, day: 1)!)
            axis.append("<line x1=\"\(tick)\" y1=\"22\" x2=\"\(tick)\" y2=\"\(height)\" class=\"grid\"/>")
            if index % every == 0, year <= last.year {
                axis.append("<text x=\"\(tick)\" y=\"14\" class=\"year\">\(String(year))</text>")
            }
        }
        let now = x(today)
        axis.append(
            """
            <line x1="\(now)" y1="18" x2="\(now)" y2="\(height)" class="today"/>
            <text x="\(format(Double(now)! + 3))" y="32" class="today-label">today</text>
            """)
        var rows: [HTML] = []
        for (index, step) in roadmap.steps.enumerated() {
            let y = top + index * rowHeight
            var label = "\(step.order). \(step.name)"
            if let hold = step.holdDate {
                label += " · exam \(step.examDate?.description ?? "—") · hold \(hold)"
            } else {
                label += " · milestone, not reachable by your current jobs"
            }
            if step.associateRoute { label += " · Associate route" }
            var row: HTML = "<text x=\"\(format(margin))\" y=\"\(y + 12)\" class=\"step-label\">\(label)</text>"
            if let studyStart = step.studyStart, let exam = step.examDate {
                let from = Double(x(studyStart))!
                let to = max(from + 3, Double(x(exam))!)
                row = """
                    \(row)<rect x="\(format(from))" y="\(y + 18)" width="\(format(to - from))" height="12" rx="2" class="study">\
                    <title>\(step.name): study \(studyStart) to \(exam)</title></rect>
                    """
                if let hold = step.holdDate, hold > exam {
                    row =
                        "\(row)<line x1=\"\(format(to))\" y1=\"\(y + 24)\" x2=\"\(x(hold))\" y2=\"\(y + 24)\" class=\"wait\"/>"
                }
            }
            if let hold = step.holdDate {
                row = """
                    \(row)<circle cx="\(x(hold))" cy="\(y + 24)" r="5" class="hold">\
                    <title>\(step.name): hold from \(hold)</title></circle>
                    """
            } else {
                let end = format(width - margin - 6)
                row = "\(row)<rect x=\"\(end)\" y=\"\(y + 19)\" width=\"10\" height=\"10\" class=\"milestone\"/>"
            }
            rows.append(row)
        }
        let summary = roadmap.steps.map { step in
            if let exam = step.examDate, let studyStart = step.studyStart {
                return "\(step.order). \(step.name): study \(studyStart) to \(exam), hold from "
                    + "\(step.holdDate?.description ?? "not reachable")\(step.associateRoute ? " (Associate route)" : "")"
            }
            return "\(step.order). \(step.name): milestone, no exam booked"
        }.joined(separator: "; ")
        return """
            <figure class="chart timeline">
            <svg viewBox="0 0 \(Int(width)) \(height)" role="img" aria-labelledby="timeline-title timeline-desc">
            <title id="timeline-title">Roadmap timeline from \(String(first.year)) to \(String(last.year))</title>
            <desc id="timeline-desc">\(summary)</desc>
            \(axis)\(rows)
            </svg>
            <figcaption>Years across the top; the dashed line is today (\(today)). Bars: study until the exam. \
            Dots: the day you may hold the certification, joined to the exam while experience is still needed. \
            Hollow squares: milestones with no exam booked. \(summary).</figcaption>
            </figure>
            """
    }

    /// A coordinate with at most one decimal.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
