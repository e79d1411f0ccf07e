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

    /// A timeline of roadmap steps: study bars ending at the exam, a dot when the certification
    /// can be held.
    static func timeline(_ roadmap: Roadmap) -> HTML {
        guard let first = roadmap.steps.first?.studyStart else { return "" }
        let last = roadmap.steps.compactMap { $0.holdDate ?? $0.examDate }.max() ?? first
        let span = max(30, first.days(until: last))
        let width = 640.0
        func x(_ day: Day) -> Int { 150 + Int(Double(first.days(until: day)) / Double(span) * (width - 170)) }
        var rows: [HTML] = []
        for (index, step) in roadmap.steps.enumerated() {
            let y = 10 + index * 36
            let start = x(step.studyStart)
            let end = max(start + 3, x(step.examDate))
            var row: HTML = """
                <text x="0" y="\(y + 16)" class="label">\(step.order). \(step.name)</text>
                <rect x="\(start)" y="\(y + 4)" width="\(end - start)" height="16" rx="3" class="study"/>
                """
            if let hold = step.holdDate {
                row = "\(row)<circle cx=\"\(x(hold))\" cy=\"\(y + 12)\" r=\"6\" class=\"hold\"/>"
            }
            rows.append(row)
        }
        let height = 20 + roadmap.steps.count * 36
        let summary = roadmap.steps.map { step in
            "\(step.name): study \(step.studyStart) to \(step.examDate), hold from \(step.holdDate?.description ?? "not reachable")"
        }.joined(separator: "; ")
        return """
            <figure class="chart">
            <svg viewBox="0 0 \(Int(width)) \(height)" role="img" aria-labelledby="timeline-title">
            <title id="timeline-title">Roadmap timeline from \(first) to \(last)</title>
            \(rows)
            </svg>
            <figcaption>Bars: study until the exam target. Dots: the day you may hold the certification. \(summary).</figcaption>
            </figure>
            """
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
