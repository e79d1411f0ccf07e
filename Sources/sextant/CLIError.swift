import ArgumentParser

/// An error a person can act on: what failed, the value involved, and what to do next.
/// Argument-parser prints it as `Error: <message>` and exits with code 1.
struct CLIError: Error, CustomStringConvertible {
    var message: String

    init(_ message: String) { self.message = message }

    var description: String { message }
}
