/// A date known to a year, a month or a day: `2024`, `2024-07`, `2024-07-15`.
///
/// Sources and prices are often dated only to the month ("list price, July 2024"); storing a made-up
/// day would claim precision the source does not have.
public struct PartialDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    /// - Throws: `DayError.malformed` when the text is none of these or names no real date.
    public init(parsing text: String) throws(DayError) {
        let bytes = Array(text.utf8)
        switch bytes.count {
        case 4:
            guard let year = Day.number(bytes[0..<4]), year >= 1 else { throw .malformed(text) }
            (self.year, month, day) = (year, nil, nil)
        case 7:
            guard bytes[4] == UInt8(ascii: "-"), let year = Day.number(bytes[0..<4]), year >= 1,
                let month = Day.number(bytes[5..<7]), (1...12).contains(month)
            else { throw .malformed(text) }
            (self.year, self.month, day) = (year, month, nil)
        default:
            let full = try Day(parsing: text)
            (year, month, day) = (full.year, full.month, full.dayOfMonth)
        }
    }

    public var description: String {
        var text = String(year)
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }
}

extension PartialDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try PartialDate(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
