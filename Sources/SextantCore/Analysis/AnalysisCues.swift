/// Grammar words the extractors look for: section headings, requirement strength, experience,
/// degrees, clearances, DoD levels and language markers.
///
/// These are not facts about the field (those live in the knowledge base) but how postings phrase
/// things, in English, German, French and Dutch (some Italian and Spanish). Each list says what it
/// signals; phrases fold like everything else (case, accents and punctuation do not matter).
public enum Cue: Hashable, Sendable {
    case section(SectionKind)
    /// Strength words qualify what precedes them ("CISSP required", "CISSP is a plus") — or, with
    /// a colon, what follows ("Required: CISSP").
    case required, preferred
    /// Strength words that qualify what follows them ("must hold CISSP", "ideally CISSP").
    case requiredAhead, preferredAhead
    /// Verbs of holding ("you have", "hold an active"): required, but weaker than any explicit
    /// strength word in the sentence ("ideally you hold CISSP" is preferred).
    case holding
    /// Words that name a certification for another reason ("we pay for your CISSP"), either side.
    case mentioned
    /// "must obtain within 6 months": a deadline after hire counts as required.
    case obtainWithin
    /// "or willing to obtain", "or working towards": preferred, either side of the name, unless a
    /// deadline follows ("or willing to obtain it within 12 months" is required).
    case alternativeToHolding
    /// certification, certificate, certified...
    case certificationWord
    /// "e.g.", "such as", "bijvoorbeeld": what follows are examples of what precedes.
    case example
    /// knowledge, Kenntnisse, kennis: what a certification may be an example of.
    case knowledgeWord
    /// "As a", "als", "en tant que": the role named next, with its level ("As a Junior Analyst").
    case roleIntro
    case or, and
    /// "one of the following", "any of", "either".
    case oneOf
    /// "or equivalent", "or similar": the requirement can be met another way.
    case equivalent
    /// "or equivalent experience", "HBO werk- en denkniveau": experience can stand in for a degree.
    case degreeAlternative
    case experienceWord, yearWord, monthWord
    /// "N years of ...", "N years in ...": years of some work, even without the word experience.
    case yearsOf
    case number(Int)
    case atLeast, orMore, rangeTo
    case degree(Degree)
    case degreeWord
    case clearance(ClearanceLevel)
    case polygraph
    case dod(DoDLevel)
    case entryLevel, noExperience, internship
    /// Words that contain an entry-level word without meaning it ("self-starter").
    case notEntryLevel
    case leadWork, executiveWork
    /// The company speaking about itself ("we have 25 years of experience").
    case companyVoice
    /// Years of something other than experience: "10 years in a row", "a 2-year contract".
    case durationContext
    /// "up to 4 years": a ceiling, not a minimum.
    case upTo
    /// Experience asked for as a track record without a figure: "several years of experience",
    /// "proven experience as", "mehrjährige Berufserfahrung" (a mid-level signal), and "extensive
    /// experience", "langjährige Erfahrung" (a senior one).
    case trackRecord, longTrackRecord
    /// Years that are a window or an age when these words come just before the number ("in the
    /// last 3 years", "seit 40 Jahren") or just after the unit ("21 years of age").
    case durationBefore, durationAfter
    case stopword(LanguageCode)
    /// Phrases that contain a certification's name without meaning it ("Associate of ISC2").
    case notCertification
}

extension Cue {
    /// Whether the cue says how strongly something is asked: required, preferred, only mentioned,
    /// to obtain after hire, or held.
    var isStrengthWord: Bool {
        switch self {
        case .required, .requiredAhead, .preferred, .preferredAhead, .mentioned, .obtainWithin, .holding,
            .alternativeToHolding:
            true
        default: false
        }
    }

    /// Every cue phrase, grouped by what it signals.
    static let table: [(Cue, [String])] =
        sections + strength + experience + education + clearance + levels + language + notCertificationPhrases

    /// "Associate of ISC2" is a membership status, not the CISSP (shared reference, A1 notes).
    static let notCertificationPhrases: [(Cue, [String])] = [
        (
            .notCertification,
            [
                "associate of isc2", "associate of isc 2", "associate of the isc2", "isc2 associate", "cissp associate",
                "associate cissp", "associate of isc", "isc associate",
            ]
        )
    ]

    static let sections: [(Cue, [String])] = [
        (
            .section(.responsibilities),
            [
                "responsibilities", "your responsibilities", "key responsibilities", "main responsibilities", "duties",
                "job duties", "essential duties", "what you will do", "what you ll do", "what you'll be doing",
                "your role", "the role", "role overview", "about the role", "tasks", "your tasks", "your mission",
                "job description", "position description", "in this role", "the job", "the position", "major duties",
                "ihre aufgaben", "deine aufgaben", "aufgaben", "deine rolle", "ihre rolle", "das erwartet dich",
                "vos missions", "missions", "votre mission", "vos responsabilites", "descriptif du poste",
                "description du poste", "le poste", "wat ga je doen", "wat ga jij doen", "taken", "jouw taken",
                "verantwoordelijkheden", "functieomschrijving", "de functie", "jouw rol", "mansioni", "responsabilita",
                "funciones", "responsabilidades",
            ]
        ),
        (
            .section(.requirements),
            [
                "requirements", "qualifications", "required qualifications", "minimum qualifications",
                "basic qualifications", "required skills", "required experience", "skills and experience",
                "what you bring", "what you ll bring", "what we are looking for", "what we re looking for",
                "who you are", "your profile", "profile", "must have", "must haves", "skills", "experience",
                "key requirements", "essential requirements", "essential skills", "job requirements",
                "specialized experience", "conditions of employment", "minimum requirements", "you have",
                "hiring criteria", "basic hiring criteria", "key skills", "skills required", "technical skills",
                "requirements and qualifications", "education and experience", "experience and qualifications",
                "qualifications and experience", "the ideal candidate", "ideal candidate", "about you", "you bring",
                "your background", "your skills", "your experience", "what you need", "what you ll need",
                "what we need", "we are looking for", "we re looking for", "candidate profile", "position requirements",
                "must have qualifications", "requirements for the position", "your qualifications",
                "ihr profil", "dein profil", "anforderungen", "voraussetzungen", "was du mitbringst",
                "was sie mitbringen", "das bringst du mit", "das bringen sie mit", "qualifikationen",
                "profil recherche", "votre profil", "profil", "competences", "competences requises", "prerequis",
                "functie eisen", "functie-eisen", "wat vragen wij", "wat vragen we", "wat breng je mee",
                "ervaringseisen", "anforderungsprofil", "ihre qualifikationen", "deine qualifikationen",
                "was wir erwarten", "was wir von dir erwarten", "was wir von ihnen erwarten", "muss kriterien",
                "muss anforderungen", "ce que nous attendons", "ce que nous recherchons", "ce que l on attend de vous",
                "qualifications requises", "wat wij van je verwachten", "wat verwachten wij", "jouw achtergrond",
                "requisitos minimos", "que buscamos", "requisiti richiesti", "cosa cerchiamo",
                "kennis en ervaringseisen", "opleidingseisen", "daarnaast breng je het volgende mee", "wat wij vragen",
                "wat breng jij mee", "jouw profiel", "eisen", "wie ben jij", "requisiti", "requisitos", "perfil",
            ]
        ),
        (
            .section(.preferred),
            [
                "preferred qualifications", "preferred skills", "preferred experience", "desired qualifications",
                "desired skills", "desirable", "desirable skills", "nice to have", "nice to haves", "bonus points",
                "bonus", "additional qualifications", "it would be great if", "it s a plus if", "pluspunten",
                "pre s", "pres", "wunschenswert", "von vorteil", "atouts", "les plus", "serait un plus", "plus",
                "gewenst", "preferred", "wensen", "pluspunkte", "good to have", "good to haves", "bonus skills",
                "nice to have skills", "requisitos deseables", "deseables", "requisiti preferenziali", "optional",
                "optional skills", "would be a plus", "assets", "extra credit", "o que valorizamos", "valorizamos",
                "diferenciais", "requisitos desejaveis", "desejavel", "desejaveis", "requisiti graditi",
                "mile widziane", "vyhodou je", "vyhodou",
                "meriterande", "what we value", "what would be nice", "kann kriterien", "kann anforderungen",
                "wunschenswerte kenntnisse", "das ware toll", "das ware schon", "zusatzlich wunschenswert",
                "was wir uns zusatzlich wunschen", "idealerweise bringst du mit", "idealerweise bringen sie mit",
                "competences appreciees", "serait un plus", "les petits plus", "atouts supplementaires",
                "pluspunten", "wat een pre is", "requisiti preferenziali", "costituiscono titolo preferenziale",
                "se valorara", "valorable", "valoraremos",
            ]
        ),
        (
            .section(.benefits),
            [
                "benefits", "what we offer", "we offer", "our offer", "perks", "perks and benefits", "compensation",
                "salary", "why join us", "why work with us", "what s in it for you", "wir bieten", "was wir bieten",
                "unser angebot", "das bieten wir", "ce que nous offrons", "nous offrons", "nous vous offrons",
                "avantages", "wat bieden wij", "wij bieden", "wat wij bieden", "arbeidsvoorwaarden", "ons aanbod",
                "offriamo", "ofrecemos",
            ]
        ),
        (
            .section(.about),
            [
                "about us", "about the company", "about the team", "who we are", "company description", "our company",
                "company overview", "about", "uber uns", "wer wir sind", "qui sommes nous", "a propos", "over ons",
                "wie zijn wij", "wie wij zijn", "chi siamo", "quienes somos",
            ]
        ),
        (
            .section(.other),
            [
                "how to apply", "application process", "equal opportunity", "equal employment opportunity",
                "additional information", "how you will be evaluated", "required documents", "next steps",
                "what to expect next", "sollicitatieprocedure", "bewerbung", "candidature",
            ]
        ),
    ]

    static let strength: [(Cue, [String])] = [
        (
            .required,
            [
                "required", "is required", "are required", "mandatory", "is mandatory", "essential", "is essential",
                "necessary", "needed", "is a requirement", "a must", "is a must", "valid", "erforderlich", "zwingend",
                "zwingend erforderlich", "vorausgesetzt", "wird vorausgesetzt", "setzen wir voraus", "notwendig",
                "pflicht", "obligatoire", "exige", "exigee", "requis", "requise", "indispensable", "imperatif",
                "vereist", "verplicht", "noodzakelijk", "een must", "obbligatorio", "richiesto", "requerido",
                "imprescindible", "obligatorio", "imprescindibles", "obligatorios", "obligatoria", "obligatorias",
                "requeridos", "requerida", "requeridas", "obbligatori", "obbligatoria", "richiesti", "richiesta",
                "requises", "exiges", "obligatoires", "indispensables", "ein muss", "ist ein muss",
                "unabdingbar", "unerlasslich", "zwingend notwendig", "imperatif", "imperative", "onmisbaar",
                "een vereiste", "vereiste", "indispensabile", "necessario", "necesario",
            ]
        ),
        (
            .requiredAhead,
            [
                "requires", "require", "must", "must have", "must hold", "must possess", "need", "needs", "you need",
                "shall", "you must", "vous devez", "du brauchst", "je moet",
            ]
        ),
        (
            .holding,
            [
                "possess", "possession of", "in possession of", "hold a", "hold an", "holds a", "you hold",
                "you have", "current", "active", "du verfugst uber", "sie verfugen uber", "besitz", "im besitz",
                "du hast", "sie haben", "vous avez", "vous possedez", "tu as", "titulaire", "in het bezit van",
                "beschik", "beschikt", "je beschikt over", "u beschikt over", "je hebt", "jij hebt", "u hebt",
                "u heeft",
            ]
        ),
        (
            .preferred,
            [
                "preferred", "is preferred", "are preferred", "strongly preferred", "a plus", "plus", "is a plus",
                "are a plus", "a big plus", "nice to have", "desired", "desirable", "bonus", "is a bonus", "beneficial",
                "advantage", "an advantage", "advantageous", "an asset", "asset", "welcome", "appreciated", "helpful",
                "would be great", "optional", "von vorteil", "wunschenswert", "wuenschenswert", "willkommen",
                "vorteilhaft", "gern gesehen", "un plus", "un atout", "atout", "apprecie", "appreciee", "souhaite",
                "souhaitee", "souhaitable", "pre", "een pre", "is een pre", "pluspunt", "een pluspunt", "gewenst",
                "strekt tot aanbeveling", "mooi meegenomen", "gradito", "preferibile", "valorable", "deseable",
                "ideal", "considered an advantage", "will be considered an advantage", "encouraged", "is encouraged",
                "would be an advantage", "not required", "but not required",
                "not mandatory", "not necessary", "not a requirement", "nicht erforderlich", "keine voraussetzung",
                "pas obligatoire", "pas exige", "niet vereist", "niet verplicht",
                // Misspellings postings really use, and "valued" in its forms.
                "prefered", "is prefered", "would be prefered", "preffered", "prefferred", "valued", "highly valued",
                "is valued", "are valued", "is highly valued", "are highly valued", "highly regarded",
                "good to have", "would be a plus", "would be an asset", "is an asset", "ein plus", "ist ein plus",
                "sind ein plus", "von vorteil sind", "waren von vorteil", "ware von vorteil", "deseable", "deseables",
                "se valora", "valorado", "valorada", "titolo preferenziale", "preferenziale", "costituisce un plus",
                "e preferibile", "een voordeel", "is een voordeel", "voordeel", "serait un atout", "est un atout",
                "serait un plus", "est un plus",
                // German, French, Dutch, Italian and Spanish ways of saying "nice to have".
                "apprecies", "appreciees", "souhaites", "souhaitees", "seraient appreciees", "serait appreciee",
                "pluspunkt", "ein pluspunkt", "ist ein pluspunkt", "sind ein pluspunkt", "runden dein profil ab",
                "runden ihr profil ab", "runden das profil ab", "rundet dein profil ab",
                "rundet ihr profil ab", "optimalerweise", "ware wunschenswert", "waren wunschenswert", "ware schon",
                "waren schon", "ware toll", "ware super", "ware ideal", "vorteilhaft", "sind vorteilhaft",
                "ist vorteilhaft", "kein muss", "gerne gesehen", "bienvenu", "bienvenue", "bienvenus",
                "est un avantage", "serait apprecie", "seraient apprecies", "constitue un atout",
                "constituerait un atout", "seraient un plus", "sont un plus", "wenselijk", "is een plus",
                "een plus", "e un plus", "sara considerato un plus", "titolo preferenziale", "es un plus",
                "sera un plus", "se valoraran", "valorables",
                // The same idea in languages postings here use less often (pt, pl, cs/sk, hu, sv, da/no).
                "desejavel", "desejaveis", "diferencial", "valorizado", "valorizada", "sera valorizado",
                "mile widziane",
                "atut", "dodatkowym atutem", "vyhodou", "je vyhodou", "vitano", "elony", "meriterande", "en fordel",
                "graditi", "gradita", "gradito",
                // More of the same: "erwünscht", "constituerait un avantage", "would make you stand out".
                "erwunscht", "ist erwunscht", "sind erwunscht", "un avantage", "serait un avantage",
                "constitue un avantage", "constituerait un avantage", "stand out", "make you stand out",
                "set you apart", "sets you apart",
            ]
        ),
        (.alternativeToHolding, alternativesToHolding),
        (
            .preferredAhead,
            [
                "preferably", "preferable", "ideally", "ideal", "idealerweise", "vorzugsweise", "gerne", "idealement",
                "de preference", "bij voorkeur", "liefst", "idealmente", "preferentemente", "nice to have",
                "bonus points for", "it would be great if", "ideally you", "encouraged to", "we encourage",
                "se valorara", "se valorara positivamente", "sera valorado", "si valutera", "e gradita",
                "im optimalfall", "im idealfall", "idealiter", "we prefer", "prefer", "preferentially",
                "preferibilmente", "preferiblemente", "preference will be given", "preference will be given to",
                "preference is given to", "preference given to",
            ]
        ),
        (
            .mentioned,
            [
                "we pay", "we will pay", "we cover", "paid for", "reimburse", "reimbursement", "sponsor", "sponsored",
                "sponsorship", "we support", "support you", "opportunity to obtain", "opportunity to earn",
                "opportunities to obtain", "training budget", "training", "trainings", "learning budget", "we offer",
                "partner", "partners", "our team holds", "prepare for", "preparation", "course", "courses",
                "budget for", "wir unterstutzen", "weiterbildung", "schulung", "schulungen", "formation",
                "formations", "opleiding", "opleidingen", "opleidingsbudget", "cursus", "certification budget",
                "help you get", "help you obtain", "willing to obtain", "willingness to obtain", "pursue",
                "pursuing", "work towards", "working towards", "bereidheid",
                // "The chance to earn it", "we pay for it", in the other languages.
                "moglichkeit", "moglichkeiten", "zu erwerben", "zu erlangen", "wir finanzieren", "finanzieren",
                "finanzierung", "bezahlte", "kostenubernahme", "ubernehmen die kosten", "possibilite de passer",
                "prise en charge", "prenons en charge", "pris en charge", "nous financons", "financement",
                "mogelijkheid", "mogelijkheden", "wij betalen",
                "vergoed", "vergoeding", "wordt vergoed", "possibilita di", "posibilidad de",
                // The employer offering the course, the exam or the time for it.
                "exam fee", "exam fees", "we ll cover", "we will cover", "auf wunsch", "unterstutzen wir",
                "zahlen wir", "ubernehmen wir", "stellen wir", "lernzeit", "zur verfugung", "schulungspartner",
                "si vous le souhaitez", "vous serez forme", "vous serez formee", "partenaire", "partenaires",
                "ruimte om", "de ruimte", "je krijgt de kans", "exam voucher", "exam vouchers", "we fund",
                "pays for", "vous preparerons", "vous preparer", "nous vous preparons", "begeleidt", "begeleiden",
            ]
        ),
        (
            .obtainWithin,
            [
                "within", "obtain within", "must obtain", "must be obtained", "must be able to obtain",
                "ability to obtain", "able to obtain", "obtain and maintain", "must achieve", "achieve within",
                "upon hire", "of hire", "of start date", "binnen", "innerhalb",
            ]
        ),
        (
            .certificationWord,
            [
                "certification", "certifications", "certified", "certificate", "certificates", "certs", "cert",
                "credential", "credentials", "designation", "designations", "zertifizierung", "zertifizierungen",
                "zertifikat", "zertifikate", "zertifiziert", "certificat", "certificats", "certifie", "certifiee",
                "certifications professionnelles", "certificering", "certificeringen", "certificaat", "certificaten",
                "gecertificeerd", "certificazione", "certificazioni", "certificacion", "certificaciones",
                "baseline certification", "8570 certification", "8140 certification",
            ]
        ),
        (
            .example,
            [
                "e g", "eg", "such as", "for example", "for instance", "z b", "zum beispiel", "beispielsweise",
                "par exemple", "p ex", "tels que", "telles que", "tel que", "telle que", "bijvoorbeeld", "bv",
                "zoals", "ad esempio", "ad es", "per esempio", "por ejemplo", "p ej", "tales como",
            ]
        ),
        (
            .knowledgeWord,
            [
                "knowledge", "understanding", "expertise", "kenntnisse", "kenntnis", "wissen", "fachwissen",
                "connaissance", "connaissances", "maitrise", "kennis", "conoscenza", "conoscenze", "conocimiento",
                "conocimientos",
            ]
        ),
        (.notEntryLevel, ["self starter", "self starters", "selfstarter", "quick starter", "fast starter"]),
        (.roleIntro, ["as a", "as an", "as our", "als", "en tant que", "in qualita di", "come", "como"]),
        (.or, ["or", "oder", "ou", "o", "and or", "and/or", "resp", "respectively"]),
        (.and, ["and", "und", "et", "en", "e", "y", "as well as"]),
        (
            .oneOf,
            [
                "one of the following", "one of", "any of the following", "any one of", "any of", "either",
                "at least one", "one or more of", "or other", "eine der folgenden", "l une des", "une des",
                "een van de volgende", "een van",
            ]
        ),
        (
            .equivalent,
            [
                "or equivalent", "or comparable", "or similar", "or related", "or other relevant", "equivalent",
                "comparable", "or higher", "or a related field", "or related field", "or a related discipline",
                "or a related area", "or a similar field", "or a comparable", "or equivalent experience",
                "or equivalent practical experience", "or equivalent work experience", "oder vergleichbar",
                "oder vergleichbare", "oder eine vergleichbare", "oder ahnliches", "vergleichbar", "ou equivalent",
                "ou similaire", "ou equivalente", "of vergelijkbaar", "of een vergelijkbare", "vergelijkbaar",
                "o equivalente",
            ]
        ),
        (
            .degreeAlternative,
            [
                "or equivalent experience", "or equivalent practical experience", "or equivalent work experience",
                "or equivalent professional experience", "or equivalent combination", "or an equivalent combination",
                "or equivalent qualification", "or equivalent qualifications", "or comparable experience",
                "or comparable qualification", "or equivalent military experience", "or equivalent knowledge",
                "or relevant experience", "or related experience", "or equivalent practical", "in lieu of a degree",
                "oder vergleichbare qualifikation", "oder eine vergleichbare qualifikation",
                "oder vergleichbare berufserfahrung", "oder entsprechende berufserfahrung",
                "oder vergleichbare kenntnisse", "ou experience equivalente", "ou une experience equivalente",
                "of vergelijkbare werkervaring", "werk en denkniveau", "werk en denk niveau",
            ]
        ),
    ]

    /// The company as the subject of a clause ("…, our group supports", "…, somos una empresa").
    /// Single words, checked by token id in a few tokens only: as cues they would match in every
    /// sentence.
    static let companySubjectWords = ["we", "wir", "nous", "wij", "somos", "siamo"] + companyPossessiveWords
    /// The company's own ("Our security team holds…", "Il nostro team è certificato…"): a
    /// sentence opening with one speaks of the company, not of what the candidate must hold.
    static let companyPossessiveWords = [
        "our", "unsere", "unser", "unserem", "unseren", "notre", "nos", "onze", "ons", "nuestra", "nuestro",
        "nuestros", "nuestras", "nostra", "nostro", "nostri", "nostre",
    ]
    /// Words that point back to the sentence before ("That would be a plus", "Dan is dat mooi
    /// meegenomen", "C'est un atout"): a short sentence opening with one qualifies the names there.
    static let backReferenceWords = [
        "that", "this", "both", "either", "dat", "dit", "das", "dies", "beides", "cela", "ce", "c", "ceci",
        "questo", "cio", "eso", "esto", "ello",
    ]
    /// "With", "Mit", "Fort de", "Con" opening a sentence: years fronted before its subject.
    static let frontedWords = ["with", "mit", "avec", "fort", "forte", "forts", "fortes", "con", "met"]
    /// Words that make a clause about the candidate ("someone with 4 years", "we need someone
    /// who has 5 years"): the company's voice before them does not own the years.
    static let candidateVoiceWords = [
        "you", "your", "someone", "somebody", "candidate", "candidates", "applicant", "applicants", "individual",
        "person", "seeking", "du", "dich", "dein", "deine", "sie", "jemand", "jemanden", "kandidat",
        "kandidatin", "bewerber", "bewerberin", "vous", "votre", "candidat", "profil", "u", "jij", "je", "jou",
        "iemand", "kandidaat", "cerchiamo", "candidato", "buscamos", "persona",
        // "Our new colleague", "onze nieuwe collega": the hire.
        "new", "nieuwe", "neue", "neuen", "neuer", "nouveau", "nouvelle", "nuovo", "nuova", "nuevo", "nueva",
    ]

    /// "Hold or be working towards CISSP", "CISSP, or willing to obtain it": holding it is not a
    /// condition, so the certification is preferred. These reach both ways (listed as preferred
    /// and preferred-ahead).
    static let alternativesToHolding = [
        "or working towards", "or be working towards", "or are working towards", "or working toward",
        "or willing to obtain", "or be willing to obtain", "or willingness to obtain", "or willing to pursue",
        "or a willingness to obtain", "or the willingness to obtain",
        "willing to pursue", "or in progress", "or currently pursuing", "or pursuing", "of bereid",
        "of bereid te behalen", "of bent bereid", "bent bereid", "of ben je bereid",
        "oder bereit", "ou pret a", "ou prete a",
    ]

    static let experience: [(Cue, [String])] = [
        (
            .experienceWord,
            [
                "experience", "experiences", "experienced", "work experience", "professional experience",
                "relevant experience", "hands on experience", "background", "track record", "working in",
                "working with",
                "erfahrung", "berufserfahrung", "praxiserfahrung", "erfahrungen", "experience professionnelle",
                "d experience", "experiences", "ervaring", "werkervaring", "relevante ervaring", "esperienza",
                "esperienze", "experiencia", "anos de experiencia", "specialized experience",
                // Czech, Slovak and Polish, which postings here use too.
                "praxe", "praxi", "prax", "zkusenosti", "zkusenost", "skusenosti", "skusenost", "doswiadczenie",
                "doswiadczenia",
            ]
        ),
        (
            .yearWord,
            [
                "year", "years", "yr", "yrs", "jahr", "jahre", "jahren", "jahrige", "jahriger", "jahrige erfahrung",
                "an", "ans", "annee", "annees", "jaar", "jaren", "jarige", "anno", "anni", "ano", "anos",
                "rok", "roky", "let", "rokov", "roku", "lat", "lata",
            ]
        ),
        (
            .monthWord,
            [
                "month", "months", "monat", "monate", "monaten", "mois", "maand", "maanden", "mese", "mesi", "mes",
                "meses",
            ]
        ),
        (
            .atLeast,
            [
                "at least", "minimum", "minimum of", "a minimum of", "min", "no less than", "not less than",
                "more than", "over", "in excess of", "mindestens", "minimal", "au moins", "au minimum", "minimaal",
                "ten minste", "tenminste", "minstens", "almeno", "al menos", "como minimo", "alespon", "aspon",
                "minimalne", "co najmniej",
            ]
        ),
        (.orMore, ["or more", "plus", "or longer", "und mehr", "ou plus", "of meer", "o mas"]),
        (
            .yearsOf,
            [
                "years of", "year of", "yrs of", "years as", "years working", "jahre als", "jahren als", "ans comme",
                "jaar als", "anni di", "anni come", "anos de", "anos como", "years in", "year in", "yrs in",
                "years on", "years hands on", "years experience", "years professional", "years relevant",
                "jahre in", "jahren in", "jahre im", "jahren im", "ans en", "ans dans", "ans d", "jaar in",
                "jaar ervaring", "jaar werkervaring", "jaar relevante", "anni nel", "anni in", "anos en",
            ]
        ),
        (
            .trackRecord,
            [
                "several years", "a few years", "some years", "a number of years", "proven experience",
                "demonstrated experience", "considerable experience", "significant experience", "solid experience",
                "substantial experience", "previous experience as", "prior experience as", "proven track record",
                "mehrjahrige", "mehrjahrige erfahrung", "mehrjahrige berufserfahrung", "einschlagige berufserfahrung",
                "einschlagige erfahrung", "fundierte erfahrung", "fundierte berufserfahrung", "plusieurs annees",
                "experience significative", "experience confirmee", "solide experience", "meerdere jaren",
                "ruime ervaring", "aantoonbare ervaring", "aantoonbare werkervaring", "comprovata esperienza",
                "esperienza pluriennale", "experiencia demostrable", "experiencia previa",
            ]
        ),
        (
            .longTrackRecord,
            [
                "extensive experience", "many years", "long standing experience", "deep experience",
                "langjahrige", "langjahrige erfahrung", "langjahrige berufserfahrung", "vaste experience",
                "longue experience", "jarenlange ervaring", "jarenlange", "lunga esperienza", "amplia experiencia",
            ]
        ),
        (
            .upTo,
            ["up to", "bis zu", "jusqu a", "jusqu au", "tot maximaal", "maximaal", "maximum", "max", "fino a", "hasta"]
        ),
        (
            .durationContext,
            [
                // a contract's or an assignment's length
                "contract", "contracts", "fixed term", "fixed-term", "assignment", "project duration",
                "duration", "period of", "for a period", "befristet", "befristete", "befristeter", "laufzeit",
                "vertrag", "vertragslaufzeit", "contrat", "cdd", "duree", "looptijd", "tijdelijk", "contract van",
                "durata", "contratto", "duracion", "contrato",
                // vetting and residence periods
                "checkable", "verifiable", "employment history", "work history", "residency", "resident",
                "residence", "background check", "in a row", "know how", "anniversary", "jubilaum",
                // US federal appointments: probation, rotations, tours, eligibility periods
                "period", "probationary", "probation", "trial", "rotation", "tour", "overseas", "appointment",
                // years of study, not of work: "1-2 years of engineering studies behind you"
                "studies", "of study", "studium", "etudes", "d etudes", "studie", "universitaire",
            ]
        ),
        (
            .durationBefore,
            [
                // a window in the past: "graduated in the last 3 years", "in the past 5 years"
                "last", "past", "previous", "letzten", "vergangenen", "afgelopen", "laatste", "ultimi",
                // the employer's own age: "seit über 40 Jahren", "depuis 30 ans"
                "seit", "depuis", "sinds", "da oltre", "desde hace", "founded", "established", "trading",
                "in business", "aged", "served",
            ]
        ),
        (
            .durationAfter,
            [
                "of age", "old", "alt", "oud", "d age", "derniers", "dernieres", "bestehen", "lived", "living",
                // a pay scale by level: "0-1 jaar voor starter, 2-4 voor medior"
                "for junior", "for juniors", "for senior", "for seniors", "fur junior", "fur senior", "voor starter",
                "voor starters", "voor junior", "voor medior", "voor senior", "pour junior", "pour un junior",
                "pour senior", "pour un senior",
            ]
        ),
        (.rangeTo, ["to", "bis", "a", "tot", "till", "until"]),
        (
            .companyVoice,
            [
                "we", "we have", "our", "our company", "founded", "since", "history", "for over", "wir", "unsere",
                "nous", "notre", "wij", "onze", "clients", "customers", "founder", "founders", "a team with",
                "team with", "team has", "our team", "the company", "the firm", "the group", "somos", "nuestra",
                "nuestro", "siamo", "nostra", "nostro",
            ]
        ),
        (
            .entryLevel,
            [
                "entry level", "entry-level", "entry level position", "graduate program", "graduate programme",
                "graduate scheme", "recent graduate", "recent graduates", "new grad", "new graduates", "early career",
                "first job", "first professional experience", "berufseinsteiger", "berufseinsteigerin",
                "berufsanfanger", "absolventen", "jeune diplome", "jeunes diplomes", "debutant accepte",
                "debutants acceptes", "starter", "starters", "pas afgestudeerd", "neolaureato", "recien graduado",
                "trainee", "traineeship", "apprenticeship", "alternance", "alternant", "werkstudent", "working student",
            ]
        ),
        (
            .noExperience,
            [
                "no experience", "no prior experience", "no experience required", "no experience necessary",
                "experience not essential", "experience is not essential", "experience not required",
                "experience is not required", "no previous experience",
                "keine berufserfahrung", "ohne berufserfahrung", "sans experience", "geen ervaring", "zonder ervaring",
            ]
        ),
        (
            .internship,
            [
                "internship", "internships", "praktikum", "praktikant", "praktikantin", "stagiair", "stagiaire",
                "tirocinio", "practicas",
            ]
        ),
        (
            .leadWork,
            [
                // Managing people, said as a duty. Not "team lead" or "line manager" (often whom the
                // job reports to), "team of" (joining one) or "mentor" (any senior does).
                "lead a team", "leading a team", "leads a team", "manage a team", "managing a team", "manages a team",
                "manage the team", "lead the team", "build and lead", "line management", "people management",
                "direct reports", "fuhrungsverantwortung", "personalverantwortung", "fuhrst ein team",
                "fuhren ein team", "leitest ein team", "leiten ein team", "encadrer une equipe",
                "encadrez une equipe", "manager une equipe", "managez une equipe", "diriger une equipe",
                "dirigez une equipe", "leidinggeven", "leiding geven", "geeft leiding", "geef je leiding",
                "gestionar un equipo", "dirigir un equipo", "liderar un equipo", "gestire un team", "guidare un team",
            ]
        ),
        (
            .executiveWork,
            [
                "report to the board", "reports to the board", "board of directors", "executive leadership",
                "executive team", "c suite", "c level", "report to the ceo", "reports to the ceo",
                "reporting to the ceo",
                "member of the management team", "direction generale", "comex", "directie", "raad van bestuur",
                "geschaftsfuhrung", "vorstand",
            ]
        ),
    ]

    static let education: [(Cue, [String])] = [
        (
            .degree(.bachelor),
            [
                "bachelor", "bachelors", "bachelor s", "bachelor degree", "bachelor's degree", "bs", "ba", "bsc",
                "b s", "b a", "b sc", "bs degree", "undergraduate degree", "four year degree", "4 year degree",
                "university degree", "college degree", "degree in", "hbo", "hbo niveau", "wo bachelor", "licence",
                "bac 3", "bac 4", "fachhochschule", "fh", "studium", "hochschulstudium", "laurea", "grado",
                "engineering degree", "diplome d ingenieur",
            ]
        ),
        (
            .degree(.master),
            [
                "master", "masters", "master s", "master degree", "ms", "msc", "m s", "m sc", "mba", "graduate degree",
                "wo", "wo niveau", "bac 5", "diplom", "laurea magistrale", "ingenieur",
            ]
        ),
        (.degree(.doctorate), ["phd", "ph d", "doctorate", "doctoral degree", "promotion", "doctorat"]),
        (
            .degree(.associate),
            ["associate degree", "associate s degree", "associates degree", "two year degree", "2 year degree", "mbo"]
        ),
        (.degreeWord, ["degree", "diploma", "abschluss", "diplome", "opleiding", "afgeronde", "studies", "education"]),
    ]

    static let clearance: [(Cue, [String])] = [
        (
            .clearance(.unspecified),
            [
                "security clearance", "clearance", "clearable", "eligible for clearance", "dod clearance",
                "government clearance", "sc clearance", "habilitation", "sicherheitsuberprufung",
            ]
        ),
        (.clearance(.publicTrust), ["public trust", "public trust clearance"]),
        (
            .clearance(.secret),
            ["secret clearance", "active secret", "secret security clearance", "interim secret", "dod secret"]
        ),
        (.clearance(.topSecret), ["top secret", "top secret clearance", "ts clearance"]),
        (.clearance(.tsSci), ["ts sci", "top secret sci", "ts sci clearance", "sci eligibility", "sci"]),
        (.polygraph, ["polygraph", "full scope polygraph", "ci polygraph", "fs poly", "ci poly"]),
    ]

    /// DoD 8570/8140 workforce levels, in the spellings US postings use.
    static let levels: [(Cue, [String])] = {
        var rows: [(Cue, [String])] = []
        for family in DoDLevel.Family.allCases {
            for (level, roman) in [(UInt8(1), "i"), (2, "ii"), (3, "iii")] {
                let name = family.rawValue.lowercased()
                rows.append(
                    (
                        .dod(DoDLevel(family: family, level: level)),
                        [
                            "\(name) level \(roman)", "\(name) level \(level)", "\(name) \(roman)", "\(name) \(level)",
                            "\(name) lvl \(roman)", "\(name) lvl \(level)",
                        ]
                    ))
            }
        }
        return rows
    }()

    /// Frequent function words per language, for detecting the description's language.
    static let language: [(Cue, [String])] = [
        (
            .stopword(.en),
            [
                "the", "and", "with", "you", "for", "our", "will", "are", "this", "your", "have", "that", "of", "to",
                "in", "is",
            ]
        ),
        (
            .stopword(.de),
            [
                "und", "der", "die", "das", "mit", "fur", "sie", "wir", "ist", "ein", "eine", "auf", "zu", "von", "den",
                "du",
            ]
        ),
        (
            .stopword(.fr),
            [
                "le", "la", "les", "des", "et", "pour", "vous", "nous", "une", "dans", "du", "est", "sur", "avec", "au",
                "votre",
            ]
        ),
        (
            .stopword(.nl),
            [
                "de", "het", "een", "van", "en", "voor", "je", "jij", "wij", "met", "op", "is", "zijn", "bij", "ons",
                "jouw",
            ]
        ),
        (.stopword(.it), ["il", "di", "per", "che", "con", "della", "delle", "nel", "sono", "una", "gli", "lavoro"]),
        (
            .stopword(.es),
            ["el", "los", "las", "del", "para", "con", "que", "una", "por", "como", "experiencia", "trabajo"]
        ),
        (.stopword(.pt), ["os", "das", "dos", "para", "com", "que", "uma", "voce", "nao", "trabalho"]),
        (.stopword(.pl), ["i", "w", "z", "na", "do", "oraz", "jest", "dla", "sie", "pracy"]),
    ]

    /// Number words 1–20 (and a few tens), so "five (5) years" and "fünf Jahre" read as numbers.
    static let numbers: [(Int, [String])] = [
        (0, ["zero", "null", "nul"]),
        (1, ["one", "eins", "ein", "einem", "einer", "un", "une", "een", "uno", "una"]),
        (2, ["two", "zwei", "deux", "twee", "due", "dos"]),
        (3, ["three", "drei", "trois", "drie", "tre", "tres"]),
        (4, ["four", "vier", "quatre", "quattro", "cuatro"]),
        (5, ["five", "funf", "cinq", "vijf", "cinque", "cinco"]),
        (6, ["six", "sechs", "zes", "sei", "seis"]),
        (7, ["seven", "sieben", "sept", "zeven", "sette", "siete"]),
        (8, ["eight", "acht", "huit", "otto", "ocho"]),
        (9, ["nine", "neun", "neuf", "negen", "nove", "nueve"]),
        (10, ["ten", "zehn", "dix", "tien", "dieci", "diez"]),
        (11, ["eleven", "elf", "onze"]),
        (12, ["twelve", "zwolf", "douze", "twaalf"]),
        (15, ["fifteen", "funfzehn", "quinze", "vijftien"]),
        (20, ["twenty", "zwanzig", "vingt", "twintig"]),
    ]
}

/// US clearance levels, lowest first; raw values are the JSON spellings.
public enum ClearanceLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    case unspecified
    case publicTrust = "public-trust"
    case confidential, secret
    case topSecret = "top-secret"
    case tsSci = "ts-sci"

    public static func < (lhs: ClearanceLevel, rhs: ClearanceLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Languages the analyzer recognises by their function words (ISO 639-1).
public enum LanguageCode: String, Sendable, Hashable, CaseIterable {
    case en, de, fr, nl, it, es, pt, pl

    /// Position in `allCases`, without building the array.
    var index: Int {
        switch self {
        case .en: 0
        case .de: 1
        case .fr: 2
        case .nl: 3
        case .it: 4
        case .es: 5
        case .pt: 6
        case .pl: 7
        }
    }
}

/// A DoD 8570 workforce level such as IAT Level II.
public struct DoDLevel: Sendable, Hashable {
    public enum Family: String, Sendable, Hashable, CaseIterable {
        case iat = "IAT", iam = "IAM", iasae = "IASAE"
    }

    public var family: Family
    public var level: UInt8

    /// "IAT-II": the spelling of the knowledge base's DoD categories.
    public var name: String { family.rawValue + "-" + String(repeating: "I", count: Int(level)) }
}
