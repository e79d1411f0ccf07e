/// Splitting labelled postings into folds and groups, so that figures are reported on postings
/// the rules were not developed on, and per language and per source.
extension Evaluation {
    /// The fold (0..<count) of a labelled posting: a stable hash of its id (64-bit FNV-1a of the
    /// UTF-8 bytes), so a posting stays in its fold across runs, machines and label files.
    ///
    /// ```swift
    /// Evaluation.fold(of: "dslab-12", count: 5)   // always the same fold
    /// ```
    public static func fold(of id: String, count: Int) -> Int {
        precondition(count > 0, "a split needs at least one fold")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return Int(hash % UInt64(count))
    }

    /// What a labelled posting can be grouped by.
    public enum Grouping: String, Sendable, Hashable, CaseIterable {
        case language, source, fold
    }

    /// One group's evaluation: its name and the figures on its postings alone.
    public struct Group: Sendable {
        public var name: String
        public var evaluation: Evaluation
    }

    /// Evaluates each group of postings on its own, largest group first (ties by name).
    ///
    /// - Parameters:
    ///   - pairs: labels with the analysis of their posting, and the posting's source (the
    ///     corpus's `source` field, cut at its first `:` to the collection it came from).
    ///   - grouping: the key; `.language` reads the label's language (`und` when unlabelled).
    ///   - folds: the number of folds for `.fold`.
    public static func groups(
        _ pairs: [(label: PostingLabel, analysis: PostingAnalysis?, source: String?)], by grouping: Grouping,
        folds: Int = 5, certificationIDs: Set<Certification.ID>
    ) -> [Group] {
        var members: [String: [(label: PostingLabel, analysis: PostingAnalysis?)]] = [:]
        for pair in pairs {
            let key: String
            switch grouping {
            case .language: key = pair.label.language ?? "und"
            case .source:
                key = pair.source.map { String($0.prefix { $0 != ":" }) }.flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
            case .fold: key = "fold \(fold(of: pair.label.id, count: folds))"
            }
            members[key, default: []].append((pair.label, pair.analysis))
        }
        return members.map {
            Group(name: $0.key, evaluation: Evaluation(pairs: $0.value, certificationIDs: certificationIDs))
        }
        .sorted {
            $0.evaluation.postings != $1.evaluation.postings
                ? $0.evaluation.postings > $1.evaluation.postings : $0.name < $1.name
        }
    }

    /// The accuracy of a field by its name ("security job", "seniority", ...), nil when no
    /// posting of the evaluation labels it.
    public func accuracy(of field: String) -> Double? {
        fields.first { $0.field == field && $0.total > 0 }?.accuracy
    }

    /// The title-mismatch flag's F1, nil when no posting is labelled or flagged either way.
    public var titleMismatchF1: Double? {
        guard let flag = flags.first(where: { $0.name == "title mismatch flag" }),
            flag.truePositives + flag.falsePositives + flag.falseNegatives > 0
        else { return nil }
        return flag.f1
    }
}
