import Foundation
import SextantCore

/// A validated snapshot of a knowledge base, so that only the first load after a change pays for
/// YAML parsing.
///
/// YAML stays the source of truth. After a directory loads and validates cleanly, its decoded
/// documents are written as JSON under the user's cache directory, named by a hash of the files'
/// bytes and the snapshot format. Any edit changes the hash, so a stale snapshot is never read; a
/// snapshot that fails to decode is ignored and rewritten. Measured in `sextant-bench kb`.
struct KnowledgeBaseCache {
    /// Bump when the snapshot's shape changes, so older snapshots are never decoded.
    static let formatVersion = "1"

    /// Where snapshots live: `$SEXTANT_CACHE_DIR`, else `$XDG_CACHE_HOME/sextant`, else
    /// `~/.cache/sextant`. Nil when caching is turned off with `SEXTANT_CACHE=off`.
    static var directory: URL? {
        let environment = ProcessInfo.processInfo.environment
        if environment["SEXTANT_CACHE"] == "off" { return nil }
        if let explicit = environment["SEXTANT_CACHE_DIR"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true)
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("sextant", isDirectory: true)
        }
        return FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent(".cache/sextant", isDirectory: true)
    }

    /// The decoded files, as stored in a snapshot.
    struct Snapshot: Codable {
        var manifest: KnowledgeBaseDocuments.Manifest
        var sources: KnowledgeBaseDocuments.Sources
        var disciplines: KnowledgeBaseDocuments.Disciplines
        var domains: KnowledgeBaseDocuments.Domains
        var certifications: KnowledgeBaseDocuments.Certifications
        var roles: KnowledgeBaseDocuments.Roles
        var terms: TermLexicon
        var titles: TitleLexicon

        var knowledgeBase: KnowledgeBase {
            KnowledgeBase(
                manifest: manifest, sources: sources, disciplines: disciplines, domains: domains,
                certifications: certifications, roles: roles, terms: terms, titles: titles)
        }
    }

    let file: URL

    /// The snapshot location for these file contents, or nil when caching is off.
    init?(contents: [KnowledgeBaseFile: Data]) {
        guard let directory = Self.directory else { return nil }
        var hasher = ContentHash()
        hasher.add(Data(Self.formatVersion.utf8))
        for file in KnowledgeBaseFile.allCases {
            hasher.add(Data(file.rawValue.utf8))
            hasher.add(contents[file] ?? Data())
        }
        self.file = directory.appendingPathComponent("kb-\(hasher.hex).json")
    }

    func read() -> KnowledgeBase? {
        guard let data = try? Data(contentsOf: file),
            let snapshot = try? JSONDecoder().decode(Snapshot.self, from: data)
        else { return nil }
        return snapshot.knowledgeBase
    }

    /// Writes atomically (a temporary file renamed into place) so a concurrent reader never sees
    /// half a snapshot; failures are ignored, since the cache only saves time.
    func write(_ snapshot: Snapshot) {
        let directory = file.deletingLastPathComponent()
        guard (try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)) != nil,
            let data = try? JSONEncoder().encode(snapshot)
        else { return }
        let temporary = directory.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString)")
        do {
            try data.write(to: temporary)
            if FileManager.default.fileExists(atPath: file.path) { try FileManager.default.removeItem(at: file) }
            try FileManager.default.moveItem(at: temporary, to: file)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
        pruneOldSnapshots(keeping: 4)
    }

    /// Keeps the most recently written snapshots; edits to a `--data` copy would otherwise pile up.
    private func pruneOldSnapshots(keeping limit: Int) {
        let directory = file.deletingLastPathComponent()
        guard
            let entries = try? FileManager.default.contentsOfDirectory(
                at: directory, includingPropertiesForKeys: [.contentModificationDateKey])
        else { return }
        let snapshots = entries.filter { $0.lastPathComponent.hasPrefix("kb-") && $0.pathExtension == "json" }
            .map { url in
                (
                    url,
                    (try? url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate)
                        ?? .distantPast
                )
            }
            .sorted { $0.1 > $1.1 }
        for (url, _) in snapshots.dropFirst(limit) where url != file {
            try? FileManager.default.removeItem(at: url)
        }
    }
}

/// A 128-bit content hash (two independent 64-bit FNV-1a lanes). Not cryptographic: it only
/// has to tell edited files from unedited ones.
struct ContentHash {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x6c62_272e_07bb_0142

    mutating func add(_ data: Data) {
        var a = first
        var b = second
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                b = (b &+ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
                b ^= b >> 29
            }
        }
        // Separate consecutive inputs so ("ab", "c") and ("a", "bc") differ.
        a = (a ^ UInt64(data.count)) &* 0x0000_0100_0000_01b3
        b = (b &+ UInt64(data.count)) &* 0x9E37_79B9_7F4A_7C15
        first = a
        second = b
    }

    var hex: String {
        String(first, radix: 16).leftPadded(16) + String(second, radix: 16).leftPadded(16)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
