/// What a survey can be broken down by (`--group-by`).
public enum SurveyGroupField: String, Codable, Sendable, Hashable, CaseIterable {
    case company, location, country
    /// The month it was posted, `YYYY-MM`.
    case month
    /// The language the analysis detected.
    case language
    /// The input file it came from.
    case source

    /// The group a posting belongs to, or nil when the field is missing.
    public func key(of record: SurveyRecord, analysis: PostingAnalysis) -> String? {
        switch self {
        case .company: return Self.cleaned(record.company)
        case .location: return Self.cleaned(record.location)
        case .country: return Self.cleaned(record.location).flatMap(Self.country(of:))
        case .month:
            guard let posted = Self.cleaned(record.posted) else { return nil }
            let bytes = Array(posted.utf8.prefix(7))
            guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
                bytes.enumerated().allSatisfy({ $0.offset == 4 || (0x30...0x39).contains($0.element) })
            else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        case .language: return analysis.language
        case .source: return record.source
        }
    }

    static func cleaned(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if trimmed.isEmpty || trimmed.count > 200 { return nil }
        return trimmed
    }

    /// The country of a location written "City, Region, Country": its last part, with local names
    /// and US states read as the country ("San Jose, CA" is the United States).
    ///
    /// A heuristic for grouping, not geocoding: a location without a country ("San Francisco Bay
    /// Area") stays as written, and "Georgia" reads as the US state.
    public static func country(of location: String) -> String? {
        guard var last = location.split(separator: ",").last.map({ $0.trimmingSpaces() }), !last.isEmpty else {
            return nil
        }
        // "CA 94305": a state with its ZIP code.
        if let space = last.lastIndex(of: " "), last[last.index(after: space)...].allSatisfy(\.isNumber) {
            last = String(last[..<space])
        }
        let folded = TextFolding.key(last)
        if folded.isEmpty || notPlaces.contains(folded) { return nil }
        if let name = countryNames[folded] { return name }
        if last.utf8.count == 2, usStates.contains(last) { return "United States" }
        if usStateNames.contains(folded) { return "United States" }
        return last
    }

    /// Location fields that name no place.
    static let notPlaces: Set<String> = [
        "not stated", "unknown", "n a", "na", "none", "remote", "anywhere", "various", "multiple locations",
    ]

    /// US state names, folded.
    static let usStateNames: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "district of columbia", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
        "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
        "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
        "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
        "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
        "west virginia", "wisconsin", "wyoming",
    ]

    /// Country names as postings write them, folded (lower case, no accents), to one English name.
    static let countryNames: [String: String] = [
        "us": "United States", "usa": "United States", "united states": "United States",
        "united states of america": "United States", "uk": "United Kingdom", "united kingdom": "United Kingdom",
        "england": "United Kingdom", "scotland": "United Kingdom", "deutschland": "Germany", "germany": "Germany",
        "belgie": "Belgium", "belgique": "Belgium", "belgium": "Belgium", "nederland": "Netherlands",
        "netherlands": "Netherlands", "the netherlands": "Netherlands", "osterreich": "Austria", "austria": "Austria",
        "schweiz": "Switzerland", "suisse": "Switzerland", "svizzera": "Switzerland", "switzerland": "Switzerland",
        "france": "France", "espana": "Spain", "spain": "Spain", "italia": "Italy", "italy": "Italy",
        "polska": "Poland", "poland": "Poland", "magyarorszag": "Hungary", "hungary": "Hungary",
        "luxembourg": "Luxembourg", "ireland": "Ireland", "eire": "Ireland", "portugal": "Portugal",
        "danmark": "Denmark", "denmark": "Denmark", "sverige": "Sweden", "sweden": "Sweden", "norge": "Norway",
        "norway": "Norway", "suomi": "Finland", "finland": "Finland", "cesko": "Czechia", "czechia": "Czechia",
        "czech republic": "Czechia", "romania": "Romania", "greece": "Greece", "canada": "Canada",
        "india": "India", "australia": "Australia", "singapore": "Singapore",
    ]

    /// US state and district abbreviations (USPS).
    static let usStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
        "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    ]
}
