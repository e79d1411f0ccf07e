import ArgumentParser
import SextantCore
import SextantData

/// An error a person can act on: what failed, the value involved, and what to do next.
/// Argument-parser prints it as `Error: <message>` and exits with code 1.
struct CLIError: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) { self.message = message }

    var description: String { message }
}

extension CLIError {
    /// A read of `source` that failed midway (`LineReader.readError`): the lines before it were
    /// whole, the rest is missing, so the command stops instead of passing a partial result.
    static func readFailure(_ source: String, _ reader: LineReader, _ error: String) -> CLIError {
        CLIError(
            "Reading \(source) failed after line \(reader.lineNumber) (\(error)). Copy the file somewhere readable "
                + "and run again.")
    }

    /// Runs `body`, turning an input error (whose description already says what to do) into a
    /// CLIError.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as PostingSourceError {
            throw CLIError(error.description)
        }
    }
}

extension CLIError {
    /// A Core planning or lookup error in its own words, with where to look next.
    init(_ error: PlanningError) {
        switch error {
        case .unknownCertification: self.init(error.description + " Run `sextant certs` to list them.")
        case .unknownRole: self.init(error.description + " Run `sextant roles` to list them.")
        default: self.init(error.description)
        }
    }
}
