import SextantCore

/// The survey report: the same HTML inside the web app and as the self-contained file
/// `sextant survey` writes (its own stylesheet, no script, no fetches).
public enum SurveyReport {
    /// A complete HTML document for `report.html`.
    public static func document(_ summary: SurveySummary, title: String = "Sextant survey") -> String {
        let html: HTML = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>\(HTML(stringLiteral: Assets.stylesheet))</style>
            </head>
            <body>
            <main id="main">
            \(body(summary))
            </main>
            <footer class="site"><p>Made by Sextant \(summary.method.sextantVersion) with knowledge base \(summary.method.knowledgeBaseVersion). This file works offline: everything it shows is in it.</p></footer>
            </body>
            </html>
            """
        return html.rendered
    }

    /// The report's sections.
    static func body(_ s: SurveySummary) -> HTML {
        let security = s.securityRelevant
        let entry = s.experience.entryLevelAskingThreePlus
        let named = s.certifications.postingsNamingAny
        let leading = s.disciplines.first
        var lead: [String] = [
            "\(percent(security.share)) of the \(number(security.of)) postings are security work (\(number(security.count)))."
        ]
        if let leading {
            lead.append("Most of them are \(disciplineName(leading.key)) (\(percent(leading.share))).")
        }
        lead.append("\(percent(named.share)) name at least one certification.")
        if entry.of > 0 {
            lead.append(
                "\(percent(entry.share)) of entry-level postings ask for 3 or more years (\(number(entry.count)) of \(number(entry.of)))."
            )
        }
        return """
            <h1>Survey of \(number(s.method.records)) postings</h1>
            <p class="lead">\(lead.joined(separator: " "))</p>
            \(keyFigures(s))
            \(mix(s))
            \(certificationSection(s.certifications))
            \(experienceSection(s.experience))
            \(findingSection(s.findings, of: security.count))
            \(titleSection(s.titles))
            \(s.groups.map(groupSection))
            \(methodSection(s))
            """
    }

    static func keyFigures(_ s: SurveySummary) -> HTML {
        let flagged = s.findings.filter { $0.severity != .info }
        let worst = flagged.first
        var cards: [HTML] = [
            card(
                "Security work", percent(s.securityRelevant.share),
                "\(number(s.securityRelevant.count)) of \(number(s.securityRelevant.of)) analysed"),
            card(
                "Name a certification", percent(s.certifications.postingsNamingAny.share),
                "\(percent(s.certifications.postingsRequiringAny.share)) require one"),
            card(
                "Entry level asking 3+ years", percent(s.experience.entryLevelAskingThreePlus.share),
                "\(number(s.experience.entryLevelAskingThreePlus.count)) of \(number(s.experience.entryLevelAskingThreePlus.of)) entry-level postings"
            ),
        ]
        if let worst {
            cards.append(card("Most common red flag", percent(worst.share), worst.code))
        }
        if let top = s.certifications.top.first {
            cards.append(card("Most named certification", top.name, "\(percent(top.share)) of security postings"))
        }
        return "<div class=\"cards figures\">\(cards)</div>"
    }

    static func card(_ label: String, _ value: String, _ note: String) -> HTML {
        "<div class=\"card\"><p class=\"muted\">\(label)</p><p class=\"figure\">\(value)</p><p class=\"muted\">\(note)</p></div>"
    }

    // MARK: Sections

    static func mix(_ s: SurveySummary) -> HTML {
        """
        <h2 id="mix">What the security postings are</h2>
        <div class="charts">
        \(bars(id: "disciplines", title: "Discipline", rows: s.disciplines.map { ($0, disciplineName($0.key), "fill-\($0.key)") }))
        \(bars(id: "orientation", title: "Orientation", rows: s.orientation.map { ($0, $0.key, "fill-neutral") }))
        \(bars(id: "seniority", title: "Level", rows: order(s.seniority, Seniority.allCases.map(\.rawValue)).map { ($0, $0.key, "fill-neutral") }))
        \(bars(id: "languages", title: "Language", rows: s.languages.prefix(8).map { ($0, languageName($0.key), "fill-neutral") }))
        </div>
        """
    }

    static func certificationSection(_ demand: SurveyCertificationDemand) -> HTML {
        let top = demand.top
        let chartRows = Array(top.prefix(15))
        let maximum = max(1, chartRows.map(\.postings).max() ?? 1)
        var shapes: [HTML] = []
        for (index, row) in chartRows.enumerated() {
            let y = 4 + index * 26
            var x = 150
            var segments: [HTML] = []
            for (count, kind) in [
                (row.required, "required"), (row.preferred, "preferred"), (row.mentioned, "mentioned"),
            ] {
                let width = Int((Double(count) / Double(maximum) * 330).rounded())
                if width > 0 {
                    segments.append(
                        "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"18\" class=\"fill-\(kind)\"/>")
                }
                x += width
            }
            shapes.append(
                """
                <text x="0" y="\(y + 14)" class="label">\(clip(row.name, 20))</text>\(segments)<text x="\(x + 6)" y="\(y + 14)" class="value">\(number(row.postings)) (\(percent(row.share)))</text>
                """)
        }
        let alternative = chartRows.map {
            "\($0.name) \(number($0.postings)): \(number($0.required)) required, \(number($0.preferred)) preferred, \(number($0.mentioned)) mentioned"
        }.joined(separator: "; ")
        let rows = HTML.join(
            top.map { row in
                """
                <tr><td>\(row.name) <span class="muted">\(row.id.rawValue)</span></td><td class="num">\(number(row.postings))</td><td class="num">\(percent(row.share))</td>\
                <td class="num">\(number(row.required))</td><td class="num">\(number(row.preferred))</td><td class="num">\(number(row.mentioned))</td>\
                <td>\(breakdown(row.byDiscipline, names: disciplineName))</td><td>\(breakdown(row.bySeniority, names: { $0 }))</td></tr>
                """
            })
        let perPosting = bars(
            id: "per-posting", title: "Certifications named per posting",
            rows: demand.perPosting.map { ($0, $0.key, "fill-neutral") })
        return """
            <h2 id="certifications">Certification demand</h2>
            <p>\(percent(demand.postingsNamingAny.share)) of security postings name a certification; \(percent(demand.postingsRequiringAny.share)) require one.</p>
            <figure class="chart wide">
            <svg viewBox="0 0 640 \(8 + chartRows.count * 26)" role="img" aria-labelledby="certs-title">
            <title id="certs-title">Most named certifications, by strength: \(alternative)</title>
            \(shapes)
            </svg>
            <figcaption><span class="key fill-required"></span> required <span class="key fill-preferred"></span> preferred <span class="key fill-mentioned"></span> mentioned (the strongest wording in each posting).</figcaption>
            </figure>
            <div class="charts">\(perPosting)</div>
            <details><summary>All \(top.count) most named, by discipline and level</summary>
            <div class="table-wrap"><table>
            <thead><tr><th>Certification</th><th>Postings</th><th>Share</th><th>Required</th><th>Preferred</th><th>Mentioned</th><th>By discipline</th><th>By level</th></tr></thead>
            <tbody>\(rows)</tbody>
            </table></div>
            </details>
            """
    }

    static func experienceSection(_ demand: SurveyExperienceDemand) -> HTML {
        let charts = HTML.join(
            demand.bySeniority.filter { $0.stating > 0 }.map { row in
                let maximum = max(1, row.bins.map(\.count).max() ?? 1)
                var columns: [HTML] = []
                for (index, bin) in row.bins.enumerated() {
                    let height = Int((Double(bin.count) / Double(maximum) * 80).rounded())
                    let x = 8 + index * 28
                    columns.append(
                        """
                        <rect x="\(x)" y="\(92 - height)" width="22" height="\(height)" class="fill-neutral"/><text x="\(x + 11)" y="106" class="tick">\(bin.key)</text>
                        """)
                }
                let alternative = row.bins.map { "\($0.key) years: \($0.count)" }.joined(separator: ", ")
                return """
                    <figure class="chart small">
                    <svg viewBox="0 0 264 112" role="img" aria-labelledby="years-\(row.seniority.rawValue)">
                    <title id="years-\(row.seniority.rawValue)">Minimum years asked by \(row.seniority.rawValue) postings: \(alternative)</title>
                    \(columns)
                    </svg>
                    <figcaption><strong>\(row.seniority.rawValue)</strong>: median \(row.medianYears.map { $0 == 1 ? "1 year" : "\($0) years" } ?? "—"), \(number(row.stating)) of \(number(row.postings)) state years</figcaption>
                    </figure>
                    """
            })
        let entry = demand.entryLevelAskingThreePlus
        return """
            <h2 id="experience">Experience asked</h2>
            <p>The lowest number of years each posting asks, by level (bins 0–5, 6–7, 8–9, 10+).</p>
            <div class="charts">\(charts)</div>
            <p class="callout">\(percent(entry.share)) of entry-level postings (\(number(entry.count)) of \(number(entry.of))) ask for 3 or more years.</p>
            """
    }

    static func findingSection(_ findings: [SurveyFindingRate], of total: Int) -> HTML {
        guard !findings.isEmpty else { return "<h2 id=\"findings\">Red flags</h2><p>No findings.</p>" }
        let chart = bars(
            id: "findings-chart", title: "Postings with each finding",
            rows: findings.map {
                (
                    SurveyCount(key: $0.code, count: $0.postings, share: $0.share), $0.code,
                    "fill-\($0.severity.rawValue)"
                )
            },
            labelWidth: 260)
        let details = HTML.join(
            findings.map { rate in
                let examples = HTML.join(
                    rate.examples.map { example in
                        "<li><strong>\(example.title)</strong>\(example.id.map { id -> HTML in " <span class=\"muted\">\(id)</span>" }): <q>\(example.evidence)</q></li>"
                    })
                return """
                    <details><summary><code>\(rate.code)</code> (\(rate.severity.rawValue)): \(number(rate.postings)) postings, \(percent(rate.share))</summary>
                    <ul class="examples">\(examples)</ul>
                    </details>
                    """
            })
        return """
            <h2 id="findings">Red flags</h2>
            <p>How often each finding appears among the \(number(total)) security postings, with the first examples.</p>
            <div class="charts">\(chart)</div>
            \(details)
            """
    }

    static func titleSection(_ titles: SurveyTitleReport) -> HTML {
        let columns = PrimaryDiscipline.allCases.map(\.rawValue)
        let header = HTML.join(columns.map { "<th>\($0 == "none" ? "Not security work" : disciplineName($0))</th>" })
        var sentences: [String] = []
        let rows = HTML.join(
            titles.matrix.map { row in
                let cells = HTML.join(
                    columns.map { column in
                        let count = row.content[column, default: 0]
                        let share = row.postings > 0 ? Double(count) / Double(row.postings) : 0
                        return
                            "<td class=\"num heat-\(Int((share * 5).rounded()))\">\(number(count)) <span class=\"muted\">\(percent(share))</span></td>"
                    })
                if let own = Discipline(rawValue: row.titleDiscipline.rawValue)?.rawValue, row.postings > 0 {
                    let other = row.content.filter { $0.key != own && $0.key != "none" }.values.reduce(0, +)
                    sentences.append(
                        "\(percent(Double(other) / Double(row.postings))) of postings titled \(titleName(row.titleDiscipline)) are mostly another discipline's work."
                    )
                }
                return
                    "<tr><th scope=\"row\">\(titleName(row.titleDiscipline))</th><td class=\"num\">\(number(row.postings))</td>\(cells)</tr>"
            })
        let top = HTML.join(
            titles.topTitles.map { group in
                let items = HTML.join(
                    group.titles.map { "<li>\($0.key) <span class=\"muted\">\(number($0.count))</span></li>" })
                return
                    "<div class=\"card\"><h3>\(disciplineName(group.discipline.rawValue))</h3><ol>\(items)</ol></div>"
            })
        return """
            <h2 id="titles">Title versus content</h2>
            <p>What the title names (rows) against what the text is about (columns), over every analysed posting. \(sentences.joined(separator: " "))</p>
            <div class="table-wrap"><table class="matrix">
            <thead><tr><th>Title says</th><th>Postings</th>\(header)</tr></thead>
            <tbody>\(rows)</tbody>
            </table></div>
            <h3>Most common titles per discipline</h3>
            <div class="cards">\(top)</div>
            """
    }

    static func groupSection(_ report: SurveyGroupReport) -> HTML {
        let rows = HTML.join(
            report.groups.prefix(100).map { group in
                let discipline = group.disciplines.max { ($0.value, $1.key) < ($1.value, $0.key) }
                let certifications = group.topCertifications.map { "\($0.key) (\($0.count))" }.joined(separator: ", ")
                return """
                    <tr><td>\(group.key)</td><td class="num">\(number(group.postings))</td><td class="num">\(percent(group.securityRelevant.share))</td>\
                    <td>\(discipline.map { disciplineName($0.key) } ?? "—")</td><td class="num">\(group.medianYears.map(String.init) ?? "—")</td>\
                    <td>\(certifications)</td><td class="num">\(percent(group.flagged.share))</td></tr>
                    """
            })
        var notes: [String] = []
        if report.groups.count > 100 {
            notes.append(
                "The 100 largest of \(number(report.groups.count)) groups are shown; summary.json has them all.")
        }
        if report.other > 0 {
            notes.append("\(number(report.other)) postings fell in groups past the first \(SurveyTally.groupLimit).")
        }
        if report.missing > 0 { notes.append("\(number(report.missing)) postings have no \(report.field.rawValue).") }
        return """
            <h2 id="groups">By \(report.field.rawValue)</h2>
            <div class="table-wrap"><table>
            <thead><tr><th>\(report.field.rawValue.capitalized)</th><th>Postings</th><th>Security</th><th>Main discipline</th><th>Median years</th><th>Top certifications</th><th>Flagged</th></tr></thead>
            <tbody>\(rows)</tbody>
            </table></div>
            <p class="muted">\(notes.joined(separator: " "))</p>
            """
    }

    static func methodSection(_ s: SurveySummary) -> HTML {
        let method = s.method
        let broken = HTML.join(
            method.brokenRecords.map { "<li><code>\($0.source):\($0.line)</code> \($0.message)</li>" })
        let notes = HTML.join(method.notes.map { "<li>\($0)</li>" })
        var skipped: HTML = "<p>Every record was read.</p>"
        if method.broken > 0 {
            skipped = """
                <p>\(number(method.broken)) record\(method.broken == 1 ? "" : "s") could not be read and \(method.broken == 1 ? "was" : "were") skipped\(method.brokenRecords.count < method.broken ? " (the first \(method.brokenRecords.count) are listed)" : ""):</p>
                <ul class="broken">\(broken)</ul>
                """
        }
        return """
            <h2 id="method">Method</h2>
            <p>Sextant \(method.sextantVersion), knowledge base \(method.knowledgeBaseVersion). Inputs: \(method.inputs.joined(separator: ", ")).
            \(number(method.records)) records read, \(number(method.analysed)) analysed\(method.groupBy.map { ", grouped by \($0.rawValue)" } ?? "").</p>
            \(skipped)
            <ul>\(notes)</ul>
            \(method.titlesApproximate ? "<p>Titles seen only once were dropped to keep memory flat; title counts are of repeated titles.</p>" as HTML : "")
            """
    }

    // MARK: Charts

    /// Horizontal bars with counts and shares, and a text alternative.
    static func bars(
        id: String, title: String, rows: [(count: SurveyCount, label: String, fill: String)], labelWidth: Int = 150
    ) -> HTML {
        let maximum = max(1, rows.map(\.count.count).max() ?? 1)
        var shapes: [HTML] = []
        for (index, row) in rows.enumerated() {
            let y = 4 + index * 26
            let width = Int((Double(row.count.count) / Double(maximum) * 200).rounded())
            shapes.append(
                """
                <text x="0" y="\(y + 14)" class="label">\(clip(row.label, labelWidth / 7))</text><rect x="\(labelWidth)" y="\(y)" width="\(row.count.count > 0 ? max(width, 1) : 0)" height="18" class="\(row.fill)"/><text x="\(labelWidth + width + 6)" y="\(y + 14)" class="value">\(number(row.count.count)) (\(percent(row.count.share)))</text>
                """)
        }
        let alternative = rows.map { "\($0.label) \(number($0.count.count)) (\(percent($0.count.share)))" }.joined(
            separator: ", ")
        return """
            <figure class="chart">
            <svg viewBox="0 0 \(labelWidth + 330) \(8 + rows.count * 26)" role="img" aria-labelledby="\(id)-title">
            <title id="\(id)-title">\(title): \(alternative)</title>
            \(shapes)
            </svg>
            <figcaption>\(title)</figcaption>
            </figure>
            """
    }

    // MARK: Words and numbers

    static func disciplineName(_ key: String) -> String {
        switch key {
        case "itSecurity": "IT security"
        case "cybersecurity": "Cybersecurity"
        case "informationSecurity": "Information security"
        case "none": "No clear discipline"
        default: key
        }
    }

    /// Language codes as names (the analyzer's codes; `und` when it could not tell).
    static func languageName(_ code: String) -> String {
        let names = [
            "en": "English", "de": "German", "fr": "French", "nl": "Dutch", "it": "Italian", "es": "Spanish",
            "pl": "Polish", "pt": "Portuguese", "und": "Undetermined",
        ]
        return names[code] ?? code
    }

    static func titleName(_ discipline: TitleDiscipline) -> String {
        switch discipline {
        case .neutral: "security (no discipline)"
        case .none: "not security"
        default: disciplineName(discipline.rawValue)
        }
    }

    static func breakdown(_ counts: [String: Int], names: (String) -> String) -> String {
        counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(4).map { "\(names($0.key)) \($0.value)" }
            .joined(separator: ", ")
    }

    static func order(_ counts: [SurveyCount], _ keys: [String]) -> [SurveyCount] {
        keys.compactMap { key in counts.first { $0.key == key } }
    }

    static func clip(_ text: String, _ limit: Int) -> String {
        text.count > limit ? String(text.prefix(max(1, limit - 1))) + "…" : text
    }

    static func percent(_ share: Double) -> String {
        let value = share * 100
        if value > 0, value < 1 { return "<1%" }
        return "\(Int(value.rounded()))%"
    }

    /// 12345 → "12,345".
    static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }
}
