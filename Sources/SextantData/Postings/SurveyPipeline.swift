import SextantCore

/// Reads survey inputs and runs them through a `SurveyRunner`: the one path the CLI and the web
/// app share.
public enum SurveyPipeline {
    /// Surveys everything `reader` reads.
    ///
    /// - Parameters:
    ///   - onBatch: each finished batch in input order, with the input bytes consumed so far.
    /// - Returns: the tally of every record.
    public static func run(
        _ reader: SurveyInputReader, analyzer: PostingAnalyzer, jobs: Int, groupBy: SurveyGroupField?,
        writesRows: Bool, onBatch: (SurveyRunner<SurveyRawRecord>.Batch, Int) throws -> Void = { _, _ in }
    ) async throws -> SurveyTally {
        let runner = SurveyRunner<SurveyRawRecord>(
            analyzer: analyzer, jobs: jobs, groupBy: groupBy, writesRows: writesRows, decode: SurveyRecords.decode)
        return try await runner.run(next: { reader.nextBatch() }, onBatch: { try onBatch($0, reader.bytesRead) })
    }
}
