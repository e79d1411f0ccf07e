import Foundation
import SextantStore
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The server killed with SIGKILL in the middle of a stream of saves loses nothing it
/// acknowledged, and its database stays sound.
@Suite(.serialized)
struct CrashSafetyTests {
    /// A running `sextant serve` on a free loopback port.
    final class Server {
        let process = Process()
        let url: URL

        init(database: String) throws {
            process.executableURL = CommandRunner.executable
            process.arguments = [
                "serve", "--host", "127.0.0.1", "--port", "0", "--database", database, "--log-level", "error",
            ]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.standardError
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // Only the child writes to the pipe now: its exit ends the read below.
            try output.fileHandleForWriting.close()
            // The first line says where it listens.
            var line = Data()
            let deadline = Date().addingTimeInterval(60)
            while !line.contains(0x0A), Date() < deadline {
                let byte = output.fileHandleForReading.readData(ofLength: 1)
                if byte.isEmpty { break }
                line.append(byte)
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let range = text.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression),
                let url = URL(string: String(text[range]))
            else {
                process.terminate()
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no URL in: \(text)"])
            }
            self.url = url
        }

        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        func stop() {
            if process.isRunning {
                process.interrupt()
                process.waitUntilExit()
            }
        }
    }

    static func save(_ base: URL, _ index: Int, session: URLSession) async -> String? {
        var request = URLRequest(url: base.appendingPathComponent("api/v1/analyses"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body = [
            "title": "SOC Analyst \(index)",
            "description": "You triage alerts in our SOC. CISSP required. \(index % 7) years of experience.",
        ]
        request.httpBody = try? JSONSerialization.data(withJSONObject: body)
        guard let (data, response) = try? await session.data(for: request),
            (response as? HTTPURLResponse)?.statusCode == 201,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return nil }
        return object["id"] as? String
    }

    @Test func keepsEveryAcknowledgedSaveAfterSIGKILL() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sextant-crash-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = directory.appendingPathComponent("saved.sqlite").path

        let server = try Server(database: database)
        let session = URLSession(configuration: .ephemeral)
        let acknowledged = Acknowledged()
        let base = server.url
        // Four clients save as fast as they can; the server dies under them.
        let clients = Task {
            await withTaskGroup(of: Void.self) { group in
                for client in 0..<4 {
                    group.addTask {
                        var index = client
                        // No task cancellation: cancelling an in-flight URLSession request deadlocks
                        // FoundationNetworking on Linux. Each client stops on its first failure after the kill.
                        while true {
                            if let id = await Self.save(base, index, session: session) {
                                await acknowledged.add(id)
                            } else if await acknowledged.killed {
                                return
                            }
                            index += 4
                        }
                    }
                }
            }
        }
        // Kill once a good number of saves went through, while more are in flight. The wait is for
        // progress, not for a wall-clock time: on a loaded CI machine (every suite runs at once) a
        // save can take a second, so the deadline is only there to end a run whose server hangs.
        let target = 60
        let deadline = Date().addingTimeInterval(600)
        while await acknowledged.count < target, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        let before = await acknowledged.count
        server.kill()
        await acknowledged.markKilled()
        _ = await clients.value
        let saved = await acknowledged.ids
        #expect(before >= target, "only \(before) saves were acknowledged before the kill")

        // The database is sound and holds every acknowledged save, read by a restarted server.
        let store = try AppDatabase.open(path: database)
        #expect(try store.integrityCheck() == "ok")
        let restarted = try Server(database: database)
        defer { restarted.stop() }
        var missing: [String] = []
        for id in saved {
            let (_, response) = try await session.data(
                from: restarted.url.appendingPathComponent("api/v1/analyses/\(id)"))
            if (response as? HTTPURLResponse)?.statusCode != 200 { missing.append(id) }
        }
        #expect(missing.isEmpty, "\(missing.count) of \(saved.count) acknowledged saves are missing")
    }
}

/// Ids the server answered 201 for, collected from several clients.
actor Acknowledged {
    private(set) var ids: [String] = []
    private(set) var killed = false
    var count: Int { ids.count }

    func add(_ id: String) {
        // A response that arrives after the kill was still acknowledged by the server.
        ids.append(id)
    }

    func markKilled() { killed = true }
}
