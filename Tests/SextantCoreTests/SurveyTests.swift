import Foundation
import Testing

@testable import SextantCore

/// Short postings written for these tests; each line says what it should count as.
enum SurveyFixtures {
    /// Cybersecurity, entry level by title, CISSP required with 1-2 years: a conflict.
    static let juniorSOC = SurveyRecord(
        input: PostingInput(
            id: "a", title: "Junior SOC Analyst",
            text: """
                You monitor alerts in our SOC, hunt threats and support incident response with our EDR and SIEM.
                Requirements: CISSP certification required. 1-2 years of experience in security operations.
                """),
        company: "Acme", location: "Berlin, Germany", posted: "2025-03-14", source: "test.jsonl", line: 1)

    /// Information security governance, CISM preferred, 5 years.
    static let isoOfficer = SurveyRecord(
        input: PostingInput(
            id: "b", title: "Information Security Officer (m/w/d)",
            text: """
                You own our ISMS under ISO 27001, run risk assessments, write security policies and report to the board.
                Requirements: at least 5 years of experience in information security governance and risk management.
                CISM is a plus.
                """),
        company: "Acme", location: "Munich, Bavaria, Deutschland", posted: "2025-04-02", source: "test.jsonl", line: 2)

    /// Not security work.
    static let dataAnalyst = SurveyRecord(
        input: PostingInput(
            id: "c", title: "Data Analyst",
            text: """
                You build dashboards in Power BI, write SQL queries and present insights to marketing.
                Requirements: 2 years of experience with SQL and Excel.
                """),
        company: "Beta", location: "San Jose, CA", posted: "2025-03-30", source: "test.jsonl", line: 3)

    /// Many postings made from the three above with variations, for determinism checks.
    static func many(_ count: Int) -> [SurveyRecord] {
        let bases = [juniorSOC, isoOfficer, dataAnalyst]
        let certifications = ["CISSP", "CISM", "Security+", "OSCP", "GCIH", "CISA"]
        let places = ["Paris, France", "Austin, TX", "Amsterdam, Nederland", "Vienna, Austria", ""]
        return (0..<count).map { index in
            var record = bases[index % 3]
            record.input.id = "p\(index)"
            record.input.title = (record.input.title ?? "") + (index % 7 == 0 ? " (m/f/d)" : "")
            record.input.text +=
                "\n\(certifications[index % certifications.count]) is \(index % 2 == 0 ? "required" : "a plus")."
            record.input.text += "\nAt least \(index % 11) years of experience."
            record.location = places[index % places.count]
            record.company = "Company \(index % 13)"
            record.line = index + 1
            return record
        }
    }
}

@Suite struct SurveyTallyTests {
    func tally(_ records: [SurveyRecord], groupBy: SurveyGroupField? = nil) -> SurveyTally {
        var tally = SurveyTally(groupBy: groupBy)
        for record in records { tally.add(record, Shared.analyzer.analyze(record.input)) }
        return tally
    }

    func summary(_ tally: SurveyTally) -> SurveySummary {
        tally.summary(knowledgeBase: Shared.knowledgeBase, inputs: ["test.jsonl"], sextantVersion: "test")
    }

    @Test func countsSecurityWorkCertificationsAndFindings() {
        let s = summary(tally([SurveyFixtures.juniorSOC, SurveyFixtures.isoOfficer, SurveyFixtures.dataAnalyst]))
        #expect(s.method.analysed == 3)
        #expect(s.method.broken == 0)
        #expect(s.securityRelevant.count == 2)
        #expect(s.securityRelevant.of == 3)
        #expect(s.securityRelevant.share == 0.6667)

        let cissp = s.certifications.top.first { $0.id.rawValue == "cissp" }
        #expect(cissp?.postings == 1)
        #expect(cissp?.required == 1)
        #expect(cissp?.share == 0.5)
        let cism = s.certifications.top.first { $0.id.rawValue == "cism" }
        #expect(cism?.preferred == 1)
        #expect(cism?.required == 0)
        #expect(s.certifications.postingsNamingAny == SurveyShare(count: 2, of: 2))
        #expect(s.certifications.postingsRequiringAny == SurveyShare(count: 1, of: 2))

        let conflict = s.findings.first { $0.code == "certification-experience-conflict" }
        #expect(conflict?.postings == 1)
        #expect(conflict?.examples.first?.title == "Junior SOC Analyst")
        #expect(conflict?.examples.first?.id == "a")

        // The junior SOC posting is entry level and asks 1 year: not "3 or more".
        #expect(s.experience.entryLevelAskingThreePlus == SurveyShare(count: 0, of: 1))
        let disciplines = Dictionary(uniqueKeysWithValues: s.disciplines.map { ($0.key, $0.count) })
        #expect(disciplines["cybersecurity"] == 1)
        #expect(disciplines["informationSecurity"] == 1)
        // The title × content table counts every posting, the data analyst too.
        #expect(s.titles.matrix.map(\.postings).reduce(0, +) == 3)
    }

    @Test func listsTheBrokenRecordsWithTheirPlace() {
        var tally = tally([SurveyFixtures.juniorSOC])
        tally.addProblem(SurveyProblem(source: "x.jsonl", line: 7, message: "not valid JSON"))
        let s = summary(tally)
        #expect(s.method.records == 2)
        #expect(s.method.broken == 1)
        #expect(s.method.brokenRecords == [SurveyProblem(source: "x.jsonl", line: 7, message: "not valid JSON")])
    }

    @Test func mergingBatchesInOrderEqualsCountingOneByOne() {
        let records = SurveyFixtures.many(90)
        let whole = summary(tally(records, groupBy: .country))
        var merged = SurveyTally(groupBy: .country)
        for start in stride(from: 0, to: records.count, by: 8) {
            merged.merge(tally(Array(records[start..<min(start + 8, records.count)]), groupBy: .country))
        }
        #expect(summary(merged) == whole)
    }

    @Test func groupsByCountryReadingLocalNamesAndStates() {
        let s = summary(
            tally([SurveyFixtures.juniorSOC, SurveyFixtures.isoOfficer, SurveyFixtures.dataAnalyst], groupBy: .country))
        let groups = Dictionary(uniqueKeysWithValues: (s.groups?.groups ?? []).map { ($0.key, $0.postings) })
        #expect(groups == ["Germany": 2, "United States": 1])
    }

    @Test(arguments: [
        ("San Jose, CA", "United States"), ("Lohr, Bavaria, Germany", "Germany"), ("België", "Belgium"),
        ("Paris, Île-de-France, France", "France"), ("San Francisco Bay Area", "San Francisco Bay Area"),
        ("Austin, TX, US", "United States"), ("Palo Alto, CA 94305", "United States"),
        ("Tampa, Florida", "United States"),
    ])
    func readsTheCountryOfALocation(location: String, country: String) {
        #expect(SurveyGroupField.country(of: location) == country)
    }

    @Test(arguments: ["not stated", "Remote", "  ", "N/A"])
    func aLocationThatNamesNoPlaceHasNoCountry(location: String) {
        #expect(SurveyGroupField.country(of: location) == nil)
    }

    @Test func countsTitlesWithoutTheirGenderMarker() {
        #expect(TitleCounts.key("Security Analyst (m/w/d)") == TitleCounts.key("security analyst m/f/d"))
        #expect(TitleCounts.key("Security Analyst (m/w/d)") == "security analyst")
        #expect(TitleCounts.key("Analyste SOC H/F") == "analyste soc")
    }
}

@Suite struct SurveyRunnerTests {
    static func runner(jobs: Int) -> SurveyRunner<SurveyRecord> {
        SurveyRunner(analyzer: Shared.analyzer, jobs: jobs, groupBy: .company) { record in
            // Line 0 mod 50 stands for a record that cannot be read.
            record.line % 50 == 0
                ? .failure(SurveyProblem(source: record.source, line: record.line, message: "broken on purpose"))
                : .success(record)
        }
    }

    static func run(jobs: Int, records: [SurveyRecord], batch: Int) async throws -> (Data, String) {
        var remaining = records[...]
        var rows = ""
        let tally = try await runner(jobs: jobs).run(
            next: {
                guard !remaining.isEmpty else { return nil }
                defer { remaining = remaining.dropFirst(batch) }
                return Array(remaining.prefix(batch))
            },
            onBatch: { rows += $0.rows })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let summary = tally.summary(knowledgeBase: Shared.knowledgeBase, inputs: ["x"], sextantVersion: "test")
        return (try encoder.encode(summary), rows)
    }

    @Test func givesTheSameBytesForAnyNumberOfJobs() async throws {
        let records = SurveyFixtures.many(240)
        let (one, oneRows) = try await Self.run(jobs: 1, records: records, batch: 9)
        let (two, twoRows) = try await Self.run(jobs: 2, records: records, batch: 9)
        let (five, fiveRows) = try await Self.run(jobs: 5, records: records, batch: 9)
        #expect(one == two)
        #expect(one == five)
        #expect(oneRows == twoRows)
        #expect(oneRows == fiveRows)
        // Rows come out in input order, one per readable record (4 of the 240 are broken).
        let lines = oneRows.split(separator: "\r\n")
        #expect(lines.count == 236)
        #expect(lines.first?.hasPrefix("p0,") == true)
        #expect(lines.last?.hasPrefix("p239,") == true)
    }

    @Test func countsBrokenRecordsAndAnalysesTheRest() async throws {
        let records = SurveyFixtures.many(120)
        let (data, _) = try await Self.run(jobs: 2, records: records, batch: 16)
        let summary = try JSONDecoder().decode(SurveySummary.self, from: data)
        #expect(summary.method.records == 120)
        #expect(summary.method.analysed == 118)
        #expect(summary.method.brokenRecords.map(\.line) == [50, 100])
    }
}

@Suite struct SurveyCSVTests {
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("+1", "'+1"), ("@sum", "'@sum"), ("", ""),
        // A Windows line break is one Character, equal to neither "\r" nor "\n": still quoted.
        ("two\r\nlines", "\"two\r\nlines\""), ("lone\rreturn", "\"lone\rreturn\""),
    ])
    func quotesFieldsAndDefusesFormulas(value: String, written: String) {
        #expect(SurveyCSV.field(value) == written)
    }

    @Test func writesOneRowPerPostingWithTheHeaderColumns() {
        let record = SurveyFixtures.juniorSOC
        let row = SurveyCSV.row(record, Shared.analyzer.analyze(record.input))
        #expect(row.hasSuffix("\r\n"))
        #expect(
            row.hasPrefix("a,test.jsonl,1,Junior SOC Analyst,Acme,\"Berlin, Germany\",2025-03-14,true,cybersecurity,"))
        #expect(row.contains(",cissp,"))
    }
}
