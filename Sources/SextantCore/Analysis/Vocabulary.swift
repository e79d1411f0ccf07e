/// Folded token text → small integer id, over raw bytes.
///
/// The analyzer must not allocate a `String` per token (that alone would make it several times
/// slower), so tokens are hashed from a byte buffer and compared in place against an arena of known
/// tokens. Only tokens that occur in some pattern get an id; every other token is id 0.
public struct Vocabulary: Sendable {
    /// One slot of the open-addressing table (id 0 = empty), 16 bytes. A word of up to 8 bytes is
    /// kept in the slot itself (`key` holds its bytes), so finding it reads one cache line; for a
    /// longer word `key` holds its hash and the word is compared against `arena`.
    private struct Slot {
        var key: UInt64
        var id: Int32
        var length: Int32
    }
    private var slots: [Slot]
    private var entries: [(hash: UInt64, offset: Int32, length: Int32)] = []
    private var arena: [UInt8] = []
    private var mask: Int

    /// The text of each id, for debugging and tests (index 0 is the unknown token).
    public private(set) var words: [String] = [""]

    public init(capacity: Int = 4096) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, id: 0, length: 0), count: size)
        mask = size - 1
    }

    public var count: Int { entries.count }

    /// The slot hash: for a word of up to 8 bytes one multiply of its packed bytes (most tokens;
    /// no loop with a multiply per byte), for a longer one FNV-1a over the bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        bytes.count <= 8 ? shortHash(packed(bytes), count: bytes.count) : longHash(bytes)
    }

    @inline(__always)
    static func shortHash(_ packed: UInt64, count: Int) -> UInt64 {
        let mixed = (packed ^ UInt64(count) << 59) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ mixed >> 32
    }

    static func longHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// Up to 8 bytes as one integer, the first byte lowest (0 for longer words).
    @inline(__always)
    static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard bytes.count <= 8 else { return 0 }
        var value: UInt64 = 0
        for index in 0..<bytes.count { value |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return value
    }

    /// The id of a folded token, or 0 when it is not in the vocabulary.
    @inline(__always)
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let short = bytes.count <= 8
        let packed = short ? Vocabulary.packed(bytes) : 0
        let hash = short ? Vocabulary.shortHash(packed, count: bytes.count) : Vocabulary.longHash(bytes)
        let key = short ? packed : hash
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.id == 0 { return 0 }
            if slot.key == key, Int(slot.length) == bytes.count,
                short || equalsArena(bytes, entries[Int(slot.id) - 1].offset)
            {
                return slot.id
            }
            index = (index + 1) & mask
        }
    }

    private func equalsArena(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int32) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            let base = Int(offset)
            for index in 0..<bytes.count where arena[base + index] != bytes[index] { return false }
            return true
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
        let entry = entries[Int(id) - 1]
        let packed = arena.withUnsafeBufferPointer {
            Vocabulary.packed(UnsafeBufferPointer(rebasing: $0[Int(entry.offset)..<Int(entry.offset + entry.length)]))
        }
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].id != 0 { index = (index + 1) & mask }
        slots[index] = Slot(key: entry.length <= 8 ? packed : hash, id: id, length: entry.length)
    }

    private mutating func grow() {
        slots = [Slot](repeating: Slot(key: 0, id: 0, length: 0), count: slots.count * 2)
        mask = slots.count - 1
        for (index, entry) in entries.enumerated() { place(hash: entry.hash, id: Int32(index + 1)) }
    }
}
