#pragma once

#include "casefile/case_file.h"
#include "casefile/file_version.h"
#include "casefile/marking_state.h"
#include "casefile/marks_by_candidate.h"
#include "domain/ranking.h"
#include "domain/screening.h"

#include <QHash>
#include <QSqlDatabase>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace sp {

FileVersion currentVersion(QSqlDatabase& db);

// What the window asks again and again (the marking setup, the candidates shown, every mark, the
// screening, the rankings) kept until the file changes: at 20,000 candidates the whole-file ones
// cost seconds to read, and a candidate's page asks several questions.
struct ReadCache {
    FileVersion version;
    std::shared_ptr<const MarkingSetup> setup;
    // One candidate's setup and sheets, for the candidates shown since the file last changed.
    QHash<QString, std::shared_ptr<const MarkingState>> candidates;
    static constexpr qsizetype CandidatesKept = 256;
    std::shared_ptr<const MarkingState> markingState; // shared: a reader keeps its copy alive
    std::shared_ptr<const MarksByCandidate> marksByCandidate; // the same sheets, by candidate
    std::shared_ptr<const std::vector<ScreenedCandidate>> screened;
    QHash<QString, qsizetype> screenedByReference; // positions in screened, filled with it
    std::array<std::optional<std::vector<RankedCandidate>>, 2> rankings; // by Stage

    void keepScreening(std::shared_ptr<const std::vector<ScreenedCandidate>> screening);
    // Forgets everything if the file changed since it was filled.
    void validate(QSqlDatabase& db);
};

// Keeps a stage's ranking across one write of this connection that cannot change it (interview
// marks leave the pre-selection ranking as it was), so the window does not read every mark
// again after each interview mark typed. Construct before the write, restore() after it.
class KeptRanking {
public:
    KeptRanking(CaseStore& impl, Stage stage, bool writeLeavesItAlone);
    void restore();

private:
    CaseStore& impl_;
    Stage stage_;
    FileVersion before_;
    std::optional<std::vector<RankedCandidate>> kept_;
};

} // namespace sp
