import SextantCore
import Testing

/// The general mechanisms behind reading postings nobody tuned to (issue: "Reading that holds on
/// postings nobody tuned to"): duty-weighted security relevance, strength from a sentence's or a
/// heading's scope, whose years they are, and `unknown` seniority without a signal. Every posting
/// here is written for the test; each expected value follows shared/corpus/LABELS.md.
struct GeneralisationTests {
    // MARK: Certification strength

    @Test(arguments: [
        ("Requirements\n5 years in security operations.\nBonus skills\nCISSP or CISM.", "cissp", "preferred"),
        ("Requirements\nExperience with SIEM tools.\nCertificates (an advantage)\nCISSP\nGCIH", "gcih", "preferred"),
        ("What you bring\nThree years in a SOC.\nNice to have:\nOSCP", "oscp", "preferred"),
        ("Preferred certifications are CISSP, CISM or CISA.", "cism", "preferred"),
        ("A CISSP certification would be prefered.", "cissp", "preferred"),
        ("Security certifications (CISA, CISM, CISSP, etc.) are highly valued.", "cissp", "preferred"),
        ("You hold or are working towards the CISSP.", "cissp", "preferred"),
        ("Requirements\nRelevant certifications (e.g. CISSP, CISM).", "cism", "required"),
        ("Requirements\nCISSP certification.", "cissp", "required"),
        // A short sentence pointing back qualifies the names before it; a required one does not.
        ("Wat vragen wij\nErvaring met pentesten.\nHeb je ook OSWE? Dan is dat mooi meegenomen.", "oswe", "preferred"),
        ("Requirements\nThree years in a SOC.\nGCIH. That would be a bonus.", "gcih", "preferred"),
        ("Requirements\nGCIH certification.\nThat is essential for this role.", "gcih", "required"),
        // A bracket opening right after the name with the word first in it qualifies the name.
        ("Requirements\n- CompTIA CySA+ (preferred)\n- 3 years in a SOC", "cysaplus", "preferred"),
        ("Wat vragen wij\nISO 27001 Lead Auditor (vereist) en CISA (gewenst).", "cisa", "preferred"),
        ("Requirements\n- OSCP (mandatory) - OSWE would be a strong plus", "oscp", "required"),
        ("Requirements\nExperience with Linux (Debian is a plus). CISSP.", "cissp", "required"),
        // "Ideally" or "preferably" closing the sentence qualifies the name before it.
        ("Requirements\n- SC-100, preferably\n- Azure experience", "sc-100", "preferred"),
        ("Requirements\nGIAC GCIH preferred; GREM ideally.", "grem", "preferred"),
        // The company's own certifications and the exams it pays for are only mentioned.
        ("Requirements\nOur security team of 12 holds CISSP, OSCP and CCSP between them.", "oscp", "mentioned"),
        ("Requisiti\nIl nostro team di sicurezza è certificato CEH e OSCP.", "ceh", "mentioned"),
        ("Requirements\nWe fund exam vouchers for certifications such as GPEN.", "gpen", "mentioned"),
        ("Requirements\nOur new colleague holds the CISSP, as every candidate must.", "cissp", "required"),
        ("Requirements\nISC2 CC, or a willingness to obtain it, is a plus.", "isc2-cc", "preferred"),
        ("At least one of the following certifications is required: CISSP, CISM.", "cism", "required"),
        // German, French, Dutch, Italian, Spanish, Portuguese
        (
            "Ihr Profil\nErfahrung mit SIEM.\nIm Optimalfall hast du Zertifizierungen wie CompTIA Security+.",
            "securityplus", "preferred"
        ),
        ("Ihr Profil\nErfahrung mit SIEM.\nEine CISSP-Zertifizierung ist wünschenswert.", "cissp", "preferred"),
        ("Votre profil\nExpérience en SOC.\nLa certification CISSP est appréciée.", "cissp", "preferred"),
        ("Wat vragen wij\nErvaring met SIEM.\nWensen\nCISM of CISSP gecertificeerd.", "cism", "preferred"),
        ("Functie-eisen\nCISSP-certificering of bereid te behalen.", "cissp", "preferred"),
        ("Requisiti\nEsperienza SOC.\nLa certificazione CISSP costituisce un plus.", "cissp", "preferred"),
        ("Requisitos\nExperiencia en SOC.\nRequisitos deseables\nCertificación CISSP.", "cissp", "preferred"),
        ("O Que Valorizamos\nCertificações como CISSP, CISM.", "cism", "preferred"),
        (
            "Dein Profil\nErfahrung im SOC.\nZertifizierungen wie CISSP oder CISM runden dein Profil ab.", "cism",
            "preferred"
        ),
        ("Muss-Kriterien\nErfahrung im SOC.\nKann-Kriterien\nCISSP", "cissp", "preferred"),
        ("Ihr Profil\nEine gültige CISSP-Zertifizierung ist ein Muss.", "cissp", "required"),
        ("Votre profil\nExpérience en SOC.\nLa certification OSCP constitue un atout.", "oscp", "preferred"),
        ("Requisitos\nExperiencia en SOC.\nTener la certificación CEH es un plus.", "ceh", "preferred"),
        // A heading glued to the lines around it (flattened HTML lost the breaks).
        ("Requirements\nA degree in IT.Bonus QualificationsSome certifications: CISSP, CCNA", "ccna", "preferred"),
        // A heading closed by a dash; the examples of knowledge; what you hold against what you learn.
        ("Requisitos imprescindibles- Certificación CISSP o CISM.- Inglés.", "cism", "required"),
        ("Requirements\nKnowledge of security frameworks, e.g. CISSP or CISM.", "cism", "preferred"),
        ("Ihr Profil\nFundierte Kenntnisse der Informationssicherheit, z. B. CISSP oder CISM.", "cissp", "preferred"),
        (
            "Wat vragen wij\nAantoonbare kennis van informatiebeveiliging (bijvoorbeeld CISSP of CISM, of ervaring "
                + "met ISO 27001).", "cissp", "preferred"
        ),
        ("Votre profil\nCertifications reconnues telles que CISSP ou CISM.", "cism", "required"),
        (
            "Wie ben jij?\nJe hebt relevante certificeringen zoals CISSP of CISM en je wil graag bijblijven "
                + "middels opleidingen.", "cissp", "required"
        ),
    ])
    func readsStrengthFromTheScopeOfASentenceOrHeading(text: String, id: String, strength: String) {
        #expect(Shared.analyze(text).strength(of: id)?.rawValue == strength)
    }

    /// A name listed twice, once under a required heading and once under a preferred one, is
    /// required: a heading word that opens a list weighs like a heading, not like a word beside
    /// the name.
    @Test func aRequiredHeadingOutweighsAPreferredOneForTheSameName() {
        let text =
            "Requisitos imprescindibles- Certificación CISSP, CISM (al menos una).- Inglés.\n"
            + "Requisitos deseables- Certificaciones (CISSP, CEH, CISM).- Francés."
        let analysis = Shared.analyze(text)
        #expect(analysis.strength(of: "cissp") == .required)
        #expect(analysis.strength(of: "cism") == .required)
        #expect(analysis.strength(of: "ceh") == .preferred)
    }

    @Test func anExplicitWordOutweighsAClosingKeywordList() {
        // The closing "Skills:" list sits in the requirements, but the sentence says "preferably".
        let text = "Requirements\nA degree, preferably with CISSP.\nSkills: risk, CISSP, ISO 27001"
        #expect(Shared.analyze(text).strength(of: "cissp") == .preferred)
    }

    @Test func aLineThatNamesAPreferredSkillDoesNotHeadTheLinesAfterIt() {
        let text = "Requirements\nSplunk is a plus\nCISSP certification."
        let analysis = Shared.analyze(text)
        #expect(analysis.strength(of: "cissp") == .required)
    }

    // MARK: Years of experience

    @Test(arguments: [
        "About us\nWe have been trading for 25 years.\nRequirements\nExperience with firewalls.",
        "Our founder brings 15 years of security experience.\nRequirements\nExperience with firewalls.",
        "Die Stelle ist auf 3 Jahre befristet.\nIhr Profil\nErfahrung mit Firewalls.",
        "Seit über 20 Jahren sind wir Partner der Industrie.\nIhr Profil\nErfahrung mit Firewalls.",
        "This is a 9-month contract.\nRequirements\nExperience with firewalls.",
        "Requirements\nYou must be 21 years of age.\nExperience with firewalls.",
        "Requirements\nYou graduated in the last 3 years.",
        "Requirements\nYou need 7 years of checkable employment history.",
        "Requirements\nUp to 4 years of experience in IT.",
        "Requirements\nA degree in IT.\nNice to have\n5 years of experience with Splunk.",
        "Requirements\nOne year trial period may be required.",
    ])
    func yearsThatAreNotTheCandidatesRequirementAreNotRead(text: String) {
        #expect(Shared.analyze(text).experience.minYears == nil)
    }

    @Test(arguments: [
        ("The role\n4+ years in Linux systems administration.", 4.0),
        ("You have 2+ years of experience in cloud security.", 2),
        ("Wat vragen wij\nMinimaal 4 jaar ervaring met netwerkbeveiliging.", 4),
        ("Requisiti\nAlmeno 2 anni nel ruolo di analista SOC.", 2),
        ("Requirements\n2+ years in a SOC or 6+ years in IT operations.", 2),
        ("Requirements\n3 or more years in networking and 5 or more years in IT.", 5),
        ("Requirements\n5 years of experience in IT, 3 of them in security.", 5),
        // Words inside the number, a bracket, and the end of a list item bound a strength word.
        ("Requirements\n9 plus years of software development experience.", 9),
        ("Requirements\nMinimum of 2 years of experience managing Linux servers (Debian is a plus).", 2),
        ("Wie ben jij\nEen afgeronde opleiding, liefst met een master;Je hebt >6 jaar ervaring met IT-audits.", 6),
        ("Requirements\nSecurity certifications (CISSP, CISM) preferred Work experience > 7 years in security.", 7),
        // A range with spaces around its dash starts at its low end.
        ("Requirements\n1 - 3 years of experience with ETL tools.", 1),
        ("Requirements\n1- 3 years of infrastructure experience.", 1),
        ("Requirements\n2 \u{2013} 4 years in a security operations team.", 2),
        // Czech and Polish, which postings here use too.
        ("Požadujeme\nPraxe alespoň 2 roky v oblasti bezpečnosti.", 2),
        ("Wymagania\nCo najmniej 3 lata doświadczenia w SOC.", 3),
    ])
    func readsTheCandidatesRequiredYears(text: String, years: Double) {
        #expect(Shared.analyze(text).experience.minYears == years)
    }

    // MARK: Seniority

    @Test(arguments: [
        ("Responsibilities\nMonitor alerts.\nRequirements\nExperience with SIEM tools.", "SOC Analyst", "unknown"),
        (
            "Responsibilities\nMonitor alerts.\nRequirements\nSeveral years of experience in a SOC.", "SOC Analyst",
            "mid"
        ),
        ("Aufgaben\nAlarme bewerten.\nIhr Profil\nLangjährige Erfahrung im SOC.", "SOC Analyst", "senior"),
        (
            "Responsibilities\nMonitor alerts.\nNice to have\nExtensive experience with Splunk.", "SOC Analyst",
            "unknown"
        ),
        ("Responsibilities\nMonitor alerts in the SIEM.", "Security Analyst I", "entry"),
        (
            "Responsibilities\nMonitor alerts.\nRequirements\nUp to 2 years of experience in a SOC.", "SOC Analyst",
            "entry"
        ),
        ("Responsibilities\nMonitor alerts.\nRequirements\nThis role suits a recent graduate.", "SOC Analyst", "entry"),
        ("Responsibilities\nMonitor alerts.", "JR0012345 SOC Analyst", "unknown"),
        ("Responsibilities\nLead the security programme.", "Chief Information Security Officer", "executive"),
        ("Duties\nSupervise the IT specialists of the branch.", "Supervisory IT Specialist (INFOSEC)", "lead"),
        ("Duties\nAssign the daily work of the crew.", "Laundry Worker Leader", "lead"),
        // The level the text gives the role when the title gives none.
        ("Job description\nAs a Junior Security Analyst you will triage alerts.", "Security Analyst", "entry"),
        ("Deine Aufgaben\nAls Senior Consultant berätst du Kunden zu ISO 27001.", "Security Consultant", "senior"),
        ("Jouw rol\nAls medior analist beoordeel je meldingen.", "Security Analist", "mid"),
        // A trait and a travel figure are no entry-level signal.
        ("Requirements\nMotivated self-starter with SIEM experience.", "SOC Analyst", "unknown"),
        ("Requirements\nTravel: up to 2-4 times per year.\nSIEM experience.", "SOC Analyst", "unknown"),
        // The third rung of a US ladder is senior; "Semi Senior" sits below senior; a title
        // spanning two rungs takes the lower one unless the required years are a senior's.
        ("Responsibilities\nTriage alerts in the SIEM.", "Security Analyst III", "senior"),
        ("Requirements\n2 years of experience with Java.", "Semi Senior Java Developer", "mid"),
        ("Requirements\n3 years of experience in malware analysis.", "Malware Analyst II or III", "mid"),
        ("Requirements\nMinimum 10 years of experience in malware analysis.", "Malware Analyst II or III", "senior"),
    ])
    func readsSeniorityOnlyFromASignal(text: String, title: String, seniority: String) {
        #expect(Shared.analyze(text, title: title).seniority.rawValue == seniority)
    }

    // MARK: Security relevance

    @Test(arguments: [
        (
            "Responsibilities\nBuild REST APIs in Java.\nWrite unit tests and review code.\n"
                + "Deploy services with Kubernetes.\nWork with product owners on features.\n"
                + "Follow secure coding practices and OWASP guidelines.\nImprove database performance.",
            "Java Developer", false
        ),
        (
            "Responsibilities\nTriage alerts in the SIEM and lead incident response.\nHunt for threats across endpoints.\n"
                + "Write detection rules for the SOC.\nRun forensic analysis of compromised hosts.\n"
                + "Report incidents to management.",
            "Software Engineer", true
        ),
        (
            "Aufgaben\nStreifengänge und Kontrollgänge im Objekt.\nEinlasskontrolle und Empfang von Besuchern.\n"
                + "Überwachung der Videoüberwachung (CCTV).\nSachkundeprüfung nach §34a GewO erforderlich.",
            "Sicherheitsmitarbeiter (m/w/d)", false
        ),
        (
            "Missions\nRondes de surveillance et contrôle d'accès du site.\nSurveillance vidéo depuis le PC sécurité.\n"
                + "Carte professionnelle CNAPS obligatoire.",
            "Agent de sûreté H/F", false
        ),
        (
            "Taken\nSurveillance en bewaking van het pand.\nToegangscontrole bij de receptie.\n"
                + "Cameratoezicht vanuit de meldkamer.\nDiploma beveiliger 2 vereist.",
            "Beveiliger", false
        ),
        (
            "Responsibilities\nRun the GSOC around the clock and brief leaders on world events that affect staff.\n"
                + "Keep the emergency management plans of our offices and plants current.\n"
                + "Lead the GSOC analysts who follow incidents near company sites and travelling staff.\n"
                + "Run drills for evacuations and severe weather.",
            "Manager, Global Security Operations Center", false
        ),
    ])
    func weighsTheShareOfDutiesThatProtectDigitalSystems(text: String, title: String, relevant: Bool) {
        #expect(Shared.analyze(text, title: title).securityRelevant == relevant)
    }

    @Test func countsTheDutySentencesBehindTheVerdict() {
        let text =
            "Responsibilities\nBuild REST APIs in Java.\nWrite unit tests and review code.\n"
            + "Deploy services with Kubernetes.\nHarden the firewall rules of our network."
        let evidence = Shared.analyze(text, title: "Java Developer").evidence
        #expect(evidence.dutySentences == 4)
        #expect(evidence.securityDutySentences == 1)
    }

    // MARK: Certification–experience conflict

    @Test func flagsARequiredCertificationAboveThePostingsOwnYears() {
        let text = "Requirements\n2 years of experience in security operations.\nMust hold an active CISSP."
        #expect(Shared.analyze(text, title: "Security Analyst").has("certification-experience-conflict"))
    }

    @Test func aPostingWhoseYearsMeetTheCertificationHasNoConflict() {
        let text = "Requirements\n6 years of experience in security operations.\nMust hold an active CISSP."
        #expect(!Shared.analyze(text, title: "Security Analyst").has("certification-experience-conflict"))
    }
}

struct EvaluationFoldTests {
    @Test func aPostingKeepsItsFoldAndFoldsCoverEveryIndex() {
        let ids = (0..<200).map { "posting-\($0)" }
        let folds = ids.map { Evaluation.fold(of: $0, count: 5) }
        #expect(folds == ids.map { Evaluation.fold(of: $0, count: 5) })
        #expect(Set(folds) == [0, 1, 2, 3, 4])
        // FNV-1a of the empty string is the offset basis, 14695981039346656037; mod 5 = 2.
        #expect(Evaluation.fold(of: "", count: 5) == 2)
    }
}

/// One sentence about certifications inside a posting's requirements, in four languages, each
/// read as a reader following LABELS.md would: the strength of every certification it names.
struct StrengthInEachLanguageTests {
    static let skeletons = [
        "en": (
            "Security Analyst", "Responsibilities\nTriage alerts.\n\nRequirements\nExperience with SIEM.\n",
            "\n\nBenefits\nRemote work."
        ),
        "de": (
            "IT Security Consultant (m/w/d)",
            "Deine Aufgaben\nDu berätst Kunden.\n\nDein Profil\nErfahrung mit SIEM.\n", "\n\nWir bieten\nObstkorb."
        ),
        "fr": (
            "Consultant Cybersécurité H/F",
            "Vos missions\nConseiller nos clients.\n\nVotre profil\nExpérience en SOC.\n", "\n\nAvantages\nTélétravail."
        ),
        "nl": (
            "Security Officer", "Wat ga je doen\nJe adviseert klanten.\n\nWat vragen wij\nErvaring met SIEM.\n",
            "\n\nWat bieden wij\nEen goed salaris."
        ),
    ]

    @Test(arguments: [
        ("en", "Certifications such as CISSP, CISM or CISA are a plus.", "preferred"),
        ("en", "CISSP or CISM certification is desirable.", "preferred"),
        ("en", "Must hold a current CISSP certification.", "required"),
        ("en", "Active CISSP, CISM, or CISA certification.", "required"),
        ("en", "Relevant certifications (e.g., CISSP, OSCP) would be advantageous.", "preferred"),
        ("en", "We will pay for your CISSP and OSCP exams.", "mentioned"),
        ("en", "Ideally you hold OSCP or a similar certification.", "preferred"),
        ("en", "Security+ certification required within 6 months of hire.", "required"),
        ("en", "Bonus points for OSCP or CEH.", "preferred"),
        ("en", "Industry certifications like CISSP are nice to have but not required.", "preferred"),
        ("en", "Opportunity to earn certifications such as CISSP and OSCP.", "mentioned"),
        ("en", "Holding a CISSP or CISM is considered an asset.", "preferred"),
        ("de", "Zertifizierungen wie CISSP, CISM oder ISO 27001 Lead Auditor sind von Vorteil.", "preferred"),
        ("de", "Idealerweise verfügst du über Zertifizierungen wie CISSP oder CISM.", "preferred"),
        ("de", "Wünschenswert: Zertifizierungen (z. B. CISSP, OSCP).", "preferred"),
        ("de", "Sicherheitszertifizierungen (z.B. CISSP, CISM) sind ein Plus.", "preferred"),
        (
            "de", "Zertifizierungen im Bereich IT-Security (z. B. CompTIA Security+, CEH) runden dein Profil ab.",
            "preferred"
        ),
        ("de", "Zertifizierungen wie CISSP oder CISM sind wünschenswert, aber keine Voraussetzung.", "preferred"),
        ("de", "Eine Zertifizierung als CISSP setzen wir voraus.", "required"),
        ("de", "Von Vorteil sind Zertifizierungen wie CISSP, CISM.", "preferred"),
        ("de", "Gerne bringst du Zertifizierungen wie OSCP oder CEH mit.", "preferred"),
        ("de", "Zertifizierungen (z. B. CISSP, CISA) sind gern gesehen.", "preferred"),
        ("de", "Wir unterstützen dich bei Zertifizierungen wie OSCP.", "mentioned"),
        ("de", "Du hast die Möglichkeit, Zertifizierungen wie CISSP zu erwerben.", "mentioned"),
        ("de", "Kenntnisse in SIEM sowie Zertifizierungen wie CISSP sind ein Pluspunkt.", "preferred"),
        ("de", "Erste Zertifizierungen (z. B. CompTIA Security+) sind wünschenswert.", "preferred"),
        ("de", "Optimalerweise hast du bereits eine Zertifizierung wie CEH.", "preferred"),
        ("de", "Zertifizierungen wie CISSP oder CISM wären wünschenswert.", "preferred"),
        ("de", "Im Idealfall besitzt du eine Zertifizierung wie OSCP.", "preferred"),
        ("de", "Zertifizierungen wie OSCP, OSWE oder CRTP sind ein großes Plus.", "preferred"),
        ("de", "Security-Zertifizierungen wie CISSP, CISM oder CISA sind vorteilhaft.", "preferred"),
        ("de", "Du verfügst über eine gültige CISSP-Zertifizierung.", "required"),
        ("de", "Eine abgeschlossene Zertifizierung (CISSP oder CISM) ist zwingend erforderlich.", "required"),
        ("de", "Wir finanzieren deine Zertifizierungen (z. B. OSCP, CISSP).", "mentioned"),
        ("de", "Bezahlte Weiterbildungen und Zertifizierungen wie CISSP oder OSCP.", "mentioned"),
        ("de", "Zertifizierungen (z. B. OSCP, CEH) sind ein Plus, aber kein Muss.", "preferred"),
        ("de", "Relevante Zertifizierungen wie CISSP oder CISM sind wünschenswert", "preferred"),
        ("de", "Zusätzliche Zertifizierungen (CISSP, CISM, ISO 27001 Lead Auditor) sind willkommen.", "preferred"),
        ("fr", "Une certification CISSP ou CISM serait un plus.", "preferred"),
        ("fr", "Idéalement, vous détenez une certification OSCP.", "preferred"),
        ("fr", "Les certifications (CISSP, CISM, ISO 27001 Lead Auditor) sont appréciées.", "preferred"),
        ("fr", "La certification CISSP est obligatoire.", "required"),
        ("fr", "Vous êtes titulaire d'une certification CISSP.", "required"),
        ("fr", "Une certification de type CEH ou OSCP est un atout.", "preferred"),
        ("fr", "Nous prenons en charge vos certifications (OSCP, CISSP).", "mentioned"),
        ("fr", "Certifications souhaitées : CISSP, CISM.", "preferred"),
        ("fr", "Une certification ISO 27001 Lead Implementer constituerait un atout.", "preferred"),
        ("fr", "Des certifications telles que CISSP ou CISM seraient appréciées.", "preferred"),
        ("nl", "Een certificering zoals CISSP of CISM is een pre.", "preferred"),
        ("nl", "Bij voorkeur ben je in het bezit van CISSP of CISM.", "preferred"),
        ("nl", "Je bent in het bezit van een geldig CISSP-certificaat.", "required"),
        ("nl", "Certificeringen als CISSP, CISM of CISA zijn een pluspunt.", "preferred"),
        ("nl", "Wij betalen je certificeringen zoals OSCP en CISSP.", "mentioned"),
        ("nl", "CISSP of CISM certificering is wenselijk.", "preferred"),
        ("nl", "CISSP certificering is een vereiste.", "required"),
        ("nl", "Je hebt CISSP of bent bereid dit te behalen.", "preferred"),
    ])
    func readsTheStrengthOfEveryNameInTheSentence(language: String, sentence: String, strength: String) throws {
        let (title, before, after) = try #require(Self.skeletons[language])
        let analysis = Shared.analyze(before + sentence + after, title: title)
        #expect(!analysis.certifications.isEmpty, "\(sentence)")
        #expect(Set(analysis.certifications.map(\.strength.rawValue)) == [strength], "\(sentence)")
    }

    // MARK: Found by a battery of snippets written blind from LABELS.md

    @Test(arguments: [
        // A run of capitals glued to the next word ("…CISMStrong…") splits off as the known name.
        ("Requirements\n7 years in securityCISSP or CISMStrong ISO 27001 background", "cism", "required"),
        // A preference heading glued to the next line after text: "… voraus Von VorteilCISM …".
        (
            "Ihr Profil\nCISA-Zertifizierung setzen wir voraus Von VorteilCISM oder CRISCErste Erfahrung", "crisc",
            "preferred"
        ),
        (
            "Ihr Profil\nCISA-Zertifizierung setzen wir voraus Von VorteilCISM oder CRISCErste Erfahrung", "cisa",
            "required"
        ),
        // A bracket ends a list: the "a plus" inside qualifies only what the brackets hold.
        ("Requirements\n- CIPP/E certification (CIPM a plus)", "cipp-e", "required"),
        ("Requirements\n- CIPP/E certification (CIPM a plus)", "cipm", "preferred"),
        // "Or willing to obtain" with a deadline after hire is required; without one, preferred.
        ("Your background\n- GICSP, or willing to obtain it within 12 months of joining", "gicsp", "required"),
        ("Your background\n- GICSP, or willing to obtain it", "gicsp", "preferred"),
        (
            "Je profiel\nJe bent in het bezit van de CISA-certificering of bent bereid deze binnen een jaar te behalen.",
            "cisa", "required"
        ),
        ("Preference will be given to candidates holding CRISC.", "crisc", "preferred"),
        ("Things that would make you stand out: CKS or open-source work.", "cks", "preferred"),
        ("Ihr Profil\n- Einschlägige Zertifizierungen (CISSP, CISM) erwünscht", "cism", "preferred"),
        ("Exigences : certification CKS obligatoire. La CCSP constituerait un avantage.", "ccsp", "preferred"),
        ("Il candidato è preferibilmente in possesso di certificazioni quali CISM.", "cism", "preferred"),
        ("Buscamos un perfil con experiencia y, preferiblemente, certificación CISSP.", "cissp", "preferred"),
        // The employer offering the course, the exam or the time for it.
        ("Required: 2+ years with firewalls. We'll cover the exam fee for a CCNA.", "ccna", "mentioned"),
        (
            "Dein Profil: Firewalls.\nAuf Wunsch unterstützen wir dich bei der PCNSE-Zertifizierung.", "pcnse",
            "mentioned"
        ),
        ("Für Zertifizierungen wie OSCP stellen wir dir Lernzeit und Budget zur Verfügung.", "oscp", "mentioned"),
        ("Wir sind Schulungspartner: Bei uns kannst du den CEH absolvieren.", "ceh", "mentioned"),
        ("Profil : 2 ans en SOC. Vous pourrez, si vous le souhaitez, passer la certification CEH.", "ceh", "mentioned"),
        ("Je krijgt bij ons de ruimte om je PCNSE te halen.", "pcnse", "mentioned"),
    ])
    func readsStrengthAsTheBatteryFound(text: String, id: String, strength: String) {
        #expect(Shared.analyze(text).strength(of: id)?.rawValue == strength)
    }

    @Test func capitalsBeforeAWordOfTwoLettersOrAnUnknownRunStayWhole() {
        // "CCNAs" is a plural, not "CCN" + "As"; "SQLite" is no known word followed by "Lite".
        let plural = Shared.analyze("Requirements\n- Two CCNAs on the team, SQLite skills.")
        #expect(plural.certifications.isEmpty)
        #expect(Shared.analyze("Requirements\n- CCNA required.").strength(of: "ccna") == .required)
    }

    @Test(arguments: [
        "With over 30 years of experience in IT services, our group supports 300 clients.",
        "Fort de 25 ans d'expérience dans l'infogérance, notre groupe accompagne 300 clients.",
        "Con más de 30 años de trayectoria, somos una empresa de referencia.",
        "Mit über 25 Jahren Erfahrung sind wir ein führender Anbieter.",
        "Salaris: de inschaling hangt af van je ervaring: 0-1 jaar voor starter, 2-4 voor medior.",
        "As our trainee, we expect you to have 1-2 years of engineering studies behind you.",
    ])
    func theCompanysYearsAndPayScalesAreNotRequirements(text: String) {
        #expect(Shared.analyze(text + "\nRequirements: knowledge of networks.").experience.minYears == nil)
    }

    @Test(arguments: [
        ("We are looking for someone with 4 years of experience in incident response.", 4.0),
        ("Requirements\n- We need someone who has 5+ years of experience in a SOC.", 5),
        ("With 3+ years of experience in SOC operations, you will lead our triage.", 3),
    ])
    func theCompanyAskingForYearsDoesNotOwnThem(text: String, years: Double) {
        #expect(Shared.analyze(text).experience.minYears == years)
    }

    @Test(arguments: [
        (
            "You will manage a team of 6 security analysts in our Cyber Defence Centre.", "Cyber Defence Operations",
            "lead"
        ),
        ("Requirements\n- Experience leading a team is a plus.\n- 3 years in a SOC.", "SOC Analyst", "mid"),
        ("You report to the team lead and handle alerts. 3 years in a SOC.", "SOC Analyst", "mid"),
        ("You own product and infrastructure security for the company.", "VP, Security Engineering", "executive"),
    ])
    func managingPeopleIsALeadsJob(text: String, title: String, seniority: String) {
        #expect(Shared.analyze(text, title: title).seniority.rawValue == seniority)
    }
}
