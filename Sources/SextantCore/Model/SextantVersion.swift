/// The version of Sextant, recorded in survey reports and shown by `--version`.
public enum SextantVersion {
    public static let current = "0.1.0"
}
