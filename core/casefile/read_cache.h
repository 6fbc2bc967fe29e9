#pragma once

#include "casefile/case_file.h"
#include "casefile/file_version.h"
#include "casefile/marking_state.h"
#include "casefile/marks_by_candidate.h"
#include "domain/ranking.h"
#include "domain/screening.h"

#include <QHash>
#include <QSet>
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

// Keeps what a write of marks by this connection cannot change, so the window does not read the
// whole file again after each mark typed: the screening (seconds' worth at 20,000 candidates), the
// panel and grid, the other candidates' sheets and, when only interview marks are written, the
// pre-selection ranking. Construct before the write, restore() after it: kept only if nobody
// else committed in between.
class KeptAcrossMarking {
public:
    KeptAcrossMarking(CaseStore& impl, const QSet<QString>& candidatesWritten, bool onlyInterview);
    void restore();

private:
    CaseStore& impl_;
    FileVersion before_;
    ReadCache kept_;
};

} // namespace sp
