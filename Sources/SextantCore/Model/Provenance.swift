/// How sure we are of a fact.
public enum Confidence: String, Codable, CaseIterable, Sendable, Comparable {
    /// Seen on the issuer's or a government page, or a verbatim copy of the issuer's document.
    case official
    /// Seen only in a secondary source; show "verify with the issuer".
    case secondary
    /// Background knowledge not confirmed by any source read; always shown as unconfirmed.
    case unconfirmed

    /// `official` < `secondary` < `unconfirmed`: the larger value is the weaker claim.
    public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a fact comes from, when it was checked, and how sure we are.
public struct Provenance: Codable, Hashable, Sendable {
    public var confidence: Confidence
    public var sources: [Source.ID]
    public var checked: Day
    public var note: String?

    public init(confidence: Confidence, sources: [Source.ID], checked: Day, note: String? = nil) {
        self.confidence = confidence
        self.sources = sources
        self.checked = checked
        self.note = note
    }

    private enum CodingKeys: String, CodingKey { case confidence, sources, checked, note }

    /// Writes source ids, or — when the encoder's `userInfo[.sourceCatalog]` holds the sources —
    /// the sources themselves (`{id, title, url}`), so a JSON reader needs no second lookup.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(confidence, forKey: .confidence)
        if let catalog = encoder.userInfo[.sourceCatalog] as? [Source.ID: Source] {
            try container.encode(
                sources.map { catalog[$0].map(SourceReference.init) ?? SourceReference(id: $0, title: nil, url: nil) },
                forKey: .sources)
        } else {
            try container.encode(sources, forKey: .sources)
        }
        try container.encode(checked, forKey: .checked)
        try container.encodeIfPresent(note, forKey: .note)
    }

    private struct SourceReference: Encodable {
        var id: Source.ID
        var title: String?
        var url: String?

        init(id: Source.ID, title: String?, url: String?) {
            self.id = id
            self.title = title
            self.url = url
        }

        init(_ source: Source) { self.init(id: source.id, title: source.title, url: source.url) }
    }
}

extension CodingUserInfoKey {
    /// `[Source.ID: Source]`: makes `Provenance` encode full source references.
    public static let sourceCatalog = CodingUserInfoKey(rawValue: "sextant.sourceCatalog")!
}

/// A document, page or repository the knowledge base cites.
public struct Source: Codable, Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Source>

    /// What kind of publisher a source is.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case official, secondary, repository, press, community
    }

    public var id: ID
    public var title: String
    /// Nil for a document known by its title only (a copy of a manual, a transcript).
    public var url: String?
    public var alsoAt: [String]?
    public var published: PartialDate?
    public var kind: Kind
    /// The last day someone read the source to confirm the facts that cite it.
    public var checked: Day?
}
