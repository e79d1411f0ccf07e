import Foundation

// Two builds of one target. Built with `-sanitize=fuzzer,address -DSEXTANT_FUZZ` (scripts/fuzz),
// libFuzzer drives FuzzTargets with the target named in $SEXTANT_FUZZ_TARGET. Built normally, this
// is a replay tool: `sextant-fuzz TARGET FILE...` runs saved inputs (a crash to reproduce, a seed).

#if SEXTANT_FUZZ
    let fuzzTarget = ProcessInfo.processInfo.environment["SEXTANT_FUZZ_TARGET"] ?? "analysis"

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        FuzzTargets.run(fuzzTarget, bytes)
        return 0
    }

    /// SwiftPM links an executable's entry point under this name; libFuzzer's driver takes over.
    @_cdecl("sextant_fuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var vector = argv
        return runFuzzerDriver(&count, &vector, fuzzOneInput)
    }
#else
    @main
    enum Replay {
        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            guard let target = arguments.first, FuzzTargets.names.contains(target), arguments.count > 1 else {
                FileHandle.standardError.write(
                    Data(
                        "usage: sextant-fuzz TARGET FILE...   (targets: \(FuzzTargets.names.joined(separator: ", ")))\n"
                            .utf8))
                exit(2)
            }
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                    exit(1)
                }
                FuzzTargets.run(target, Array(data))
                print("\(target) \(path): ok")
            }
        }
    }
#endif
