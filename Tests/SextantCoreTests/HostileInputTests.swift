import SextantCore
import Testing

/// No input may crash the analyzer: empty, huge, binary, broken encodings, pathological markup.
struct HostileInputTests {
    @Test(arguments: ["", " ", "\n\n\t  \n", "....", "+++", "• • •"])
    func analysesEmptyAndWhitespacePostings(text: String) {
        let analysis = Shared.analyze(text)
        #expect(!analysis.securityRelevant)
        #expect(analysis.certifications.isEmpty)
        #expect(analysis.experience.minYears == nil)
    }

    @Test func analysesTenMegabytesOfText() {
        let paragraph =
            "You hunt threats and respond to incidents in our SOC. 3+ years of experience required. CISSP preferred.\n"
        let text = String(repeating: paragraph, count: 10_000_000 / paragraph.utf8.count + 1)
        let analysis = Shared.analyze(text, title: "SOC Analyst")
        #expect(analysis.textLength >= 10_000_000)
        #expect(analysis.primaryDiscipline == .cybersecurity)
        #expect(analysis.experience.minYears == 3)
    }

    @Test func analysesOnlyTheFirstPartOfAnEnormousPostingAndSaysSo() {
        var analyzer = Shared.analyzer
        analyzer.maximumTextBytes = 1 << 20
        // 3 MB: CISSP near the start, OSCP only past the cap, a multi-byte character across it.
        let filler = String(repeating: "é", count: (1 << 20) / 2)  // exactly 1 MB of two-byte characters
        let text = "CISSP required.\n\n" + filler + "\nOSCP required.\n" + String(repeating: "x", count: 2 << 20)
        let analysis = analyzer.analyze(PostingInput(title: "SOC Analyst", text: text, format: .plain))
        #expect(analysis.certificationIDs == ["cissp"])
        #expect(analysis.warnings.contains("The posting is 3 MB; only its first 1 MB were analysed."))
        #expect(analysis.textLength <= 1 << 20)
    }

    @Test func refusesBinaryInput() {
        #expect(throws: PostingInputError.binary) {
            try PostingBytes.decode([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02])
        }
        let controls = [UInt8](repeating: 0x01, count: 100) + Array("text".utf8)
        #expect(throws: PostingInputError.binary) { try PostingBytes.decode(controls) }
    }

    @Test func repairsInvalidUTF8() throws {
        let bytes = Array("CISSP required. Caf".utf8) + [0xE9, 0xFF] + Array(" au lait.".utf8)
        let decoded = try PostingBytes.decode(bytes)
        #expect(decoded.repaired)
        #expect(decoded.text.contains("\u{FFFD}"))
        #expect(Shared.analyze(decoded.text).certificationIDs == ["cissp"])
        #expect(try PostingBytes.decode(Array("plain".utf8)).repaired == false)
    }

    @Test func handlesDeeplyNestedHTML() {
        let depth = 100_000
        let html =
            String(repeating: "<div>", count: depth) + "CISSP required" + String(repeating: "</div>", count: depth)
        let analysis = Shared.analyze(html, format: .html)
        #expect(analysis.certificationIDs == ["cissp"])
    }

    @Test func handlesMalformedMarkup() {
        let inputs = [
            String(repeating: "<", count: 50_000), String(repeating: "[", count: 50_000) + "](",
            "<scr<script>ipt>alert(1)</script>", "&#xFFFFFFFF; &#0; &bogus; &", "<!-- never closed",
            String(repeating: "a", count: 1_000_000),
        ]
        for input in inputs {
            for format in [PostingFormat.html, .markdown, .auto] {
                _ = Shared.analyze(input, format: format)
            }
        }
    }

    @Test func dropsScriptsAndStylesFromHTMLAndKeepsBlocksAsLines() {
        let html = """
            <html><head><title>x</title><style>p { color: red }</style></head><body>
            <h2>Requirements</h2><ul><li>CISSP</li><li>5 years of experience</li></ul>
            <script>var cissp = "CISM required";</script><p>Tom &amp; Jerry &lt;b&gt;</p></body></html>
            """
        let text = PostingText.plainText(html, format: .html)
        #expect(!text.contains("color"))
        #expect(!text.contains("CISM"))
        #expect(text.contains("Requirements\n• CISSP\n• 5 years of experience"))
        #expect(text.contains("Tom & Jerry <b>"))
    }

    @Test func textWithOnlyInlineMarkupKeepsItsLines() {
        let pasted = "Junior SOC Analyst\nYou monitor <b>alerts</b>.\n<a href=\"x\">Apply</a>"
        #expect(PostingText.plainText(pasted, format: .html) == "Junior SOC Analyst\nYou monitor alerts.\nApply")
        #expect(Shared.analyze(pasted, format: .auto).title == "Junior SOC Analyst")
        // In a document built of blocks, source line breaks stay spaces.
        #expect(PostingText.plainText("<p>One\nsentence</p><p>Two</p>", format: .html) == "One sentence\nTwo")
    }

    @Test func readsWindowsLineBreaks() {
        let analysis = Shared.analyze("Junior SOC Analyst\r\nRequirements:\r\nCISSP certification required.\r\n")
        #expect(analysis.title == "Junior SOC Analyst")
        #expect(analysis.strength(of: "cissp") == .required)
        #expect(
            PostingText.plainText("## Nice to have\r\n* **CISSP**\r\n", format: .markdown) == "Nice to have\n• CISSP")
    }

    /// Found by fuzzing: an entity that decodes to a carriage return came through as one.
    @Test(arguments: [
        "<p>Junior SOC Analyst&#13;CISSP required</p>", "<p>Junior SOC Analyst&#xd;&#xA;CISSP required</p>",
    ])
    func entitiesNeverBringBackCarriageReturns(html: String) {
        let text = PostingText.plainText(html, format: .html)
        #expect(!text.utf8.contains(0x0D))
        #expect(text.hasPrefix("Junior SOC Analyst\n"))
    }

    @Test func stripsMarkdownMarkup() {
        let text = PostingText.plainText(
            "## Nice to have\n* **CISSP** — see [ISC2](https://isc2.org)", format: .markdown)
        #expect(text == "Nice to have\n• CISSP — see ISC2")
        #expect(Shared.analyze("## Nice to have\n* **CISSP**", format: .auto).strength(of: "cissp") == .preferred)
    }
}
