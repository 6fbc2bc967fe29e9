#include "casefile/read_sharing.h"

#include "casefile/case_file.h"
#include "casefile/case_store.h"

namespace sp {

FileVersion ReadSharing::fileVersion(const CaseFile& caseFile) {
    return currentVersion(caseFile.d->db);
}

bool ReadSharing::rankingKnown(const CaseFile& caseFile, Stage stage) {
    CaseStore& store = *caseFile.d;
    store.cache.validate(store.db);
    return store.cache.rankings[static_cast<size_t>(stage)].has_value();
}

bool ReadSharing::adoptRanking(CaseFile& caseFile, Stage stage,
                               std::vector<RankedCandidate> ranking, FileVersion seenAt) {
    CaseStore& store = *caseFile.d;
    store.cache.validate(store.db);
    if (store.cache.version != seenAt)
        return false;
    store.cache.rankings[static_cast<size_t>(stage)] = std::move(ranking);
    return true;
}

void ReadSharing::useScreening(CaseFile& caseFile,
                               std::shared_ptr<const std::vector<ScreenedCandidate>> screening) {
    caseFile.screening().useScreening(std::move(screening));
}

} // namespace sp
