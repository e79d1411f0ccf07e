import Foundation
import Hummingbird
import Logging
import SextantCore
import SextantData
import SextantStore
import Synchronization

/// Gives each request an id, puts it in the logger's metadata and the response, and logs one
/// structured line per request.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppContext

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws
        -> Response
    {
        var context = context
        context.requestID = Token.make(bytes: 6)
        context.logger[metadataKey: "request_id"] = .string(context.requestID)
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            // The error middleware inside turns errors into responses; this is a last resort.
            context.logger.error("unhandled error", metadata: ["error": .string(String(describing: error))])
            response = Response(status: .internalServerError)
        }
        response.headers[.init("X-Request-ID")!] = context.requestID
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue), "path": .string(request.uri.path),
                "status": .stringConvertible(response.status.code), "ms": .string(String(format: "%.2f", milliseconds)),
            ])
        return response
    }
}

/// Security headers on every response: no inline script, no framing, no sniffing, and referrers
/// only to this server (so browsers send our own Origin with form posts, which `Form` checks).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppContext

    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws
        -> Response
    {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        response.headers[.init("Cross-Origin-Opener-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// Sets the anti-forgery cookie for browsers that do not have one yet (pages read the token
/// from the context to put it in their forms).
struct CSRFCookieMiddleware: RouterMiddleware {
    typealias Context = AppContext
    static let cookieName = "sextant_csrf"

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws
        -> Response
    {
        var context = context
        if let existing = request.cookies[Self.cookieName]?.value, existing.count == 32,
            existing.allSatisfy(\.isHexDigit)
        {
            context.csrfToken = existing
        } else {
            context.csrfToken = Token.make(bytes: 16)
            context.setsCSRFCookie = true
        }
        var response = try await next(request, context)
        if context.setsCSRFCookie, !request.uri.path.hasPrefix("/api/") {
            response.setCookie(
                Cookie(name: Self.cookieName, value: context.csrfToken, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }
}

/// Turns every error into a response a person can act on: an HTML page for pages, and
/// `{"error": {"code", "message"}}` for the API. Never a stack trace.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let layout: Layout
    /// The routes, to tell a wrong method (405) from a wrong path (404).
    let routes: RouteTable

    func handle(
        _ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response
    ) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            var failure = WebFailure(error)
            if let http = error as? HTTPError, http.status == .notFound {
                let allowed = routes.methods(for: request.uri.path)
                if !allowed.isEmpty {
                    failure = WebFailure(
                        status: .methodNotAllowed, code: "method-not-allowed",
                        message:
                            "\(request.method.rawValue) is not accepted here; use \(allowed.joined(separator: " or "))."
                    )
                    var response =
                        request.uri.path.hasPrefix("/api/")
                        ? failure.jsonResponse(requestID: context.requestID)
                        : layout.errorPage(failure, context: context)
                    response.headers[.allow] = allowed.joined(separator: ", ")
                    return response
                }
            }
            if failure.status.code >= 500 {
                context.logger.error("request failed", metadata: ["error": .string(String(describing: error))])
            } else {
                context.logger.notice(
                    "request refused", metadata: ["code": .string(failure.code), "message": .string(failure.message)])
            }
            var response =
                request.uri.path.hasPrefix("/api/") || request.uri.path == "/openapi.yaml"
                ? failure.jsonResponse(requestID: context.requestID) : layout.errorPage(failure, context: context)
            // A busy server says when to come back.
            if failure.status == .serviceUnavailable { response.headers[.retryAfter] = "2" }
            return response
        }
    }
}

/// An error as the web layer reports it.
struct WebFailure: Error {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    /// The field at fault, when a request body named one.
    var field: String?

    init(status: HTTPResponse.Status, code: String, message: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    /// Maps known errors; anything else is an internal error with no detail exposed.
    init(_ error: any Error) {
        switch error {
        case let failure as WebFailure:
            self = failure
        case let planning as PlanningError:
            // A goal, hours or budget the catalog or the rules refuse: the same on every face.
            self.init(
                status: .unprocessableContent, code: planning.code, message: planning.description,
                field: planning.field)
        case let multipart as MultipartError:
            switch multipart.kind {
            case .malformed: self.init(status: .badRequest, code: "invalid-form", message: multipart.message)
            case .fieldTooLarge:
                self.init(
                    status: .contentTooLarge, code: "field-too-large", message: multipart.message,
                    field: multipart.field)
            }
        case let store as StoreError:
            switch store {
            case .notFound: self.init(status: .notFound, code: "not-found", message: store.description)
            case .invalidExport: self.init(status: .badRequest, code: "invalid-export", message: store.description)
            }
        case let http as HTTPError:
            let code: String
            switch http.status {
            case .notFound: code = "not-found"
            case .contentTooLarge: code = "too-large"
            case .unsupportedMediaType: code = "unsupported-media-type"
            case .methodNotAllowed: code = "method-not-allowed"
            default: code = http.status.code < 500 ? "bad-request" : "internal-error"
            }
            let message =
                http.status == .contentTooLarge
                ? "The request is larger than \(WebLimits.requestBody / 1024) KB; send a smaller posting or profile."
                : (http.body ?? http.status.reasonPhrase)
            self.init(status: http.status, code: code, message: message)
        case let responseError as any HTTPResponseError:
            // Errors Hummingbird and NIO raise themselves (a body over the limit, say).
            let tooLarge = responseError.status == .contentTooLarge
            self.init(
                status: responseError.status,
                code: tooLarge ? "too-large" : (responseError.status.code < 500 ? "bad-request" : "internal-error"),
                message: tooLarge
                    ? "The request is larger than \(WebLimits.requestBody / 1024) KB; send a smaller posting or profile."
                    : responseError.status.reasonPhrase)
        case let decoding as DecodingError:
            let (field, detail) = WebFailure.describe(decoding)
            self.init(
                status: .badRequest, code: "invalid-body",
                message: "The JSON body is not what this endpoint reads: \(detail).",
                field: field)
        default:
            self.init(
                status: .internalServerError, code: "internal-error",
                message:
                    "Something went wrong on the server. It has been logged; try again, and report the request id if it persists."
            )
        }
    }

    /// The field path and a readable reason for a decoding error.
    static func describe(_ error: DecodingError) -> (String?, String) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(
                in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = (path(context.codingPath).isEmpty ? "" : path(context.codingPath) + ".") + key.stringValue
            return (field, "the field '\(field)' is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let field = path(context.codingPath)
            return (field, "the field '\(field)' has the wrong type")
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            return (
                field.isEmpty ? nil : field,
                field.isEmpty
                    ? "it is not valid JSON" : "the field '\(field)' is not valid: \(context.debugDescription)"
            )
        @unknown default:
            return (nil, "it cannot be read")
        }
    }

    func jsonResponse(requestID: String) -> Response {
        struct Body: Encodable {
            struct Detail: Encodable {
                var code: String
                var message: String
                var field: String?
                var requestID: String
            }
            var error: Detail
        }
        let data =
            (try? SextantJSON.data(Body(error: .init(code: code, message: message, field: field, requestID: requestID))))
            ?? Data()
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The router's routes as method and path pattern, filled in once the routes are added.
final class RouteTable: Sendable {
    private let routes = Mutex<[(method: String, segments: [Substring])]>([])

    func set(_ list: [(method: String, path: String)]) {
        routes.withLock { $0 = list.map { ($0.method, $0.path.split(separator: "/")) } }
    }

    /// The methods some route accepts at this path (empty when no route has the path).
    func methods(for path: String) -> [String] {
        let segments = path.split(separator: "/")
        let found = routes.withLock { list in
            list.filter { route in
                route.segments.count == segments.count
                    && zip(route.segments, segments).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
            }.map(\.method)
        }
        return Array(Set(found)).sorted()
    }
}
