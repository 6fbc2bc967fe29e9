#include "io/candidate_listing.h"

#include <QTimeZone>

namespace sp {

QString localTimeText(const QDateTime& utc, const QString& zone) {
    const QTimeZone tz(zone.toUtf8());
    const QDateTime local = utc.toTimeZone(tz);
    return local.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss ")) + tz.abbreviation(local);
}

CandidateListing candidateListing(const std::vector<Candidate>& candidates,
                                  const Vacancy& vacancy) {
    CandidateListing listing;
    listing.header = {"reference",     "surname",     "given_names",      "email",
                      "nationalities", "received_at", "received_local",   "category",
                      "reserve_list",  "education",   "experience_years", "languages",
                      "pdf_pages",     "pdf_sha256"};
    listing.rows.reserve(candidates.size());
    for (const auto& c : candidates) {
        const auto& a = c.application;
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
        });
    }
    return listing;
}

} // namespace sp
