import Foundation
import SextantCore
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Builds a profile from what people already have: a JSON Resume (`resume.json`), a LinkedIn data
/// export (the ZIP or its folder: `Positions.csv`, `Education.csv`, `Certifications.csv`), or a CV
/// as plain text, Markdown, HTML or DOCX.
///
/// Everything is read in memory and nothing is stored. Jobs get their dates from the file; their
/// security share and domains are estimated from their title and description (`JobEstimator`)
/// and marked as estimates; hours default to full time; certification names resolve through the
/// catalog's names and aliases; degrees map to the profile's levels (`DegreeNames`). What could
/// not be read is listed in `unread`, never dropped silently.
///
/// ```swift
/// let imported = try ProfileImporter(knowledgeBase: kb).read(path: "resume.json")
/// imported.profile.experience.count
/// ```
public struct ProfileImporter: Sendable {
    public let knowledgeBase: KnowledgeBase
    let estimator: JobEstimator

    /// A file larger than this is not a CV or an export.
    public static let maximumBytes = 16 << 20
    /// The most a ZIP entry may expand to (ZIP bombs stop here).
    public static let maximumEntryBytes = 16 << 20

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        estimator = JobEstimator(knowledgeBase: knowledgeBase)
    }

    /// Why a file cannot be imported, with what to do instead.
    public struct ImportError: Error, CustomStringConvertible, Sendable, Equatable {
        public var file: String
        public var problem: String
        public var fix: String
        public var description: String { "\(file): \(problem) — \(fix)" }
    }

    /// The formats, for messages and `--help`.
    public static let formats =
        "a JSON Resume (.json), a LinkedIn data export (the .zip or its folder), or a CV (.txt, .md, .html, .docx)"

    /// Reads a file or a LinkedIn export folder.
    public func read(path: String) throws(ImportError) -> ProfileImport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError(file: path, problem: "does not exist", fix: "check the path")
        }
        if isDirectory.boolValue {
            var files: [String: Data] = [:]
            for name in ["Positions.csv", "Education.csv", "Certifications.csv"] {
                let file = (path as NSString).appendingPathComponent(name)
                if let data = FileManager.default.contents(atPath: file) { files[name] = data }
            }
            guard !files.isEmpty else {
                throw ImportError(
                    file: path, problem: "is a folder without Positions.csv, Education.csv or Certifications.csv",
                    fix: "pass the folder of a LinkedIn data export, or a file: \(Self.formats)")
            }
            return linkedIn(files, name: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= Self.maximumBytes else {
            throw ImportError(
                file: path, problem: "is larger than \(Self.maximumBytes >> 20) MB", fix: "pass the CV or export itself"
            )
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, problem: "cannot be read", fix: "check its permissions")
        }
        return try read(data: data, name: path)
    }

    /// Reads a file's bytes (an upload); the name's extension and the bytes decide the format.
    public func read(data: Data, name: String) throws(ImportError) -> ProfileImport {
        guard data.count <= Self.maximumBytes else {
            throw ImportError(
                file: name, problem: "is larger than \(Self.maximumBytes >> 20) MB", fix: "pass the CV or export itself"
            )
        }
        let lower = name.lowercased()
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let entries = try zipEntries(data, name: name)
            if entries["word/document.xml"] != nil || lower.hasSuffix(".docx") {
                guard let document = entries["word/document.xml"] else {
                    throw ImportError(
                        file: name, problem: "is a DOCX without a document", fix: "save it again as .docx")
                }
                return cv(try docxText(document, name: name), name: name, source: "CV (DOCX)")
            }
            var files: [String: Data] = [:]
            for (path, content) in entries {
                let file = (path as NSString).lastPathComponent
                if ["Positions.csv", "Education.csv", "Certifications.csv"].contains(file) { files[file] = content }
            }
            guard !files.isEmpty else {
                throw ImportError(
                    file: name, problem: "is a ZIP without Positions.csv, Education.csv or Certifications.csv",
                    fix: "pass a LinkedIn data export (Settings → Data privacy → Get a copy of your data)")
            }
            return linkedIn(files, name: name)
        }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1),
            !data.contains(0)
        else {
            throw ImportError(file: name, problem: "is not text, DOCX or a ZIP", fix: "pass \(Self.formats)")
        }
        if lower.hasSuffix(".json") || text.drop(while: \.isWhitespace).first == "{" {
            return try jsonResume(data, name: name)
        }
        if lower.hasSuffix(".csv") {
            let file = (name as NSString).lastPathComponent
            return linkedIn([file.hasPrefix("Positions") ? "Positions.csv" : file: data], name: name)
        }
        let format: PostingFormat =
            lower.hasSuffix(".html") || lower.hasSuffix(".htm")
            ? .html : (lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .auto)
        let plain = PostingText.plainText(text, format: format)
        let source =
            switch PostingText.detectFormat(text) {
            case .html: "CV (HTML)"
            case .markdown: "CV (Markdown)"
            default: "CV (text)"
            }
        return cv(plain, name: name, source: format == .auto ? source : "CV (\(format == .html ? "HTML" : "Markdown"))")
    }

    // MARK: JSON Resume

    func jsonResume(_ data: Data, name: String) throws(ImportError) -> ProfileImport {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ImportError(file: name, problem: "is JSON but not an object", fix: "pass a JSON Resume")
            }
            object = parsed
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(
                file: name, problem: "is not valid JSON (\((error as NSError).localizedDescription))",
                fix: "check the file, or pass \(Self.formats)")
        }
        guard
            object["work"] != nil || object["education"] != nil || object["certificates"] != nil
                || object["basics"] != nil
        else {
            if object["experience"] != nil {
                throw ImportError(
                    file: name, problem: "is already a Sextant profile", fix: "use it directly with --profile")
            }
            throw ImportError(
                file: name, problem: "is JSON without work, education or certificates",
                fix: "pass a JSON Resume (jsonresume.org schema)")
        }
        var builder = Builder(importer: self, source: "JSON Resume")
        let basics = object["basics"] as? [String: Any]
        builder.profile.name = basics?["name"] as? String
        for (index, item) in ((object["work"] as? [[String: Any]]) ?? []).enumerated() {
            let title = (item["position"] as? String) ?? (item["name"] as? String) ?? ""
            let company = item["name"] as? String
            let place = "work[\(index)]\(company.map { " (\($0))" } ?? "")"
            let description = ([item["summary"] as? String] + ((item["highlights"] as? [String]) ?? []).map { $0 })
                .compactMap { $0 }.joined(separator: "\n")
            builder.job(
                title: title, start: item["startDate"] as? String, end: item["endDate"] as? String,
                description: description, where: place)
        }
        for (index, item) in ((object["education"] as? [[String: Any]]) ?? []).enumerated() {
            let studyType = (item["studyType"] as? String) ?? ""
            builder.degree(
                studyType, field: item["area"] as? String, completed: item["endDate"] as? String,
                where: "education[\(index)]")
        }
        for (index, item) in ((object["certificates"] as? [[String: Any]]) ?? []).enumerated() {
            builder.certification(
                (item["name"] as? String) ?? "", date: item["date"] as? String, where: "certificates[\(index)]")
        }
        return builder.result()
    }

    // MARK: LinkedIn

    func linkedIn(_ files: [String: Data], name: String) -> ProfileImport {
        var builder = Builder(importer: self, source: "LinkedIn export")
        for row in csvRows(files["Positions.csv"], required: "Title", file: "Positions.csv", builder: &builder) {
            let company = row.value("Company Name")
            builder.job(
                title: row.value("Title") ?? "", start: row.value("Started On"), end: row.value("Finished On"),
                description: row.value("Description") ?? "",
                where: "Positions.csv line \(row.line)\(company.map { " (\($0))" } ?? "")")
        }
        for row in csvRows(files["Education.csv"], required: "School Name", file: "Education.csv", builder: &builder) {
            let degree = row.value("Degree Name") ?? ""
            builder.degree(
                degree, field: row.value("Field Of Study"),
                completed: row.value("End Date"), where: "Education.csv line \(row.line)")
        }
        for row in csvRows(files["Certifications.csv"], required: "Name", file: "Certifications.csv", builder: &builder)
        {
            builder.certification(
                row.value("Name") ?? "", date: row.value("Started On"), expires: row.value("Finished On"),
                authority: row.value("Authority"), where: "Certifications.csv line \(row.line)")
        }
        return builder.result()
    }

    struct Row {
        var fields: [String: String]
        var line: Int
        func value(_ column: String) -> String? {
            fields[column.lowercased()].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty }
        }
    }

    /// Rows keyed by lower-cased header; lines before the header (LinkedIn's "Notes:" preamble)
    /// are skipped.
    func csvRows(_ data: Data?, required: String, file: String, builder: inout Builder) -> [Row] {
        guard let data else { return [] }
        let reader = CSVReader(data: data, maximumRecordBytes: 1 << 20)
        var header: [String]?
        var rows: [Row] = []
        while let record = reader.next() {
            switch record {
            case .broken(let line, let message):
                builder.unread.append("\(file) line \(line): \(message)")
            case .fields(let fields, let line):
                guard let columns = header else {
                    let names = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                    if names.contains(required.lowercased()) { header = names }
                    continue
                }
                var values: [String: String] = [:]
                for (index, column) in columns.enumerated() where index < fields.count {
                    values[column] = fields[index]
                }
                rows.append(Row(fields: values, line: line))
            }
        }
        if header == nil { builder.unread.append("\(file): no header row with \"\(required)\"") }
        return rows
    }

    // MARK: CV

    /// Section headings, folded, by what they hold.
    enum Section { case experience, education, certifications, other }
    static let headings: [(Section, [String])] = [
        (
            .experience,
            [
                "experience", "work experience", "professional experience", "employment", "employment history",
                "work history", "career history", "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang",
                "experience professionnelle", "experiences professionnelles", "parcours professionnel", "werkervaring",
                "werkervaringen", "loopbaan", "esperienza lavorativa", "esperienze professionali",
                "experiencia laboral", "experiencia profesional",
            ]
        ),
        (
            .education,
            [
                "education", "academic background", "qualifications", "ausbildung", "bildung", "studium",
                "formation", "formations", "opleiding", "opleidingen", "istruzione", "formazione", "educacion",
                "formacion",
            ]
        ),
        (
            .certifications,
            [
                "certifications", "certificates", "certification", "licenses certifications",
                "licenses and certifications", "licences certifications", "zertifizierungen", "zertifikate",
                "certificats", "certificeringen", "certificaten", "certificazioni", "certificaciones",
            ]
        ),
        (
            .other,
            [
                "skills", "summary", "profile", "projects", "languages", "interests", "references", "kenntnisse",
                "sprachen", "competences", "langues", "vaardigheden", "talen", "about", "about me", "volunteering",
                "publications", "awards",
            ]
        ),
    ]

    static func section(of line: String) -> Section? {
        let key = TextFolding.key(line.replacingOccurrences(of: "&", with: " and "))
        guard !key.isEmpty, key.count <= 40 else { return nil }
        let normalized = key.replacingOccurrences(of: " and ", with: " ")
        for (section, names) in headings where names.contains(key) || names.contains(normalized) { return section }
        return nil
    }

    func cv(_ text: String, name: String, source: String) -> ProfileImport {
        var builder = Builder(importer: self, source: source)
        var section = Section.other
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            String($0).trimmingCharacters(in: .whitespaces)
        }
        // Experience: an entry starts at a line with a period; its title is the rest of that line,
        // or the line above when the period stands alone; the lines after it describe it.
        var entry: (title: String, range: ResumeDateRange, line: Int, description: [String])?
        func closeEntry() {
            if let current = entry {
                builder.job(
                    title: current.title, range: current.range,
                    description: current.description.joined(separator: "\n"),
                    where: "line \(current.line)")
            }
            entry = nil
        }
        var previous = ""
        for (offset, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: "-*•·#> \t"))
            let number = offset + 1
            if let heading = Self.section(of: line) {
                closeEntry()
                section = heading
                previous = ""
                continue
            }
            guard !line.isEmpty else { continue }
            switch section {
            case .experience:
                if let (range, rest) = ResumeDates.range(in: line) {
                    closeEntry()
                    var title = Self.title(rest)
                    if title.isEmpty { title = Self.title(previous) }
                    if title.isEmpty {
                        builder.unread.append("line \(number): a period (\(line)) with no job title next to it")
                    } else {
                        entry = (title, range, number, [])
                    }
                } else if entry != nil {
                    entry?.description.append(line)
                }
            case .education:
                if let degree = DegreeNames.level(line) {
                    let completed = ResumeDates.range(in: line)?.range
                    builder.degree(
                        line, level: degree, field: DegreeNames.field(line),
                        completedOn: completed.map { $0.end ?? $0.start },
                        ongoing: completed?.ongoing ?? false, where: "line \(number)")
                } else if ResumeDates.range(in: line) != nil, let last = builder.profile.education.indices.last,
                    builder.profile.education[last].completed == nil
                {
                    // A period on the line after the degree.
                    if let range = ResumeDates.range(in: line)?.range, let end = range.end {
                        builder.profile.education[last].completed = end
                    }
                }
            case .certifications:
                builder.certificationLine(line, where: "line \(number)")
            case .other:
                break
            }
            previous = line
        }
        closeEntry()
        if builder.profile.experience.isEmpty && builder.profile.education.isEmpty
            && builder.profile.certifications.isEmpty
        {
            builder.unread.append(
                "no section headed Experience, Education or Certifications (or their German, French or Dutch names) was found"
            )
        }
        return builder.result()
    }

    /// The job title in what is left of an entry line: the first part before a company separator
    /// ("Security Analyst, Acme" → "Security Analyst"; "Security Analyst at Acme" → "Security
    /// Analyst").
    static func title(_ text: String) -> String {
        var title = Substring(text)
        for separator in [" at ", " bei ", " chez ", " bij ", " presso ", " en ", " | ", " — ", " – ", " - ", ", "] {
            if let range = title.range(of: separator) { title = title[..<range.lowerBound] }
        }
        return String(title).trimmingCharacters(in: CharacterSet(charactersIn: " \t-–—|,;:()·•*#"))
    }

    // MARK: ZIP and DOCX

    func zipEntries(_ data: Data, name: String) throws(ImportError) -> [String: Data] {
        guard let backing = InMemoryFile(data) else {
            throw ImportError(file: name, problem: "cannot be opened in memory", fix: "try again")
        }
        defer { backing.close() }
        let archive: Archive
        do {
            archive = try Archive(url: backing.url, accessMode: .read)
        } catch {
            throw ImportError(file: name, problem: "is not a readable ZIP", fix: "download the file again")
        }
        var entries: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            let file = (entry.path as NSString).lastPathComponent
            guard entry.path == "word/document.xml" || file.hasSuffix(".csv") else { continue }
            var content = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    content.append(chunk)
                    if content.count > Self.maximumEntryBytes { throw CocoaError(.fileReadTooLarge) }
                }
            } catch {
                throw ImportError(
                    file: name, problem: "holds \(entry.path), which is damaged or expands beyond 16 MB",
                    fix: "export the file again")
            }
            entries[entry.path] = content
        }
        return entries
    }

    /// The text of a DOCX body: paragraphs as lines, tabs and breaks kept, through the system XML
    /// parser (external entities are never resolved).
    func docxText(_ xml: Data, name: String) throws(ImportError) -> String {
        let collector = DocumentTextCollector()
        let parser = XMLParser(data: xml)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        guard parser.parse() else {
            throw ImportError(
                file: name, problem: "has a document that is not well-formed XML", fix: "save it again as .docx")
        }
        return collector.text
    }
}

/// Collects the text of `w:t` runs, a line per `w:p` paragraph.
final class DocumentTextCollector: NSObject, XMLParserDelegate {
    var text = ""
    var inText = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "w:t": inText = true
        case "w:tab": text += "\t"
        case "w:br", "w:cr": text += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "w:t": inText = false
        case "w:p": text += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension ProfileImporter {
    /// Collects what an importer reads into a profile, with its estimates and what it could not use.
    struct Builder {
        let importer: ProfileImporter
        let source: String
        var profile = Profile()
        var estimates: [JobEstimate] = []
        var unread: [String] = []

        init(importer: ProfileImporter, source: String) {
            self.importer = importer
            self.source = source
        }

        /// A written date: a full ISO date as written, else to the month (first or last day).
        static func day(_ text: String?, atEnd: Bool) -> Day? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            if text.count == 10, let exact = try? Day(parsing: text) { return exact }
            guard let written = ResumeDates.date(text) else { return nil }
            return atEnd ? written.last : written.first
        }

        static func isPresent(_ text: String?) -> Bool {
            guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return true }
            return TextFolding.tokens(text).contains { ResumeDates.present.contains($0) }
        }

        mutating func job(title: String, start: String?, end: String?, description: String, where place: String) {
            guard let first = Self.day(start, atEnd: false) else {
                unread.append("\(place): \"\(title)\" has no start date I can read (\(start ?? "none")); add it")
                return
            }
            let last = Self.isPresent(end) ? nil : Self.day(end, atEnd: true)
            if !Self.isPresent(end), last == nil {
                unread.append("\(place): the end date \"\(end ?? "")\" is not a date; the job is read as ongoing")
            }
            job(title: title, range: ResumeDateRange(start: first, end: last), description: description, where: place)
        }

        mutating func job(title: String, range: ResumeDateRange, description: String, where place: String) {
            let cleanTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !cleanTitle.isEmpty else {
                unread.append("\(place): a job without a title")
                return
            }
            if let end = range.end, end < range.start {
                unread.append("\(place): \"\(cleanTitle)\" ends before it starts; left out")
                return
            }
            let index = profile.experience.count
            let estimate = importer.estimator.estimate(job: index, title: cleanTitle, description: description)
            profile.experience.append(
                Profile.Job(
                    title: cleanTitle, start: range.start, end: range.end, hoursPerWeek: 40,
                    securityShare: estimate.securityShare, domains: estimate.domains))
            estimates.append(estimate)
        }

        mutating func degree(_ text: String, field: String?, completed: String?, where place: String) {
            guard let level = DegreeNames.level(text) else {
                if !text.isEmpty {
                    unread.append("\(place): \"\(text)\" is not a degree level Sextant knows (associate … doctorate)")
                }
                return
            }
            let ongoing = completed != nil && Self.isPresent(completed)
            degree(
                text, level: level, field: field ?? DegreeNames.field(text),
                completedOn: Self.day(completed, atEnd: true), ongoing: ongoing, where: place)
        }

        mutating func degree(
            _ text: String, level: Degree, field: String?, completedOn: Day?, ongoing: Bool, where place: String
        ) {
            if ongoing {
                unread.append("\(place): \"\(text)\" is not completed yet; it is left out until it is")
                return
            }
            profile.education.append(.init(degree: level, field: field, completed: completedOn))
            if completedOn == nil {
                unread.append("\(place): \"\(text)\" has no completion date; it counts as completed")
            }
        }

        /// Catalog ids a name or a line names: the name itself, else the certifications the
        /// posting analyzer finds in it ("CompTIA Security+ ce", "Cisco Certified Network
        /// Associate (CCNA)").
        func certifications(in text: String) -> [Certification.ID] {
            if let exact = importer.knowledgeBase.findCertification(text) { return [exact.id] }
            var ids: [Certification.ID] = []
            for mention in importer.estimator.analyzer.analyze(PostingInput(title: "", text: text)).certifications
            where !ids.contains(mention.id) {
                ids.append(mention.id)
            }
            return ids
        }

        mutating func certification(
            _ name: String, date: String?, expires: String? = nil, authority: String? = nil, where place: String
        ) {
            let ids =
                certifications(in: name).isEmpty
                ? certifications(in: "\(authority ?? "") \(name)") : certifications(in: name)
            guard !ids.isEmpty else {
                if !name.isEmpty {
                    unread.append(
                        "\(place): \"\(name)\" is not a certification in the catalog (`sextant certs` lists them)")
                }
                return
            }
            guard let earned = Self.day(date, atEnd: false) else {
                unread.append(
                    "\(place): \"\(name)\" has no date I can read; add it with the day you earned it")
                return
            }
            let lapses = Self.isPresent(expires) ? nil : Self.day(expires, atEnd: true)
            for id in ids where !profile.certifications.contains(where: { $0.id == id }) {
                profile.certifications.append(.init(id: id, earned: earned, expires: lapses))
            }
        }

        mutating func certificationLine(_ line: String, where place: String) {
            let ids = certifications(in: line)
            guard !ids.isEmpty else {
                unread.append("\(place): \"\(line)\" names no certification in the catalog")
                return
            }
            guard let written = ResumeDates.date(line) else {
                unread.append("\(place): \"\(line)\" has no date; add the day you earned it")
                return
            }
            for id in ids where !profile.certifications.contains(where: { $0.id == id }) {
                profile.certifications.append(.init(id: id, earned: written.first))
            }
        }

        func result() -> ProfileImport {
            ProfileImport(profile: profile, source: source, estimates: estimates, unread: unread)
        }
    }
}

/// Bytes as a file that lives only in memory, for libraries that read files.
///
/// ZIPFoundation's own in-memory archive (`Archive(data:)`) traps on an archive whose offsets point
/// past its end (found by fuzzing the importer), while its file reader handles them with `fread`.
/// So an upload is written to an anonymous memory file (`memfd_create`) and read through
/// `/proc/self/fd`: the file reader's safety without the bytes ever touching a disk. Where memory
/// files do not exist, the initialiser fails and the import says so.
struct InMemoryFile {
    let descriptor: Int32
    var url: URL { URL(fileURLWithPath: "/proc/self/fd/\(descriptor)") }

    private typealias MemfdCreate = @convention(c) (UnsafePointer<CChar>, UInt32) -> Int32

    /// `memfd_create`, looked up at run time (glibc 2.27+); nil elsewhere.
    private static let memfdCreate: MemfdCreate? = {
        #if os(Linux)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memfd_create") else { return nil }
            return unsafeBitCast(symbol, to: MemfdCreate.self)
        #else
            return nil
        #endif
    }()

    init?(_ data: Data) {
        guard let create = Self.memfdCreate else { return nil }
        let descriptor = create("sextant-import", 1)  // MFD_CLOEXEC
        guard descriptor >= 0 else { return nil }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        guard written else {
            _ = Foundation.close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    /// Closes the descriptor; readers that opened the file keep their own until they close it.
    func close() { _ = Foundation.close(descriptor) }
}
