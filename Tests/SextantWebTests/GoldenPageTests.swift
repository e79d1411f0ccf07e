import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SextantWeb

/// The analysis page for a posting we wrote (Tests/Fixtures/golden/posting.txt), compared with a
/// copy read and checked by hand: the words people see change only on purpose.
struct GoldenPageTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")

    /// The page's main content, with the per-browser anti-forgery token blanked.
    static func main(of page: String) -> String {
        guard let start = page.range(of: "<main id=\"main\">"), let end = page.range(of: "</main>") else { return page }
        var main = String(page[start.lowerBound..<end.upperBound])
        while let token = main.range(of: #"name="_csrf" value="[0-9a-f]+""#, options: .regularExpression) {
            main.replaceSubrange(token, with: #"name="_csrf" value="TOKEN""#)
        }
        return main + "\n"
    }

    @Test func theAnalysisPageReadsAsCheckedByHand() async throws {
        let posting = try String(contentsOf: Self.folder.appendingPathComponent("posting.txt"), encoding: .utf8)
        try await WebTest.app().test(.router) { client in
            var browser = WebTest.Browser(client)
            _ = try await browser.get("/")
            let page = String(buffer: try await browser.post("/analyze", ["text": posting]).body)
            let actual = Self.main(of: page)
            let golden = Self.folder.appendingPathComponent("analysis-page.html")
            let expected = try String(contentsOf: golden, encoding: .utf8)
            if actual != expected {
                let written = FileManager.default.temporaryDirectory.appendingPathComponent("analysis-page.actual.html")
                try actual.write(to: written, atomically: true, encoding: .utf8)
                Issue.record("the analysis page differs from \(golden.path); this run's page is in \(written.path)")
            }
        }
    }
}
