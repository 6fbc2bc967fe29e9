#pragma once

#include "domain/candidate.h"
#include "domain/screening.h"
#include "domain/vacancy.h"
#include "io/application_import.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <vector>

namespace sp {

class CaseEvents;

// Who holds a case file open for writing.
struct WriterInfo {
    QString host;
    qint64 pid = 0;
    QString application;
    QDateTime since; // UTC
};

struct ImportOutcome {
    std::vector<QString> references; // assigned, in the order of the prepared applications
};

struct VerifyReport {
    int schemaVersion = 0;
    bool integrityOk = false;
    QString integrityMessage;
    int candidates = 0;
    int pdfsChecked = 0;
    std::vector<QString> pdfProblems; // "REF: stored PDF's SHA-256 does not match"
    bool ok() const { return integrityOk && pdfProblems.empty(); }
};

// One procedure's case file: a SQLite database holding the vacancy, the candidates and their
// PDFs. The only place that runs SQL. Throws sp::Error.
class CaseFile {
public:
    enum class Access { ReadWrite, ReadOnly };

    static constexpr const char* Extension = ".selpanel";
    static int currentSchemaVersion();

    // Creates a new case file (refuses to overwrite), owner-only permissions on Unix.
    static std::unique_ptr<CaseFile> create(const QString& path, const Vacancy& vacancy);
    // Opens, migrates an older schema, runs a quick integrity check. ReadWrite takes the writer
    // lock; if another process holds it, throws ErrorKind::Locked naming the holder.
    static std::unique_ptr<CaseFile> open(const QString& path, Access access = Access::ReadWrite);
    // Who holds the writer lock on this file, if anyone.
    static std::optional<WriterInfo> currentWriter(const QString& path);

    ~CaseFile();
    CaseFile(const CaseFile&) = delete;
    CaseFile& operator=(const CaseFile&) = delete;

    QString path() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    const Vacancy& vacancy() const;

    std::vector<Candidate> candidates() const; // ordered by reference
    std::optional<Candidate> candidate(const QString& reference) const;
    QByteArray pdf(qint64 candidateId) const;
    std::vector<DuplicateFlag> duplicates() const;
    ExistingApplications existingApplications() const;

    // Writes every prepared application in one transaction: all or nothing.
    ImportOutcome importApplications(const ImportPlan& plan);

    VerifyReport verify() const;

    // Screening: admissibility, the eligibility pre-check, the panel's decisions, tiers.
    std::vector<ScreenedCandidate> screenedCandidates() const; // ordered by reference
    // Records the panel's decision; an override of the pre-check needs a reason (BadInput).
    void decideEligibility(const QString& reference, bool eligible, const QString& reason,
                           const QString& by);
    // A declaration the panel ticks from the documents; nullopt clears the tick.
    void tickDeclaration(const QString& reference, const QString& declaration,
                         std::optional<bool> fulfilled, const QString& by);
    // Of probable duplicates, the panel decides which application counts.
    void resolveDuplicate(const QString& reference, bool counts, const QString& reason,
                          const QString& by);

    // Change notifications (Boost.Signals2), kept out of this header for moc'd includers.
    CaseEvents& events();

    struct Impl; // case_file_impl.h

private:
    explicit CaseFile(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace sp
