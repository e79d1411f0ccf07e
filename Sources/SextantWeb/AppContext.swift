import Foundation
import Hummingbird
import NIOCore
import SextantData

/// What every request carries through the middleware to the routes.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// A short random id, in logs and the X-Request-ID header.
    public var requestID: String = ""
    /// The anti-forgery token of this browser (from its cookie, or new).
    public var csrfToken: String = ""
    /// Whether the cookie must be set on the response.
    public var setsCSRFCookie = false
    /// Largest request body accepted: a posting or profile fits in 1 MB.
    public var maxUploadSize: Int { WebLimits.requestBody }

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}

extension Parameters {
    /// A path parameter, percent-decoded ("Sec%2B" → "Sec+").
    func decoded(_ name: String) throws -> String {
        let raw = try require(name)
        return raw.removingPercentEncoding ?? raw
    }
}

/// Limits that keep one request from taking the server down.
public enum WebLimits {
    /// A posting, a profile, a form: 1 MB is far more than any real one.
    public static let requestBody = 1 << 20
    /// A survey upload (JSONL or CSV of many postings), streamed to a temporary file.
    public static let surveyUpload = 64 << 20
    /// A resume or LinkedIn export to start a profile from, read in memory (as the importer allows).
    public static let profileImport = ProfileImporter.maximumBytes
    /// Idle connections close after this many seconds (slow clients cannot hold sockets forever).
    public static let idleTimeoutSeconds: Int64 = 30
    /// Page sizes for lists.
    public static let maximumPerPage = 100
}

/// Random tokens for request ids and anti-forgery cookies.
enum Token {
    /// `bytes` random bytes from the system generator, as lower-case hex.
    static func make(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        var hex: [UInt8] = []
        hex.reserveCapacity(bytes * 2)
        var word: UInt64 = 0
        for index in 0..<bytes {
            if index % 8 == 0 { word = generator.next() }
            let byte = UInt8(truncatingIfNeeded: word >> (UInt64(index % 8) * 8))
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let digits = Array("0123456789abcdef".utf8)
}
