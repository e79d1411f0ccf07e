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
    /// The first payload (pattern index) ending at each node, -1 for inner nodes: checked at
    /// every step, so kept flat. `hasMore` is set in it when `morePayloads` holds others.
    private var firstPayload: [Int32] = [-1]
    private static let hasMore: Int32 = 1 << 30
    /// Further payloads of the few nodes that end more than one pattern, in the order added.
    private var morePayloads: [Int32: [Int32]] = [:]
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
        precondition(payload >= 0 && payload < Self.hasMore, "payload out of range")
        var node: Int32 = 0
        for token in tokens {
            var next = child(of: node, token)
            if next == 0 {
                next = nodeCount
                nodeCount += 1
                firstPayload.append(-1)
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
        if firstPayload[Int(node)] < 0 {
            firstPayload[Int(node)] = payload
        } else if firstPayload[Int(node)] & ~Self.hasMore != payload, morePayloads[node]?.contains(payload) != true {
            morePayloads[node, default: []].append(payload)
            firstPayload[Int(node)] |= Self.hasMore
        }
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
    ///
    /// Cost: O(tokens × longest phrase) hash probes. The tables are read through buffer pointers,
    /// so the loop does no reference counting.
    public func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        found.reserveCapacity(tokens.count / 4)
        var ends: [(length: Int32, node: Int32)] = []
        ends.reserveCapacity(longestPhrase)
        tokens.withUnsafeBufferPointer { tokens in
            rootChildren.withUnsafeBufferPointer { rootChildren in
                firstPayload.withUnsafeBufferPointer { firstPayload in
                    slots.withUnsafeBufferPointer { slots in
                        for start in 0..<tokens.count {
                            let first = tokens[start].id
                            guard first > 0, Int(first) < rootChildren.count else { continue }
                            var node = rootChildren[Int(first)]
                            if node == 0 { continue }
                            let sentence = tokens[start].sentence
                            ends.removeAll(keepingCapacity: true)
                            var position = start + 1
                            if firstPayload[Int(node)] >= 0 { ends.append((1, node)) }
                            while position < tokens.count, tokens[position].sentence == sentence {
                                let id = tokens[position].id
                                if id == 0 { break }
                                node = Self.child(of: node, id, slots: slots, mask: mask)
                                if node == 0 { break }
                                position += 1
                                if firstPayload[Int(node)] >= 0 { ends.append((Int32(position - start), node)) }
                            }
                            for end in ends.reversed() {
                                let payload = firstPayload[Int(end.node)]
                                found.append(
                                    Match(start: Int32(start), length: end.length, payload: payload & ~Self.hasMore))
                                if payload & Self.hasMore != 0, let more = morePayloads[end.node] {
                                    for payload in more {
                                        found.append(Match(start: Int32(start), length: end.length, payload: payload))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    @inline(__always)
    private static func child(
        of node: Int32, _ token: Int32, slots: UnsafeBufferPointer<Slot>, mask: Int
    ) -> Int32 {
        let key = key(node, token)
        var hash = key &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 31
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[index]
            if entry.key == key { return entry.child }
            if entry.key == 0 { return 0 }
            index = (index + 1) & mask
        }
    }
}
