#include "background_reads.h"

#include "casefile/case_file.h"
#include "casefile/read_sharing.h"
#include "problem_text.h"

#include <QtConcurrent/QtConcurrentRun>
#include <fmt/format.h>

namespace sp::ui {

namespace {
// Marks typed in a row cause one read after the last, not one each.
constexpr int DebounceMs = 300;
} // namespace

BackgroundReads::BackgroundReads(QObject* parent) : QObject(parent) {
    debounce_.setSingleShot(true);
    debounce_.setInterval(DebounceMs);
    connect(&debounce_, &QTimer::timeout, this, &BackgroundReads::launch);
    connect(&watcher_, &QFutureWatcher<Result>::finished, this, &BackgroundReads::finished);
}

BackgroundReads::~BackgroundReads() {
    watcher_.waitForFinished();
}

void BackgroundReads::start(CaseFile* caseFile) {
    ++generation_;
    caseFile_ = caseFile;
    failed_ = false;
    debounce_.stop();
    checkIntegrity_ = caseFile != nullptr;
    // Once the window has shown the list: the reads would compete with it for the disk.
    if (caseFile_)
        QTimer::singleShot(0, this, [this, generation = generation_] {
            if (generation == generation_)
                launch();
        });
}

void BackgroundReads::rankingNeeded() {
    if (!caseFile_ || failed_ || ReadSharing::rankingKnown(*caseFile_, Stage::Preselection))
        return;
    debounce_.start();
}

bool BackgroundReads::rankingPending() const {
    return caseFile_ && !failed_ &&
           (watcher_.isRunning() || debounce_.isActive() || checkIntegrity_) &&
           !ReadSharing::rankingKnown(*caseFile_, Stage::Preselection);
}

BackgroundReads::Result
BackgroundReads::read(const CaseFile::Location& location, bool checkIntegrity,
                      std::shared_ptr<const std::vector<ScreenedCandidate>> screening) {
    Result result;
    try {
        // Its own connection, opened and closed on this thread.
        auto reader =
            CaseFile::open(location, CaseFile::Access::ReadOnly, CaseFile::Integrity::CheckedLater);
        if (checkIntegrity) {
            result.problem = reader->integrityProblem();
            if (result.problem)
                return result;
        }
        // The window's screening, rather than a second one of every candidate (memory, time).
        ReadSharing::useScreening(*reader, std::move(screening));
        result.ranking = reader->results().ranking(Stage::Preselection);
    } catch (const std::exception& e) {
        result.failure = translatedWhat(e);
    }
    return result;
}

void BackgroundReads::launch() {
    if (!caseFile_)
        return;
    if (watcher_.isRunning()) {
        debounce_.start(); // once the running read is over
        return;
    }
    launchedFor_ = generation_;
    try {
        launchedAt_ = ReadSharing::fileVersion(*caseFile_);
        // The screening as the window's connection sees the file now: the ranking is adopted
        // only if the file is still the same then (finished()).
        watcher_.setFuture(QtConcurrent::run(&BackgroundReads::read, caseFile_->location(),
                                             std::exchange(checkIntegrity_, false),
                                             caseFile_->screening().shared()));
    } catch (const std::exception& e) {
        // A case on a server whose connection is lost: the window asks the case itself later.
        fmt::print(stderr, "selection-panel: reading in the background failed: {}\n", e.what());
        failed_ = true;
    }
}

void BackgroundReads::finished() {
    Result result = watcher_.result();
    if (launchedFor_ != generation_ || !caseFile_)
        return;
    if (result.problem) {
        emit damaged(*result.problem);
        return;
    }
    if (!result.failure.isEmpty()) {
        fmt::print(stderr, "selection-panel: reading in the background failed: {}\n",
                   result.failure.toStdString());
        failed_ = true;
        emit rankingReady(); // not adopted: the window asks the case file itself
        return;
    }
    bool adopted = false;
    try {
        adopted = ReadSharing::adoptRanking(*caseFile_, Stage::Preselection,
                                            std::move(*result.ranking), launchedAt_);
    } catch (const std::exception& e) {
        // A case on a server whose connection was lost meanwhile: not adopted; the window asks
        // the case itself once it is back.
        fmt::print(stderr, "selection-panel: reading in the background failed: {}\n", e.what());
        failed_ = true;
        emit rankingReady();
        return;
    }
    if (adopted)
        emit rankingReady();
    else
        rankingNeeded(); // the file changed meanwhile
}

} // namespace sp::ui
