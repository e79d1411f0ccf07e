import Foundation
import GRDB
import SextantCore

/// A saved posting with its analysis. Core types stay free of GRDB: the analysis is stored as
/// JSON and decoded on the way out.
public struct SavedAnalysis: Codable, Sendable, Hashable, Identifiable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "analysis"

    public var id: String
    public var createdAt: Date
    public var title: String
    /// The posting as the person gave it.
    public var text: String
    public var format: String
    public var analysis: PostingAnalysis
    /// The knowledge base the analysis was computed with.
    public var knowledgeBaseVersion: String
}

/// A saved posting in a list: no text, only the verdict.
public struct SavedAnalysisSummary: Codable, Sendable, Hashable, Identifiable, FetchableRecord {
    public var id: String
    public var createdAt: Date
    public var title: String
    public var primaryDiscipline: PrimaryDiscipline
    public var securityRelevant: Bool
    public var seniority: Seniority
    public var findings: Int
}

/// A saved profile, kept as the YAML or JSON the person wrote.
public struct SavedProfile: Codable, Sendable, Hashable, Identifiable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "profile"

    public var id: String
    public var createdAt: Date
    public var name: String
    public var content: String
}

/// A saved roadmap.
public struct SavedPlan: Codable, Sendable, Hashable, Identifiable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "plan"

    public var id: String
    public var createdAt: Date
    public var profileID: String?
    public var goal: String
    public var roadmap: Roadmap
}

/// A saved survey: its summary (the report's numbers).
public struct SurveyRun: Codable, Sendable, Hashable, Identifiable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "surveyRun"

    public var id: String
    public var createdAt: Date
    public var name: String
    public var postings: Int
    /// The report's numbers.
    public var summary: SurveySummary
}
