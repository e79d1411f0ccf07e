import Foundation
import Testing

@testable import SextantCore
@testable import SextantStore

/// The store on a fresh in-memory database with the real migrations.
struct AppDatabaseTests {
    static func analysis(_ title: String) -> PostingAnalysis {
        PostingAnalysis(
            id: nil, title: title, language: "en", securityRelevant: true, primaryDiscipline: .cybersecurity,
            disciplines: DisciplineScores(itSecurity: 0, cybersecurity: 1, informationSecurity: 0),
            orientation: .technical,
            seniority: .mid, titleDiscipline: .cybersecurity, titleSeniority: .none,
            experience: Experience(minYears: 3, maxYears: nil, statements: []), certifications: [],
            certificationGroups: [],
            education: Education(minimumDegree: nil, required: false, evidence: nil), clearance: nil, dodLevels: [],
            roles: [],
            findings: [],
            evidence: DisciplineEvidence(itSecurity: [], cybersecurity: [], informationSecurity: [], notSecurity: []),
            sections: [], orientationScores: OrientationScores(technical: 1, strategic: 0), textLength: 10, warnings: []
        )
    }

    static func save(_ database: AppDatabase, _ title: String, at seconds: TimeInterval) async throws -> SavedAnalysis {
        try await database.saveAnalysis(
            PostingInput(title: title, text: "text of \(title)"), analysis(title), knowledgeBaseVersion: "test",
            at: Date(timeIntervalSince1970: seconds))
    }

    @Test func savesListsGetsAndDeletesAnalyses() async throws {
        let database = try AppDatabase.inMemory()
        let first = try await Self.save(database, "First", at: 100)
        let second = try await Self.save(database, "Second", at: 200)
        let page = try await database.analyses(page: 1, perPage: 10)
        #expect(page.total == 2)
        #expect(page.items.map(\.title) == ["Second", "First"])
        #expect(page.items[0].primaryDiscipline == .cybersecurity)
        let loaded = try await database.analysis(id: first.id)
        #expect(loaded.analysis == first.analysis)
        #expect(loaded.text == "text of First")
        try await database.deleteAnalysis(id: second.id)
        #expect(try await database.analyses(page: 1, perPage: 10).total == 1)
        await #expect(throws: StoreError.notFound(kind: "analysis", id: second.id)) {
            _ = try await database.analysis(id: second.id)
        }
        await #expect(throws: StoreError.self) { try await database.deleteAnalysis(id: second.id) }
    }

    @Test func listsTheVerdictOfEachSavedAnalysisWithoutTheText() async throws {
        let database = try AppDatabase.inMemory()
        var analysis = Self.analysis("GRC Lead")
        analysis.securityRelevant = false
        analysis.primaryDiscipline = .informationSecurity
        analysis.seniority = .senior
        analysis.findings = [
            Finding(code: .noExperienceStated, severity: .warning, message: "m", evidence: "e", rule: "r"),
            Finding(code: .certificationOverload, severity: .warning, message: "m", evidence: "e", rule: "r"),
        ]
        let saved = try await database.saveAnalysis(
            PostingInput(text: "text"), analysis, knowledgeBaseVersion: "test", at: Date(timeIntervalSince1970: 5))
        let item = try #require(try await database.analyses(page: 1, perPage: 5).items.first)
        #expect(
            item
                == SavedAnalysisSummary(
                    id: saved.id, createdAt: Date(timeIntervalSince1970: 5), title: "GRC Lead",
                    primaryDiscipline: .informationSecurity, securityRelevant: false, seniority: .senior, findings: 2))
    }

    @Test func pagesNewestFirst() async throws {
        let database = try AppDatabase.inMemory()
        for index in 0..<7 { _ = try await Self.save(database, "Posting \(index)", at: Double(index)) }
        let second = try await database.analyses(page: 2, perPage: 3)
        #expect(second.items.map(\.title) == ["Posting 3", "Posting 2", "Posting 1"])
        #expect(second.total == 7)
        let beyond = try await database.analyses(page: 9, perPage: 3)
        #expect(beyond.items.isEmpty)
        let clamped = try await database.analyses(page: 0, perPage: 10_000)
        #expect(clamped.page == 1 && clamped.perPage == 100)
    }

    @Test func pagesAnalysesSavedInTheSameInstantWithoutGapsOrRepeats() async throws {
        let database = try AppDatabase.inMemory()
        var ids: [String] = []
        for index in 0..<7 { ids.append(try await Self.save(database, "Posting \(index)", at: 42).id) }
        var seen: [String] = []
        for page in 1...3 { seen += try await database.analyses(page: page, perPage: 3).items.map(\.id) }
        // Ties on the timestamp are broken by id, newest-first order being undefined within an instant.
        #expect(seen == ids.sorted(by: >))
    }

    @Test func keepsTheSavedTotalThroughSavesDeletesAndImports() async throws {
        let source = try AppDatabase.inMemory()
        let a = try await Self.save(source, "A", at: 1)
        _ = try await Self.save(source, "B", at: 2)
        let document = try await source.exportAll()
        let target = try AppDatabase.inMemory()
        func total() async throws -> (listed: Int, counted: Int) {
            let listed = try await target.analyses(page: 1, perPage: 1).total
            let counted = try await target.writer.read { try SavedAnalysis.fetchCount($0) }
            return (listed, counted)
        }
        _ = try await Self.save(target, "C", at: 3)
        #expect(try await total() == (1, 1))
        _ = try await target.importAll(document)
        #expect(try await total() == (3, 3))
        _ = try await target.importAll(document)  // both skipped: already there
        #expect(try await total() == (3, 3))
        try await target.deleteAnalysis(id: a.id)
        #expect(try await total() == (2, 2))
        await #expect(throws: StoreError.self) { try await target.deleteAnalysis(id: a.id) }
        #expect(try await total() == (2, 2))
    }

    @Test func deletingAProfileKeepsItsPlansDetached() async throws {
        let database = try AppDatabase.inMemory()
        let profile = try await database.saveProfile(name: "Sam", content: "name: Sam")
        let roadmap = Roadmap(
            goal: "CISSP", targets: ["cissp"], start: Day(year: 2026, month: 1, day: 1)!, hoursPerWeek: 8, budget: nil,
            steps: [], levers: [],
            totalCost: 0, currency: "USD", notes: [])
        let plan = try await database.savePlan(roadmap, profileID: profile.id)
        try await database.deleteProfile(id: profile.id)
        let kept = try await database.plan(id: plan.id)
        #expect(kept.profileID == nil)
        #expect(kept.roadmap == roadmap)
    }

    @Test func exportsAndImportsEverything() async throws {
        let source = try AppDatabase.inMemory()
        _ = try await Self.save(source, "Kept", at: 50)
        _ = try await source.saveProfile(name: "Sam", content: "name: Sam", at: Date(timeIntervalSince1970: 60))
        let summary = SurveyTally().summary(
            knowledgeBaseVersion: "test", certificationName: { _ in nil }, inputs: ["corpus.jsonl"], sextantVersion: "0"
        )
        _ = try await source.saveSurveyRun(name: "corpus", summary: summary, at: Date(timeIntervalSince1970: 70))
        let document = try await source.exportAll()
        // Through JSON, as `sextant export` writes it.
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let file = try decoder.decode(ExportDocument.self, from: try encoder.encode(document))

        let target = try AppDatabase.inMemory()
        #expect(try await target.importAll(file) == ImportResult(imported: 3, skipped: 0))
        #expect(try await target.importAll(file) == ImportResult(imported: 0, skipped: 3))
        let again = try await target.exportAll(at: document.exportedAt)
        #expect(again.analyses == document.analyses)
        #expect(again.profiles == document.profiles)
        #expect(again.surveys == document.surveys)
    }

    @Test func refusesAFileThatIsNotAnExportAndChangesNothing() async throws {
        let database = try AppDatabase.inMemory()
        var document = try await database.exportAll()
        document.format = "something-else"
        document.profiles = [SavedProfile(id: "x", createdAt: Date(), name: "x", content: "")]
        await #expect(throws: StoreError.self) { _ = try await database.importAll(document) }
        document.format = ExportDocument.currentFormat
        document.version = 99
        await #expect(throws: StoreError.self) { _ = try await database.importAll(document) }
        #expect(try await database.profiles().isEmpty)
    }

    @Test func usesWALOnFilesAndPassesTheIntegrityCheck() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let database = try AppDatabase.open(path: path)
        _ = try await Self.save(database, "On disk", at: 1)
        #expect(try database.integrityCheck() == "ok")
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        // Reopening runs the migrations again without harm.
        let reopened = try AppDatabase.open(path: path)
        #expect(try await reopened.analyses(page: 1, perPage: 5).total == 1)
    }
}
