import Foundation
import SextantCore

/// The one JSON encoder behind every output: `--json` on the command line, the API, downloads and
/// exports. Keys sorted (stable diffs), slashes written as they are, dates in ISO 8601; pretty for
/// people, compact for the API and for one-record-per-line files.
public enum SextantJSON {
    public static func encoder(pretty: Bool = false, sources: [Source.ID: Source]? = nil) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        if let sources { encoder.userInfo[.sourceCatalog] = sources }
        return encoder
    }

    public static func data<T: Encodable>(
        _ value: T, pretty: Bool = false, sources: [Source.ID: Source]? = nil
    ) throws -> Data {
        try encoder(pretty: pretty, sources: sources).encode(value)
    }

    public static func string<T: Encodable>(
        _ value: T, pretty: Bool = false, sources: [Source.ID: Source]? = nil
    ) throws -> String {
        String(decoding: try data(value, pretty: pretty, sources: sources), as: UTF8.self)
    }
}
