import Foundation
import GRDB
import SextantCore

/// Saved work in SQLite: postings with their analyses, profiles, plans and survey runs.
///
/// Wraps a GRDB database writer: a `DatabasePool` (WAL) for a file, a `DatabaseQueue` in memory
/// for tests. Every user action is one method and one write transaction.
///
/// ```swift
/// let database = try AppDatabase.open(path: "~/.local/share/sextant/sextant.sqlite")
/// let saved = try await database.saveAnalysis(input, analysis, knowledgeBaseVersion: kb.version)
/// ```
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter

    /// Opens a database and brings its schema up to date.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        try Self.migrator.migrate(writer)
    }

    /// Opens (creating if needed) the database file at `path`, in WAL mode.
    public static func open(path: String) throws -> AppDatabase {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        return try AppDatabase(DatabasePool(path: path, configuration: configuration))
    }

    /// An empty database in memory with the real migrations (for tests and one-off runs).
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue())
    }

    /// The schema, one named migration per change; never edit a migration that has shipped.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-saved-work") { db in
            try db.create(table: "analysis") { table in
                table.primaryKey("id", .text)
                table.column("createdAt", .datetime).notNull().indexed()
                table.column("title", .text).notNull()
                table.column("text", .text).notNull()
                table.column("format", .text).notNull()
                table.column("analysis", .jsonText).notNull()
                table.column("knowledgeBaseVersion", .text).notNull()
            }
            try db.create(table: "profile") { table in
                table.primaryKey("id", .text)
                table.column("createdAt", .datetime).notNull().indexed()
                table.column("name", .text).notNull()
                table.column("content", .text).notNull()
            }
            try db.create(table: "plan") { table in
                table.primaryKey("id", .text)
                table.column("createdAt", .datetime).notNull().indexed()
                table.column("profileID", .text).references("profile", onDelete: .setNull)
                table.column("goal", .text).notNull()
                table.column("roadmap", .jsonText).notNull()
            }
            try db.create(table: "surveyRun") { table in
                table.primaryKey("id", .text)
                table.column("createdAt", .datetime).notNull().indexed()
                table.column("name", .text).notNull()
                table.column("postings", .integer).notNull()
                table.column("summary", .jsonText).notNull()
            }
        }
        migrator.registerMigration("v2-analysis-list") { db in
            // The saved list pages by (createdAt DESC, id DESC); this index answers it without
            // touching the rows, however many analyses share a timestamp.
            try db.drop(index: "analysis_on_createdAt")
            try db.create(index: "analysis_on_createdAt_id", on: "analysis", columns: ["createdAt", "id"])
            // How many analyses are saved, kept by triggers: counting the table on every page view
            // costs milliseconds once a server has saved a hundred thousand. (Rows are only ever
            // inserted or deleted, never replaced, so the triggers see every change.)
            try db.create(table: "analysisCount") { table in
                table.column("id", .integer).primaryKey().check { $0 == 1 }
                table.column("total", .integer).notNull()
            }
            try db.execute(
                sql: """
                    INSERT INTO analysisCount (id, total) SELECT 1, count(*) FROM analysis;
                    CREATE TRIGGER analysisCountOnInsert AFTER INSERT ON analysis
                    BEGIN UPDATE analysisCount SET total = total + 1; END;
                    CREATE TRIGGER analysisCountOnDelete AFTER DELETE ON analysis
                    BEGIN UPDATE analysisCount SET total = total - 1; END;
                    """)
        }
        return migrator
    }

    /// The database's integrity, as SQLite reports it ("ok" when sound).
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "unknown" }
    }
}

/// A page of results and how many there are in all.
public struct Page<Item: Sendable & Codable>: Sendable, Codable {
    public var items: [Item]
    public var page: Int
    public var perPage: Int
    public var total: Int
}

/// Why a store operation failed, in words a person can act on.
public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    case notFound(kind: String, id: String)
    case invalidExport(String)

    public var description: String {
        switch self {
        case .notFound(let kind, let id): "No saved \(kind) with id \(id)."
        case .invalidExport(let reason): "The export file cannot be imported: \(reason)"
        }
    }
}
