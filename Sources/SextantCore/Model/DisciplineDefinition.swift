/// A discipline or orientation as the knowledge base defines it, in our own words.
public struct Definition<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var id: Value
    public var name: String
    public var summary: String
    public var definition: String
}
