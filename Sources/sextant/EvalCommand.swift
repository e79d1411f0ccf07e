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
            Example:
              sextant eval --labels corpus/dev-labels.jsonl --postings corpus/postings.jsonl --postings corpus/usajobs.jsonl
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

    @OptionGroup var data: KnowledgeBaseOptions

    func run() throws {
        let base = try data.load()
        let analyzer = PostingAnalyzer(knowledgeBase: base)
        let labelList = try readLabels()
        let wanted = Set(labelList.map(\.id))
        var inputs: [String: PostingInput] = [:]
        for path in postings {
            let reader = try CLIError.wrap { try LineReader(path: path) }
            while let (line, _) = reader.next() {
                guard
                    case .success(let record) = SurveyRecords.jsonLine(line, source: path, line: reader.lineNumber),
                    let id = record.input.id, wanted.contains(id)
                else { continue }
                inputs[id] = record.input
            }
        }
        let pairs = labelList.map { label in (label, inputs[label.id].map(analyzer.analyze)) }
        let evaluation = Evaluation(pairs: pairs, certificationIDs: Set(base.contractCertificationIDs))
        if json {
            struct Report: Encodable {
                var postings: Int
                var fields: [Evaluation.FieldScore]
                var certifications: Evaluation.PrecisionRecall
                var strength: Evaluation.FieldScore
                var flags: [Evaluation.PrecisionRecall]
                var mistakes: [Evaluation.Mistake]
                var missingPostings: [String]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let report = Report(
                postings: evaluation.postings, fields: evaluation.fields, certifications: evaluation.certifications,
                strength: evaluation.strength, flags: evaluation.flags, mistakes: evaluation.mistakes,
                missingPostings: evaluation.missingPostings)
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        print(EvaluationReport(evaluation: evaluation, terminal: .current, mistakeLimit: mistakes, field: field).text)
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
        return result
    }
}

/// The evaluation as a table.
struct EvaluationReport {
    let evaluation: Evaluation
    let terminal: Terminal
    let mistakeLimit: Int
    let field: String?

    var text: String {
        var out: [String] = [terminal.bold("Evaluation on \(evaluation.postings) labelled postings")]
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
