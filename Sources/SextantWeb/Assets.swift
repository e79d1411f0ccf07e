import Foundation
import Hummingbird
import NIOCore

/// The stylesheet and the small script, kept as files in Resources/ and served from memory. The
/// pages work without the script; it only adds copying to the clipboard and reading a chosen file
/// into the text box.
enum Assets {
    static func response(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    @Sendable static func stylesheetResponse(_ request: Request, _ context: AppContext) -> Response {
        response(stylesheet, type: "text/css; charset=utf-8")
    }

    @Sendable static func scriptResponse(_ request: Request, _ context: AppContext) -> Response {
        response(script, type: "text/javascript; charset=utf-8")
    }

    static let script = resource("app", "js")
    static let stylesheet = resource("app", "css")

    /// A bundled text file; the bundle is part of the build, so a missing one is a packaging bug.
    static func resource(_ name: String, _ type: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: type),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("the web resource \(name).\(type) is missing from the bundle") }
        return text
    }
}
