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
        try await writer.write { db in try record.insert(db) }
        return record
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
        guard let record = try await writer.read({ db in try SavedAnalysis.fetchOne(db, key: id) }) else {
            throw StoreError.notFound(kind: "analysis", id: id)
        }
        return record
    }

    public func deleteAnalysis(id: String) async throws {
        let deleted = try await writer.write { db in try SavedAnalysis.deleteOne(db, key: id) }
        if !deleted { throw StoreError.notFound(kind: "analysis", id: id) }
    }

    // MARK: Profiles

    public func saveProfile(name: String, content: String, at date: Date = Date()) async throws -> SavedProfile {
        let record = SavedProfile(id: UUID().uuidString.lowercased(), createdAt: date, name: name, content: content)
        try await writer.write { db in try record.insert(db) }
        return record
    }

    public func profiles() async throws -> [SavedProfile] {
        try await writer.read { db in try SavedProfile.order(Column("createdAt").desc, Column("id")).fetchAll(db) }
    }

    public func profile(id: String) async throws -> SavedProfile {
        guard let record = try await writer.read({ db in try SavedProfile.fetchOne(db, key: id) }) else {
            throw StoreError.notFound(kind: "profile", id: id)
        }
        return record
    }

    /// Deletes a profile; plans made from it stay, detached.
    public func deleteProfile(id: String) async throws {
        let deleted = try await writer.write { db in try SavedProfile.deleteOne(db, key: id) }
        if !deleted { throw StoreError.notFound(kind: "profile", id: id) }
    }

    // MARK: Plans

    public func savePlan(_ roadmap: Roadmap, profileID: String?, at date: Date = Date()) async throws -> SavedPlan {
        let record = SavedPlan(
            id: UUID().uuidString.lowercased(), createdAt: date, profileID: profileID, goal: roadmap.goal,
            roadmap: roadmap)
        try await writer.write { db in try record.insert(db) }
        return record
    }

    public func plans() async throws -> [SavedPlan] {
        try await writer.read { db in try SavedPlan.order(Column("createdAt").desc, Column("id")).fetchAll(db) }
    }

    public func plan(id: String) async throws -> SavedPlan {
        guard let record = try await writer.read({ db in try SavedPlan.fetchOne(db, key: id) }) else {
            throw StoreError.notFound(kind: "plan", id: id)
        }
        return record
    }

    public func deletePlan(id: String) async throws {
        let deleted = try await writer.write { db in try SavedPlan.deleteOne(db, key: id) }
        if !deleted { throw StoreError.notFound(kind: "plan", id: id) }
    }

    // MARK: Surveys

    public func saveSurveyRun(name: String, summary: SurveySummary, at date: Date = Date()) async throws -> SurveyRun {
        let record = SurveyRun(
            id: UUID().uuidString.lowercased(), createdAt: date, name: name, postings: summary.method.records,
            summary: summary)
        try await writer.write { db in try record.insert(db) }
        return record
    }

    public func surveyRuns() async throws -> [SurveyRun] {
        try await writer.read { db in try SurveyRun.order(Column("createdAt").desc, Column("id")).fetchAll(db) }
    }

    public func surveyRun(id: String) async throws -> SurveyRun {
        guard let record = try await writer.read({ db in try SurveyRun.fetchOne(db, key: id) }) else {
            throw StoreError.notFound(kind: "survey", id: id)
        }
        return record
    }

    public func deleteSurveyRun(id: String) async throws {
        let deleted = try await writer.write { db in try SurveyRun.deleteOne(db, key: id) }
        if !deleted { throw StoreError.notFound(kind: "survey", id: id) }
    }
}
