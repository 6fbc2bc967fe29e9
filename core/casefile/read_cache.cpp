#include "casefile/read_cache.h"

#include "casefile/case_store.h"
#include "casefile/sql.h"

#include <QSqlQuery>

namespace sp {

FileVersion currentVersion(QSqlDatabase& db) {
    FileVersion version;
    QSqlQuery data = sql::exec(db, QStringLiteral("PRAGMA data_version"));
    if (data.next())
        version.dataVersion = data.value(0).toLongLong();
    QSqlQuery changes = sql::exec(db, QStringLiteral("SELECT total_changes()"));
    if (changes.next())
        version.ownChanges = changes.value(0).toLongLong();
    return version;
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

KeptRanking::KeptRanking(CaseStore& impl, Stage stage, bool writeLeavesItAlone)
    : impl_(impl), stage_(stage) {
    if (!writeLeavesItAlone)
        return;
    impl_.cache.validate(impl_.db);
    before_ = impl_.cache.version;
    kept_ = impl_.cache.rankings[static_cast<size_t>(stage_)];
}

void KeptRanking::restore() {
    if (!kept_)
        return;
    impl_.cache.validate(impl_.db); // drops everything: this connection wrote
    // Only if nobody else committed in between: then the write was the only change.
    if (impl_.cache.version.dataVersion == before_.dataVersion)
        impl_.cache.rankings[static_cast<size_t>(stage_)] = std::move(kept_);
    kept_.reset();
}

} // namespace sp
