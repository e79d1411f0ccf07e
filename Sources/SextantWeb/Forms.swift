import Foundation
import Hummingbird
import NIOCore
import SextantData

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
    static func read(_ request: Request, context: AppContext, limit: Int? = nil) async throws -> Form {
        let body = try await request.body.collect(upTo: limit ?? context.maxUploadSize)
        let contentType = request.headers[.contentType] ?? ""
        var form: Form
        if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            form = Form(fields: try urlEncoded(String(buffer: body)))
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

    /// `a=1&b=two+words` → ["a": "1", "b": "two words"], through Hummingbird's URL-encoded form
    /// decoder (percent escapes, `+` as a space). Our forms use flat names; a body it cannot read
    /// (bracketed names that nest, a name given twice) is refused with 400.
    static func urlEncoded(_ text: String) throws -> [String: String] {
        guard !text.isEmpty else { return [:] }
        do {
            return try URLEncodedFormDecoder().decode([String: String].self, from: text)
        } catch {
            throw WebFailure(
                status: .badRequest, code: "invalid-form",
                message:
                    "The form data cannot be read (each field once, plain names). Reload the page and send it again.")
        }
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

    /// Reads a multipart/form-data body held in memory (small forms; uploads stream through
    /// `MultipartParser` directly).
    static func multipart(_ body: [UInt8], boundary: String) throws -> Form {
        var files: [String: (name: String, data: [UInt8])] = [:]
        var parser = MultipartParser(boundary: boundary) { field, fileName, bytes in
            files[field, default: (fileName, [])].data.append(contentsOf: bytes)
        }
        try parser.feed(body[...])
        try parser.finish()
        return Form(fields: parser.fields, files: files.filter { !$0.value.data.isEmpty })
    }
}
