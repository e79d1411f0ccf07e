import ArgumentParser
import Foundation
import SextantCore
import SextantData

/// `sextant profile ...`: profiles from what people already have.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Build a profile from a JSON Resume, a LinkedIn export or a CV.",
        subcommands: [ProfileImportCommand.self])
}

/// How `profile import` writes the profile.
enum ProfileFormat: String, ExpressibleByArgument, CaseIterable {
    case yaml, json
}

/// `sextant profile import PATH`: a profile from a resume file, estimates marked.
struct ProfileImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a JSON Resume, a LinkedIn data export or a CV into a profile.",
        discussion: """
            Reads \(ProfileImporter.formats). \
            Jobs get their dates from the file; each job's security share and CISSP domains are estimated \
            from its title and description, with the words used, and hours are assumed full time: check \
            them before you rely on the answers. Certification names resolve through the catalog's aliases; \
            degrees map to the profile's levels. What could not be read is listed on standard error.

            The file is read in memory; nothing is stored unless you save the profile.

            Examples:
              sextant profile import resume.json -o me.yaml
              sextant profile import Basic_LinkedInDataExport.zip --format json > me.json
              sextant profile import cv.docx -o me.yaml && sextant eligibility --profile me.yaml
            """)

    @Argument(help: "The file (or LinkedIn export folder) to read.")
    var path: String

    @Option(help: "How to write the profile; yaml carries comments on the estimates.")
    var format: ProfileFormat = .yaml

    @Option(name: [.short, .customLong("output")], help: "Write the profile to this file instead of standard output.")
    var output: String?

    @OptionGroup var data: KnowledgeBaseOptions

    func run() throws {
        let base = try data.load()
        let imported: ProfileImport
        do {
            imported = try ProfileImporter(knowledgeBase: base).read(path: path)
        } catch {
            throw CLIError(error.description)
        }
        let text: String
        switch format {
        case .yaml:
            text = ProfileYAML.render(
                imported.profile, estimates: imported.estimates,
                header: [
                    "Imported by `sextant profile import` from \((path as NSString).lastPathComponent) (\(imported.source)).",
                    "Security shares and domains are estimates from each job's words: check them.",
                ], unread: imported.unread)
        case .json:
            text = try JSONOutput.string(imported.profile) + "\n"
        }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CLIError("Cannot write \(output): \(error.localizedDescription). Check the folder exists.")
            }
        } else {
            print(text, terminator: "")
        }
        let profile = imported.profile
        var summary = [
            "Imported \(profile.experience.count) job\(profile.experience.count == 1 ? "" : "s"), "
                + "\(profile.education.count) degree\(profile.education.count == 1 ? "" : "s") and "
                + "\(profile.certifications.count) certification\(profile.certifications.count == 1 ? "" : "s") "
                + "from \(path) (\(imported.source))" + (output.map { " into \($0)" } ?? "") + "."
        ]
        for estimate in imported.estimates { summary.append("  \(estimate.title): \(estimate.note)") }
        if !imported.unread.isEmpty {
            summary.append("Not read:")
            summary += imported.unread.map { "  \($0)" }
        }
        FileHandle.standardError.write(Data((summary.joined(separator: "\n") + "\n").utf8))
    }
}
