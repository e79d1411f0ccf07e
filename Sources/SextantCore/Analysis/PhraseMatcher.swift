/// Finds every known phrase in a token stream: a trie over token ids, walked from each token.
///
/// Phrases are short (a handful of tokens), so walking from every start is linear in the text and
/// needs no failure links. Children live in one open-addressing table keyed by
/// (node, token id), so a step is one hash probe and nothing is allocated while matching.
public struct PhraseMatcher: Sendable {
    /// (node << 32 | token id) → child node; open addressing, key 0 = empty. Key and child share
    /// a slot, so a probe that finds its key reads one cache line.
    private struct Slot {
        var key: UInt64
        var child: Int32
    }
    private var slots: [Slot]
    private var mask: Int
    private var nodeCount: Int32 = 1
    /// Payloads (pattern indices) ending at each node; empty for inner nodes.
    private var terminals: [[Int32]] = [[]]
    /// Whether a node ends a phrase: checked at every step, so kept flat beside `terminals`.
    private var isTerminal: [Bool] = [false]
    /// The root's children by token id (0 = none): the first step from every token is one array
    /// read instead of a hash probe.
    private var rootChildren: [Int32] = []
    private var filled = 0
    public private(set) var longestPhrase = 0

    public init() {
        slots = [Slot](repeating: Slot(key: 0, child: 0), count: 1 << 14)
        mask = (1 << 14) - 1
    }

    @inline(__always)
    private static func key(_ node: Int32, _ token: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: token))) &+ 1
    }

    @inline(__always)
    private func slot(for key: UInt64) -> Int {
        var hash = key &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 31
        return Int(truncatingIfNeeded: hash) & mask
    }

    @inline(__always)
    func child(of node: Int32, _ token: Int32) -> Int32 {
        let key = Self.key(node, token)
        var index = slot(for: key)
        while true {
            let entry = slots[index]
            if entry.key == key { return entry.child }
            if entry.key == 0 { return 0 }
            index = (index + 1) & mask
        }
    }

    /// Adds a phrase (vocabulary ids, none of them 0) with a payload.
    public mutating func add(_ tokens: [Int32], payload: Int32) {
        guard !tokens.isEmpty, !tokens.contains(0) else { return }
        var node: Int32 = 0
        for token in tokens {
            var next = child(of: node, token)
            if next == 0 {
                next = nodeCount
                nodeCount += 1
                terminals.append([])
                isTerminal.append(false)
                insert(Self.key(node, token), next)
                if node == 0 {
                    if Int(token) >= rootChildren.count {
                        rootChildren.append(contentsOf: repeatElement(0, count: Int(token) + 1 - rootChildren.count))
                    }
                    rootChildren[Int(token)] = next
                }
            }
            node = next
        }
        if !terminals[Int(node)].contains(payload) { terminals[Int(node)].append(payload) }
        isTerminal[Int(node)] = true
        longestPhrase = max(longestPhrase, tokens.count)
    }

    private mutating func insert(_ key: UInt64, _ value: Int32) {
        if (filled + 1) * 2 > slots.count { grow() }
        var index = slot(for: key)
        while slots[index].key != 0 { index = (index + 1) & mask }
        slots[index] = Slot(key: key, child: value)
        filled += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, child: 0), count: old.count * 2)
        mask = slots.count - 1
        filled = 0
        for slot in old where slot.key != 0 { insert(slot.key, slot.child) }
    }

    /// A phrase found in the text.
    public struct Match: Sendable, Hashable {
        /// Index of the first token.
        public var start: Int32
        /// Number of tokens.
        public var length: Int32
        public var payload: Int32
    }

    /// Every phrase occurrence within sentences (phrases never cross a sentence boundary), in
    /// order of start token, longer phrases first at the same start.
    public func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        found.reserveCapacity(tokens.count / 4)
        var ends: [(length: Int32, node: Int32)] = []
        tokens.withUnsafeBufferPointer { tokens in
            for start in 0..<tokens.count {
                let first = tokens[start].id
                guard first > 0, Int(first) < rootChildren.count, rootChildren[Int(first)] != 0 else { continue }
                var node: Int32 = 0
                var position = start
                let sentence = tokens[start].sentence
                ends.removeAll(keepingCapacity: true)
                while position < tokens.count, tokens[position].sentence == sentence {
                    let id = tokens[position].id
                    if id == 0 { break }
                    node = node == 0 ? rootChildren[Int(id)] : child(of: node, id)
                    if node == 0 { break }
                    position += 1
                    if isTerminal[Int(node)] { ends.append((Int32(position - start), node)) }
                }
                for end in ends.reversed() {
                    for payload in terminals[Int(end.node)] {
                        found.append(Match(start: Int32(start), length: end.length, payload: payload))
                    }
                }
            }
        }
        return found
    }
}
