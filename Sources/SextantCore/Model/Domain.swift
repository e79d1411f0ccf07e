/// One of the eight CISSP domains, Sextant's shared axis for "what kind of security work".
public struct Domain: Codable, Hashable, Sendable, Identifiable {
    /// A domain id in kebab case, such as `security-operations`.
    public typealias ID = Identifier<Domain>

    public var id: ID
    public var number: Int
    public var name: String
    /// Share of the exam, in percent, in the outline the knowledge base pins.
    public var weight: Int
    public var summary: String
}

/// The exam outline the domain weights come from.
public struct DomainOutline: Codable, Hashable, Sendable {
    public var name: String
    public var effective: Day
    public var provenance: Provenance
}
