/// Scores analyses against hand labels: per-field accuracy, certification precision/recall/F1
/// and strength accuracy, precision/recall of the two flags, and the postings that were wrong.
public struct Evaluation: Sendable {
    /// One field's accuracy over the postings where it is labelled.
    public struct FieldScore: Sendable, Hashable, Codable {
        public var field: String
        public var correct: Int
        public var total: Int
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    public struct PrecisionRecall: Sendable, Hashable, Codable {
        public var name: String
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// A posting where a field disagreed with its label.
    public struct Mistake: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var field: String
        public var expected: String
        public var actual: String
    }

    public var fields: [FieldScore] = []
    public var certifications = PrecisionRecall(
        name: "certifications", truePositives: 0, falsePositives: 0, falseNegatives: 0)
    public var strength = FieldScore(field: "certification strength", correct: 0, total: 0)
    public var flags: [PrecisionRecall] = []
    public var mistakes: [Mistake] = []
    public var postings = 0
    public var missingPostings: [String] = []

    /// Scores each labelled posting's analysis.
    ///
    /// - Parameters:
    ///   - pairs: labels with the analysis of their posting (nil when the posting was not found).
    ///   - certificationIDs: the ids labels may use; certifications outside it (the catalog's
    ///     additions) are not scored, as labels record those as free text.
    public init(pairs: [(label: PostingLabel, analysis: PostingAnalysis?)], certificationIDs: Set<Certification.ID>) {
        var counters: [String: FieldScore] = [:]
        let order = [
            "security job", "discipline", "orientation", "seniority", "min years exact", "title discipline",
            "title seniority", "language",
        ]
        var titleMismatch = PrecisionRecall(
            name: "title mismatch flag", truePositives: 0, falsePositives: 0, falseNegatives: 0)
        var impossible = PrecisionRecall(
            name: "impossible flag", truePositives: 0, falsePositives: 0, falseNegatives: 0)

        for (label, analysis) in pairs {
            guard let analysis else {
                missingPostings.append(label.id)
                continue
            }
            postings += 1
            func score(_ field: String, _ expected: String?, _ actual: String) {
                guard let expected else { return }
                var counter = counters[field] ?? FieldScore(field: field, correct: 0, total: 0)
                counter.total += 1
                if expected == actual {
                    counter.correct += 1
                } else {
                    mistakes.append(
                        Mistake(id: label.id, title: analysis.title, field: field, expected: expected, actual: actual))
                }
                counters[field] = counter
            }
            score("security job", label.securityJob.map { String($0) }, String(analysis.securityRelevant))
            score("discipline", label.discipline.map(PostingLabel.camel), analysis.primaryDiscipline.rawValue)
            score("orientation", label.orientation, analysis.orientation.rawValue)
            score("seniority", label.seniority, analysis.seniority.rawValue)
            score("title discipline", label.titleDiscipline.map(PostingLabel.camel), analysis.titleDiscipline.rawValue)
            score("title seniority", label.titleSeniority, analysis.titleSeniority.rawValue)
            score("language", label.language, analysis.language)
            switch label.minYears {
            case .unlabelled: break
            case .none: score("min years exact", "none", analysis.experience.minYears.map(Self.format) ?? "none")
            case .years(let years):
                score("min years exact", Self.format(years), analysis.experience.minYears.map(Self.format) ?? "none")
            }

            if let labelled = label.certs {
                let expected = Dictionary(
                    labelled.map { ($0.id, $0.strength) }, uniquingKeysWith: { first, _ in first })
                let predicted = Dictionary(
                    analysis.certifications.filter { certificationIDs.contains($0.id) }.map {
                        ($0.id.rawValue, $0.strength.rawValue)
                    },
                    uniquingKeysWith: { first, _ in first })
                for (id, strength) in predicted {
                    if let truth = expected[id] {
                        certifications.truePositives += 1
                        self.strength.total += 1
                        if truth == strength {
                            self.strength.correct += 1
                        } else {
                            mistakes.append(
                                Mistake(
                                    id: label.id, title: analysis.title, field: "certification strength",
                                    expected: "\(id) \(truth)", actual: "\(id) \(strength)"))
                        }
                    } else {
                        certifications.falsePositives += 1
                        mistakes.append(
                            Mistake(
                                id: label.id, title: analysis.title, field: "certifications", expected: "-", actual: id)
                        )
                    }
                }
                for id in expected.keys where predicted[id] == nil {
                    certifications.falseNegatives += 1
                    mistakes.append(
                        Mistake(id: label.id, title: analysis.title, field: "certifications", expected: id, actual: "-")
                    )
                }
            }

            let codes = Set(analysis.findings.map(\.code))
            func score(_ flag: inout PrecisionRecall, truth: Bool?, flagged: Bool) {
                guard let truth else { return }
                Self.count(&flag, truth: truth, flagged: flagged)
                if truth != flagged {
                    mistakes.append(
                        Mistake(
                            id: label.id, title: analysis.title, field: flag.name, expected: String(truth),
                            actual: String(flagged)))
                }
            }
            score(
                &titleMismatch, truth: label.titleMismatch,
                flagged: codes.contains(.titleDisciplineMismatch) || codes.contains(.titleSeniorityMismatch))
            score(&impossible, truth: label.impossible, flagged: codes.contains(.certificationExperienceConflict))
        }
        fields = order.compactMap { counters[$0] }
        flags = [titleMismatch, impossible]
    }

    static func count(_ score: inout PrecisionRecall, truth: Bool, flagged: Bool) {
        switch (truth, flagged) {
        case (true, true): score.truePositives += 1
        case (false, true): score.falsePositives += 1
        case (true, false): score.falseNegatives += 1
        case (false, false): break
        }
    }

    static func format(_ years: Double) -> String {
        years == years.rounded() ? String(Int(years)) : String(years)
    }
}
