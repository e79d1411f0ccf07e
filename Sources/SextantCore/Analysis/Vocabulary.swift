/// Folded token text → small integer id, over raw bytes.
///
/// The analyzer must not allocate a `String` per token (that alone would make it several times
/// slower), so tokens are hashed from a byte buffer and compared in place against an arena of known
/// tokens. Only tokens that occur in some pattern get an id; every other token is id 0.
public struct Vocabulary: Sendable {
    /// Open-addressing table: slot → the hash's upper 32 bits and the index into `entries` (+1)
    /// in the lower 32; 0 = empty. Keeping the hash in the slot lets a probe skip `entries` (a
    /// second cache miss per token) unless the hash matches.
    private var slots: [UInt64]
    private var entries: [(hash: UInt64, offset: Int32, length: Int32)] = []
    private var arena: [UInt8] = []
    private var mask: Int

    /// The text of each id, for debugging and tests (index 0 is the unknown token).
    public private(set) var words: [String] = [""]

    public init(capacity: Int = 4096) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    public var count: Int { entries.count }

    /// FNV-1a over the bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// The id of a folded token, or 0 when it is not in the vocabulary.
    @inline(__always)
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Vocabulary.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash & 0xFFFF_FFFF_0000_0000
        while true {
            let stored = slots[slot]
            if stored == 0 { return 0 }
            let entryIndex = Int32(truncatingIfNeeded: stored)
            if stored & 0xFFFF_FFFF_0000_0000 == tag, case let entry = entries[Int(entryIndex) - 1],
                entry.hash == hash, Int(entry.length) == bytes.count
            {
                let equal = arena.withUnsafeBufferPointer { arena in
                    var index = 0
                    let base = Int(entry.offset)
                    while index < bytes.count {
                        if arena[base + index] != bytes[index] { return false }
                        index += 1
                    }
                    return true
                }
                if equal { return entryIndex }
            }
            slot = (slot + 1) & mask
        }
    }

    public func id(of word: String) -> Int32 {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { id(of: UnsafeBufferPointer($0)) }
    }

    /// Adds a folded token (if new) and returns its id.
    @discardableResult
    public mutating func insert(_ word: String) -> Int32 {
        let existing = id(of: word)
        if existing != 0 { return existing }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let bytes = Array(word.utf8)
        let hash = bytes.withUnsafeBufferPointer { Vocabulary.hash($0) }
        entries.append((hash, Int32(arena.count), Int32(bytes.count)))
        arena.append(contentsOf: bytes)
        words.append(word)
        let id = Int32(entries.count)
        place(hash: hash, id: id)
        return id
    }

    private mutating func place(hash: UInt64, id: Int32) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(UInt32(id))
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (index, entry) in entries.enumerated() { place(hash: entry.hash, id: Int32(index + 1)) }
    }
}
