/// A fast reader for the JSONL records Sextant reads: one JSON object whose values Sextant needs
/// are strings. It gives up (nil) on anything it does not read exactly as `JSONSerialization`
/// would: a number, boolean or duplicate in a wanted field, an invalid document, a lone
/// surrogate, a U+FEFF (which Foundation drops in places), nesting deeper than `maximumDepth`. The caller then uses `JSONSerialization`, so
/// results and error messages stay the same; only the common case gets faster.
///
/// One pass over the bytes, linear in their number; nested values are checked and skipped.
struct FlatJSONObject {
    static let maximumDepth = 64

    /// The string values of `wanted` keys present in the object (null counts as absent).
    static func strings(_ bytes: UnsafeBufferPointer<UInt8>, wanted: Set<String>) -> [String: String]? {
        var reader = FlatJSONObject(bytes: bytes)
        return reader.object(wanted: wanted)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func object(wanted: Set<String>) -> [String: String]? {
        skipSpace()
        guard consume(UInt8(ascii: "{")) else { return nil }
        var found: [String: String] = [:]
        var seen = Set<String>()
        skipSpace()
        if !consume(UInt8(ascii: "}")) {
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard consume(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                if wanted.contains(key) {
                    guard seen.insert(key).inserted else { return nil }
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        guard let value = string() else { return nil }
                        found[key] = value
                    } else if literal("null") {
                        // Absent, as JSONSerialization's NSNull reads.
                    } else {
                        return nil
                    }
                } else {
                    guard skipValue(depth: 1) else { return nil }
                }
                skipSpace()
                if consume(UInt8(ascii: ",")) { continue }
                guard consume(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        skipSpace()
        return index == bytes.count ? found : nil
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        let matches = word.withUTF8Buffer { literal in
            (0..<count).allSatisfy { bytes[index + $0] == literal[$0] }
        }
        if matches { index += count }
        return matches
    }

    private mutating func skipValue(depth: Int) -> Bool {
        guard depth <= Self.maximumDepth, index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            return string() != nil
        case UInt8(ascii: "{"):
            index += 1
            skipSpace()
            if consume(UInt8(ascii: "}")) { return true }
            while true {
                skipSpace()
                guard string() != nil else { return false }
                skipSpace()
                guard consume(UInt8(ascii: ":")) else { return false }
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if consume(UInt8(ascii: ",")) { continue }
                return consume(UInt8(ascii: "}"))
            }
        case UInt8(ascii: "["):
            index += 1
            skipSpace()
            if consume(UInt8(ascii: "]")) { return true }
            while true {
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if consume(UInt8(ascii: ",")) { continue }
                return consume(UInt8(ascii: "]"))
            }
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    /// The JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func number() -> Bool {
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            // A leading zero stands alone.
        } else if digits() == 0 {
            return false
        }
        if consume(UInt8(ascii: ".")), digits() == 0 { return false }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            if digits() == 0 { return false }
        }
        return true
    }

    /// A string at `index` (which holds the opening quote), unescaped; nil when invalid.
    private mutating func string() -> String? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = index
        // The common case: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 || isByteOrderMark(at: index) { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        var scalars: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code) {
                        // A high surrogate must be followed by an escaped low one.
                        guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")), let low = hex4(),
                            (0xDC00..<0xE000).contains(low)
                        else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(code) {
                        return nil
                    }
                    guard code != 0xFEFF, let scalar = Unicode.Scalar(code) else { return nil }
                    scalars.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    return nil
                }
            default:
                if byte < 0x20 || isByteOrderMark(at: index - 1) { return nil }
                // Copy the run up to the next quote, backslash or control byte at once.
                let runStart = index - 1
                while index < bytes.count {
                    let next = bytes[index]
                    if next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") || next < 0x20 || next == 0xEF { break }
                    index += 1
                }
                scalars.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            }
        }
        return nil
    }

    /// U+FEFF: Foundation's parser drops it where a string or an escape-free run begins, so a
    /// string holding one is left to it, to give the same text.
    private func isByteOrderMark(at position: Int) -> Bool {
        bytes[position] == 0xEF && position + 2 < bytes.count && bytes[position + 1] == 0xBB
            && bytes[position + 2] == 0xBF
    }

    private mutating func hex4() -> UInt32? {
        guard bytes.count - index >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
