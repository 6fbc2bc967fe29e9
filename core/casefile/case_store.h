#pragma once

#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "casefile/read_cache.h"
#include "casefile/signing_session.h"
#include "casefile/workbook_identity.h"
#include "casefile/writer_lock.h"
#include "domain/marking_progress.h"

#include <QSqlDatabase>
#include <memory>

namespace sp {

// The case store: the connection to the case file and what is kept beside it (the writer lock,
// the vacancy, the read cache, every part's events), shared by the parts of CaseFile. Only
// core/casefile sees it.
struct CaseStore {
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
    // A case on a server: the password the member signed in with, if they typed one (libpq keeps
    // it for the connection too), so a second connection signs in the same way.
    QString serverPassword;
    bool connectionLost = false; // until checkConnection() connects again

    ~CaseStore() {
        signing_session::forgetAll(connectionName);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }
};

// The current time as stored in the case file: UTC, ISO 8601 with milliseconds.
QString nowUtcText();
// The panel, conflicts, grid and aggregation, read once per state of the file (read_cache.h).
std::shared_ptr<const MarkingSetup> markingSetupOf(CaseStore& impl);
// The setup with one candidate's sheets and consensus marks: what showing a candidate needs.
std::shared_ptr<const MarkingState> candidateMarkingOf(CaseStore& impl, const QString& reference);
// Every mark sheet with the setup, likewise kept: what ranking needs.
std::shared_ptr<const MarkingState> markingStateOf(CaseStore& impl);
// The sheets' states without their marks (MarkSheet::marks empty): everyone's, or one member's
// at one stage.
std::vector<MarkSheet>
sheetStatesOf(CaseStore& impl,
              const std::optional<std::pair<QString, Stage>>& memberAtStage = std::nullopt);
// What the marking progress rules need (marking_progress.h): the setup with the sheets' states.
MarkingSituation
markingSituationOf(CaseStore& impl,
                   const std::optional<std::pair<QString, Stage>>& memberAtStage = std::nullopt);
// Its sheets and consensus marks grouped by candidate, likewise kept.
std::shared_ptr<const MarksByCandidate> marksByCandidateOf(CaseStore& impl);

// The store's own work: verification and a consistent copy (case_verification.cpp,
// case_backup.cpp).
VerifyReport verifyCase(CaseStore& store);
// A case on a server: the record's chain as the server checks it, the PDFs against their hashes
// (core/server/server_verification.cpp).
VerifyReport verifyServerCase(CaseStore& store);
// Each stored PDF against its SHA-256 and size, into report.pdfsChecked and pdfProblems.
void checkStoredPdfs(QSqlDatabase& db, VerifyReport& report);
std::vector<StateProblem> rowsChangedOutside(CaseStore& store);
void backupCase(CaseStore& store, const QString& target);

// A case on a server: whether the connection holds, connecting again when it was lost
// (core/server/server_store.cpp).
bool checkServerConnection(CaseStore& store);
// Keeps the record's head on this computer (record_anchor.h).
void anchorRecordHead(CaseStore& impl);
// Who acts when the one acting is not named (an import from the command line): on a server the
// member signed in, in a case file `otherwise`.
QString actorOr(CaseStore& store, const QString& otherwise);
// Throws unless the case file may be written.
void requireWritable(const CaseStore& impl);
// The candidate's row id, or ErrorKind::NotFound naming the reference.
qint64 candidateIdOf(QSqlDatabase& db, const QString& reference);

} // namespace sp
