/// Suggestions for mistyped names, by edit distance with transpositions.
public enum EditDistance {
    /// The number of single-character insertions, deletions, substitutions and swaps of two
    /// neighbouring characters from `a` to `b` (optimal string alignment): "cisps" is one swap
    /// from "cissp", as a typist makes it.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased().unicodeScalars)
        let b = Array(b.lowercased().unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost: Int = a[i - 1] == b[j - 1] ? 0 : 1
                let deletion: Int = previous[j] + 1
                let insertion: Int = current[j - 1] + 1
                let substitution: Int = previous[j - 1] + cost
                current[j] = min(deletion, insertion, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// The candidates closest to `value`, best first, within a distance that scales with length
    /// (a third of the longer string, at least 2).
    public static func suggestions(for value: String, among candidates: [String], limit: Int = 3) -> [String] {
        var scored: [(String, Int)] = []
        for candidate in candidates {
            let score = distance(value, candidate)
            let allowed = max(2, max(value.count, candidate.count) / 3)
            if score <= allowed { scored.append((candidate, score)) }
        }
        // Ties go to candidates that contain the query's letters in order: a letter left out
        // ("cisp" for "cissp") is a more common slip than a wrong one ("cism").
        let query = value.lowercased()
        scored.sort { lhs, rhs in
            if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
            let lhsOmission = isSubsequence(query, of: lhs.0.lowercased())
            let rhsOmission = isSubsequence(query, of: rhs.0.lowercased())
            if lhsOmission != rhsOmission { return lhsOmission }
            return lhs.0 < rhs.0
        }
        var seen = Set<String>()
        return scored.compactMap { seen.insert($0.0).inserted ? $0.0 : nil }.prefix(limit).map { $0 }
    }

    static func isSubsequence(_ needle: String, of haystack: String) -> Bool {
        var remaining = needle.unicodeScalars[...]
        for scalar in haystack.unicodeScalars where scalar == remaining.first {
            remaining = remaining.dropFirst()
        }
        return remaining.isEmpty
    }
}
