/// Where work sits on the technical–strategic axis.
///
/// `none` is only used by posting analysis, for postings that are not security work; catalog
/// entries are always one of the other three.
public enum Orientation: String, Codable, CaseIterable, Sendable {
    /// Configure, operate, test, build.
    case technical
    /// Risk, governance, programmes, audit, leadership.
    case strategic
    /// Both substantially.
    case mixed
    /// Not applicable (the posting is not security work).
    case none
}
