import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SextantCore
import SextantData
import SextantStore
import Testing

@testable import SextantWeb

/// An app over the bundled knowledge base and an in-memory database, with "today" pinned.
enum WebTest {
    static let knowledgeBase = try! KnowledgeBaseLoader.load()
    static let today = Day(year: 2026, month: 11, day: 26)!

    static func configuration() throws -> WebConfiguration {
        WebConfiguration(
            knowledgeBase: knowledgeBase, database: try AppDatabase.inMemory(), today: { today }, logLevel: .critical)
    }

    static func app() throws -> some ApplicationProtocol {
        buildApplication(try configuration())
    }

    /// A browser session: keeps the anti-forgery cookie and sends forms with its token.
    struct Browser {
        let client: any TestClientProtocol
        var token = ""

        init(_ client: any TestClientProtocol) { self.client = client }

        mutating func get(_ uri: String) async throws -> TestResponse {
            let response = try await client.execute(uri: uri, method: .get, headers: cookieHeaders, body: nil)
            if let cookie = response.headers[.setCookie],
                let value = cookie.split(separator: ";").first?.split(separator: "=").last
            {
                token = String(value)
            }
            return response
        }

        var cookieHeaders: HTTPFields {
            token.isEmpty ? [:] : [.cookie: "\(CSRFCookieMiddleware.cookieName)=\(token)"]
        }

        /// Posts a URL-encoded form with the anti-forgery field.
        func post(_ uri: String, _ fields: [String: String], csrf: Bool = true) async throws -> TestResponse {
            var all = fields
            if csrf { all["_csrf"] = token }
            let body = all.sorted { $0.key < $1.key }.map { key, value in
                "\(Self.encode(key))=\(Self.encode(value))"
            }.joined(separator: "&")
            var headers = cookieHeaders
            headers[.contentType] = "application/x-www-form-urlencoded"
            return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        }

        /// Posts a multipart form with one file and the anti-forgery field, as a browser uploads.
        func upload(
            _ uri: String, _ fields: [(String, String)] = [], file: (name: String, bytes: [UInt8])?
        ) async throws -> TestResponse {
            let boundary = "----sextant-test-boundary"
            var body: [UInt8] = []
            for (name, value) in [("_csrf", token)] + fields {
                body += Array(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
            }
            if let file {
                body += Array(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\n".utf8
                )
                body += Array("Content-Type: application/octet-stream\r\n\r\n".utf8) + file.bytes + Array("\r\n".utf8)
            }
            body += Array("--\(boundary)--\r\n".utf8)
            var headers = cookieHeaders
            headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
            return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
        }

        static func encode(_ text: String) -> String {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        }
    }

    static func json(_ value: String) -> ByteBuffer { ByteBuffer(string: value) }

    static let jsonHeaders: HTTPFields = [.contentType: "application/json"]

    /// The `error` object of an API error response.
    static func error(_ response: TestResponse) throws -> [String: Any] {
        try #require(try object(response)["error"] as? [String: Any])
    }

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }
}
