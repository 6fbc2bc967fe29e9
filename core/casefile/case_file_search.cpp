#include "casefile/case_file.h"
#include "casefile/case_file_impl.h"
#include "casefile/search_rows.h"
#include "casefile/sql.h"
#include "domain/error.h"
#include "domain/search_query.h"

#include <QSet>
#include <algorithm>

namespace sp {

ApplicationSearch CaseFile::searchApplications(const QString& text, const QString& viewer) const {
    const SearchQuery query = parseSearchQuery(text);
    std::vector<Conflict> viewerConflicts;
    if (!viewer.isEmpty()) {
        const auto members = panel();
        if (!findMember(members, viewer))
            throw Error(ErrorKind::BadInput,
                        QStringLiteral("%1 is not on the panel: no search").arg(viewer));
        viewerConflicts = conflicts();
    }

    // Every clause must be found in the application, each on any of its pages.
    QHash<qint64, QSet<int>> pages;
    for (size_t i = 0; i < query.allOf.size(); ++i) {
        const auto found = search_rows::matchingPages(d->db, ftsExpression(query.allOf[i]));
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

std::vector<qint64> CaseFile::applicationsToIndex() const {
    return search_rows::unindexed(d->db);
}

void CaseFile::storeApplicationTexts(const std::vector<std::pair<qint64, QStringList>>& texts) {
    // Derived data: also in a member's workbook, which takes no change but their marking.
    if (d->readOnly)
        requireWritable(*d);
    sql::Transaction transaction(d->db);
    for (const auto& [candidateId, pages] : texts)
        search_rows::insertPages(d->db, candidateId, pages);
    transaction.commit();
}

} // namespace sp
