/// Why an input of postings cannot be read at all (one broken record is a `SurveyProblem`).
public enum PostingSourceError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String)
    case emptyFolder(path: String)
    /// A folder where one file (JSONL, labels) was expected.
    case folderNotFile(path: String)
    case missingColumn(path: String, column: String, header: [String], flag: String)
    case emptyCSV(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path):
            return "Cannot read '\(path)': no such file or no permission. Check the path."
        case .emptyFolder(let path):
            return "'\(path)' has no .txt, .html or .md files. Pass a folder of postings, a JSONL or a CSV file."
        case .folderNotFile(let path):
            return
                "'\(path)' is a folder, but a file is needed here (JSONL: one JSON object per line). Give the file's path."
        case .missingColumn(let path, let column, let header, let flag):
            let columns = header.prefix(20).map { "'\($0)'" }.joined(separator: ", ")
            return "\(path) has no '\(column)' column (its header: \(columns)). Name the column with \(flag) COLUMN."
        case .emptyCSV(let path):
            return "\(path) is empty: a CSV needs a header line naming its columns."
        }
    }
}
