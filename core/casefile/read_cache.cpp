#include "casefile/read_cache.h"

#include "casefile/case_store.h"
#include "casefile/store_dialect.h"

#include <QSqlQuery>

namespace sp {

FileVersion currentVersion(QSqlDatabase& db) {
    return dialectOf(db).version(db);
}

void ReadCache::keepScreening(std::shared_ptr<const std::vector<ScreenedCandidate>> screening) {
    screenedByReference.clear();
    screenedByReference.reserve(static_cast<qsizetype>(screening->size()));
    for (size_t i = 0; i < screening->size(); ++i)
        screenedByReference.insert((*screening)[i].candidate.application.reference,
                                   static_cast<qsizetype>(i));
    screened = std::move(screening);
}

void ReadCache::validate(QSqlDatabase& db) {
    const FileVersion now = currentVersion(db);
    if (now == version)
        return;
    *this = ReadCache{};
    version = now;
}

KeptAcrossMarking::KeptAcrossMarking(CaseStore& impl, const QSet<QString>& candidatesWritten,
                                     bool onlyInterview)
    : impl_(impl) {
    ReadCache& cache = impl_.cache;
    cache.validate(impl_.db);
    before_ = cache.version;
    kept_.setup = cache.setup;
    kept_.screened = cache.screened;
    kept_.screenedByReference = cache.screenedByReference;
    for (auto it = cache.candidates.cbegin(); it != cache.candidates.cend(); ++it)
        if (!candidatesWritten.contains(it.key()))
            kept_.candidates.insert(it.key(), it.value());
    if (onlyInterview)
        kept_.rankings[static_cast<size_t>(Stage::Preselection)] =
            cache.rankings[static_cast<size_t>(Stage::Preselection)];
}

void KeptAcrossMarking::restore() {
    ReadCache& cache = impl_.cache;
    cache.validate(impl_.db); // drops everything: this connection wrote
    // Only if nobody else committed in between: then the write was the only change.
    if (cache.version.dataVersion != before_.dataVersion)
        return;
    cache.setup = std::move(kept_.setup);
    cache.screened = std::move(kept_.screened);
    cache.screenedByReference = std::move(kept_.screenedByReference);
    cache.candidates = std::move(kept_.candidates);
    auto& preselection = cache.rankings[static_cast<size_t>(Stage::Preselection)];
    if (!preselection)
        preselection = std::move(kept_.rankings[static_cast<size_t>(Stage::Preselection)]);
}

} // namespace sp
