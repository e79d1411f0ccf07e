import Dispatch
import Foundation
import Hummingbird
import SextantCore

/// Where the server runs posting analyses, so a large one never holds up the rest.
///
/// Small postings (up to `inlineBytes`, which is every real one) are analysed where the request
/// runs: a few milliseconds. Larger ones go to a separate dispatch queue, off Swift's cooperative
/// thread pool (which also serves every other request), at most `maximumRunning` at a time. Up to
/// `maximumWaiting` more wait their turn; beyond that the request is refused at once with 503 and
/// `Retry-After`, instead of queueing without bound. Analysis is linear in the text, so the
/// longest any admitted request waits is bounded: (running + waiting) analyses of at most 1 MB.
final class AnalysisLane: @unchecked Sendable {
    /// Postings up to this size run inline (a real posting is a few kilobytes).
    static let inlineBytes = 64 << 10

    let maximumRunning: Int
    let maximumWaiting: Int
    private let lock = NSLock()
    private var running = 0
    private var waiting: [CheckedContinuation<Bool, Never>] = []
    private let queue = DispatchQueue(label: "sextant.analysis", qos: .utility, attributes: .concurrent)

    init(maximumRunning: Int = 2, maximumWaiting: Int = 6) {
        self.maximumRunning = max(1, maximumRunning)
        self.maximumWaiting = max(0, maximumWaiting)
    }

    /// The analysis of `input`, or a 503 `busy` failure when too many large ones are queued.
    func analyze(_ input: PostingInput, with analyzer: PostingAnalyzer) async throws -> PostingAnalysis {
        try await run(bytes: input.text.utf8.count) { analyzer.analyze(input) }
    }

    /// Runs `work` for an input of `bytes` bytes: inline when small, else on the lane's queue.
    func run<Value: Sendable>(bytes: Int, _ work: @escaping @Sendable () -> Value) async throws -> Value {
        if bytes <= Self.inlineBytes { return work() }
        let admitted = await withCheckedContinuation { admit($0) }
        guard admitted else {
            throw WebFailure(
                status: .serviceUnavailable, code: "busy",
                message:
                    "The server is analysing other large postings; try again in a few seconds. "
                    + "(Postings under \(Self.inlineBytes >> 10) KB are never queued.)")
        }
        defer { release() }
        return await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }

    /// How many large analyses wait for a slot (for tests and logs).
    var waitingCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return waiting.count
    }

    /// Resumes with true when a slot is free (now or later), false when the queue is full.
    private func admit(_ continuation: CheckedContinuation<Bool, Never>) {
        lock.lock()
        if running < maximumRunning {
            running += 1
            lock.unlock()
            continuation.resume(returning: true)
        } else if waiting.count < maximumWaiting {
            waiting.append(continuation)
            lock.unlock()
        } else {
            lock.unlock()
            continuation.resume(returning: false)
        }
    }

    /// Hands the slot to the next waiting request, or frees it.
    private func release() {
        lock.lock()
        if waiting.isEmpty {
            running -= 1
            lock.unlock()
        } else {
            let next = waiting.removeFirst()
            lock.unlock()
            next.resume(returning: true)
        }
    }
}
