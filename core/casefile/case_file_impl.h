#pragma once

#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "casefile/read_cache.h"
#include "casefile/signing_session.h"
#include "casefile/workbook_identity.h"
#include "casefile/writer_lock.h"

#include <QSqlDatabase>
#include <memory>

namespace sp {

// The state behind CaseFile, shared by the files implementing its parts.
struct CaseFile::Impl {
    QString path;
    QString connectionName;
    QSqlDatabase db;
    bool readOnly = false;
    int versionAtOpening = 0;
    std::unique_ptr<WriterLock> lock;
    Vacancy vacancy;
    CaseEvents events;
    ReadCache cache;                          // results kept until the file changes
    std::optional<WorkbookIdentity> workbook; // when the file is a member's workbook

    ~Impl() {
        signing_session::forgetAll(connectionName);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }
};

// The current time as stored in the case file: UTC, ISO 8601 with milliseconds.
QString nowUtcText();
// The panel, conflicts, grid and aggregation, read once per state of the file (read_cache.h).
std::shared_ptr<const MarkingSetup> markingSetupOf(CaseFile::Impl& impl);
// The setup with one candidate's sheets and consensus marks: what showing a candidate needs.
std::shared_ptr<const MarkingState> candidateMarkingOf(CaseFile::Impl& impl,
                                                       const QString& reference);
// Every mark sheet with the setup, likewise kept: what ranking needs.
std::shared_ptr<const MarkingState> markingStateOf(CaseFile::Impl& impl);
// The sheets' states without their marks (MarkSheet::marks empty): everyone's, or one member's
// at one stage.
std::vector<MarkSheet>
sheetStatesOf(CaseFile::Impl& impl,
              const std::optional<std::pair<QString, Stage>>& memberAtStage = std::nullopt);
// Its sheets and consensus marks grouped by candidate, likewise kept.
std::shared_ptr<const MarksByCandidate> marksByCandidateOf(CaseFile::Impl& impl);

// Keeps the record's head on this computer (record_anchor.h).
void anchorRecordHead(CaseFile::Impl& impl);
// Throws unless the case file may be written.
void requireWritable(const CaseFile::Impl& impl);
// The candidate's row id, or ErrorKind::NotFound naming the reference.
qint64 candidateIdOf(QSqlDatabase& db, const QString& reference);

} // namespace sp
