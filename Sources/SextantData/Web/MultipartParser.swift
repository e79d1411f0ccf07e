import Foundation

/// A multipart/form-data body that cannot be read: malformed, cut off, or a text field over its limit.
public struct MultipartError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable { case malformed, fieldTooLarge }

    public var kind: Kind
    public var message: String
    /// The field at fault, when one is.
    public var field: String?

    public var description: String { message }
}

/// Reads multipart/form-data (RFC 7578) as it arrives: text fields into memory (each at most
/// `fieldLimit` bytes), file parts handed to a sink chunk by chunk, so an upload of any size
/// never sits in memory whole.
///
/// Ours rather than a library's: multipart-kit reads a whole body into memory, and survey uploads
/// must stream to disk. It is tested with bodies cut at every chunk size and fuzzed (`scripts/fuzz
/// multipart`). Work is linear in the body: each byte is examined a bounded number of times (a
/// header block is capped at 16 KB; content keeps only a delimiter's length of tail between feeds).
public struct MultipartParser {
    enum State { case preamble, afterDelimiter, headers, content, done }

    /// "\r\n--boundary": a part's content ends where this starts.
    let delimiter: [UInt8]
    let fieldLimit: Int
    let fileSink: (_ field: String, _ fileName: String, _ bytes: ArraySlice<UInt8>) throws -> Void
    public private(set) var fields: [String: String] = [:]
    /// Field name → file name of each file part.
    public private(set) var fileNames: [String: String] = [:]
    private var state = State.preamble
    private var buffer: [UInt8]
    private var partName: String?
    private var partFileName: String?
    private var value: [UInt8] = []
    /// Bytes of the current header block already searched for its end.
    private var headerScanned = 0

    public init(
        boundary: String, fieldLimit: Int = 64 * 1024,
        fileSink: @escaping (_ field: String, _ fileName: String, _ bytes: ArraySlice<UInt8>) throws -> Void
    ) {
        delimiter = Array("\r\n--\(boundary)".utf8)
        self.fieldLimit = fieldLimit
        self.fileSink = fileSink
        // The body starts with "--boundary"; a leading line break lets one delimiter match every part.
        buffer = [0x0D, 0x0A]
    }

    /// The longest header block a part may have, however the body is cut.
    static let headerLimit = 16 * 1024
    static let headersTooLong = invalid("A form part's headers are too long.")

    static func invalid(_ message: String) -> MultipartError {
        MultipartError(kind: .malformed, message: message)
    }

    /// Takes the next bytes of the body.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws {
        guard state != .done else { return }
        buffer.append(contentsOf: bytes)
        var index = 0
        parsing: while true {
            switch state {
            case .preamble:
                guard let found = find(delimiter, from: index) else {
                    index = max(index, buffer.count - delimiter.count)
                    break parsing
                }
                index = found + delimiter.count
                state = .afterDelimiter
            case .afterDelimiter:
                guard buffer.count - index >= 2 else { break parsing }
                if buffer[index] == UInt8(ascii: "-"), buffer[index + 1] == UInt8(ascii: "-") {
                    state = .done
                    index = buffer.count
                    break parsing
                }
                guard buffer[index] == 0x0D, buffer[index + 1] == 0x0A else {
                    throw Self.invalid("The form data is malformed (no line break after a boundary).")
                }
                index += 2
                state = .headers
            case .headers:
                // Resume the search where the last feed stopped, so headers fed a byte at a time
                // are still scanned once.
                guard let end = find([0x0D, 0x0A, 0x0D, 0x0A], from: index + headerScanned) else {
                    // What is buffered is header bytes and at most three bytes of the blank line.
                    if buffer.count - index - 3 > Self.headerLimit { throw Self.headersTooLong }
                    headerScanned = max(0, buffer.count - index - 3)
                    break parsing
                }
                if end - index > Self.headerLimit { throw Self.headersTooLong }
                headerScanned = 0
                try startPart(headers: String(decoding: buffer[index..<end], as: UTF8.self))
                index = end + 4
                state = .content
            case .content:
                if let end = find(delimiter, from: index) {
                    try emit(buffer[index..<end])
                    try endPart()
                    index = end + delimiter.count
                    state = .afterDelimiter
                } else {
                    // Keep the tail that could be the start of a delimiter.
                    let safe = max(index, buffer.count - (delimiter.count - 1))
                    try emit(buffer[index..<safe])
                    index = safe
                    break parsing
                }
            case .done:
                break parsing
            }
        }
        buffer.removeFirst(index)
    }

    /// The body has ended: it must have closed its last part.
    public mutating func finish() throws {
        guard state == .done else { throw Self.invalid("The upload was cut off before its end. Send it again.") }
    }

    private mutating func startPart(headers: String) throws {
        partName = nil
        partFileName = nil
        value.removeAll(keepingCapacity: true)
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition") {
            for item in line.split(separator: ";").dropFirst() {
                let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                var text = pair[1]
                if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
                    text = String(text.dropFirst().dropLast())
                }
                if pair[0].lowercased() == "name" { partName = text }
                if pair[0].lowercased() == "filename" { partFileName = text }
            }
        }
        if let partName, let partFileName { fileNames[partName] = partFileName }
    }

    private mutating func emit(_ bytes: ArraySlice<UInt8>) throws {
        guard !bytes.isEmpty, let partName else { return }
        if let partFileName {
            try fileSink(partName, partFileName, bytes)
        } else {
            guard value.count + bytes.count <= fieldLimit else {
                throw MultipartError(
                    kind: .fieldTooLarge,
                    message: "The form field '\(partName)' is longer than \(fieldLimit / 1024) KB.",
                    field: partName)
            }
            value.append(contentsOf: bytes)
        }
    }

    private mutating func endPart() throws {
        if let partName, partFileName == nil { fields[partName] = String(decoding: value, as: UTF8.self) }
        partName = nil
        partFileName = nil
    }

    /// The first place `needle` occurs in the buffer at or after `start`.
    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, buffer.count - start >= needle.count else { return nil }
        var position = start
        let last = buffer.count - needle.count
        while position <= last {
            if buffer[position] == first,
                buffer[(position + 1)..<(position + needle.count)].elementsEqual(needle.dropFirst())
            {
                return position
            }
            position += 1
        }
        return nil
    }
}
