import SextantCore
import Testing

struct TokenizerTests {
    func sentences(_ text: String) -> [String] {
        let stream = Shared.analyzer.tokenizerForTests.tokenize(text)
        let bytes = Array(text.utf8)
        return stream.sentences.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
    }

    @Test func splitsSentencesAtFullStopsLineBreaksAndBullets() {
        #expect(
            sentences("We hunt threats. You respond.\nRequirements • CISSP") == [
                "We hunt threats", "You respond", "Requirements", "CISSP",
            ])
    }

    @Test func keepsAbbreviationsAndDecimalsInsideASentence() {
        #expect(sentences("Use tools e.g. Splunk and 3.5 years in SOC.").count == 1)
        #expect(sentences("Ca. 3 Jahre Erfahrung bzw. mehr.").count == 1)
    }

    @Test func splitsSentencesThatLostTheirLineBreak() {
        #expect(sentences("strong experience.AWS certifications") == ["strong experience", "AWS certifications"])
        #expect(sentences("related field.3+ years") == ["related field", "3+ years"])
        #expect(sentences("Qualifications:Bachelor") == ["Qualifications:Bachelor"])
    }

    @Test func splitsUnknownGluedWordsButNotKnownOnes() {
        // "handle" and "response" are known words; "PowerShell" is one word in the lexicon.
        #expect(sentences("incident response planHandle onboarding").count == 2)
        #expect(sentences("Automate with PowerShell scripts").count == 1)
    }
}
