import Foundation
import Testing

@testable import SextantData

/// The streaming multipart/form-data reader behind uploads (RFC 7578): bodies cut anywhere,
/// browsers' quirks, and every way a body can be wrong.
@Suite struct MultipartParserTests {
    static func body(_ fields: [(String, String)], file: (name: String, content: String)?, boundary: String) -> [UInt8]
    {
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\n"
            body += "Content-Type: application/octet-stream\r\n\r\n\(file.content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return Array(body.utf8)
    }

    /// Feeds a body in pieces of one size; returns the fields, file names and file bytes.
    static func parse(
        _ body: [UInt8], boundary: String, pieces size: Int, fieldLimit: Int = 64 * 1024
    ) throws -> (
        fields: [String: String], names: [String: String], file: [UInt8]
    ) {
        var received: [UInt8] = []
        var parser = MultipartParser(boundary: boundary, fieldLimit: fieldLimit) { _, _, bytes in
            received.append(contentsOf: bytes)
        }
        for start in stride(from: 0, to: body.count, by: size) {
            try parser.feed(body[start..<min(start + size, body.count)])
        }
        try parser.finish()
        return (parser.fields, parser.fileNames, received)
    }

    /// Fed in pieces of every size, the parser finds the same fields and file bytes.
    @Test func readsTheSameFieldsHoweverTheBodyIsCut() throws {
        // Content that looks like a delimiter but is not one: a different boundary, a line break
        // before dashes, a boundary without its leading line break.
        let file = "line one\r\n--not-the-boundary\r\nline three with \r\n-- dashes\r\nXyZ--XyZ\r\n-"
        let body = Self.body([("_csrf", "token"), ("groupBy", "month")], file: ("a.jsonl", file), boundary: "XyZ")
        for size in [1, 2, 3, 5, 7, 8, 13, 64, body.count] {
            let parsed = try Self.parse(body, boundary: "XyZ", pieces: size)
            #expect(parsed.fields == ["_csrf": "token", "groupBy": "month"], "chunk size \(size)")
            #expect(String(decoding: parsed.file, as: UTF8.self) == file, "chunk size \(size)")
            #expect(parsed.names == ["file": "a.jsonl"])
        }
    }

    @Test func keepsBinaryFileBytesExactly() throws {
        let bytes = (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31) } + Array("\r\n--X".utf8) + [0, 0x0D, 0x0A]
        var body = Array("--Xy\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.docx\"\r\n\r\n".utf8)
        body += bytes + Array("\r\n--Xy--".utf8)
        for size in [1, 4, 100, body.count] {
            #expect(try Self.parse(body, boundary: "Xy", pieces: size).file == bytes, "chunk size \(size)")
        }
    }

    @Test func ignoresPreambleAndEpilogueAndReadsUnquotedNames() throws {
        let body = Array(
            ("This is a preamble.\r\n--b\r\ncontent-disposition: form-data; name=title\r\n\r\nSOC Analyst\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--b--\r\nepilogue, ignored")
                .utf8)
        let parsed = try Self.parse(body, boundary: "b", pieces: 3)
        #expect(parsed.fields == ["title": "SOC Analyst", "empty": ""])
    }

    @Test func aCutOffBodyIsAnError() throws {
        for cut in ["--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue", "--XyZ\r\nContent-Dis", ""] {
            var parser = MultipartParser(boundary: "XyZ") { _, _, _ in }
            try parser.feed(Array(cut.utf8))
            let error = #expect(throws: MultipartError.self) { try parser.finish() }
            #expect(error?.kind == .malformed)
        }
    }

    @Test func refusesMalformedBodies() throws {
        var noBreak = MultipartParser(boundary: "b") { _, _, _ in }
        #expect(throws: MultipartError.self) { try noBreak.feed(Array("--bX\r\n".utf8)) }

        var longHeaders = MultipartParser(boundary: "b") { _, _, _ in }
        let headers =
            "--b\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Padding: " + String(repeating: "a", count: 20_000)
        #expect(throws: MultipartError.self) {
            for byte in headers.utf8 { try longHeaders.feed(CollectionOfOne(byte)) }
        }
    }

    @Test func aTextFieldOverItsLimitNamesTheField() throws {
        let body = Self.body([("posting", String(repeating: "x", count: 200))], file: nil, boundary: "b")
        let error = #expect(throws: MultipartError.self) {
            try Self.parse(body, boundary: "b", pieces: 7, fieldLimit: 100)
        }
        #expect(error?.kind == .fieldTooLarge)
        #expect(error?.field == "posting")
    }

    @Test func anErrorFromTheFileSinkStopsTheParse() throws {
        struct Full: Error {}
        var parser = MultipartParser(boundary: "b") { _, _, _ in throw Full() }
        let body = Self.body([], file: ("a.txt", "content"), boundary: "b")
        #expect(throws: Full.self) { try parser.feed(body) }
    }
}
