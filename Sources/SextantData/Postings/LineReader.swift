import Foundation

/// Reads a file or stdin line by line in chunks, so a corpus of any size streams in flat memory.
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// One chunk read from the handle, reused: a fresh buffer per chunk costs a page fault per
    /// 4 KB, which was most of the time spent reading.
    private var chunk = [UInt8](repeating: 0, count: LineReader.chunkSize)
    private static let chunkSize = 1 << 20
    private var start = 0
    private var finished = false
    /// Lines longer than this are returned cut, flagged, rather than filling memory.
    public let maximumLineBytes: Int
    public private(set) var lineNumber = 0
    /// Bytes read from the handle so far (for progress).
    public private(set) var bytesRead = 0
    /// Why reading stopped early (the system's words for a read error), or nil. The lines
    /// returned before it are whole; callers must say that the input was cut short.
    public private(set) var readError: String?

    public init(handle: FileHandle, maximumLineBytes: Int = 64 << 20) {
        self.handle = handle
        self.maximumLineBytes = maximumLineBytes
    }

    /// Opens a file.
    ///
    /// - Throws: `PostingSourceError.unreadable` when it does not exist or cannot be read,
    ///   `.folderNotFile` for a folder.
    public convenience init(path: String, maximumLineBytes: Int = 64 << 20) throws(PostingSourceError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .folderNotFile(path: path)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(path: path) }
        self.init(handle: handle, maximumLineBytes: maximumLineBytes)
    }

    /// The next line without its line break, or nil at the end. `truncated` is true when the line
    /// was longer than `maximumLineBytes` (the rest is skipped).
    public func next() -> (bytes: ArraySlice<UInt8>, truncated: Bool)? {
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
            let count = readChunk()
            bytesRead += count
            if count == 0 { finished = true } else { buffer.append(contentsOf: chunk[0..<count]) }
        }
    }

    /// Reads up to one chunk into `chunk`; 0 at the end of the input or on a read error (which
    /// `readError` then names).
    private func readChunk() -> Int {
        let descriptor = handle.fileDescriptor
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { return count }
            let code = errno
            if code != EINTR {
                readError = String(cString: strerror(code))
                return 0
            }
        }
    }
}
