import Foundation
import SextantCore
import SextantData
import Testing

/// Reading survey inputs: CSV, JSONL, folders, and what a person sees when one is broken.
@Suite struct SurveyInputTests {
    func file(_ name: String, _ contents: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-input-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    func records(_ path: String) throws -> [CSVReader.Record] {
        let reader = try CSVReader(path: path)
        var records: [CSVReader.Record] = []
        while let record = reader.next() { records.append(record) }
        return records
    }

    @Test func readsQuotedFieldsLineBreaksAndDoubledQuotes() throws {
        let path = try file(
            "a.csv",
            "\u{FEFF}id,title,description\r\n1,\"Analyst, SOC\",\"Line one\nline \"\"two\"\"\"\r\n\r\n2,Engineer,plain\n"
        )
        #expect(
            try records(path) == [
                .fields(["id", "title", "description"], line: 1),
                .fields(["1", "Analyst, SOC", "Line one\nline \"two\""], line: 2),
                .fields(["2", "Engineer", "plain"], line: 5),
            ])
    }

    @Test func numbersLinesEndedByABareCarriageReturn() throws {
        // Found by the readers fuzz target: bare CRs ended records without advancing the line number.
        let path = try file("r.csv", "id,description\r1,one\r\r2,\"two\rlines\"\r3,\"x\"y\r")
        #expect(
            try records(path) == [
                .fields(["id", "description"], line: 1),
                .fields(["1", "one"], line: 2),
                .fields(["2", "two\rlines"], line: 4),
                .broken(
                    line: 6,
                    message: "text after the closing quote of field 2 (a quote inside a quoted field is written \"\")"),
            ])
    }

    @Test func reportsBrokenQuotingAndReadsOn() throws {
        let path = try file("b.csv", "id,description\n1,\"closed\"then text\n2,fine\n3,\"never closed\n4,lost\n")
        #expect(
            try records(path) == [
                .fields(["id", "description"], line: 1),
                .broken(
                    line: 2,
                    message: "text after the closing quote of field 2 (a quote inside a quoted field is written \"\")"),
                .fields(["2", "fine"], line: 3),
                .broken(line: 4, message: "a quoted field opens on this line and never closes (an unmatched \")"),
            ])
    }

    @Test func namesTheMissingColumnAndTheFlag() throws {
        let path = try file("c.csv", "id,body\n1,text\n")
        #expect(throws: PostingSourceError.self) { try SurveyInputReader(paths: [path]) }
        do {
            _ = try SurveyInputReader(paths: [path])
        } catch {
            #expect(error.description.contains("no 'description' column"))
            #expect(error.description.contains("'id', 'body'"))
            #expect(error.description.contains("--description-column"))
        }
        var columns = SurveyCSVColumns()
        columns.description = "body"
        let reader = try SurveyInputReader(paths: [path], columns: columns)
        let batch = try #require(reader.nextBatch())
        guard case .record(let record) = batch.first else {
            Issue.record("expected a record, got \(batch)")
            return
        }
        #expect(record.input.text == "text")
        #expect(record.line == 2)
    }

    @Test func aBadJSONLineIsReportedWithItsNumberAndTheRestIsAnalysed() async throws {
        let lines = [
            #"{"id": "1", "title": "SOC Analyst", "description": "Monitor the SIEM. Security+ required."}"#,
            #"{"id": "2", "title": "Pentester", "description": "Test web apps. OSCP preferred."}"#,
            #"{"id": "3", "title": "broken", "description": "a cut line"#,
            #"{"id": "4", "title": "CISO", "description": "Lead the security programme. CISSP required."}"#,
            "",
            #"{"id": "5", "title": "No text"}"#,
            #"{"id": "6", "title": "IAM Engineer", "description": "Run Okta and Entra ID."}"#,
        ]
        let path = try file("d.jsonl", lines.joined(separator: "\n"))
        let reader = try SurveyInputReader(paths: [path], batchSize: 2)
        let analyzer = PostingAnalyzer(knowledgeBase: try KnowledgeBaseLoader.load())
        let tally = try await SurveyPipeline.run(reader, analyzer: analyzer, jobs: 2, groupBy: nil, writesRows: false)
        let summary = tally.summary(
            knowledgeBaseVersion: "x", certificationName: { _ in nil }, inputs: reader.names, sextantVersion: "x")
        #expect(summary.method.analysed == 4)
        #expect(summary.method.broken == 2)
        #expect(summary.method.brokenRecords.map(\.line) == [3, 6])
        #expect(summary.method.brokenRecords[0].message.hasPrefix("not valid JSON"))
        #expect(summary.method.brokenRecords[1].message.contains("no \"description\""))
        #expect(summary.method.brokenRecords.allSatisfy { $0.source == path })
    }

    /// A read that fails midway (the kernel's EIO for /proc/self/mem, behind a .jsonl link) is reported as a problem
    /// in the survey, not taken for the end of the file.
    @Test func aReadErrorIsReportedAsAProblem() throws {
        let link = URL(fileURLWithPath: try file("placeholder.txt", "")).deletingLastPathComponent()
            .appendingPathComponent("mem.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/proc/self/mem")
        defer {
            try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: link).deletingLastPathComponent().path)
        }
        let reader = try SurveyInputReader(paths: [link])
        let records = reader.nextBatch() ?? []
        let messages = records.compactMap { record -> String? in
            if case .problem(let problem) = record { return problem.message } else { return nil }
        }
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("reading stopped here") == true)
        #expect(reader.nextBatch() == nil)
    }

    @Test func readsAJSONLineOfTwentyMegabytes() throws {
        let description = String(repeating: "SOC work. ", count: 2 << 20)  // 20 MB
        let line = #"{"id": "big", "title": "SOC Analyst", "description": ""# + description + #""}"#
        let path = try file("big.jsonl", line + "\n" + #"{"id": "next", "description": "small"}"# + "\n")
        let reader = try SurveyInputReader(paths: [path])
        let batch = try #require(reader.nextBatch())
        let records = batch.map(SurveyRecords.decode)
        #expect(records.count == 2)
        #expect(try records[0].get().input.text.utf8.count == 20 << 20)
        #expect(try records[1].get().line == 2)
    }

    @Test func readsAFolderOfPostingFilesInNameOrder() throws {
        let first = try file("b.md", "# Security Engineer\nHarden our cloud.")
        let folder = (first as NSString).deletingLastPathComponent
        try Data("SOC Analyst\nWatch the SIEM.".utf8).write(to: URL(fileURLWithPath: folder + "/a.txt"))
        try Data("ignored".utf8).write(to: URL(fileURLWithPath: folder + "/notes.pdf"))
        let reader = try SurveyInputReader(paths: [folder])
        let batch = try #require(reader.nextBatch())
        let decoded = batch.map(SurveyRecords.decode)
        let titles = decoded.compactMap { try? $0.get().input.id }
        #expect(titles == [folder + "/a.txt", folder + "/b.md"])
        #expect(reader.nextBatch() == nil)
    }

    @Test func aFolderWithoutPostingsSaysWhatItWants() throws {
        let path = try file("notes.pdf", "x")
        let folder = (path as NSString).deletingLastPathComponent
        #expect(throws: PostingSourceError.emptyFolder(path: folder)) { try SurveyInputReader(paths: [folder]) }
        #expect(throws: PostingSourceError.unreadable(path: folder + "/missing.jsonl")) {
            try SurveyInputReader(paths: [folder + "/missing.jsonl"])
        }
    }

    @Test func lineReaderJoinsLinesAcrossChunksAndDropsCarriageReturns() throws {
        // The reader reads 1 MiB at a time: a 1.5 MB line spans two reads, and the last line has no break.
        let long = String(repeating: "x", count: 1_500_000)
        let path = try file("long.jsonl", "first\r\n\(long)\nlast")
        let reader = try LineReader(path: path)
        var lines: [String] = []
        while let line = reader.next() { lines.append(String(decoding: line.bytes, as: UTF8.self)) }
        #expect(lines == ["first", long, "last"])
        #expect(reader.lineNumber == 3)
        #expect(reader.bytesRead == 7 + 1_500_000 + 1 + 4)
    }

    @Test func aFolderGivenAsAFileSaysSo() throws {
        // It used to crash inside Foundation's read ("Is a directory").
        let path = try file("a.jsonl", "{}")
        let folder = (path as NSString).deletingLastPathComponent
        #expect(throws: PostingSourceError.folderNotFile(path: folder)) { try LineReader(path: folder) }
        #expect(PostingSourceError.folderNotFile(path: folder).description.contains("is a folder"))
    }
}
