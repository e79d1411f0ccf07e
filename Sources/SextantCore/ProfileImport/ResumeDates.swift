/// A period as CVs and exports write it: "March 2021 – Present", "06/2018 – 02/2021",
/// "2019–2022", "Sept 2016 - May 2018", "Jun 2021", "März 2020 – heute", "janv. 2019 -
/// aujourd'hui", "mei 2018 - heden", "seit 2020".
public struct ResumeDateRange: Sendable, Hashable {
    /// The first day: the first of the month (of January when only the year is written).
    public var start: Day
    /// The last day worked: the end of the month (of December when only the year is written);
    /// nil while ongoing.
    public var end: Day?
    public var ongoing: Bool { end == nil }

    public init(start: Day, end: Day?) {
        self.start = start
        self.end = end
    }
}

/// Reads dates the way people write them on CVs, in English, German, French, Dutch, Italian and
/// Spanish. One pass over the text's tokens: O(length).
public enum ResumeDates {
    /// A written date, to the month when the month is given.
    public struct Written: Sendable, Hashable {
        public var year: Int
        public var month: Int?

        /// The first day it can mean.
        public var first: Day { Day(year: year, month: month ?? 1, day: 1)! }
        /// The last day it can mean.
        public var last: Day {
            let month = self.month ?? 12
            return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        }
    }

    enum Item: Equatable {
        case date(Written)
        case present
        case since
    }

    /// Month names and abbreviations, folded (lower case, no accents, no trailing dot).
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["january", "jan", "januar", "janner", "janvier", "janv", "januari", "gennaio", "gen", "enero", "ene"],
            ["february", "feb", "februar", "fevrier", "fevr", "fev", "februari", "febbraio", "febrero"],
            ["march", "mar", "marz", "maerz", "mars", "maart", "mrt", "marzo"],
            ["april", "apr", "avril", "avr", "aprile", "abril", "abr"],
            ["may", "mai", "mei", "maggio", "mag", "mayo"],
            ["june", "jun", "juni", "juin", "giugno", "giu", "junio"],
            ["july", "jul", "juli", "juillet", "juil", "luglio", "lug", "julio"],
            ["august", "aug", "aout", "augustus", "agosto", "ago"],
            ["september", "sep", "sept", "septembre", "settembre", "set", "septiembre"],
            ["october", "oct", "oktober", "okt", "octobre", "ottobre", "ott", "octubre"],
            ["november", "nov", "novembre", "noviembre"],
            ["december", "dec", "dezember", "dez", "decembre", "dicembre", "dic", "diciembre"],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() {
            for word in words { table[word] = index + 1 }
        }
        return table
    }()

    /// Words for "still doing it", folded.
    public static let present: Set<String> = [
        "present", "current", "currently", "now", "today", "ongoing", "date", "heute", "aktuell", "jetzt", "derzeit",
        "laufend", "aujourd", "aujourdhui", "actuel", "actuellement", "heden", "nu", "huidig", "oggi", "presente",
        "attuale", "actualidad", "actual",
    ]
    /// Words for "since", which make a single date an ongoing period.
    static let since: Set<String> = ["since", "seit", "depuis", "sinds", "dal", "dall", "desde"]

    /// The period written in a line, and the line without it ("Security Analyst, Acme").
    public static func range(in line: String) -> (range: ResumeDateRange, remainder: String)? {
        let (items, span) = scan(line)
        guard case .date(let first)? = items.first(where: { if case .date = $0 { true } else { false } }) else {
            return nil
        }
        let firstIndex = items.firstIndex(of: .date(first))!
        let after = items[(firstIndex + 1)...]
        let end: Day?
        switch after.first {
        case .date(let second)?:
            end = second.last
        case .present?:
            end = nil
        default:
            // One date: ongoing after "since", else the period it names (a year, a month).
            end = items[..<firstIndex].contains(.since) ? nil : first.last
        }
        var remainder = line
        if let span { remainder.removeSubrange(span) }
        let trimmed = remainder.trimmingCharacters(from: " \t-–—|,;:()·•/")
        guard end.map({ $0 >= first.first }) ?? true else { return nil }
        return (ResumeDateRange(start: first.first, end: end), trimmed)
    }

    /// One written date ("Jun 2021", "2021-06-15", "06/2021", "2021"), or nil.
    public static func date(_ text: String) -> Written? {
        for item in scan(text).items {
            if case .date(let written) = item { return written }
        }
        return nil
    }

    struct Token {
        enum Kind: Equatable {
            case number(Int, digits: Int)
            case word(String)
            case separator(Character)
        }
        var kind: Kind
        var range: Range<String.Index>
    }

    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isNumber, character.isASCII {
                var end = index
                var value = 0
                var digits = 0
                while end < text.endIndex, text[end].isASCII, let digit = text[end].wholeNumberValue {
                    if digits < 9 { value = value * 10 + digit }
                    digits += 1
                    end = text.index(after: end)
                }
                tokens.append(Token(kind: .number(value, digits: digits), range: index..<end))
                index = end
            } else if character.isLetter {
                var end = index
                var word = ""
                while end < text.endIndex, text[end].isLetter || text[end] == "'" || text[end] == "’" {
                    if text[end].isLetter { word += text[end].unicodeScalars.map(TextFolding.fold).joined() }
                    end = text.index(after: end)
                }
                tokens.append(Token(kind: .word(word), range: index..<end))
                index = end
            } else {
                if !character.isWhitespace {
                    tokens.append(Token(kind: .separator(character), range: index..<text.index(after: index)))
                }
                index = text.index(after: index)
            }
        }
        return tokens
    }

    /// The dates and "present"/"since" words in order, and the span from the first date to the
    /// last date or "present" word.
    static func scan(_ text: String) -> (items: [Item], span: Range<String.Index>?) {
        let tokens = tokens(text)
        var items: [Item] = []
        var lower: String.Index?
        var upper: String.Index?
        func mark(_ from: Int, _ to: Int) {
            if lower == nil { lower = tokens[from].range.lowerBound }
            upper = tokens[to].range.upperBound
        }
        func number(_ index: Int) -> (Int, Int)? {
            guard index < tokens.count, case .number(let value, let digits) = tokens[index].kind else { return nil }
            return (value, digits)
        }
        func separator(_ index: Int, _ allowed: String) -> Bool {
            guard index < tokens.count, case .separator(let character) = tokens[index].kind else { return false }
            return allowed.contains(character)
        }
        func plausibleYear(_ value: Int) -> Bool { (1950...2100).contains(value) }
        var index = 0
        while index < tokens.count {
            switch tokens[index].kind {
            case .word(let word):
                if let month = months[word] {
                    // "Sept. 2016", "März 2020", "Jun 2021"
                    var next = index + 1
                    if separator(next, ".,") { next += 1 }
                    if let (year, digits) = number(next), digits == 4, plausibleYear(year) {
                        items.append(.date(Written(year: year, month: month)))
                        mark(index, next)
                        index = next + 1
                        continue
                    }
                } else if present.contains(word) || word.hasPrefix("aujourd") {
                    if !items.isEmpty {
                        items.append(.present)
                        mark(index, index)
                    }
                } else if since.contains(word) {
                    items.append(.since)
                }
                index += 1
            case .number(let value, let digits):
                // "06/2018", "01.2019", "6-2018"
                if digits <= 2, (1...12).contains(value), separator(index + 1, "/.-"),
                    let (year, yearDigits) = number(index + 2), yearDigits == 4, plausibleYear(year)
                {
                    items.append(.date(Written(year: year, month: value)))
                    mark(index, index + 2)
                    index += 3
                    continue
                }
                if digits == 4, plausibleYear(value) {
                    // "2021-06", "2021-06-15", "2021/06"
                    if separator(index + 1, "-/."), let (month, monthDigits) = number(index + 2), monthDigits <= 2,
                        (1...12).contains(month)
                    {
                        var last = index + 2
                        if separator(index + 3, "-/."), let (_, dayDigits) = number(index + 4), dayDigits <= 2 {
                            last = index + 4
                        }
                        items.append(.date(Written(year: value, month: month)))
                        mark(index, last)
                        index = last + 1
                        continue
                    }
                    items.append(.date(Written(year: value, month: nil)))
                    mark(index, index)
                }
                index += 1
            case .separator:
                index += 1
            }
        }
        return (items, lower.flatMap { lower in upper.map { lower..<$0 } })
    }
}

extension String {
    /// Without the given characters at either end.
    func trimmingCharacters(from set: String) -> String {
        var view = Substring(self)
        while let first = view.first, set.contains(first) { view = view.dropFirst() }
        while let last = view.last, set.contains(last) { view = view.dropLast() }
        return String(view)
    }
}
