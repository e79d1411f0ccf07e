/// The one normalisation every phrase and posting goes through before matching.
///
/// - Case is folded and Latin accents are removed (`Sécurité` → `securite`, `ß` → `ss`).
/// - A token is a run of letters or a run of digits: `ISO27001` → `iso 27001`, `(ISC)²` and
///   `ISC2` → `isc 2`, `SY0-701` → `sy 0 701`, so spelling variants meet.
/// - `+` is a token of its own (`Security+` → `security +`), so "Security+" never matches
///   plain "security".
/// - Everything else is a word break.
public enum TextFolding {
    /// The normalised tokens of a phrase (the analyzer's tokenizer, so phrases and postings fold
    /// the same way).
    public static func tokens(_ text: String) -> [String] {
        Tokenizer.foldedWords(text)
    }

    /// The normalised form of a phrase: its tokens joined by single spaces.
    public static func key(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// Folds one scalar to lower-case letters/digits without accents; empty for a word break.
    public static func fold(_ scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x61...0x7A: return String(scalar)
            case 0x41...0x5A: return String(Unicode.Scalar(value + 32)!)
            default: return ""
            }
        }
        if let mapped = latinFolds[value] { return mapped }
        switch value {
        case 0xB2: return "2"
        case 0xB3: return "3"
        case 0xB9: return "1"
        default: break
        }
        let properties = scalar.properties
        guard properties.isAlphabetic || properties.numericType != nil else { return "" }
        // Combining marks (accents typed as separate scalars) are dropped.
        if properties.generalCategory == .nonspacingMark { return "" }
        return properties.lowercaseMapping
    }

    /// Latin-1 and Latin Extended-A letters with accents, folded to ASCII.
    static let latinFolds: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄą", "a"), ("ÇçĆćĈĉĊċČč", "c"), ("ĎďĐđÐð", "d"),
            ("ÈÉÊËèéêëĒēĔĕĖėĘęĚě", "e"), ("ĜĝĞğĠġĢģ", "g"), ("ĤĥĦħ", "h"),
            ("ÌÍÎÏìíîïĨĩĪīĬĭĮįİı", "i"), ("Ĵĵ", "j"), ("Ķķ", "k"), ("ĹĺĻļĽľĿŀŁł", "l"),
            ("ÑñŃńŅņŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŎŏŐő", "o"), ("ŔŕŖŗŘř", "r"),
            ("ŚśŜŝŞşŠš", "s"), ("ŢţŤťŦŧ", "t"), ("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲų", "u"), ("Ŵŵ", "w"),
            ("ÝýÿŶŷŸ", "y"), ("ŹźŻżŽž", "z"),
        ]
        for (letters, folded) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = folded }
        }
        table[0xDF] = "ss"  // ß
        table[0xC6] = "ae"
        table[0xE6] = "ae"  // Æ æ
        table[0x152] = "oe"
        table[0x153] = "oe"  // Œ œ
        table[0xDE] = "th"
        table[0xFE] = "th"  // Þ þ
        return table
    }()
}
