#pragma once

#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "casefile/read_cache.h"
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
    std::unique_ptr<WriterLock> lock;
    Vacancy vacancy;
    CaseEvents events;
    ReadCache cache; // results kept until the file changes

    ~Impl() {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }
};

// The current time as stored in the case file: UTC, ISO 8601 with milliseconds.
QString nowUtcText();
// Every mark sheet, the panel and the grid, read once per state of the file (read_cache.h).
std::shared_ptr<const MarkingState> markingStateOf(CaseFile::Impl& impl);
// Its sheets and consensus marks grouped by candidate, likewise kept.
std::shared_ptr<const MarksByCandidate> marksByCandidateOf(CaseFile::Impl& impl);

// Throws unless the case file may be written.
void requireWritable(const CaseFile::Impl& impl);
// The candidate's row id, or ErrorKind::NotFound naming the reference.
qint64 candidateIdOf(QSqlDatabase& db, const QString& reference);

} // namespace sp
