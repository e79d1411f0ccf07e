import Foundation
import GRDB
import SextantCore

/// Everything a user saved, as one JSON document they own (`sextant export`, `sextant import`).
public struct ExportDocument: Codable, Sendable {
    /// Always "sextant-export": tells the file apart from other JSON.
    public var format: String
    public var version: Int
    public var exportedAt: Date
    public var analyses: [SavedAnalysis]
    public var profiles: [SavedProfile]
    public var plans: [SavedPlan]
    public var surveys: [SurveyRun]

    public static let currentFormat = "sextant-export"
    public static let currentVersion = 1
}

/// What an import did.
public struct ImportResult: Codable, Sendable, Equatable {
    public var imported: Int
    /// Records whose id was already saved; they are left as they are.
    public var skipped: Int
}

extension AppDatabase {
    /// Every saved record, oldest first.
    public func exportAll(at date: Date = Date()) async throws -> ExportDocument {
        try await writer.read { db in
            ExportDocument(
                format: ExportDocument.currentFormat, version: ExportDocument.currentVersion, exportedAt: date,
                analyses: try SavedAnalysis.order(Column("createdAt"), Column("id")).fetchAll(db),
                profiles: try SavedProfile.order(Column("createdAt"), Column("id")).fetchAll(db),
                plans: try SavedPlan.order(Column("createdAt"), Column("id")).fetchAll(db),
                surveys: try SurveyRun.order(Column("createdAt"), Column("id")).fetchAll(db))
        }
    }

    /// Imports an export in one transaction: all of it or, on any error, none of it. Records
    /// whose id is already saved are skipped, so importing the same file twice changes nothing.
    public func importAll(_ document: ExportDocument) async throws -> ImportResult {
        guard document.format == ExportDocument.currentFormat else {
            throw StoreError.invalidExport("it is not a Sextant export (format '\(document.format)')")
        }
        guard document.version <= ExportDocument.currentVersion else {
            throw StoreError.invalidExport(
                "it was written by a newer Sextant (version \(document.version)); update Sextant")
        }
        return try await writer.write { db in
            var result = ImportResult(imported: 0, skipped: 0)
            func insert<Record: PersistableRecord & Identifiable>(_ records: [Record]) throws
            where Record.ID: DatabaseValueConvertible {
                for record in records {
                    if try Record.exists(db, key: record.id) {
                        result.skipped += 1
                    } else {
                        try record.insert(db)
                        result.imported += 1
                    }
                }
            }
            try insert(document.profiles)
            // A plan's profile may have been deleted before the export: keep the plan, detached.
            let plans = try document.plans.map { plan -> SavedPlan in
                var plan = plan
                if let id = plan.profileID, try !SavedProfile.exists(db, key: id) { plan.profileID = nil }
                return plan
            }
            try insert(document.analyses)
            try insert(plans)
            try insert(document.surveys)
            return result
        }
    }
}
