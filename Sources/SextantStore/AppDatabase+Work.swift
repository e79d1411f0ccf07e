import Foundation
import GRDB
import SextantCore

extension AppDatabase {
    // MARK: Analyses

    /// Saves a posting with its analysis; returns the saved record.
    public func saveAnalysis(
        _ input: PostingInput, _ analysis: PostingAnalysis, knowledgeBaseVersion: String, at date: Date = Date()
    ) async throws -> SavedAnalysis {
        let record = SavedAnalysis(
            id: UUID().uuidString.lowercased(), createdAt: date,
            title: analysis.title.isEmpty ? "Untitled posting" : analysis.title, text: input.text,
            format: input.format.rawValue, analysis: analysis, knowledgeBaseVersion: knowledgeBaseVersion)
        return try await insert(record)
    }

    /// Saved analyses, newest first.
    ///
    /// The verdict fields come straight out of the stored JSON (SQLite's json_extract), so a page
    /// never decodes whole analyses; the page's ids are chosen from the index first, so only the
    /// rows on the page are read.
    public func analyses(page: Int, perPage: Int) async throws -> Page<SavedAnalysisSummary> {
        let page = max(1, page)
        let perPage = min(100, max(1, perPage))
        return try await writer.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT total FROM analysisCount") ?? 0
            let items = try SavedAnalysisSummary.fetchAll(
                db,
                sql: """
                    SELECT id, createdAt, title,
                           json_extract(analysis, '$.primaryDiscipline') AS primaryDiscipline,
                           json_extract(analysis, '$.securityRelevant') AS securityRelevant,
                           json_extract(analysis, '$.seniority') AS seniority,
                           json_array_length(analysis, '$.findings') AS findings
                    FROM analysis
                    WHERE id IN (SELECT id FROM analysis ORDER BY createdAt DESC, id DESC LIMIT ? OFFSET ?)
                    ORDER BY createdAt DESC, id DESC
                    """,
                arguments: [perPage, (page - 1) * perPage])
            return Page(items: items, page: page, perPage: perPage, total: total)
        }
    }

    public func analysis(id: String) async throws -> SavedAnalysis {
        try await fetch(SavedAnalysis.self, id: id)
    }

    public func deleteAnalysis(id: String) async throws {
        try await delete(SavedAnalysis.self, id: id)
    }

    // MARK: Profiles

    public func saveProfile(name: String, content: String, at date: Date = Date()) async throws -> SavedProfile {
        let record = SavedProfile(id: UUID().uuidString.lowercased(), createdAt: date, name: name, content: content)
        return try await insert(record)
    }

    public func profiles() async throws -> [SavedProfile] {
        try await newestFirst(SavedProfile.self)
    }

    public func profile(id: String) async throws -> SavedProfile {
        try await fetch(SavedProfile.self, id: id)
    }

    /// Deletes a profile; plans made from it stay, detached.
    public func deleteProfile(id: String) async throws {
        try await delete(SavedProfile.self, id: id)
    }

    // MARK: Plans

    public func savePlan(_ roadmap: Roadmap, profileID: String?, at date: Date = Date()) async throws -> SavedPlan {
        let record = SavedPlan(
            id: UUID().uuidString.lowercased(), createdAt: date, profileID: profileID, goal: roadmap.goal,
            roadmap: roadmap)
        return try await insert(record)
    }

    public func plans() async throws -> [SavedPlan] {
        try await newestFirst(SavedPlan.self)
    }

    public func plan(id: String) async throws -> SavedPlan {
        try await fetch(SavedPlan.self, id: id)
    }

    public func deletePlan(id: String) async throws {
        try await delete(SavedPlan.self, id: id)
    }

    // MARK: Surveys

    public func saveSurveyRun(name: String, summary: SurveySummary, at date: Date = Date()) async throws -> SurveyRun {
        let record = SurveyRun(
            id: UUID().uuidString.lowercased(), createdAt: date, name: name, postings: summary.method.records,
            summary: summary)
        return try await insert(record)
    }

    public func surveyRuns() async throws -> [SurveyRun] {
        try await newestFirst(SurveyRun.self)
    }

    public func surveyRun(id: String) async throws -> SurveyRun {
        try await fetch(SurveyRun.self, id: id)
    }

    public func deleteSurveyRun(id: String) async throws {
        try await delete(SurveyRun.self, id: id)
    }

    // MARK: Shared by every kind of saved work

    private func insert<Record: SavedRecord>(_ record: Record) async throws -> Record {
        try await writer.write { db in try record.insert(db) }
        return record
    }

    private func fetch<Record: SavedRecord>(_ type: Record.Type, id: String) async throws -> Record {
        guard let record = try await writer.read({ db in try Record.fetchOne(db, key: id) }) else {
            throw StoreError.notFound(kind: Record.kind, id: id)
        }
        return record
    }

    private func delete<Record: SavedRecord>(_ type: Record.Type, id: String) async throws {
        let deleted = try await writer.write { db in try Record.deleteOne(db, key: id) }
        if !deleted { throw StoreError.notFound(kind: Record.kind, id: id) }
    }

    private func newestFirst<Record: SavedRecord>(_ type: Record.Type) async throws -> [Record] {
        try await writer.read { db in try Record.order(Column("createdAt").desc, Column("id")).fetchAll(db) }
    }
}

/// A kind of saved work: a table keyed by a text id, with a `createdAt` column.
protocol SavedRecord: FetchableRecord, PersistableRecord, Sendable {
    /// What a person calls it in a "not found" message.
    static var kind: String { get }
}

extension SavedAnalysis: SavedRecord { static var kind: String { "analysis" } }
extension SavedProfile: SavedRecord { static var kind: String { "profile" } }
extension SavedPlan: SavedRecord { static var kind: String { "plan" } }
extension SurveyRun: SavedRecord { static var kind: String { "survey" } }
