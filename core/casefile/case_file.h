#pragma once

#include "casefile/applications_repository.h"
#include "casefile/data_protection.h"
#include "casefile/identity_repository.h"
#include "casefile/marking_repository.h"
#include "casefile/panel_repository.h"
#include "casefile/record_anchor.h"
#include "casefile/record_repository.h"
#include "casefile/results_repository.h"
#include "casefile/screening_repository.h"
#include "casefile/workbook_identity.h"
#include "casefile/workbook_repository.h"
#include "domain/record.h"
#include "domain/state_seal.h"
#include "domain/vacancy.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace sp {

struct CaseStore;        // case_store.h
struct ConnectionEvents; // case_events.h

// Who holds a case file open for writing.
struct WriterInfo {
    QString host;
    qint64 pid = 0;
    QString application;
    QDateTime since; // UTC
};

struct VerifyReport {
    int schemaVersion = 0;
    bool integrityOk = false;
    QString integrityMessage;
    int candidates = 0;
    int pdfsChecked = 0;
    std::vector<QString> pdfProblems; // "REF: stored PDF's SHA-256 does not match"
    int recordEntries = 0;
    std::vector<RecordProblem> recordProblems; // breaks in the record's hash chain
    // The last entry, for the panel to note (`verify --head` checks a noted one later).
    RecordHead head;
    // The head kept beside the record, and the one this computer saw last, when the record no
    // longer reaches them.
    std::vector<QString> headProblems;
    QString caseId;
    std::optional<record_anchor::Anchor> anchor; // what this computer saw last, if anything
    // Rows changed, added or deleted with another tool (state_seal.h).
    std::vector<StateProblem> stateProblems;
    // Acts in a member's name whose signature fails, or is missing though the member had a key
    // (issue 16), each naming the entry, the act and the member.
    std::vector<RecordProblem> signatureProblems;
    int signedActs = 0;
    // Entries written before the file was version 8, when nothing was signed: shown as
    // unsigned, not as failures.
    int unsignedBeforeSigning = 0;
    // Entries a server wrote (a case file backed up from one): its members signed in as their
    // own roles there, which stand for their signatures.
    int vouchedByServer = 0;
    // Acts after that by a member who had not signed in yet (no key): named, not failures.
    std::vector<RecordProblem> unsignedActs;
    // Members' returns imported (workbooks), each signature checked again against the sheets the
    // import wrote, which their return vouches for instead of a signature of their own.
    int returnsChecked = 0;
    int sheetsFromReturns = 0;
    bool ok() const {
        return integrityOk && pdfProblems.empty() && recordProblems.empty() &&
               headProblems.empty() && stateProblems.empty() && signatureProblems.empty();
    }
    // Every problem in words, each with what it concerns ("PDF: ", "record: ", "stored data: ",
    // "signature: "), one a line for verify to print.
    QStringList problems() const;
};

// One procedure's case: the store (the file's connection, schema and migrations, writer lock,
// backup and verification) with one part per area on top, each announcing its own events
// (case_events.h). A SQLite file on this computer, or a case on a PostgreSQL server
// (openServer). Throws sp::Error.
class CaseFile {
public:
    enum class Access { ReadWrite, ReadOnly };
    // The window checks the file's integrity on another connection after the list is shown
    // (integrityProblem()): the check reads the whole file, most of a second at 20,000
    // candidates. Commands check before they act.
    enum class Integrity { CheckedAtOpening, CheckedLater };

    static constexpr const char* Extension = ".selpanel";
    static int currentSchemaVersion();

    // Creates a new case file (refuses to overwrite), owner-only permissions on Unix.
    static std::unique_ptr<CaseFile> create(const QString& path, const Vacancy& vacancy);
    // Opens, migrates an older schema, runs a quick integrity check (unless CheckedLater).
    // ReadWrite takes the writer lock; if another process holds it, throws ErrorKind::Locked
    // naming the holder.
    // A server URL (postgresql://...) opens the case on the server (openServer).
    static std::unique_ptr<CaseFile> open(const QString& path, Access access = Access::ReadWrite,
                                          Integrity integrity = Integrity::CheckedAtOpening);
    // Opens a case on a PostgreSQL server (server/server_address.h) as the panel member whose
    // role signs in, by libpq's usual means or with `password` (the window's sign-in). No
    // writer lock: the panel works at once, and the server's rights and row policies decide
    // what the member reads and writes (core/server/server_store.cpp).
    static std::unique_ptr<CaseFile> openServer(const QString& url,
                                                Access access = Access::ReadWrite,
                                                const QString& password = QString());
    // Whether the case is on a server rather than in a file.
    bool onServer() const;
    // A case on a server: whether its connection holds, connecting again when it was lost; each
    // change of state is announced (connectionEvents()) and, once back, every part announces that
    // anything may have changed meanwhile. A file's holds.
    bool checkConnection();
    bool connectionLost() const;
    ConnectionEvents& connectionEvents();
    // Where the case is and how this connection signed in to it: what opening it again on a
    // connection of its own needs (another thread's reads), a value safe to hand to that thread.
    struct Location {
        QString path;     // a file's path or a server's URL
        QString password; // a server's, when the member typed it
    };
    Location location() const;
    static std::unique_ptr<CaseFile> open(const Location& location, Access access,
                                          Integrity integrity);
    // Who holds the writer lock on this file, if anyone.
    static std::optional<WriterInfo> currentWriter(const QString& path);

    ~CaseFile();
    CaseFile(const CaseFile&) = delete;
    CaseFile& operator=(const CaseFile&) = delete;

    QString path() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    // The version the file had before this opening upgraded it (schemaVersion() if it did not).
    int versionAtOpening() const;
    const Vacancy& vacancy() const;
    // Whose workbook this file is; nothing for the case itself. In a workbook every change but
    // that member's marking is refused.
    std::optional<WorkbookIdentity> workbookIdentity() const;
    // What returns are checked against: this case's id, grid hash and reopenings.
    CaseIdentity caseIdentity() const;

    VerifyReport verify() const;
    // The stored rows that differ from what the record says it wrote (VerifyReport's
    // stateProblems, without reading the PDFs): what the window warns of beside the record.
    std::vector<StateProblem> rowsChangedOutside() const;
    // The quick integrity check run at opening: what it finds wrong, worded as at opening, or
    // nothing.
    std::optional<QString> integrityProblem() const;
    // A consistent copy of the whole case file (SQLite VACUUM INTO), owner-only on Unix; refuses
    // to overwrite an existing file.
    void backupTo(const QString& target) const;

    // The parts, one per area.
    ApplicationsRepository& applications() { return applications_; }
    const ApplicationsRepository& applications() const { return applications_; }
    ScreeningRepository& screening() { return screening_; }
    const ScreeningRepository& screening() const { return screening_; }
    PanelRepository& panel() { return panel_; }
    const PanelRepository& panel() const { return panel_; }
    MarkingRepository& marking() { return marking_; }
    const MarkingRepository& marking() const { return marking_; }
    ResultsRepository& results() { return results_; }
    const ResultsRepository& results() const { return results_; }
    RecordRepository& record() { return record_; }
    const RecordRepository& record() const { return record_; }
    IdentityRepository& identities() { return identities_; }
    const IdentityRepository& identities() const { return identities_; }
    WorkbookRepository& workbooks() { return workbooks_; }
    const WorkbookRepository& workbooks() const { return workbooks_; }
    DataProtection& dataProtection() { return dataProtection_; }
    const DataProtection& dataProtection() const { return dataProtection_; }

private:
    friend class ReadSharing;
    friend class CaseFileTesting;
    explicit CaseFile(std::unique_ptr<CaseStore> store);
    std::unique_ptr<CaseStore> d;
    ApplicationsRepository applications_;
    ScreeningRepository screening_;
    PanelRepository panel_;
    MarkingRepository marking_;
    ResultsRepository results_;
    RecordRepository record_;
    IdentityRepository identities_;
    WorkbookRepository workbooks_;
    DataProtection dataProtection_;
};

} // namespace sp
