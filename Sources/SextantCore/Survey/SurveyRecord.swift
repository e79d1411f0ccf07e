/// One posting of a survey, with the fields a report can group by.
public struct SurveyRecord: Sendable, Hashable {
    public var input: PostingInput
    public var company: String?
    public var location: String?
    /// When it was posted, as the source wrote it (`2025-03-14`, `2025-03-14T09:00:00Z`...).
    public var posted: String?
    /// Where the posting came from: an input file's name.
    public var source: String
    /// Its line (JSONL, CSV) or 1 for a file that holds one posting.
    public var line: Int
    /// Where the record itself says it comes from (a JSONL line's `source` field), if it says.
    public var origin: String?

    public init(
        input: PostingInput, company: String? = nil, location: String? = nil, posted: String? = nil,
        source: String, line: Int, origin: String? = nil
    ) {
        self.input = input
        self.origin = origin
        self.company = company
        self.location = location
        self.posted = posted
        self.source = source
        self.line = line
    }
}

/// A record the survey could not read: counted, listed with its place, and skipped.
public struct SurveyProblem: Error, Codable, Sendable, Hashable {
    /// The input file (or `standard input`).
    public var source: String
    /// Line number in that input (for a folder of files, 1).
    public var line: Int
    public var message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }
}
