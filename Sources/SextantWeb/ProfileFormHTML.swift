import SextantCore

/// The rows of `ProfileForm` as HTML fields. Add and remove are submit buttons posting to
/// `/profile/edit`, so the form works without a script; `focus` puts the cursor on a new row.
extension ProfileForm {
    func fields(base: KnowledgeBase, focus: String?) -> HTML {
        func autofocus(_ id: String) -> HTML { id == focus ? " autofocus" : "" }
        func editButton(_ action: String, _ label: String, id: String? = nil) -> HTML {
            let identifier: HTML = id.map { " id=\"\($0)\"" as HTML } ?? ""
            return """
                <button type="submit" name="action" value="\(action)" formaction="/profile/edit" formnovalidate \
                class="secondary small"\(identifier)\(autofocus(id ?? ""))>\(label)</button>
                """
        }
        func text(_ id: String, _ label: HTML, _ value: String, placeholder: String = "", list: String? = nil) -> HTML {
            let extra: HTML = list.map { " list=\"\($0)\" autocomplete=\"off\"" as HTML } ?? ""
            return """
                <div><label for="\(id)">\(label)</label>\
                <input type="text" id="\(id)" name="\(id)" value="\(value)" placeholder="\(placeholder)"\(extra)\(autofocus(id))></div>
                """
        }
        let dateHint: HTML = "<span class=\"muted\">(2021-03)</span>"
        let jobRows = jobs.enumerated().map { index, job -> HTML in
            let prefix = "job-\(index)-"
            let domainBoxes = base.domains.map { domain -> HTML in
                let checked: HTML = job.domains.contains(domain.id.rawValue) ? " checked" : ""
                return """
                    <label class="check"><input type="checkbox" name="\(prefix)domain-\(domain.id.rawValue)" value="on"\(checked)> \(domain.name)</label>
                    """
            }
            let management: HTML = job.management ? " checked" : ""
            return """
                <fieldset class="item"><legend>Job \(index + 1)</legend>
                <div class="row">
                \(text(prefix + "title", "Title", job.title, placeholder: "Network Administrator"))
                \(text(prefix + "start", "Start \(dateHint)", job.start, placeholder: "2021-03"))
                \(text(prefix + "end", "End <span class=\"muted\">(empty if current)</span>", job.end, placeholder: "2023-06"))
                </div>
                <div class="row">
                <div><label for="\(prefix)hours">Hours a week</label>
                <input type="number" id="\(prefix)hours" name="\(prefix)hours" min="1" max="100" step="any" value="\(job.hours)"></div>
                <div><label for="\(prefix)share">Time on security work <span class="muted">(%)</span></label>
                <input type="number" id="\(prefix)share" name="\(prefix)share" min="0" max="100" step="any" value="\(job.share)"></div>
                </div>
                <fieldset class="checks"><legend>CISSP domains the work touched</legend>\(domainBoxes)</fieldset>
                <label class="check"><input type="checkbox" name="\(prefix)management" value="on"\(management)> Managed security people or programmes</label>
                <input type="hidden" name="\(prefix)it" value="\(job.it)">
                <input type="hidden" name="\(prefix)focus" value="\(job.focus)">
                <input type="hidden" name="\(prefix)auditHours" value="\(job.auditHours)">
                \(editButton("remove-job-\(index)", "Remove job \(index + 1)"))
                </fieldset>
                """
        }
        let degreeNames: [(Degree, String)] = [
            (.associate, "Associate"), (.bachelor, "Bachelor’s"), (.master, "Master’s"), (.doctorate, "Doctorate"),
        ]
        let educationRows = education.enumerated().map { index, record -> HTML in
            let prefix = "education-\(index)-"
            let options = degreeNames.map { degree, label -> HTML in
                let selected: HTML = record.degree.lowercased() == degree.rawValue ? " selected" : ""
                return "<option value=\"\(degree.rawValue)\"\(selected)>\(label)</option>"
            }
            return """
                <fieldset class="item"><legend>Degree \(index + 1)</legend>
                <div class="row">
                <div><label for="\(prefix)degree">Level</label>
                <select id="\(prefix)degree" name="\(prefix)degree"\(autofocus(prefix + "degree"))><option value="">— choose —</option>\(options)</select></div>
                \(text(prefix + "field", "Field", record.field, placeholder: "computer science"))
                \(text(prefix + "completed", "Completed \(dateHint)", record.completed, placeholder: "2019-06"))
                </div>
                \(editButton("remove-education-\(index)", "Remove degree \(index + 1)"))
                </fieldset>
                """
        }
        let certificationRows = certifications.enumerated().map { index, held -> HTML in
            let prefix = "certification-\(index)-"
            return """
                <fieldset class="item"><legend>Certification \(index + 1)</legend>
                <div class="row">
                \(text(prefix + "name", "Name <span class=\"muted\">(search the catalog)</span>", held.name, placeholder: "Security+", list: "catalog"))
                \(text(prefix + "earned", "Earned \(dateHint)", held.earned, placeholder: "2022-05"))
                \(text(prefix + "expires", "Expires <span class=\"muted\">(if known)</span>", held.expires, placeholder: "2025-05"))
                </div>
                \(editButton("remove-certification-\(index)", "Remove certification \(index + 1)"))
                </fieldset>
                """
        }
        return """
            <label for="name">Name <span class="muted">(optional)</span></label>
            <input type="text" id="name" name="name" value="\(name)" autocomplete="name">
            <input type="hidden" name="goalPosting" value="\(goalPosting)">
            <h2 id="work">Work history</h2>
            <p class="muted">Every job counts, security or not: eligibility rules count months of paid work by the share spent on security.</p>
            <input type="hidden" name="jobs" value="\(jobs.count)">
            \(jobRows)
            \(editButton("add-job", "Add a job", id: "add-job"))
            <h2 id="education">Education</h2>
            <input type="hidden" name="educations" value="\(education.count)">
            \(educationRows)
            \(editButton("add-education", "Add a degree", id: "add-education"))
            <h2 id="held">Certifications you hold</h2>
            <input type="hidden" name="certifications" value="\(certifications.count)">
            \(certificationRows)
            \(editButton("add-certification", "Add a certification", id: "add-certification"))
            """
    }

    /// The catalog as a `<datalist>`: short names to pick, with the full name and a few aliases
    /// so typing any of them finds the entry. Names and aliases are accepted when the form is read.
    static func catalogList(_ base: KnowledgeBase) -> HTML {
        let options = base.certifications.sorted { $0.short.lowercased() < $1.short.lowercased() }.map {
            certification -> HTML in
            let aliases = certification.aliases.filter { !$0.ambiguous }.prefix(3).map(\.name)
            let label = ([certification.name] + aliases).joined(separator: " · ")
            return "<option value=\"\(certification.short)\" label=\"\(label)\"></option>"
        }
        return "<datalist id=\"catalog\">\(options)</datalist>"
    }
}
