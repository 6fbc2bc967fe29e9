#pragma once

#include "casefile/case_file.h"
#include "casefile/file_version.h"
#include "domain/ranking.h"
#include "domain/screening.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>
#include <vector>

namespace sp {
class CaseFile;
}

namespace sp::ui {

// What takes seconds at competition scale, read on another connection to the open case file so
// that the window answers meanwhile: the integrity check left from opening
// (CaseFile::Integrity::CheckedLater), then the pre-selection ranking, which says who is invited
// to interview. The ranking is handed to the window's case file (CaseFile::adoptRanking) if the
// file has not changed since; otherwise it is worked out again.
class BackgroundReads : public QObject {
    Q_OBJECT

public:
    explicit BackgroundReads(QObject* parent = nullptr);
    ~BackgroundReads() override; // waits for a read in progress

    // A case file just opened: checks its integrity, then ranks. nullptr: closed.
    void start(CaseFile* caseFile);
    // The case file changed: ranks again, shortly, unless its ranking is known.
    void rankingNeeded();
    // The pre-selection ranking is being worked out: asking the case file for it now would
    // read every mark on this thread.
    bool rankingPending() const;

signals:
    void damaged(const QString& problem);
    // Asking the case file for the ranking is now quick (it was adopted), or, after a read that
    // failed, the only way.
    void rankingReady();

private:
    struct Result {
        std::optional<QString> problem;
        std::optional<std::vector<RankedCandidate>> ranking;
        QString failure;
    };
    static Result read(const CaseFile::Location& location, bool checkIntegrity,
                       std::shared_ptr<const std::vector<ScreenedCandidate>> screening);
    void launch();
    void finished();

    CaseFile* caseFile_ = nullptr;
    QFutureWatcher<Result> watcher_;
    QTimer debounce_;
    int generation_ = 0;   // of the case file; a result for an earlier one is dropped
    int launchedFor_ = -1; // generation the running read belongs to
    FileVersion launchedAt_;
    bool checkIntegrity_ = false;
    bool failed_ = false; // the last read failed: the window ranks on its own thread
};

} // namespace sp::ui
