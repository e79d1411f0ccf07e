import Testing

@testable import SextantCore

struct TextFoldingTests {
    @Test(arguments: [
        ("Sécurité de l'information", "securite de l information"),
        ("Informationssicherheit", "informationssicherheit"),
        ("Straße", "strasse"),
        ("ISO27001", "iso 27001"),
        ("ISO/IEC 27001", "iso iec 27001"),
        ("(ISC)²", "isc 2"),
        ("ISC2", "isc 2"),
        ("Security+", "security +"),
        ("Security+ ce", "security + ce"),
        ("C|EH", "c eh"),
        ("SY0-701", "sy 0 701"),
        ("CIPP/E", "cipp e"),
        ("  Cyber-Security\tAnalyst ", "cyber security analyst"),
        ("Œuvre", "oeuvre"),
    ])
    func foldsPhrasesToComparableKeys(text: String, key: String) {
        #expect(TextFolding.key(text) == key)
    }

    @Test func plainSecurityIsNotSecurityPlus() {
        #expect(TextFolding.key("security") != TextFolding.key("Security+"))
    }

    @Test func textWithoutLettersHasNoKey() {
        #expect(TextFolding.key(" -- // ").isEmpty)
    }
}

struct EditDistanceTests {
    @Test(arguments: [
        ("cisp", "cissp", 1), ("kitten", "sitting", 3), ("", "abc", 3), ("same", "same", 0),
        // Two neighbouring letters swapped is one slip; swapped and then one more edit is two.
        ("cisps", "cissp", 1), ("ab", "ba", 1), ("ca", "abc", 3), ("icsp", "cissp", 2),
    ])
    func countsEdits(a: String, b: String, expected: Int) {
        #expect(EditDistance.distance(a, b) == expected)
    }

    @Test func suggestsTheClosestCandidateFirst() {
        let suggestions = EditDistance.suggestions(for: "cisp", among: ["cism", "cissp", "ceh", "oscp"])
        // cism and cissp are both one edit away; a left-out letter is the likelier slip.
        #expect(suggestions.first == "cissp")
        #expect(suggestions.contains("cism"))
        #expect(!suggestions.contains("ceh"))
    }

    @Test func suggestsNothingForUnrelatedText() {
        #expect(EditDistance.suggestions(for: "zzzzzzzz", among: ["cissp", "cism"]).isEmpty)
    }
}
