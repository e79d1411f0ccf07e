import Foundation
import Hummingbird
import NIOCore

/// The fields of a submitted form (URL-encoded or multipart), read with its anti-forgery check.
struct Form {
    var fields: [String: String] = [:]
    /// Uploaded files by field name: the file name and its bytes.
    var files: [String: (name: String, data: [UInt8])] = [:]

    subscript(_ name: String) -> String? {
        fields[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Reads a form post and verifies it came from one of our pages: the hidden `_csrf` field
    /// must equal this browser's cookie, and an Origin header, when sent, must be this server.
    static func read(_ request: Request, context: AppContext) async throws -> Form {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let contentType = request.headers[.contentType] ?? ""
        var form: Form
        if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            form = Form(fields: urlEncoded(String(buffer: body)))
        } else if contentType.lowercased().hasPrefix("multipart/form-data"), let boundary = boundary(of: contentType) {
            form = try multipart(Array(buffer: body), boundary: boundary)
        } else {
            throw WebFailure(
                status: .unsupportedMediaType, code: "unsupported-media-type",
                message: "Forms must be sent as form data.")
        }
        try verify(form, request: request, context: context)
        return form
    }

    static func verify(_ form: Form, request: Request, context: AppContext) throws {
        let cookie = request.cookies[CSRFCookieMiddleware.cookieName]?.value ?? ""
        let submitted = form.fields["_csrf"] ?? ""
        guard !cookie.isEmpty, constantTimeEqual(cookie, submitted) else {
            throw WebFailure(
                status: .forbidden, code: "forged-request",
                message: "This form expired or was not sent from a Sextant page. Reload the page and submit it again.")
        }
        if let origin = request.headers[.origin], let host = request.head.authority,
            origin != "http://\(host)", origin != "https://\(host)"
        {
            throw WebFailure(
                status: .forbidden, code: "forged-request", message: "Forms are accepted only from this server's pages."
            )
        }
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// `a=1&b=two+words` → ["a": "1", "b": "two words"].
    static func urlEncoded(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else { continue }
            fields[name] = parts.count > 1 ? decode(parts[1]) ?? "" : ""
        }
        return fields
    }

    static func decode(_ component: Substring) -> String? {
        component.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    static func boundary(of contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                return value.isEmpty || value.count > 200 ? nil : value
            }
        }
        return nil
    }

    /// A minimal multipart/form-data reader: enough for text fields and one uploaded posting.
    static func multipart(_ body: [UInt8], boundary: String) throws -> Form {
        let delimiter = Array(("--" + boundary).utf8)
        var form = Form()
        var index = 0
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard needle.count <= body.count else { return nil }
            var position = start
            while position + needle.count <= body.count {
                if body[position] == needle[0], body[position..<(position + needle.count)].elementsEqual(needle) {
                    return position
                }
                position += 1
            }
            return nil
        }
        guard let first = find(delimiter, from: 0) else {
            throw WebFailure(status: .badRequest, code: "invalid-form", message: "The form data has no parts.")
        }
        index = first + delimiter.count
        while index + 2 <= body.count, !(body[index] == UInt8(ascii: "-") && body[index + 1] == UInt8(ascii: "-")) {
            // Skip the line break after the delimiter.
            if body[index] == 0x0D { index += 2 } else if body[index] == 0x0A { index += 1 }
            guard let headerEnd = find(Array("\r\n\r\n".utf8), from: index) else { break }
            let headers = String(decoding: body[index..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = find(Array("\r\n".utf8) + delimiter, from: contentStart) else { break }
            let content = Array(body[contentStart..<next])
            var name: String?
            var filename: String?
            for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition")
            {
                for item in line.split(separator: ";").dropFirst() {
                    let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard pair.count == 2 else { continue }
                    let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    if pair[0] == "name" { name = value }
                    if pair[0] == "filename" { filename = value }
                }
            }
            if let name {
                if let filename {
                    if !content.isEmpty { form.files[name] = (filename, content) }
                } else {
                    form.fields[name] = String(decoding: content, as: UTF8.self)
                }
            }
            index = next + 2 + delimiter.count
        }
        return form
    }
}
