import Foundation
import Testing

@testable import SextantWeb

/// The lane that keeps large analyses from holding up the server.
struct AnalysisLaneTests {
    /// A gate the test opens: work on the lane waits for it.
    final class Gate: @unchecked Sendable {
        let semaphore = DispatchSemaphore(value: 0)
        func wait() { semaphore.wait() }
        func open(_ times: Int) { for _ in 0..<times { semaphore.signal() } }
    }

    static let large = AnalysisLane.inlineBytes + 1

    @Test func refusesWhatItCannotQueueAndStillRunsSmallWork() async throws {
        let lane = AnalysisLane(maximumRunning: 1, maximumWaiting: 1)
        let gate = Gate()
        let started = Gate()
        // One large job runs (held at the gate), one waits.
        let first = Task {
            try await lane.run(bytes: Self.large) {
                started.open(1); gate.wait(); return 1
            }
        }
        started.wait()
        let second = Task { try await lane.run(bytes: Self.large) { 2 } }
        while lane.waitingCount < 1 { try await Task.sleep(for: .milliseconds(2)) }
        // One runs and one waits: a third is refused at once.
        var refused: WebFailure?
        do {
            _ = try await lane.run(bytes: Self.large) { 3 }
            Issue.record("a third large job was admitted while one ran and one waited")
        } catch let failure as WebFailure {
            refused = failure
        }
        #expect(refused?.status == .serviceUnavailable)
        #expect(refused?.code == "busy")
        // Small work never queues, even now.
        #expect(try await lane.run(bytes: 4096) { 4 } == 4)
        gate.open(1)
        #expect(try await first.value == 1)
        #expect(try await second.value == 2)
        // With the lane free again, large work is admitted.
        #expect(try await lane.run(bytes: Self.large) { 5 } == 5)
    }
}
