extension SurveyTally {
    /// The report's numbers.
    ///
    /// - Parameters:
    ///   - knowledgeBase: names the certifications and gives the data version.
    ///   - inputs: the inputs as the person gave them, for the method section.
    ///   - sextantVersion: the version of the tool that made the survey.
    public func summary(knowledgeBase: KnowledgeBase, inputs: [String], sextantVersion: String) -> SurveySummary {
        summary(
            knowledgeBaseVersion: knowledgeBase.version, certificationName: { knowledgeBase.certification($0)?.short },
            inputs: inputs, sextantVersion: sextantVersion)
    }

    /// The report's numbers, naming certifications with `certificationName` (the id when nil).
    public func summary(
        knowledgeBaseVersion: String, certificationName: (Certification.ID) -> String?, inputs: [String],
        sextantVersion: String
    ) -> SurveySummary {
        SurveySummary(
            method: SurveyMethod(
                sextantVersion: sextantVersion, knowledgeBaseVersion: knowledgeBaseVersion, inputs: inputs,
                groupBy: groupBy, records: records, analysed: analysed, broken: broken, brokenRecords: problems,
                titlesApproximate: titles.values.contains { $0.pruned },
                notes: [
                    "Every figure after the security-relevant share counts the \(security) security-relevant postings, except the title × content table, which counts all \(analysed) analysed.",
                    "Experience is the lowest minimum a posting states, in whole years rounded down.",
                    "Entry-level postings are those whose title or text names the entry level.",
                    "Each posting counts once per certification and once per finding code.",
                ]),
            securityRelevant: SurveyShare(count: security, of: analysed),
            languages: Self.counts(languages, of: security),
            disciplines: Self.counts(disciplines, of: security),
            orientation: Self.counts(orientations, of: security),
            seniority: Self.counts(seniorities, of: security),
            certifications: certificationDemand(certificationName),
            experience: SurveyExperienceDemand(
                bySeniority: Seniority.allCases.compactMap { level in
                    guard let histogram = years[level] else { return nil }
                    return SurveyExperienceRow(
                        seniority: level, postings: histogram.stating + histogram.notStated,
                        stating: histogram.stating, medianYears: histogram.median,
                        bins: Self.bins(histogram))
                },
                entryLevelAskingThreePlus: SurveyShare(count: entryLevelThreePlus, of: entryLevel)),
            findings: findings.map { code, tally in
                SurveyFindingRate(
                    code: code, severity: tally.severity, postings: tally.postings,
                    share: SurveyShare(count: tally.postings, of: security).share, examples: tally.examples)
            }.sorted { ($0.postings, $1.code) > ($1.postings, $0.code) },
            titles: titleReport(),
            groups: groupBy.map(groupReport))
    }

    /// Counts as a list by count, ties by key.
    static func counts<Key: RawRepresentable>(_ counts: [Key: Int], of total: Int) -> [SurveyCount]
    where Key.RawValue == String {
        sorted(counts.map { SurveyCount(key: $0.key.rawValue, count: $0.value, of: total) })
    }

    static func counts(_ counts: [String: Int], of total: Int) -> [SurveyCount] {
        sorted(counts.map { SurveyCount(key: $0.key, count: $0.value, of: total) })
    }

    static func sorted(_ counts: [SurveyCount]) -> [SurveyCount] {
        counts.sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }

    static func keyed<Key: RawRepresentable>(_ counts: [Key: Int]) -> [String: Int] where Key.RawValue == String {
        Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
    }

    /// The experience bins of the report: each year to 5, then 6-7, 8-9, 10+.
    static func bins(_ histogram: YearsHistogram) -> [SurveyCount] {
        let total = histogram.stating
        let counts = histogram.counts
        var bins = (0...5).map { SurveyCount(key: String($0), count: counts[$0], of: total) }
        bins.append(SurveyCount(key: "6-7", count: counts[6] + counts[7], of: total))
        bins.append(SurveyCount(key: "8-9", count: counts[8] + counts[9], of: total))
        bins.append(SurveyCount(key: "10+", count: counts[10...].reduce(0, +), of: total))
        return bins
    }

    func certificationDemand(_ certificationName: (Certification.ID) -> String?) -> SurveyCertificationDemand {
        let top = certifications.sorted { ($0.value.postings, $1.key.rawValue) > ($1.value.postings, $0.key.rawValue) }
            .prefix(Self.topCertificationCount)
            .map { id, tally in
                SurveyCertificationRow(
                    id: id, name: certificationName(id) ?? id.rawValue, postings: tally.postings,
                    share: SurveyShare(count: tally.postings, of: security).share,
                    required: tally.strengths[.required, default: 0],
                    preferred: tally.strengths[.preferred, default: 0],
                    mentioned: tally.strengths[.mentioned, default: 0],
                    byDiscipline: Self.keyed(tally.byDiscipline), bySeniority: Self.keyed(tally.bySeniority))
            }
        let perPosting = certificationsPerPosting.enumerated().map { index, count in
            SurveyCount(key: index == 5 ? "5+" : String(index), count: count, of: security)
        }
        return SurveyCertificationDemand(
            postingsNamingAny: SurveyShare(count: security - certificationsPerPosting[0], of: security),
            postingsRequiringAny: SurveyShare(count: requiringAny, of: security),
            perPosting: perPosting, top: Array(top))
    }

    func titleReport() -> SurveyTitleReport {
        let matrix = TitleDiscipline.allCases.compactMap { title -> SurveyTitleMatrixRow? in
            guard let row = titleMatrix[title] else { return nil }
            return SurveyTitleMatrixRow(
                titleDiscipline: title, postings: row.values.reduce(0, +), content: Self.keyed(row))
        }
        let top = PrimaryDiscipline.allCases.compactMap { discipline -> SurveyTopTitles? in
            guard let counts = titles[discipline], !counts.counts.isEmpty else { return nil }
            let total = disciplines[discipline, default: 0]
            let rows = counts.counts.values.map { SurveyCount(key: $0.title, count: $0.count, of: total) }
            return SurveyTopTitles(discipline: discipline, titles: Array(Self.sorted(rows).prefix(Self.topTitleCount)))
        }
        return SurveyTitleReport(matrix: matrix, topTitles: top)
    }

    func groupReport(_ field: SurveyGroupField) -> SurveyGroupReport {
        let rows = groups.map { key, group in
            SurveyGroupRow(
                key: key, postings: group.postings,
                securityRelevant: SurveyShare(count: group.security, of: group.postings),
                disciplines: Self.keyed(group.disciplines), orientation: Self.keyed(group.orientations),
                topCertifications: Array(
                    Self.sorted(
                        group.certifications.map {
                            SurveyCount(key: $0.key.rawValue, count: $0.value, of: group.security)
                        }
                    )
                    .prefix(5)),
                medianYears: group.years.median,
                flagged: SurveyShare(count: group.flagged, of: group.security))
        }
        return SurveyGroupReport(
            field: field, groups: rows.sorted { ($0.postings, $1.key) > ($1.postings, $0.key) }, other: otherGroups,
            missing: ungrouped)
    }
}
