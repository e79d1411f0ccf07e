import Foundation

/// Reads a file or stdin line by line in chunks, so a corpus of any size streams in flat memory.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// Lines longer than this are returned cut, flagged, rather than filling memory.
    let maximumLineBytes: Int
    private(set) var lineNumber = 0

    init(handle: FileHandle, maximumLineBytes: Int = 64 << 20) {
        self.handle = handle
        self.maximumLineBytes = maximumLineBytes
    }

    convenience init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError("Cannot read '\(path)': no such file or no permission. Check the path.")
        }
        self.init(handle: handle)
    }

    /// The next line without its line break, or nil at the end. `truncated` is true when the line
    /// was longer than `maximumLineBytes` (the rest is skipped).
    func next() -> (bytes: ArraySlice<UInt8>, truncated: Bool)? {
        var truncated = false
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var line = buffer[start..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                start = newline + 1
                lineNumber += 1
                return (line, truncated)
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lineNumber += 1
                return (line, truncated)
            }
            if buffer.count - start > maximumLineBytes {
                // Drop the overlong line's bytes read so far; keep reading to its end.
                buffer.removeAll(keepingCapacity: true)
                start = 0
                truncated = true
            }
            if start > 0, start >= buffer.count / 2 {
                buffer.removeFirst(start)
                start = 0
            }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
