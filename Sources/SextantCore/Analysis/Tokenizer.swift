/// One token of a posting: where it is, what it folds to, and what surrounds it.
public struct Token: Sendable, Hashable {
    public var start: Int32
    public var end: Int32
    /// Vocabulary id of the folded text; 0 when the word is in no pattern.
    public var id: Int32
    /// The value of a digit token of at most nine digits; -1 otherwise.
    public var number: Int32
    public var sentence: Int32
    public var flags: Flags
    /// The byte just before the token (0 at the start): tells `3-5`, `(5)` and `3.5` apart.
    public var before: UInt8

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        public static let digit = Flags(rawValue: 1 << 0)
        public static let plus = Flags(rawValue: 1 << 1)
        /// First letter upper-case.
        public static let capitalized = Flags(rawValue: 1 << 2)
        /// Every letter upper-case (and at least one letter).
        public static let allCaps = Flags(rawValue: 1 << 3)
        /// A clause mark (`, ; : ( ) /` or a dash) stands between the previous token and this one.
        public static let clauseStart = Flags(rawValue: 1 << 4)
        /// First token of a line.
        public static let lineStart = Flags(rawValue: 1 << 5)
        /// Split off a glued word ("experiencePlan"), or right after a full stop with no space
        /// ("experience.AWS"): either way a line break lost when HTML was flattened.
        public static let camelSplit = Flags(rawValue: 1 << 6)
        /// The digits after a decimal point (`3.5` → `5`).
        public static let decimalPart = Flags(rawValue: 1 << 7)
        /// A colon follows the token directly ("Requirements:").
        public static let colonAfter = Flags(rawValue: 1 << 8)
        /// A semicolon, an opening or a closing bracket stands between the previous token and
        /// this one (they bound what a strength word qualifies).
        public static let afterSemicolon = Flags(rawValue: 1 << 9)
        public static let afterOpenBracket = Flags(rawValue: 1 << 10)
        public static let afterCloseBracket = Flags(rawValue: 1 << 11)
    }
}

/// A sentence: a run of tokens between hard boundaries (line breaks, full stops, bullets).
public struct Sentence: Sendable, Hashable {
    public var start: Int32
    public var end: Int32
    public var firstToken: Int32
    public var endToken: Int32
    public var line: Int32
}

/// The tokens and sentences of a text.
public struct TokenStream: Sendable {
    public var tokens: [Token] = []
    public var sentences: [Sentence] = []
    public var lineCount: Int32 = 0
}

/// Splits UTF-8 text into folded tokens in one pass, without a `String` per token.
///
/// Folding is `TextFolding`'s: case and Latin accents removed, letters and digits in separate
/// tokens, `+` a token of its own. A glued word whose whole form is unknown is split where a
/// lower-case letter meets an upper-case one ("experiencePlan"), because flattened HTML often
/// loses the line break there; known words such as "PowerShell" stay whole.
public struct Tokenizer: Sendable {
    public let vocabulary: Vocabulary
    /// Ids of words that end in a dot without ending a sentence ("approx.", "bzw.").
    let abbreviations: Set<Int32>

    /// Words that, followed by a dot, do not end a sentence. One-letter words ("e.g.", "z. B.")
    /// are handled without a list. `Analyzer` puts these in its vocabulary.
    public static let abbreviationWords = [
        "approx", "incl", "excl", "min", "max", "ca", "bzw", "ggf", "inkl", "usw", "evtl", "vs", "dr", "mr", "mrs",
        "ms", "sr", "jr", "no", "nr", "st", "resp", "cf", "env", "dipl", "ing", "mgr", "dept", "etc",
    ]

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        abbreviations = Set(Tokenizer.abbreviationWords.map { vocabulary.id(of: $0) }.filter { $0 != 0 })
    }

    public func tokenize(_ text: String) -> TokenStream {
        var text = text
        return text.withUTF8 { tokenize(bytes: $0) }
    }

    public func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> TokenStream {
        var state = State(vocabulary: vocabulary, splitGluedWords: true)
        state.abbreviations = abbreviations
        state.run(bytes)
        return state.stream
    }

    /// The folded tokens of a phrase, as strings (for building patterns; never splits glued words).
    static func foldedWords(_ phrase: String) -> [String] {
        var state = State(vocabulary: nil, splitGluedWords: false)
        var text = phrase
        text.withUTF8 { state.run($0) }
        return state.words
    }
}

/// How the tokenizer sees one scalar.
enum ScalarClass: UInt8 {
    case letter, digit, plus, newline, sentenceEnd, clause, bullet, dash, space, other
}

/// Precomputed folding for U+0000–U+02FF, where nearly all of Sextant's text lives.
///
/// One packed word per scalar, so the tokenizer's hot loop reads one table entry per character:
/// bits 0-7 the `ScalarClass`, 8-15 and 16-23 up to two folded ASCII bytes (0 = none), bit 24
/// upper case.
struct FoldTable: Sendable {
    static let limit: UInt32 = 0x300
    let packed: [UInt32]

    static let shared = FoldTable()

    @inline(__always) static func kind(_ entry: UInt32) -> ScalarClass {
        ScalarClass(rawValue: UInt8(truncatingIfNeeded: entry)) ?? .other
    }
    @inline(__always) static func first(_ entry: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: entry >> 8) }
    @inline(__always) static func second(_ entry: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: entry >> 16) }
    @inline(__always) static func isUpper(_ entry: UInt32) -> Bool { entry & (1 << 24) != 0 }

    private init() {
        var packed = [UInt32](repeating: UInt32(ScalarClass.other.rawValue), count: Int(Self.limit))
        for value in 0..<Self.limit {
            let scalar = Unicode.Scalar(value)!
            var kind = FoldTable.classify(scalar)
            var first: UInt8 = 0
            var second: UInt8 = 0
            if kind == .letter || kind == .digit {
                let folded = Array(TextFolding.fold(scalar).utf8)
                if folded.count >= 1, folded.count <= 2, folded.allSatisfy({ $0 < 0x80 }) {
                    first = folded[0]
                    second = folded.count == 2 ? folded[1] : 0
                } else if folded.isEmpty {
                    kind = .other
                }
            }
            let upper: UInt32 = scalar.properties.isUppercase ? 1 << 24 : 0
            packed[Int(value)] = UInt32(kind.rawValue) | UInt32(first) << 8 | UInt32(second) << 16 | upper
        }
        self.packed = packed
    }

    static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar {
        case "\n", "\u{2028}", "\u{2029}": return .newline
        case " ", "\t", "\r", "\u{A0}", "\u{2009}", "\u{202F}", "\u{3000}": return .space
        case "+": return .plus
        case ".", "!", "?", "\u{2026}": return .sentenceEnd
        case ",", ";", ":", "(", ")", "[", "]", "/", "|", "\\": return .clause
        case "-", "\u{2013}", "\u{2014}", "\u{2012}", "\u{2212}": return .dash
        case "\u{2022}", "\u{00B7}", "\u{25AA}", "\u{25CF}", "\u{00BB}", "\u{25E6}", "\u{2023}", "\u{2043}", "\u{2219}",
            "\u{25BA}", "\u{2714}", "\u{2713}", "\u{27A2}", "\u{25A0}", "\u{25C6}", "\u{2794}", "\u{27A4}", "\u{F0B7}":
            return .bullet
        default: break
        }
        switch scalar.value {
        case 0..<0x80:
            switch scalar.value {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            default: return .other
            }
        // Punctuation, currency, arrows, mathematical and technical symbols, box drawing, shapes,
        // dingbats: frequent in postings (’ “ ” …) and never letters, so skip the property lookup.
        case 0x2000...0x206F, 0x20A0...0x20CF, 0x2190...0x2BFF, 0x3000...0x303F, 0xFE00...0xFE0F, 0x1F000...0x1FAFF:
            return .other
        default:
            break
        }
        if scalar.properties.numericType != nil { return .digit }
        if scalar.properties.isAlphabetic { return .letter }
        return .other
    }
}

/// The tokenizer's working state; one instance per text.
private struct State {
    let vocabulary: Vocabulary?
    let splitGluedWords: Bool
    var abbreviations: Set<Int32> = []
    var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var stream = TokenStream()
    var words: [String] = []

    // The token being built.
    /// The folded bytes of the token being built (freed at the end of `run`).
    var folded = ScratchBytes(capacity: 256)
    var tokenStart = -1
    var tokenEnd = 0
    var tokenIsDigit = false
    var upperCount = 0
    var letterCount = 0
    var firstUpper = false
    /// Folded-byte offsets where a lower-case letter meets an upper-case one.
    /// `afterCapitals`: the junction is where a run of capitals ends in a capitalised word
    /// ("CISMStrong" → "CISM", "Strong"), used only when the capitals before it form a known word.
    var junctions: [(folded: Int, byte: Int, afterCapitals: Bool)] = []
    var previousWasLower = false
    /// Capitals in a row just before, and where the last of them starts.
    var capitalRun = 0
    var lastCapital = (folded: 0, byte: 0)

    // Pending boundaries for the next token.
    var pendingSentence = true
    var pendingClause = false
    var pendingLine = true
    var pendingDecimal = false
    /// The next token follows a full stop with no space ("experience.AWS").
    var pendingGlued = false
    /// Semicolons and brackets seen since the last token.
    var pendingMarks: Token.Flags = []
    var sentenceStartToken: Int32 = 0
    var line: Int32 = 0
    /// Only spaces since the last line break (so `-` and `*` act as bullets).
    var atLineStart = true

    /// The id of "+", looked up once.
    let plusID: Int32

    init(vocabulary: Vocabulary?, splitGluedWords: Bool) {
        self.vocabulary = vocabulary
        self.splitGluedWords = splitGluedWords
        plusID = vocabulary?.id(of: "+") ?? 0
    }

    mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        defer {
            self.bytes = UnsafeBufferPointer(start: nil, count: 0)
            folded.free()
        }
        let table = FoldTable.shared.packed
        var index = 0
        let count = bytes.count
        stream.tokens.reserveCapacity(count / 5)
        table.withUnsafeBufferPointer { table in
            while index < count {
                let byte = bytes[index]
                // The bulk of every posting: a run of lower-case ASCII letters inside a word. Each
                // only extends the token (its folded form is itself), so skip the general path.
                if byte &- 0x61 < 26, tokenStart >= 0, !tokenIsDigit {
                    if capitalRun >= 3 { junctions.append((lastCapital.folded, lastCapital.byte, true)) }
                    capitalRun = 0
                    let end = State.endOfLowercaseRun(bytes, from: index + 1)
                    folded.append(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    letterCount += end - index
                    previousWasLower = true
                    index = end
                    tokenEnd = end
                    continue
                }
                step(bytes, table, byte: byte, index: &index)
            }
        }
        flush(bytes)
        closeSentence()
        stream.lineCount = line + 1
    }

    /// The end of a run of lower-case ASCII letters starting at `start`: eight bytes at a time
    /// (a lane is a letter when its byte is in 0x61...0x7A), then byte by byte.
    @inline(__always)
    static func endOfLowercaseRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var end = start
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        while end + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)
            // Lanes below 0x80 plus 0x1F reach the high bit from 0x61 on, plus 0x05 from 0x7B on;
            // masking the high bits first keeps any lane from carrying into the next.
            let low = word & ~highBits
            let letters = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505) & ~word & highBits
            if letters == highBits {
                end += 8
                continue
            }
            return end + ((~letters & highBits).trailingZeroBitCount >> 3)
        }
        while end < bytes.count, bytes[end] &- 0x61 < 26 { end += 1 }
        return end
    }

    /// Reads the character at `index` (advancing past it): extends the token or ends it, and notes
    /// the boundaries it marks.
    @inline(__always)
    mutating func step(
        _ bytes: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt32>, byte: UInt8, index: inout Int
    ) {
        var scalarValue: UInt32
        var length: Int
        if byte < 0x80 {
            scalarValue = UInt32(byte)
            length = 1
        } else {
            (scalarValue, length) = State.decode(bytes, at: index)
        }
        let start = index
        index += length

        var kind: ScalarClass
        var f1: UInt8 = 0
        var f2: UInt8 = 0
        var isUpper = false
        if scalarValue < FoldTable.limit {
            let entry = table[Int(scalarValue)]
            kind = FoldTable.kind(entry)
            f1 = FoldTable.first(entry)
            f2 = FoldTable.second(entry)
            isUpper = FoldTable.isUpper(entry)
        } else {
            let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
            kind = FoldTable.classify(scalar)
            isUpper = kind == .letter && scalar.properties.isUppercase
            if kind == .letter || kind == .digit {
                let foldedText = TextFolding.fold(scalar)
                if foldedText.isEmpty {
                    flush(bytes)
                    return
                }
                beginScalar(isDigit: kind == .digit, isUpper: isUpper, start: start)
                for byte in foldedText.utf8 { folded.append(byte) }
                tokenEnd = index
                return
            }
        }

        switch kind {
        case .letter, .digit:
            if f1 == 0 { return }  // a combining mark: part of the previous letter
            beginScalar(isDigit: kind == .digit, isUpper: isUpper, start: start)
            folded.append(f1)
            if f2 != 0 { folded.append(f2) }
            tokenEnd = index
        case .plus:
            flush(bytes)
            emitPlus(start: start)
            atLineStart = false
        case .newline:
            flush(bytes)
            pendingSentence = true
            pendingLine = true
            atLineStart = true
        case .sentenceEnd:
            flush(bytes)
            markSentenceEnd(bytes, dotAt: start, next: index, isDot: scalarValue == 0x2E)
            atLineStart = false
        case .clause:
            flush(bytes)
            // "Requirements:" and the French "Profil recherché :" (a space, often a no-break one,
            // before the colon).
            if scalarValue == 0x3A, let last = stream.tokens.indices.last,
                State.onlySpaces(bytes, from: Int(stream.tokens[last].end), to: start)
            {
                stream.tokens[last].flags.insert(.colonAfter)
            }
            switch scalarValue {
            case 0x3B: pendingMarks.insert(.afterSemicolon)
            case 0x28, 0x5B: pendingMarks.insert(.afterOpenBracket)
            case 0x29, 0x5D: pendingMarks.insert(.afterCloseBracket)
            default: break
            }
            pendingClause = true
            atLineStart = false
        case .dash:
            flush(bytes)
            if atLineStart { pendingSentence = true } else { pendingClause = true }
        case .bullet:
            flush(bytes)
            pendingSentence = true
        case .space:
            flush(bytes)
        case .other:
            flush(bytes)
            if scalarValue == 0x2A, atLineStart { pendingSentence = true }  // "*" bullet
            if scalarValue != 0x27, scalarValue != 0x2019 { atLineStart = atLineStart && scalarValue == 0x2A }
        }
    }

    /// Whether the bytes from `from` to `to` are at most one space (ASCII, U+00A0 or U+202F).
    static func onlySpaces(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        switch to - from {
        case 0: return true
        case 1: return bytes[from] == 0x20
        case 2: return bytes[from] == 0xC2 && bytes[from + 1] == 0xA0
        case 3: return bytes[from] == 0xE2 && bytes[from + 1] == 0x80 && bytes[from + 2] == 0xAF
        default: return false
        }
    }

    /// Decodes one scalar; malformed bytes read as U+FFFD, one byte at a time.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        let count = bytes.count
        func continuation(_ offset: Int) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = bytes[index + offset]
            return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
        }
        if lead & 0xE0 == 0xC0, let b1 = continuation(1) {
            let value = UInt32(lead & 0x1F) << 6 | b1
            return value >= 0x80 ? (value, 2) : (0xFFFD, 1)
        }
        if lead & 0xF0 == 0xE0, let b1 = continuation(1), let b2 = continuation(2) {
            let value = UInt32(lead & 0x0F) << 12 | b1 << 6 | b2
            return value >= 0x800 && !(0xD800...0xDFFF).contains(value) ? (value, 3) : (0xFFFD, 1)
        }
        if lead & 0xF8 == 0xF0, let b1 = continuation(1), let b2 = continuation(2), let b3 = continuation(3) {
            let value = UInt32(lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3
            return (0x10000...0x10FFFF).contains(value) ? (value, 4) : (0xFFFD, 1)
        }
        return (0xFFFD, 1)
    }

    /// Starts or continues the token for a letter or digit (the caller appends its folded bytes).
    @inline(__always)
    mutating func beginScalar(isDigit: Bool, isUpper: Bool, start: Int) {
        if tokenStart >= 0, isDigit != tokenIsDigit { flushCurrent() }
        if tokenStart < 0 {
            tokenStart = start
            tokenIsDigit = isDigit
            firstUpper = isUpper
            previousWasLower = false
        }
        if !isDigit {
            letterCount += 1
            if isUpper {
                upperCount += 1
                if previousWasLower { junctions.append((folded.count, start, false)) }
                capitalRun += 1
                lastCapital = (folded.count, start)
            } else {
                if capitalRun >= 3 { junctions.append((lastCapital.folded, lastCapital.byte, true)) }
                capitalRun = 0
            }
            previousWasLower = !isUpper
        }
        atLineStart = false
    }

    /// Ends the token in progress (the bytes argument is unused; kept for call-site symmetry).
    mutating func flush(_ bytes: UnsafeBufferPointer<UInt8>) { flushCurrent() }

    mutating func flushCurrent() {
        guard tokenStart >= 0 else { return }
        defer {
            folded.reset()
            if !junctions.isEmpty { junctions.removeAll(keepingCapacity: true) }
            tokenStart = -1
            upperCount = 0
            letterCount = 0
            capitalRun = 0
        }
        if vocabulary == nil {
            words.append(String(decoding: folded.buffer, as: UTF8.self))
            return
        }
        var flags: Token.Flags = tokenIsDigit ? [.digit] : []
        if firstUpper { flags.insert(.capitalized) }
        if letterCount > 0, upperCount == letterCount { flags.insert(.allCaps) }
        let id = vocabulary!.id(of: folded.buffer)
        if id == 0, splitGluedWords, !junctions.isEmpty, !flags.contains(.allCaps) {
            // Unknown glued word: split where lower meets upper case, each part a token.
            let cuts = cuts()
            if !cuts.isEmpty {
                split(at: cuts, flags: flags)
                return
            }
        }
        var number: Int32 = -1
        if tokenIsDigit, folded.count <= 9 {
            number = 0
            for byte in folded.buffer { number = number * 10 + Int32(byte &- 0x30) }
        }
        emit(start: tokenStart, end: tokenEnd, id: id, number: number, flags: flags)
    }

    /// Where an unknown glued word splits. A run of capitals splits off only as a known word,
    /// before a word of 3+ letters ("CISMStrong", "CRISCErste"; not "CCNAs" or "SQLite").
    func cuts() -> [(folded: Int, byte: Int)] {
        var cuts: [(folded: Int, byte: Int)] = []
        for (index, junction) in junctions.enumerated() {
            if junction.afterCapitals {
                let from = cuts.last?.folded ?? 0
                let to = index + 1 < junctions.count ? junctions[index + 1].folded : folded.count
                let known =
                    vocabulary!.id(of: UnsafeBufferPointer(rebasing: folded.buffer[from..<junction.folded])) != 0
                guard known, to - junction.folded >= 3 else { continue }
            }
            cuts.append((junction.folded, junction.byte))
        }
        return cuts
    }

    /// Emits the pieces of a glued word, each after the first opening a sentence.
    mutating func split(at cuts: [(folded: Int, byte: Int)], flags: Token.Flags) {
        var pieceStart = 0
        var byteStart = tokenStart
        for (index, junction) in (cuts + [(folded.count, tokenEnd)]).enumerated() {
            let pieceID = vocabulary!.id(
                of: UnsafeBufferPointer(rebasing: folded.buffer[pieceStart..<junction.folded]))
            var pieceFlags: Token.Flags =
                index == 0 ? (firstUpper ? [.capitalized] : []) : [.capitalized, .camelSplit]
            if index > 0 { pendingSentence = true }
            if index == 0 { pieceFlags.formUnion(flags.intersection([.capitalized])) }
            emit(start: byteStart, end: junction.byte, id: pieceID, number: -1, flags: pieceFlags)
            pieceStart = junction.folded
            byteStart = junction.byte
        }
    }

    mutating func emitPlus(start: Int) {
        if vocabulary == nil {
            words.append("+")
            return
        }
        emit(start: start, end: start + 1, id: plusID, number: -1, flags: [.plus])
    }

    mutating func emit(start: Int, end: Int, id: Int32, number: Int32, flags: Token.Flags) {
        var flags = flags
        let index = Int32(stream.tokens.count)
        if pendingSentence {
            closeSentence()
            sentenceStartToken = index
            pendingSentence = false
        }
        if pendingLine {
            if !stream.tokens.isEmpty { line += 1 }
            flags.insert(.lineStart)
            pendingLine = false
        }
        if pendingClause {
            flags.insert(.clauseStart)
            pendingClause = false
        }
        if pendingDecimal, flags.contains(.digit) { flags.insert(.decimalPart) }
        if pendingGlued {
            flags.insert(.camelSplit)
            pendingGlued = false
        }
        if !pendingMarks.isEmpty {
            flags.formUnion(pendingMarks)
            pendingMarks = []
        }
        pendingDecimal = false
        stream.tokens.append(
            Token(
                start: Int32(start), end: Int32(end), id: id, number: number,
                sentence: Int32(stream.sentences.count), flags: flags, before: start > 0 ? bytes[start - 1] : 0))
    }

    mutating func closeSentence() {
        let end = Int32(stream.tokens.count)
        guard end > sentenceStartToken, Int(sentenceStartToken) < stream.tokens.count else { return }
        let first = stream.tokens[Int(sentenceStartToken)]
        let last = stream.tokens[Int(end) - 1]
        stream.sentences.append(
            Sentence(start: first.start, end: last.end, firstToken: sentenceStartToken, endToken: end, line: line))
        sentenceStartToken = end
    }

    /// Decides whether `.`, `!` or `?` ends a sentence.
    mutating func markSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, dotAt position: Int, next: Int, isDot: Bool) {
        let nextByte: UInt8 = next < bytes.count ? bytes[next] : 0x20
        guard isDot, let last = stream.tokens.last, Int(last.end) == position else {
            pendingSentence = true
            return
        }
        let nextIsDigit = nextByte >= 0x30 && nextByte <= 0x39
        if last.flags.contains(.digit), nextIsDigit {
            pendingDecimal = true  // 3.5
            return
        }
        // "(CISA, CISM, etc.) are valued": an abbreviation's dot before a closing bracket or a comma.
        if [UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ";")].contains(nextByte),
            last.id != 0, abbreviations.contains(last.id)
        {
            return
        }
        let nextIsSpace = nextByte == 0x20 || nextByte == 0x0A || nextByte == 0x09 || nextByte == 0x0D
        let nextIsUpper = nextByte >= 0x41 && nextByte <= 0x5A
        let length = last.end - last.start
        if nextIsSpace {
            // "e.g. the", "z. B." and initials: a one-letter word before the dot is an abbreviation.
            if length == 1, !last.flags.contains(.digit) { return }
            if last.id != 0, abbreviations.contains(last.id) { return }
            pendingSentence = true
        } else if nextIsUpper, length >= 2 {
            pendingSentence = true  // "experience.AWS": a lost line break
            pendingGlued = true
        } else if nextIsDigit, length >= 3, !last.flags.contains(.digit) {
            pendingSentence = true  // "related field.3+ years": a lost line break
        } else if !nextIsDigit, nextByte != 0x2E, !(nextByte >= 0x61 && nextByte <= 0x7A) {
            pendingSentence = true
        }
    }
}

/// A byte buffer for the tokenizer's hot path, without copy-on-write checks: it appends a byte or
/// two per character of every posting. Owned by one `State`, freed when its run ends.
struct ScratchBytes {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow() }
        base[count] = byte
        count += 1
    }

    /// Appends bytes that need no folding (a run of lower-case ASCII letters).
    @inline(__always)
    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        while count + run.count > capacity { grow() }
        (base + count).update(from: run.baseAddress!, count: run.count)
        count += run.count
    }

    @inline(__always)
    mutating func reset() { count = 0 }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.initialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    func free() { base.deallocate() }
}
