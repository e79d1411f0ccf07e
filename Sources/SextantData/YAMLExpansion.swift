import Yams

/// Guards against YAML whose aliases multiply ("billion laughs"): a few lines of anchors can stand
/// for billions of values, which decoding would then walk one by one.
enum YAMLExpansion {
    /// Whether `node` expands to at most `limit` values; stops counting as soon as it is over.
    static func fits(_ node: Node, within limit: Int) -> Bool {
        var budget = limit
        return fits(node, &budget)
    }

    private static func fits(_ node: Node, _ budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard fits(key, &budget), fits(value, &budget) else { return false }
            }
        case .sequence(let sequence):
            for item in sequence where !fits(item, &budget) { return false }
        default:
            break
        }
        return true
    }
}
