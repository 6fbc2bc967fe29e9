#include "casefile/applications_repository.h"

#include "casefile/candidate_rows.h"
#include "casefile/case_events.h"
#include "casefile/case_store.h"
#include "casefile/panel_rows.h"
#include "casefile/record_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/search_rows.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "domain/error.h"
#include "domain/search_query.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace sp {

std::vector<Candidate> ApplicationsRepository::candidates() const {
    return candidate_rows::selectAll(d->db);
}

std::optional<Candidate> ApplicationsRepository::candidate(const QString& reference) const {
    return candidate_rows::selectByReference(d->db, reference);
}

QByteArray ApplicationsRepository::pdf(qint64 candidateId) const {
    return candidate_rows::selectPdf(d->db, candidateId);
}

std::vector<DuplicateFlag> ApplicationsRepository::duplicates() const {
    return candidate_rows::selectDuplicates(d->db);
}

ExistingApplications ApplicationsRepository::existingApplications() const {
    return candidate_rows::selectExisting(d->db);
}

ImportOutcome ApplicationsRepository::importApplications(const ImportPlan& plan) {
    requireWritable(*d);
    ImportOutcome outcome;
    {
        sql::Transaction transaction(d->db);
        outcome.references = candidate_rows::insertPlan(d->db, plan, nowUtcText());
        // New candidates: every row of theirs is this import's.
        const QStringList imported(outcome.references.begin(), outcome.references.end());
        std::vector<RowSeal> seals = seal_rows::sealUnits(d->db, imported);
        const qint64 batchId = candidate_rows::lastImportBatch(d->db);
        for (auto& seal : seal_rows::sealRow(d->db, ProcedureUnit,
                                             QStringLiteral("import_batch/%1").arg(batchId)))
            seals.push_back(seal);
        record_rows::append(d->db,
                            plan.importedBy.isEmpty() ? actorOr(*d, QStringLiteral("secretary"))
                                                      : plan.importedBy,
                            QStringLiteral("import"), QString(), QString(),
                            QStringLiteral("%1 application(s) from %2: %3")
                                .arg(outcome.references.size())
                                .arg(plan.source, imported.join(QStringLiteral(", "))),
                            seals);
        transaction.commit();
    }
    d->events.applications.imported(CandidatesImported{outcome.references});
    return outcome;
}

ApplicationSearch ApplicationsRepository::search(const QString& text, const QString& viewer) const {
    const SearchQuery query = parseSearchQuery(text);
    std::vector<Conflict> viewerConflicts;
    if (!viewer.isEmpty()) {
        const auto members = panel_rows::selectPanel(d->db);
        if (!findMember(members, viewer))
            throw Error(
                ErrorKind::BadInput,
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not on the panel: no search"),
                            viewer));
        viewerConflicts = panel_rows::selectConflicts(d->db);
    }

    // Every clause must be found in the application, each on any of its pages.
    QHash<qint64, QSet<int>> pages;
    for (size_t i = 0; i < query.allOf.size(); ++i) {
        const auto found = dialectOf(d->db).pagesMatching(d->db, query.allOf[i]);
        QHash<qint64, QSet<int>> kept;
        for (auto it = found.begin(); it != found.end(); ++it) {
            if (i > 0 && !pages.contains(it.key()))
                continue;
            QSet<int>& candidatePages = kept[it.key()];
            if (i > 0)
                candidatePages = pages.value(it.key());
            for (const int page : it.value())
                candidatePages.insert(page);
        }
        pages = std::move(kept);
    }

    ApplicationSearch search;
    search.notIndexed = search_rows::unindexedCount(d->db);
    const auto references = search_rows::references(d->db, pages.keys());
    for (auto it = references.begin(); it != references.end(); ++it) {
        if (!viewer.isEmpty() && abstains(viewer, it.value(), viewerConflicts)) {
            ++search.hidden;
            continue;
        }
        const QSet<int>& found = pages[it.key()];
        QList<int> sorted(found.begin(), found.end());
        std::sort(sorted.begin(), sorted.end());
        search.matches.push_back({it.value(), sorted});
    }
    std::sort(search.matches.begin(), search.matches.end(),
              [](const auto& a, const auto& b) { return a.reference < b.reference; });
    return search;
}

std::vector<qint64> ApplicationsRepository::unindexed() const {
    return search_rows::unindexed(d->db);
}

void ApplicationsRepository::storeTexts(const std::vector<std::pair<qint64, QStringList>>& texts) {
    // Derived data: also in a member's workbook, which takes no change but their marking.
    if (d->readOnly)
        requireWritable(*d);
    sql::Transaction transaction(d->db);
    const StoreDialect& dialect = dialectOf(d->db);
    for (const auto& [candidateId, pages] : texts)
        if (search_rows::markIndexed(d->db, candidateId, static_cast<int>(pages.size())))
            dialect.indexPages(d->db, candidateId, pages);
    transaction.commit();
}

ApplicationEvents& ApplicationsRepository::events() {
    return d->events.applications;
}

} // namespace sp
