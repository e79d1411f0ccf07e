import SextantCore
import SextantData

/// One analyzer over the bundled knowledge base, shared by the analysis tests.
enum Shared {
    static let knowledgeBase: KnowledgeBase = try! KnowledgeBaseLoader.load()
    static let analyzer = PostingAnalyzer(knowledgeBase: knowledgeBase)

    static func analyze(_ text: String, title: String? = nil, format: PostingFormat = .plain) -> PostingAnalysis {
        analyzer.analyze(PostingInput(title: title, text: text, format: format))
    }
}

extension PostingAnalysis {
    /// Strength of a certification by id, or nil when not found.
    func strength(of id: String) -> CertificationStrength? {
        certifications.first { $0.id.rawValue == id }?.strength
    }

    var certificationIDs: Set<String> { Set(certifications.map(\.id.rawValue)) }

    func has(_ code: String) -> Bool { findings.contains { $0.code.rawValue == code } }
}
