import Foundation

/// Reads CSV (RFC 4180: commas, quoted fields with doubled quotes, line breaks inside quotes)
/// record by record in chunks, so a file of any size streams in flat memory.
///
/// A record with broken quoting is reported with the line it starts on, and reading goes on at
/// the next line.
public final class CSVReader {
    public enum Record: Equatable, Sendable {
        case fields([String], line: Int)
        case broken(line: Int, message: String)
    }

    /// Nil when reading bytes already in memory.
    private let handle: FileHandle?
    private var buffer: [UInt8] = []
    private var index = 0
    private var finished = false
    private var line = 1
    private var atStart = true
    /// Records longer than this are reported broken rather than filling memory.
    public let maximumRecordBytes: Int
    /// Bytes read from the handle so far (for progress).
    public private(set) var bytesRead = 0

    public init(handle: FileHandle, maximumRecordBytes: Int = 64 << 20) {
        self.handle = handle
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// Reads CSV already in memory (a file from a ZIP, an upload).
    public init(data: Data, maximumRecordBytes: Int = 64 << 20) {
        handle = nil
        self.maximumRecordBytes = maximumRecordBytes
        buffer = Array(data)
        bytesRead = buffer.count
        finished = true
        atStart = false
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    public convenience init(path: String) throws(PostingSourceError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: path) }
        self.init(handle: handle)
    }

    private func byte() -> UInt8? {
        if index == buffer.count {
            guard !finished, let handle else { return nil }
            let chunk = handle.readData(ofLength: 1 << 20)
            bytesRead += chunk.count
            if chunk.isEmpty {
                finished = true
                return nil
            }
            buffer = Array(chunk)
            index = 0
            if atStart {
                atStart = false
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
                if index == buffer.count { return byte() }
            }
        }
        defer { index += 1 }
        return buffer[index]
    }

    private func peek() -> UInt8? {
        guard let next = byte() else { return nil }
        index -= 1
        return next
    }

    /// The next record, or nil at the end of the input. Blank lines are skipped.
    public func next() -> Record? {
        var start = line
        var fields: [String] = []
        var field: [UInt8] = []
        var size = 0
        var quoted = false
        var fieldWasQuoted = false
        var broken: String?

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }

        while true {
            guard let current = byte() else {
                if quoted {
                    return .broken(
                        line: start, message: "a quoted field opens on this line and never closes (an unmatched \")")
                }
                if fields.isEmpty, field.isEmpty, !fieldWasQuoted { return nil }
                endField()
                return broken.map { .broken(line: start, message: $0) } ?? .fields(fields, line: start)
            }
            size += 1
            if size > maximumRecordBytes, broken == nil {
                broken = "longer than \(maximumRecordBytes >> 20) MB"
                quoted = false
            }
            // A line ends at LF, CRLF or a bare CR (old Mac files): the same breaks that end a record.
            if current == 0x0A || (current == 0x0D && peek() != 0x0A) { line += 1 }
            if quoted {
                if current == UInt8(ascii: "\"") {
                    if peek() == UInt8(ascii: "\"") {
                        _ = byte()
                        field.append(current)
                    } else {
                        quoted = false
                    }
                } else if broken == nil {
                    field.append(current)
                }
                continue
            }
            switch current {
            case UInt8(ascii: ","):
                endField()
            case 0x0A, 0x0D:
                if current == 0x0D, peek() == 0x0A {
                    _ = byte()
                    line += 1
                }
                if fields.isEmpty, field.isEmpty, !fieldWasQuoted, broken == nil {  // a blank line
                    start = line
                    continue
                }
                endField()
                return broken.map { .broken(line: start, message: $0) } ?? .fields(fields, line: start)
            case UInt8(ascii: "\"") where field.isEmpty && !fieldWasQuoted:
                quoted = true
                fieldWasQuoted = true
            default:
                if fieldWasQuoted, broken == nil {
                    broken =
                        "text after the closing quote of field \(fields.count + 1) (a quote inside a quoted field is written \"\")"
                }
                if broken == nil { field.append(current) }
            }
        }
    }
}
