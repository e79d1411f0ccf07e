import ArgumentParser
import Foundation
import SextantCore
import SextantData

/// `sextant eval`: how well the analyzer agrees with hand labels.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the analyzer against hand-labelled postings.",
        discussion: """
            Figures on postings the rules were developed on say little about the next ones. \
            Split the labels into folds (each posting's fold is a stable hash of its id), \
            develop on some and report on the others.

            Develop on folds 0-3, then report on fold 4:
              sextant eval --labels L --postings P --folds 5 --exclude-fold 4
              sextant eval --labels L --postings P --folds 5 --fold 4
            Every fold side by side, or each language or source:
              sextant eval --labels L --postings P --folds 5 --by fold
              sextant eval --labels L --postings P --by language

            Example:
              sextant eval --labels corpus/dev-labels.jsonl \\
                --postings corpus/postings.jsonl --postings corpus/usajobs.jsonl
            """)

    @Option(help: "Labels, one JSON object per line (see corpus/LABELS.md).")
    var labels: String

    @Option(help: "Postings JSONL ({\"id\", \"title\", \"description\"}); repeat for several files.")
    var postings: [String]

    @Option(help: "How many mistakes to list (0 for none).")
    var mistakes: Int = 40

    @Option(help: "Only list mistakes of this field (e.g. discipline, certifications).")
    var field: String?

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Option(help: "Split the labels into this many folds by a stable hash of each id (2-100).")
    var folds: Int?

    @Option(help: "Score only this fold (0-based; needs --folds): the held-out postings.")
    var fold: Int?

    @Option(help: "Score every fold but this one (needs --folds): the postings to develop on.")
    var excludeFold: Int?

    @Option(
        help: ArgumentHelp(
            "Also score each group of postings on its own: \(Evaluation.Grouping.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "key"))
    var by: Evaluation.Grouping?

    func validate() throws {
        if let folds, !(2...100).contains(folds) {
            throw ValidationError("--folds must be between 2 and 100, not \(folds).")
        }
        for (name, value) in [("--fold", fold), ("--exclude-fold", excludeFold)] {
            guard let value else { continue }
            guard let folds else { throw ValidationError("\(name) needs --folds, e.g. --folds 5 \(name) \(value).") }
            guard (0..<folds).contains(value) else {
                throw ValidationError("\(name) must be between 0 and \(folds - 1) with --folds \(folds), not \(value).")
            }
        }
        if fold != nil, excludeFold != nil { throw ValidationError("Give --fold or --exclude-fold, not both.") }
        if by == .fold, folds == nil { throw ValidationError("--by fold needs --folds, e.g. --folds 5 --by fold.") }
    }

    @OptionGroup var data: KnowledgeBaseOptions

    func run() throws {
        let base = try data.load()
        let analyzer = PostingAnalyzer(knowledgeBase: base)
        let labelList = try readLabels().filter { label in
            guard let folds else { return true }
            let index = Evaluation.fold(of: label.id, count: folds)
            if let fold { return index == fold }
            if let excludeFold { return index != excludeFold }
            return true
        }
        let wanted = Set(labelList.map(\.id))
        var inputs: [String: PostingInput] = [:]
        var origins: [String: String] = [:]
        for path in postings {
            let reader = try CLIError.wrap { try LineReader(path: path) }
            while let (line, _) = reader.next() {
                guard
                    case .success(let record) = SurveyRecords.jsonLine(line, source: path, line: reader.lineNumber),
                    let id = record.input.id, wanted.contains(id)
                else { continue }
                inputs[id] = record.input
                origins[id] = record.origin
            }
            if let error = reader.readError { throw CLIError.readFailure(path, reader, error) }
        }
        let certificationIDs = Set(base.contractCertificationIDs)
        let pairs = labelList.map { label in (label, inputs[label.id].map(analyzer.analyze)) }
        let evaluation = Evaluation(pairs: pairs, certificationIDs: certificationIDs)
        let groups = by.map { grouping in
            Evaluation.groups(
                pairs.map { ($0.0, $0.1, origins[$0.0.id]) }, by: grouping, folds: folds ?? 5,
                certificationIDs: certificationIDs)
        }
        if json {
            struct Report: Encodable {
                var postings: Int
                var fields: [Evaluation.FieldScore]
                var certifications: Evaluation.PrecisionRecall
                var strength: Evaluation.FieldScore
                var flags: [Evaluation.PrecisionRecall]
                var mistakes: [Evaluation.Mistake]
                var missingPostings: [String]
                var groups: [GroupReport]?
            }
            struct GroupReport: Encodable {
                var name: String
                var postings: Int
                var fields: [Evaluation.FieldScore]
                var certifications: Evaluation.PrecisionRecall
                var strength: Evaluation.FieldScore
                var flags: [Evaluation.PrecisionRecall]
            }
            let report = Report(
                postings: evaluation.postings, fields: evaluation.fields, certifications: evaluation.certifications,
                strength: evaluation.strength, flags: evaluation.flags, mistakes: evaluation.mistakes,
                missingPostings: evaluation.missingPostings,
                groups: groups?.map {
                    GroupReport(
                        name: $0.name, postings: $0.evaluation.postings, fields: $0.evaluation.fields,
                        certifications: $0.evaluation.certifications, strength: $0.evaluation.strength,
                        flags: $0.evaluation.flags)
                })
            print(try SextantJSON.string(report, pretty: true))
            return
        }
        var report = EvaluationReport(evaluation: evaluation, terminal: .current, mistakeLimit: mistakes, field: field)
        report.groups = groups
        report.groupingName = by?.rawValue
        if let folds {
            report.scope =
                fold.map { "fold \($0) of \(folds)" } ?? excludeFold.map { "all folds but \($0) of \(folds)" }
        }
        print(report.text)
    }

    func readLabels() throws -> [PostingLabel] {
        let reader = try CLIError.wrap { try LineReader(path: labels) }
        var result: [PostingLabel] = []
        let decoder = JSONDecoder()
        while let (line, _) = reader.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            do {
                result.append(try decoder.decode(PostingLabel.self, from: Data(line)))
            } catch {
                throw CLIError(
                    "\(labels) line \(reader.lineNumber): not a label (\(error)). See corpus/LABELS.md for the format.")
            }
        }
        if let error = reader.readError { throw CLIError.readFailure(labels, reader, error) }
        return result
    }
}

/// The evaluation as a table.
struct EvaluationReport {
    let evaluation: Evaluation
    let terminal: Terminal
    let mistakeLimit: Int
    let field: String?
    var groups: [Evaluation.Group]?
    var groupingName: String?
    /// Which folds were scored, when the labels were split.
    var scope: String?

    /// The columns of the per-group table: the headline figures.
    static let groupColumns = [
        "security job", "discipline", "orientation", "seniority", "min years exact", "title discipline",
    ]

    var text: String {
        var out: [String] = [
            terminal.bold(
                "Evaluation on \(evaluation.postings) labelled postings" + (scope.map { " (\($0))" } ?? ""))
        ]
        var rows = evaluation.fields.map {
            [$0.field, String(format: "%.3f", $0.accuracy), "\($0.correct)/\($0.total)"]
        }
        func precisionAndRecall(_ name: String, _ score: Evaluation.PrecisionRecall) -> [[String]] {
            let found = score.truePositives
            return [
                [
                    "\(name) precision", String(format: "%.3f", score.precision),
                    "\(found)/\(found + score.falsePositives)",
                ],
                ["\(name) recall", String(format: "%.3f", score.recall), "\(found)/\(found + score.falseNegatives)"],
            ]
        }
        rows += precisionAndRecall("certification", evaluation.certifications)
        rows.append(["certification F1", String(format: "%.3f", evaluation.certifications.f1), ""])
        rows.append([
            evaluation.strength.field, String(format: "%.3f", evaluation.strength.accuracy),
            "\(evaluation.strength.correct)/\(evaluation.strength.total)",
        ])
        for flag in evaluation.flags { rows += precisionAndRecall(flag.name, flag) }
        out.append(terminal.table(header: ["FIELD", "SCORE", "COUNT"], rows: rows))
        if let groups, !groups.isEmpty {
            out.append("")
            out.append(terminal.bold("By \(groupingName ?? "group")"))
            func cell(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "-" }
            let rows = groups.map { group -> [String] in
                let scores = group.evaluation
                return [group.name, String(scores.postings)]
                    + Self.groupColumns.map { cell(scores.accuracy(of: $0)) }
                    + [
                        cell(
                            scores.certifications.truePositives + scores.certifications.falseNegatives
                                + scores.certifications.falsePositives > 0 ? scores.certifications.f1 : nil),
                        cell(scores.strength.total > 0 ? scores.strength.accuracy : nil),
                        cell(scores.titleMismatchF1),
                    ]
            }
            out.append(
                terminal.table(
                    header: [
                        "GROUP", "N", "SECURITY", "DISCIPLINE", "ORIENT", "LEVEL", "YEARS", "TITLE", "CERT F1",
                        "STRENGTH", "MISMATCH",
                    ],
                    rows: rows))
        }
        if !evaluation.missingPostings.isEmpty {
            out.append(
                terminal.yellow(
                    "\(evaluation.missingPostings.count) labelled postings were not found in the postings files: "
                        + evaluation.missingPostings.prefix(10).joined(separator: ", ")))
        }
        let shown = evaluation.mistakes.filter { field == nil || $0.field == field }
        if mistakeLimit > 0, !shown.isEmpty {
            out.append("")
            out.append(
                terminal.bold("Mistakes (\(shown.count)\(shown.count > mistakeLimit ? ", first \(mistakeLimit)" : ""))")
            )
            out.append(
                terminal.table(
                    header: ["ID", "FIELD", "EXPECTED", "ACTUAL", "TITLE"],
                    rows: shown.prefix(mistakeLimit).map { [$0.id, $0.field, $0.expected, $0.actual, $0.title] }))
        }
        return out.joined(separator: "\n")
    }
}
extension Evaluation.Grouping: ExpressibleByArgument {}
