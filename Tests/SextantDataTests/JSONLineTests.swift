import Testing

@testable import SextantData

/// The fast JSONL reader gives exactly what JSONSerialization gives, or steps aside for it.
struct JSONLineTests {
    static let lines: [String] = [
        #"{"id": "a1", "title": "SOC Analyst", "description": "Triage alerts. CISSP required."}"#,
        #"  {"description":"Tabs\tand \"quotes\" and \\ and \/ slashes\nnew line","title":"T"}  "#,
        #"{"id": 42, "description": "numeric id"}"#,
        #"{"id": 4.50, "description": "decimal id", "company": true}"#,
        #"{"description": "emoji \ud83d\ude00 and \u00e9 and \u0041", "location": "Zürich"}"#,
        #"{"description": "lone \ud83d surrogate"}"#,
        #"{"description": "lone low \ude00 surrogate"}"#,
        #"{"description": "x", "tags": ["a", {"b": [1, 2.5e-3, -0, null, false]}], "salary": {"min": 1}}"#,
        #"{"text": "falls back to text", "description": null}"#,
        #"{"description": 7}"#,
        #"{"title": "no description"}"#,
        #"{"description": "   "}"#,
        #"{"description": "dup", "description": "licate"}"#,
        #"{"description": "x",}"#,
        #"{"description": "x"} trailing"#,
        #"{"description": "unterminated}"#,
        #"{"description": "bad \q escape"}"#,
        #"{"description": "x", "n": 01}"#,
        #"{"description": "x", "n": 1.}"#,
        #"{"description": "x", "n": -}"#,
        #"{"description": "x", "n": tru}"#,
        "{\"description\": \"raw\u{1}control\"}",
        #"["not", "an", "object"]"#,
        #"{"source": "github:x/y", "posted": "2026-01-02", "id": "", "description": "empty id"}"#,
        #"{"title": "", "description": "empty title"}"#,
        "{\"description\": \"\u{FEFF}starts with a byte-order mark\\nand \u{FEFF}after an escape, \u{FEFF}mid\"}",
        #"{"description": "escaped \ufeff mark"}"#,
        "{\"description\": \"after an escape\\n a long run, é ü ß, then\u{1}a control byte\"}",
        "{\"description\": \"after an escape\\t runs of é and “quotes” \\\" to the end\"}",
        #"{"description": "nested", "x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
    ]

    @Test(arguments: Self.lines)
    func readsAsJSONSerializationDoes(line: String) {
        let bytes = Array(line.utf8)[...]
        let fast = SurveyRecords.jsonLine(bytes, source: "in.jsonl", line: 3)
        let slow = SurveyRecords.jsonLine(bytes, source: "in.jsonl", line: 3, fastPath: false)
        #expect(fast == slow)
    }

    /// Bytes that are not UTF-8 are replaced (and warned about) the same way on both paths.
    @Test func repairsBrokenUTF8AsTheSlowPathDoes() throws {
        let line = Array(#"{"id": "b", "description": "caf"#.utf8) + [0xE9, 0xFF] + Array(#" au lait"}"#.utf8)
        let fast = SurveyRecords.jsonLine(line[...], source: "in.jsonl", line: 7)
        let slow = SurveyRecords.jsonLine(line[...], source: "in.jsonl", line: 7, fastPath: false)
        #expect(fast == slow)
        let record = try fast.get()
        #expect(record.input.text == "caf\u{FFFD}\u{FFFD} au lait")
        #expect(
            record.input.warnings == ["in.jsonl line 7 was not valid UTF-8; unreadable bytes were replaced with �."])
    }

    @Test func readsTheCommonCaseWithoutFoundation() {
        let line = Array(#"{"id": "a1", "title": "T", "description": "d\u00e9", "extra": [1, {"k": null}]}"#.utf8)
        let fields = line.withUnsafeBufferPointer {
            FlatJSONObject.strings($0, wanted: SurveyRecords.wantedFields)
        }
        #expect(fields == ["id": "a1", "title": "T", "description": "dé"])
        // A number in a wanted field, and deep nesting, are left to JSONSerialization.
        let number = Array(#"{"id": 1, "description": "d"}"#.utf8)
        #expect(number.withUnsafeBufferPointer { FlatJSONObject.strings($0, wanted: ["id"]) } == nil)
        let deep = Array(
            ("{\"x\": " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}").utf8)
        #expect(deep.withUnsafeBufferPointer { FlatJSONObject.strings($0, wanted: ["id"]) } == nil)
    }
}
