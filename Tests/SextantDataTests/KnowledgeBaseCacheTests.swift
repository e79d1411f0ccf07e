import Foundation
import SextantCore
import Testing

@testable import SextantData

struct KnowledgeBaseCacheTests {
    @Test func snapshotRoundTripsToTheSameKnowledgeBase() throws {
        var reader = DocumentReader(directory: KnowledgeBaseLoader.bundledDirectory, keepNodes: false)
        let contents = reader.readFiles()
        let decodedFiles = reader.decodeAll(contents)
        let snapshot = try #require(decodedFiles)
        let data = try JSONEncoder().encode(snapshot)
        let decoded = try JSONDecoder().decode(KnowledgeBaseCache.Snapshot.self, from: data)
        #expect(decoded.certifications.certifications == snapshot.certifications.certifications)
        #expect(decoded.terms == snapshot.terms)
        #expect(decoded.titles == snapshot.titles)
        #expect(decoded.roles.roles == snapshot.roles.roles)
        #expect(decoded.sources.sources == snapshot.sources.sources)
        #expect(decoded.domains.domains == snapshot.domains.domains)
    }

    @Test func anyEditChangesTheSnapshotName() {
        let original: [KnowledgeBaseFile: Data] = [.terms: Data("groups: []".utf8)]
        let edited: [KnowledgeBaseFile: Data] = [.terms: Data("groups: [ ]".utf8)]
        let moved: [KnowledgeBaseFile: Data] = [.titles: Data("groups: []".utf8)]
        let names = [original, edited, moved].compactMap { KnowledgeBaseCache(contents: $0)?.file.lastPathComponent }
        #expect(names.count == 3)
        #expect(Set(names).count == 3)
    }

    @Test func aCorruptSnapshotIsIgnored() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-cache-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        setenv("SEXTANT_CACHE_DIR", directory.path, 1)
        defer { unsetenv("SEXTANT_CACHE_DIR") }
        let first = try KnowledgeBaseLoader.load()
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(snapshots.count == 1)
        try Data("{not json".utf8).write(to: directory.appendingPathComponent(snapshots[0]))
        let second = try KnowledgeBaseLoader.load()
        #expect(second.certifications == first.certifications)
    }
}
