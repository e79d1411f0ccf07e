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
