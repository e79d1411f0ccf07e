import Foundation
import SextantCore
import Testing
import ZIPFoundation

@testable import SextantData

/// The importer on fixtures written for it (Tests/Fixtures/import): every job's months, the
/// degree level and each certification's date, checked against the files by hand.
struct ProfileImporterTests {
    static let base = try! KnowledgeBaseLoader.load()
    static let importer = ProfileImporter(knowledgeBase: base)
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/import/\(name)").path
    }
    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    func check(_ imported: ProfileImport, jobs: [(String, String, String?)], degree: Degree, certs: [(String, String)])
    {
        let profile = imported.profile
        #expect(profile.experience.map(\.title) == jobs.map(\.0))
        #expect(profile.experience.map(\.start) == jobs.map { Self.day($0.1) })
        #expect(profile.experience.map(\.end) == jobs.map { $0.2.map(Self.day) })
        #expect(profile.education.map(\.degree) == [degree])
        #expect(profile.certifications.map(\.id.rawValue) == certs.map(\.0))
        #expect(profile.certifications.map(\.earned) == certs.map { Self.day($0.1) })
        #expect(imported.unread.isEmpty, "\(imported.unread)")
        #expect(imported.estimates.count == jobs.count)
        // It runs through eligibility unchanged.
        #expect(
            profile.validate(against: Self.base, asOf: Self.day("2026-12-04")).filter { $0.severity == .error }.isEmpty)
    }

    @Test func readsAJSONResume() throws {
        check(
            try Self.importer.read(path: Self.fixture("resume.json")),
            jobs: [("Security Analyst", "2021-03-01", nil), ("IT Support Technician", "2018-06-01", "2021-02-28")],
            degree: .bachelor, certs: [("securityplus", "2020-03-15"), ("ccna", "2019-11-02")])
    }

    @Test func readsALinkedInExportFolder() throws {
        let imported = try Self.importer.read(path: Self.fixture("linkedin"))
        check(
            imported,
            jobs: [
                ("Network Administrator", "2019-06-01", nil),
                ("Junior Systems Administrator", "2016-09-01", "2019-05-31"),
            ],
            degree: .master, certs: [("cissp", "2022-01-01"), ("cka", "2021-03-01")])
        #expect(imported.profile.certifications[1].expires == Self.day("2024-03-31"))
    }

    @Test func readsATextCV() throws {
        let imported = try Self.importer.read(path: Self.fixture("cv.txt"))
        check(
            imported,
            jobs: [("Security Engineer", "2021-03-01", nil), ("Systems Administrator", "2018-06-01", "2021-02-28")],
            degree: .bachelor, certs: [("securityplus", "2019-09-01"), ("cissp", "2023-05-01")])
        #expect(imported.profile.education.first?.field == "Computer Science")
        // The security engineer's words put the job high; the estimate names them.
        #expect(imported.estimates[0].securityShare >= 0.5 && imported.estimates[0].words.contains("siem"))
    }

    @Test(
        arguments: [
            ("March 2021 – Present", "2021-03-01", nil), ("06/2018 – 02/2021", "2018-06-01", "2021-02-28"),
            ("2019–2022", "2019-01-01", "2022-12-31"), ("Sept 2016 - May 2018", "2016-09-01", "2018-05-31"),
            ("März 2020 – heute", "2020-03-01", nil), ("janv. 2019 - aujourd'hui", "2019-01-01", nil),
            ("mei 2018 - heden", "2018-05-01", nil), ("seit 2020", "2020-01-01", nil),
        ] as [(String, String, String?)])
    func readsPeriodsAsPeopleWriteThem(_ text: String, _ start: String, _ end: String?) throws {
        let range = try #require(ResumeDates.range(in: text)?.range)
        #expect(range.start == Self.day(start))
        #expect(range.end == end.map(Self.day))
    }

    /// A DOCX as Word writes it: paragraphs of runs, a tab between a title and its dates, German
    /// month names, and text split across runs mid-word.
    static func docx(_ paragraphs: [[String]]) throws -> Data {
        func run(_ text: String) -> String {
            text == "\t" ? "<w:r><w:tab/></w:r>" : "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
        }
        let body = paragraphs.map { "<w:p>" + $0.map(run).joined() + "</w:p>" }.joined()
        let document = Data(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """.utf8)
        let archive = try Archive(accessMode: .create)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(document.count), compressionMethod: .deflate
        ) { position, size in document.subdata(in: Int(position)..<Int(position) + size) }
        return try #require(archive.data)
    }

    @Test func readsADOCXCV() throws {
        let data = try Self.docx([
            ["Kim Beispiel"], ["Berufserfahrung"],
            ["IT-Sicherheits", "analyst", "\t", "März 2020 – heute"],
            ["Überwachung des SIEM, Incident Response und Schwachstellenscans."],
            ["Systemadministrator", "\t", "Sept. 2016 – Feb. 2020"],
            ["Betrieb von Linux-Servern und Backups."],
            ["Ausbildung"], ["Master of Science Informatik, 2014–2016"],
            ["Zertifikate"], ["CISSP (Juni 2022)"],
        ])
        let imported = try Self.importer.read(data: data, name: "lebenslauf.docx")
        #expect(imported.source == "CV (DOCX)")
        check(
            imported,
            jobs: [("IT-Sicherheitsanalyst", "2020-03-01", nil), ("Systemadministrator", "2016-09-01", "2020-02-29")],
            degree: .master, certs: [("cissp", "2022-06-01")])
    }

    @Test func refusesADOCXWithoutADocument() throws {
        let archive = try Archive(accessMode: .create)
        let text = Data("hello".utf8)
        try archive.addEntry(with: "notes.txt", type: .file, uncompressedSize: Int64(text.count)) { position, size in
            text.subdata(in: Int(position)..<Int(position) + size)
        }
        let data = try #require(archive.data)
        #expect(throws: ProfileImporter.ImportError.self) {
            try Self.importer.read(data: data, name: "cv.docx")
        }
    }

    /// A ZIP whose directory points past its end (a fuzzer found that ZIPFoundation's in-memory
    /// reader traps on it): refused with the file's name, never a crash.
    @Test func aZIPPointingPastItsEndIsRefused() throws {
        var data = try Self.docx([["Security Engineer", "\t", "2020 – 2022"]])
        let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let directory = try #require(
            (0...(data.count - 46)).first { index in (0..<4).allSatisfy { data[index + $0] == signature[$0] } })
        for (offset, byte) in [0xF0, 0xFF, 0xFF, 0x7F].enumerated() { data[directory + 42 + offset] = UInt8(byte) }
        let error = #expect(throws: ProfileImporter.ImportError.self) {
            try Self.importer.read(data: data, name: "broken.docx")
        }
        #expect(error?.file == "broken.docx")
    }
}
