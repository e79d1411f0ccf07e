import ArgumentParser
import Foundation
import Hummingbird
import Logging
import SextantCore
import SextantData
import SextantStore
import SextantWeb

/// Where saved work lives unless --database says otherwise.
enum DatabaseLocation {
    /// `$XDG_DATA_HOME/sextant/sextant.sqlite`, else `~/.local/share/sextant/sextant.sqlite`.
    static var defaultPath: String {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share")
        return base.appendingPathComponent("sextant/sextant.sqlite").path
    }

    static func open(_ path: String?) throws -> AppDatabase {
        let path = path ?? defaultPath
        do {
            return try AppDatabase.open(path: path)
        } catch {
            throw CLIError(
                "Cannot open the database at \(path): \(error). Check the path and its permissions, or pass --database."
            )
        }
    }
}

/// `sextant serve`: the web app and JSON API.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app and JSON API (loopback only by default).",
        discussion: """
            Saved work goes to an SQLite file, by default $XDG_DATA_HOME/sextant/sextant.sqlite \
            (else ~/.local/share/sextant/sextant.sqlite), created on first start. Ctrl-C stops the server \
            gracefully. The API is described at /openapi.yaml.
            """)

    @Option(help: "Address to listen on. Keep the default (loopback) unless a reverse proxy guards the server.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "SQLite file for saved work.")
    var database: String?

    @Option(name: .customLong("log-level"), help: "How much the server logs.")
    var logLevel: Logger.Level = .info

    @OptionGroup var data: KnowledgeBaseOptions

    func validate() throws {
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port \(port) is not a port number (0–65535).")
        }
    }

    func run() async throws {
        let base = try data.load()
        let path = database ?? DatabaseLocation.defaultPath
        let store = try DatabaseLocation.open(path)
        if host != "127.0.0.1", host != "localhost", host != "::1" {
            FileHandle.standardError.write(
                Data(
                    "Warning: listening on \(host), not only on this machine. Sextant has no login; put it behind a reverse proxy with authentication (see SECURITY.md).\n"
                        .utf8))
        }
        let host = self.host
        let app = buildApplication(
            WebConfiguration(
                host: host, port: port, knowledgeBase: base, database: store, today: { Day.today },
                logLevel: logLevel),
            onServerRunning: { port in
                let shown = host.contains(":") ? "[\(host)]" : host
                // Written straight to the file handle so it shows at once even when stdout is a pipe.
                FileHandle.standardOutput.write(
                    Data(
                        "Sextant is running at http://\(shown):\(port)/ (saved work: \(path)). Press Ctrl-C to stop.\n"
                            .utf8))
            })
        try await app.runService()
    }
}

/// `sextant export`: everything saved, as one JSON document.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write everything saved (analyses, profiles, plans, surveys) to a JSON file.")

    @Option(help: "SQLite file for saved work.")
    var database: String?

    @Option(name: .shortAndLong, help: "The file to write; - or nothing writes standard output.")
    var output: String?

    func run() async throws {
        let store = try DatabaseLocation.open(database)
        let document = try await store.exportAll()
        let data = try SextantJSON.data(document, pretty: true)
        if let output, output != "-" {
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CLIError("Cannot write \(output): \(error.localizedDescription).")
            }
            let count =
                document.analyses.count + document.profiles.count + document.plans.count + document.surveys.count
            FileHandle.standardError.write(Data("Exported \(count) records to \(output).\n".utf8))
        } else {
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
    }
}

/// `sextant import FILE`: bring an export back.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a `sextant export` file: all of it or nothing; records already saved are skipped.")

    @Argument(help: "The export file.")
    var file: String

    @Option(help: "SQLite file for saved work.")
    var database: String?

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CLIError("Cannot read \(file). Check the path.")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let document: ExportDocument
        do {
            document = try decoder.decode(ExportDocument.self, from: data)
        } catch {
            throw CLIError("\(file) is not a Sextant export (\(error)). Create one with `sextant export -o file.json`.")
        }
        let store = try DatabaseLocation.open(database)
        do {
            let result = try await store.importAll(document)
            print("Imported \(result.imported) records; \(result.skipped) already saved were left as they are.")
        } catch let error as StoreError {
            throw CLIError(error.description)
        }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
