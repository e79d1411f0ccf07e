import SextantCore
import Testing

struct ExperienceExtractionTests {
    @Test(arguments: [
        ("3-5 years of experience in security operations.", 3.0, 5.0 as Double?),
        ("3 to 5 years of relevant experience.", 3, 5),
        ("5+ years of experience in security.", 5, nil),
        ("A minimum of five (5) years of experience is required.", 5, nil),
        ("At least 3 years of experience in incident response.", 3, nil),
        ("6 months of experience with Splunk.", 0.5, nil),
        ("3.5 years of experience in a SOC.", 3.5, nil),
        ("Five or more years of experience in GRC.", 5, nil),
        ("Approximately 1~2 years of experience in compliance.", 1, 2),
        ("Mindestens 3 Jahre Berufserfahrung in der Informationssicherheit.", 3, nil),
        ("Vous avez au moins 5 ans d'expérience en cybersécurité.", 5, nil),
        ("Minimaal 4 jaar werkervaring in informatiebeveiliging.", 4, nil),
        ("2 à 4 ans d'expérience dans un SOC.", 2, 4),
    ])
    func readsYearsInManyForms(text: String, minimum: Double, maximum: Double?) {
        let experience = Shared.analyze(text).experience
        #expect(experience.minYears == minimum)
        #expect(experience.maxYears == maximum)
    }

    @Test func takesTheBachelorsPathWhenDegreesOfferPaths() {
        let text = "7 years of experience with a bachelor's degree, or 5 years of experience with a master's degree."
        #expect(Shared.analyze(text).experience.minYears == 7)
    }

    @Test func aBachelorsPathWithoutYearsRequiresNone() {
        let text = "Bachelor's degree, or an associate's degree with 2 years of experience, or 4 years of experience."
        #expect(Shared.analyze(text).experience.minYears == nil)
    }

    @Test func aDegreeAndYearsTogetherAreOneRequirement() {
        let text = "Bachelor's degree in Computer Science or a related field and at least 5 years of experience."
        #expect(Shared.analyze(text).experience.minYears == 5)
    }

    @Test func takesTheLargestGeneralRequirement() {
        let text = "5 years of experience in IT. 3 years of experience in security."
        #expect(Shared.analyze(text).experience.minYears == 5)
    }

    @Test func preferredYearsAreNotRequired() {
        let experience = Shared.analyze("2 years of experience with Python preferred.").experience
        #expect(experience.minYears == nil)
        #expect(experience.statements.first?.required == false)
    }

    @Test func aQualifierAfterTheYearsDoesNotMakeThemPreferred() {
        let text = "3+ years of experience in vulnerability management, preferably in cloud security."
        #expect(Shared.analyze(text).experience.minYears == 3)
    }

    @Test(arguments: [
        "We have 25 years of experience in the market.",
        "A 4-year degree in computer science.",
        "Obtain the certification within 6 months of hire.",
        "Our company was founded 30 years ago and has 12 years of experience in security.",
    ])
    func ignoresYearsThatAreNotACandidateRequirement(text: String) {
        #expect(Shared.analyze(text).experience.minYears == nil)
    }

    @Test func keepsEveryStatementAsEvidence() {
        let experience = Shared.analyze("5 years of experience in IT. 2 years of experience in a SOC preferred.")
            .experience
        #expect(experience.statements.count == 2)
        #expect(
            experience.statements.map(\.evidence) == [
                "5 years of experience in IT", "2 years of experience in a SOC preferred",
            ])
    }
}
