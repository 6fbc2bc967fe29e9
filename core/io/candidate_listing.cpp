#include "io/candidate_listing.h"

#include <QTimeZone>

namespace sp {

QString localTimeText(const QDateTime& utc, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    const QDateTime local = utc.toTimeZone(tz);
    return local.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss ")) + tz.abbreviation(local);
}

QString criterionReasons(const EligibilityCheck& check) {
    QStringList reasons;
    for (const auto& c : check.criteria)
        reasons << QStringLiteral("%1: %2 (%3)").arg(c.id, criterionStateKey(c.state), c.reason());
    return reasons.join(QStringLiteral("; "));
}

CandidateListing candidateListing(const std::vector<ScreenedCandidate>& candidates,
                                  const Vacancy& vacancy) {
    CandidateListing listing;
    listing.header = {"reference",
                      "surname",
                      "given_names",
                      "email",
                      "nationalities",
                      "received_at",
                      "received_local",
                      "category",
                      "reserve_list",
                      "education",
                      "experience_years",
                      "languages",
                      "pdf_pages",
                      "pdf_sha256",
                      "admissible",
                      "pre_check",
                      "pre_check_reasons",
                      "decision",
                      "decision_reason",
                      "decided_by",
                      "decided_at",
                      "status",
                      "tier",
                      "flags"};
    listing.rows.reserve(candidates.size());
    for (const auto& [c, s] : candidates) {
        const auto& a = c.application;
        const auto& d = s.decision;
        listing.rows.push_back({
            a.reference,
            a.surname,
            a.givenNames,
            a.email,
            a.nationalities.join(QLatin1Char(';')),
            a.receivedAt.toUTC().toString(Qt::ISODate),
            localTimeText(a.receivedAt, vacancy.deadlineZone),
            categoryKey(a.category),
            a.reserveList,
            a.education ? educationKey(*a.education) : QString(),
            a.experienceYears ? QString::number(*a.experienceYears, 'f', 1) : QString(),
            languagesText(a.languages),
            QString::number(c.pdf.pageCount),
            QString::fromLatin1(c.pdf.sha256Hex),
            admissibilityKey(s.admissibility.state),
            criterionStateKey(s.preCheck.overall),
            criterionReasons(s.preCheck),
            d ? (d->eligible ? QStringLiteral("eligible") : QStringLiteral("not_eligible"))
              : QString(),
            d ? d->reason : QString(),
            d ? d->decidedBy : QString(),
            d ? d->decidedAt.toString(Qt::ISODate) : QString(),
            screeningStatusKey(s.status),
            s.tierLabel,
            s.flags.join(QStringLiteral("; ")),
        });
    }
    return listing;
}

} // namespace sp
