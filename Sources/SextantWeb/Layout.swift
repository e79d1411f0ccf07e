import Foundation
import Hummingbird
import NIOCore
import SextantCore

/// The page shell: header, navigation, main content, footer; and the error page.
struct Layout: Sendable {
    let knowledgeBaseVersion: String

    enum Section: String, CaseIterable {
        case analyze = "Analyze"
        case catalog = "Certifications"
        case roles = "Work roles"
        case profile = "Profile & plan"
        case survey = "Survey"
        case saved = "Saved"

        var path: String {
            switch self {
            case .analyze: "/"
            case .catalog: "/certifications"
            case .roles: "/roles"
            case .profile: "/profile"
            case .survey: "/survey"
            case .saved: "/saved"
            }
        }
    }

    func page(_ title: String, active: Section?, status: HTTPResponse.Status = .ok, body: HTML) -> Response {
        let navigation = HTML.join(
            Section.allCases.map { section in
                let current: HTML = section == active ? " aria-current=\"page\"" : ""
                return "<li><a href=\"\(section.path)\"\(current)>\(section.rawValue)</a></li>"
            })
        let html: HTML = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Sextant</title>
            <link rel="stylesheet" href="/static/app.css">
            <script src="/static/app.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="site">
            <a class="brand" href="/">Sextant</a>
            <nav aria-label="Main"><ul>\(navigation)</ul></nav>
            </header>
            <main id="main">
            \(body)
            </main>
            <footer class="site">
            <p>Sextant runs on this machine; nothing you paste leaves it. Knowledge base \(knowledgeBaseVersion).
            <a href="/openapi.yaml">JSON API</a></p>
            </footer>
            </body>
            </html>
            """
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html.rendered)))
    }

    func errorPage(_ failure: WebFailure, context: AppContext) -> Response {
        let body: HTML = """
            <h1>\(failure.status.code) · \(failure.status.reasonPhrase)</h1>
            <p class="lead">\(failure.message)</p>
            <p><a href="/">Back to Sextant</a></p>
            <p class="muted">Request id \(context.requestID)</p>
            """
        return page(failure.status.reasonPhrase, active: nil, status: failure.status, body: body)
    }

    /// The hidden anti-forgery field every form carries.
    static func csrfField(_ context: AppContext) -> HTML {
        "<input type=\"hidden\" name=\"_csrf\" value=\"\(context.csrfToken)\">"
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// Badges for confidence, so an unconfirmed fact is never shown as settled.
enum Badges {
    static func confidence(_ confidence: Confidence) -> HTML {
        switch confidence {
        case .official: "<span class=\"badge official\" title=\"Seen on the issuer's own page\">official</span>"
        case .secondary:
            "<span class=\"badge secondary\" title=\"Seen only in a secondary source: verify with the issuer\">secondary — verify</span>"
        case .unconfirmed:
            "<span class=\"badge unconfirmed\" title=\"Not confirmed by any source: verify before relying on it\">unconfirmed</span>"
        }
    }

    static func discipline(_ discipline: PrimaryDiscipline) -> HTML {
        let name = discipline.discipline?.displayName ?? "Not security"
        return "<span class=\"discipline \(discipline.rawValue)\">\(name)</span>"
    }
}
