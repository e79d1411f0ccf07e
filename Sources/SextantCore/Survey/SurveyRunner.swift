/// Analyses a stream of postings on several cores and tallies them in input order.
///
/// The reader hands over batches of raw records (JSONL lines, CSV fields, files); workers decode
/// and analyse them; finished batches are merged and passed on in input order. At most `jobs`
/// batches are analysed at once, one more is read ahead and at most `2 × jobs` are held, so
/// memory stays flat however long the input is, and the tally is the same for any `jobs`.
///
/// ```swift
/// let runner = SurveyRunner(analyzer: analyzer, jobs: 2, groupBy: nil) { line in decodeJSONL(line) }
/// let tally = try await runner.run(next: { reader.nextBatch() }, onBatch: { csv.write($0.rows) })
/// ```
public struct SurveyRunner<Raw: Sendable>: Sendable {
    public var analyzer: PostingAnalyzer
    public var jobs: Int
    public var groupBy: SurveyGroupField?
    /// Whether batches carry their `postings.csv` rows.
    public var writesRows: Bool
    /// Turns a raw record into a posting, or says why it cannot; runs in the workers.
    public var decode: @Sendable (Raw) -> Result<SurveyRecord, SurveyProblem>

    public init(
        analyzer: PostingAnalyzer, jobs: Int, groupBy: SurveyGroupField?, writesRows: Bool = true,
        decode: @escaping @Sendable (Raw) -> Result<SurveyRecord, SurveyProblem>
    ) {
        self.analyzer = analyzer
        self.jobs = max(1, jobs)
        self.groupBy = groupBy
        self.writesRows = writesRows
        self.decode = decode
    }

    /// One analysed batch.
    public struct Batch: Sendable {
        /// Its place in the input, from 0.
        public var index: Int
        /// Its counts alone.
        public var tally: SurveyTally
        /// Its `postings.csv` lines (empty unless `writesRows`).
        public var rows: String
    }

    /// Runs the survey.
    ///
    /// - Parameters:
    ///   - next: the next batch of raw records, nil at the end; called on the calling task only.
    ///   - onBatch: each finished batch, in input order (write its rows, show progress).
    /// - Returns: the tally of every batch.
    /// - Throws: what `next` or `onBatch` throw, or `CancellationError`.
    public func run(next: () throws -> [Raw]?, onBatch: (Batch) throws -> Void) async throws -> SurveyTally {
        var total = SurveyTally(groupBy: groupBy)
        let worker = self
        try await withThrowingTaskGroup(of: Batch.self) { group in
            var launched = 0
            var running = 0
            var merged = 0
            var waiting: [Int: Batch] = [:]
            var ahead = try next()
            while true {
                // Keep `jobs` workers busy, with at most `jobs` more batches waiting for an earlier one.
                while running < jobs, launched - merged < 2 * jobs, let raws = ahead {
                    let index = launched
                    group.addTask { worker.process(raws, index: index) }
                    launched += 1
                    running += 1
                    ahead = try next()
                }
                guard running > 0, let batch = try await group.next() else { break }
                running -= 1
                waiting[batch.index] = batch
                while let ready = waiting.removeValue(forKey: merged) {
                    total.merge(ready.tally)
                    try onBatch(ready)
                    merged += 1
                }
                try Task.checkCancellation()
            }
        }
        return total
    }

    /// Decodes, analyses and tallies one batch.
    func process(_ raws: [Raw], index: Int) -> Batch {
        var tally = SurveyTally(groupBy: groupBy)
        var rows = ""
        for raw in raws {
            switch decode(raw) {
            case .success(let record):
                let analysis = analyzer.analyze(record.input)
                tally.add(record, analysis)
                if writesRows { rows += SurveyCSV.row(record, analysis) }
            case .failure(let problem):
                tally.addProblem(problem)
            }
        }
        return Batch(index: index, tally: tally, rows: rows)
    }
}
