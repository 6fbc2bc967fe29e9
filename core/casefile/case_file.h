#pragma once

#include "casefile/duplicate_resolution.h"
#include "casefile/file_version.h"
#include "casefile/record_anchor.h"
#include "casefile/workbook_identity.h"
#include "domain/candidate.h"
#include "domain/consolidation.h"
#include "domain/geographical_balance.h"
#include "domain/grid.h"
#include "domain/marking_progress.h"
#include "domain/marking_rules.h"
#include "domain/panel.h"
#include "domain/procedure_overview.h"
#include "domain/ranking.h"
#include "domain/recommendation.h"
#include "domain/record.h"
#include "domain/screening.h"
#include "domain/shortlist.h"
#include "domain/state_seal.h"
#include "domain/vacancy.h"
#include "identity/credentials.h"
#include "io/application_import.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <vector>

namespace sp {

class CaseEvents;
namespace identity {
class MemberKey;
}
struct CandidateMarks; // marks_by_candidate.h
struct MarkingSetup;   // marking_state.h

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

// Panel, grid and marking (issue 4): what the results part of the case file returns.

// The consolidated result of one candidate as one viewer may see it: `result` only when
// `access` allows (domain canSeeConsolidated), otherwise `access.reason` says why not.
struct ConsolidatedView {
    QString reference;
    Permission access;
    std::optional<ConsolidatedCandidate> result;
};

// What a viewer may see of one candidate's marks at one stage: their own sheet (draft or
// submitted) and, once allowed, the others' submitted sheets.
struct VisibleMarks {
    std::vector<MarkSheet> sheets; // own first, then the others in panel order
    Permission othersVisible;      // why the others' marks are hidden, when they are
};

// The recommendation the rules give, and the one the panel recorded.
struct RecordedRecommendation {
    QString candidate;
    QString justification;
    QString by;
    QDateTime at; // UTC
};
struct RecommendationState {
    Recommendation proposed;                        // recommendation.h recommended()
    std::optional<RecordedRecommendation> recorded; // the latest the panel recorded
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

// Searching every application at once (case_file_search.cpp).
struct ApplicationMatch {
    QString reference;
    QList<int> pages; // 0-based, ascending: where any of the query's words or phrases is found
};
struct ApplicationSearch {
    std::vector<ApplicationMatch> matches; // by reference
    int notIndexed = 0; // PDFs whose text is not indexed yet: they cannot be found
    int hidden = 0;     // matches left out because the viewer abstains for them
};

// One procedure's case file: a SQLite database holding the vacancy, the candidates and their
// PDFs. The only place that runs SQL. Throws sp::Error.
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
    static std::unique_ptr<CaseFile> open(const QString& path, Access access = Access::ReadWrite,
                                          Integrity integrity = Integrity::CheckedAtOpening);
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

    std::vector<Candidate> candidates() const; // ordered by reference
    std::optional<Candidate> candidate(const QString& reference) const;
    QByteArray pdf(qint64 candidateId) const;
    std::vector<DuplicateFlag> duplicates() const;
    ExistingApplications existingApplications() const;

    // Writes every prepared application in one transaction: all or nothing.
    ImportOutcome importApplications(const ImportPlan& plan);

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

    // The record of every change that matters (case_file_record.cpp), oldest first; filtered by
    // candidate reference and/or actor when given.
    std::vector<RecordEntry> record(const QString& candidate = QString(),
                                    const QString& actor = QString()) const;
    // Records an action taken outside the case file (an export, a backup) by `actor`.
    void recordAction(const QString& actor, const QString& action, const QString& detail);

    // Screening: admissibility, the eligibility pre-check, the panel's decisions, tiers.
    std::vector<ScreenedCandidate> screenedCandidates() const; // ordered by reference
    // The same, shared rather than copied: kept until the file changes, so asking again costs
    // nothing (a copy of 20,000 candidates' screening costs milliseconds).
    std::shared_ptr<const std::vector<ScreenedCandidate>> screening() const;
    // Takes the screening another connection read from the same state of the file instead of
    // screening every candidate again (a thread ranking for the window, whose result is only
    // adopted if the file did not change: adoptRanking). Kept until this connection sees a change.
    void useScreening(std::shared_ptr<const std::vector<ScreenedCandidate>> screening);
    // One candidate's screening, looked up in the same; nothing if there is no such candidate.
    std::optional<ScreenedCandidate> screened(const QString& reference) const;
    // Records the panel's decision; an override of the pre-check needs a reason (BadInput).
    void decideEligibility(const QString& reference, bool eligible, const QString& reason,
                           const QString& by);
    // Removes the panel's decision (the candidate is pending again), e.g. to undo a decision
    // taken by mistake; `by` names who withdraws it. Nothing to withdraw is not an error.
    void withdrawEligibilityDecision(const QString& reference, const QString& by);
    // A declaration the panel ticks from the documents; nullopt clears the tick.
    void tickDeclaration(const QString& reference, const QString& declaration,
                         std::optional<bool> fulfilled, const QString& by);
    // Of probable duplicates, the panel decides which application counts.
    void resolveDuplicate(const QString& reference, bool counts, const QString& reason,
                          const QString& by);
    // The panel's decision on the probable duplicate, if it took one.
    std::optional<DuplicateResolution> duplicateResolution(const QString& reference) const;
    // Removes it (the application counts again, undecided), e.g. to undo a decision taken by
    // mistake; `by` names who withdraws it. Nothing to withdraw is not an error.
    void withdrawDuplicateResolution(const QString& reference, const QString& by);

    // ---- Panel, grid and marking (issue 4) ----
    // Every operation that changes something names the acting panel member and is refused with
    // ErrorKind::BadInput, saying why, when the domain rules (marking_rules.h, grid.h,
    // shortlist.h, recommendation.h) do not allow it. Candidates are named by reference.

    // Panel (case_file_panel.cpp). The panel changes only while the grid is a draft: the
    // members expected to mark are fixed with the grid.
    std::vector<PanelMember> panel() const; // in the order added
    void addPanelMember(const PanelMember& member);
    std::vector<Conflict> conflicts() const;
    // Declared by the member concerned, at any time; a second declaration for the same member
    // and candidate replaces the first.
    void declareConflict(const Conflict& conflict);

    // Grid (case_file_panel.cpp): the vacancy's criteria, thresholds and interview questions.
    GridState gridState() const;
    Grid grid() const;
    std::vector<GridReopening> gridReopenings() const; // oldest first
    Aggregation aggregation() const;                   // mean unless set
    // Before freezing only; the member must be on the panel.
    void setAggregation(Aggregation aggregation, const QString& member);
    // Before freezing only: stores the grid in the vacancy (checked as the vacancy file is).
    void changeGrid(const Grid& grid, const QString& member);
    // The chair freezes a valid grid with a valid panel (validateGrid, validatePanel).
    void freezeGrid(const QString& member);
    // The chair reopens with a reason. An owner-only backup of the whole case file is written
    // beside it first (automatic_backup.h); then every mark sheet, mark, consensus mark,
    // shortlist decision and recommendation is discarded in one transaction.
    struct ReopenOutcome {
        int discardedSheets = 0;
        QString backup; // the path of the backup written before
    };
    ReopenOutcome reopenGrid(const QString& member, const QString& reason);

    // Marking (case_file_marking.cpp). Pre-selection marks only for eligible candidates
    // (takesPartInMerit), interview marks only for candidates invited on the shortlist().
    // Whether the member may save marks for the candidate at the stage (canMark and the above).
    Permission markingPermission(const QString& reference, Stage stage,
                                 const QString& member) const;
    // Everything that stops the sheet from being saved (empty: it may be saved).
    QStringList sheetProblems(const MarkSheet& sheet) const;
    // Replaces each member's sheet (draft or, with submitted set, final) in one transaction:
    // all or nothing; the refusal lists every problem, each prefixed with the reference.
    // `fromReturn`: the member's signed return the sheets come from (importReturn), recorded
    // with them.
    void saveMarkSheets(const std::vector<MarkSheet>& sheets,
                        const ReturnSource* fromReturn = nullptr);
    // Submits the member's draft as it stands: every criterion of the stage must be marked.
    void submitMarks(const QString& reference, Stage stage, const QString& member);
    // The member's own sheet, if any.
    std::optional<MarkSheet> ownSheet(const QString& reference, Stage stage,
                                      const QString& member) const;
    // What the viewer may see; refused (BadInput) when they abstain or are not on the panel.
    VisibleMarks visibleMarks(const QString& reference, Stage stage, const QString& viewer) const;
    // The chair, once every expected marker has submitted (canRecordConsensus).
    void recordConsensus(const ConsensusMark& consensus, const QString& member);

    // Results (case_file_results.cpp). Consolidated results only, never individual marks.
    // Every candidate taking part in the stage, as far as the viewer may see.
    std::vector<ConsolidatedView> consolidated(Stage stage, const QString& viewer) const;
    // The same for one candidate; refused access (with the reason) when they do not take part.
    ConsolidatedView consolidated(const QString& reference, Stage stage,
                                  const QString& viewer) const;
    // The panel's ranking of the stage: eligible candidates (pre-selection) or the invited ones
    // (interview), by tier then total, ties shared, incomplete ones without a rank.
    std::vector<RankedCandidate> ranking(Stage stage) const;
    Shortlist proposedShortlist() const;
    Shortlist shortlist() const; // with the panel's decisions applied
    // Whether ranking(stage) would answer at once, from what is kept since the file last
    // changed, rather than by reading every mark (seconds at 20,000 candidates).
    bool rankingKnown(Stage stage) const;
    // The state of the file this connection sees now (file_version.h).
    FileVersion fileVersion() const;
    // A ranking worked out on another connection to this file (say, on another thread) that
    // had fileVersion() `seenAt` here when it started: kept as this connection's if the file has
    // not changed since. Returns whether it was kept.
    bool adoptRanking(Stage stage, std::vector<RankedCandidate> ranking, FileVersion seenAt);
    // The same from the pre-selection ranking already at hand (ranking(Stage::Preselection)):
    // spares reading every mark again, seconds at 20,000 candidates.
    Shortlist shortlist(const std::vector<RankedCandidate>& preselectionRanking) const;
    // The chair records the panel's decision on inviting a candidate; always with a reason,
    // as a candidate not shortlisted may ask for it.
    void decideShortlist(const ShortlistDecision& decision, const QString& member);
    std::vector<FinalCandidate> finalRanking() const;
    RecommendationState recommendation() const;
    // The chair records the panel's recommendation (validateRecommendation).
    void recommend(const QString& reference, const QString& member, const QString& justification);

    // ---- Members' credentials and signed acts (issue 16; case_file_identity.cpp) ----
    // A member signs in for this connection: their acts are then signed with their key (every
    // record entry in their name, identity/signed_act.h). While a member has credentials, an act
    // in their name without their sign-in is refused (BadInput: "sign in as ID ..."); a member
    // with none yet (a case made before version 8) acts unsigned, and verify names it.
    identity::Credentials credentials(const QString& member) const;
    // Checks the passphrase and keeps the member's unlocked key for the session. At the first
    // sign-in (Credentials::None) `passphrase` becomes theirs: a key pair is made, its public
    // key recorded. With a one-time code, `newPassphrase` (required) replaces it. Refused
    // (BadInput) with the same words whatever was wrong (unknown member, wrong passphrase),
    // after a delay that grows with each failure (identity/sign_in_delay.h), counted in the file.
    void signIn(const QString& member, const QByteArray& passphrase,
                const QByteArray& newPassphrase = QByteArray());
    bool isSignedIn(const QString& member) const;
    void signOut(const QString& member);
    // The signed-in member's key (to sign what leaves the case, e.g. a return), or nothing.
    std::shared_ptr<const identity::MemberKey> signedInKey(const QString& member) const;
    // The member's public keys as the record registered them, oldest first (a reset gives a new
    // one): what checks their signatures.
    std::vector<QByteArray> publicKeys(const QString& member) const;
    // The chair resets a member's forgotten passphrase, or the secretary or chair issues a code
    // for a member who has none yet: returns the one-time code (shown once, never stored: only
    // its hash), recorded with a fresh public key for the member. `by` must be signed in.
    QString issueOneTimeCode(const QString& member, const QString& by);

    // ---- Member workbooks (workbook_export.cpp) ----
    // A case file holding only what the member may see for marking at the stage: the vacancy and
    // the frozen grid, the candidates they are to mark with their PDFs and screening, and their
    // own sheets; never another member's marks, drafts or conflicts, nor the case's record.
    // Built fresh rather than copied and trimmed, so no deleted data lingers in it. Refuses to
    // overwrite OUT.
    WorkbookExport exportWorkbook(const QString& member, Stage stage, const QString& out) const;
    // Whose workbook this file is; nothing for the case itself. In a workbook every change but
    // that member's marking is refused.
    std::optional<WorkbookIdentity> workbookIdentity() const;
    // What returns are checked against: this case's id, grid hash and reopenings.
    CaseIdentity caseIdentity() const;
    // In a workbook, its member's submitted sheets as a return file (io/marks_return.h), signed
    // with their key: they must be signed in. Refused when nothing is submitted yet.
    QByteArray marksReturn() const;
    // In the case: checks a return's signature against the member's key in the case, that it is
    // for this case and grid (a reopening since is named), that the member may mark each
    // candidate and has submitted no sheet for them here, and that it was not imported before;
    // then submits its sheets in one transaction, each recorded with the return's hash. Refused
    // (BadInput, naming `source`) with nothing changed otherwise.
    ImportedReturn importReturn(const QByteArray& bytes, const QString& source);

    // ---- Progress (case_file_overview.cpp) ----
    // Counts per stage, the grid's state and each member's marking progress.
    ProcedureOverview overview() const;
    // The member's task for every candidate taking part in the stage, by reference (absent: the
    // candidate does not take part).
    QHash<QString, MarkingTask> markingTasks(Stage stage, const QString& member) const;
    // The share of nationals of the vacancy's under-represented Member States at each stage
    // (geographical_balance.h), for the panel's overview and the selection report.
    GeographicalBalance geographicalBalance() const;

    // ---- Data protection (case_file_erasure.cpp; Regulation 2018/1725) ----
    // Both first write an owner-only backup beside the case file (returned), then in one
    // transaction delete the candidate's PDF and replace the surname with "erased" and the given
    // names, e-mail, nationalities, education, experience and languages with nothing; the
    // received time is kept to the day. Category, tier, screening status and marks stay, so the
    // procedure's statistics and totals stay. Erasing also blanks the panel's free texts about
    // the candidate (reasons, comments); anonymising keeps them. Refused (BadInput) for the
    // recommended candidate or one on the final reserve list unless `force`. Entries already in
    // the record keep their text: the record is hash-chained and is not rewritten.
    QString eraseCandidates(const QStringList& references, const QString& by, const QString& reason,
                            bool force = false);
    QString eraseCandidate(const QString& reference, const QString& by, const QString& reason,
                           bool force = false);
    QString anonymiseCandidate(const QString& reference, const QString& by, const QString& reason,
                               bool force = false);
    // Whether the candidate's personal data has been erased or anonymised.
    bool isErased(const QString& reference) const;
    // Candidates received more than `days` ago, not recommended and not yet erased.
    QStringList erasableOlderThan(int days, const QDateTime& nowUtc) const;
    // Test-only: caps the database at `pages` pages (PRAGMA max_page_count) to simulate a full
    // disk.
    void limitPagesForTesting(int pages);

    // ---- Searching every application (case_file_search.cpp) ----
    // The candidates whose PDF holds what the query asks (search_query.h; bad syntax: BadInput
    // saying what to fix). A viewer (a panel member's id; BadInput if not on the panel) does not
    // see the candidates they abstain for (panel.h abstains); no viewer sees every candidate.
    ApplicationSearch searchApplications(const QString& query,
                                         const QString& viewer = QString()) const;
    // The index is filled from the PDFs by core/pdf/pdf_text_indexer (it needs QtPdf): the
    // candidates whose PDF is not indexed yet, by id, and storing their text, a string per page,
    // for several candidates in one transaction. Derived data: nothing goes into the record.
    std::vector<qint64> applicationsToIndex() const;
    void storeApplicationTexts(const std::vector<std::pair<qint64, QStringList>>& texts);

    // Change notifications (Boost.Signals2), kept out of this header for moc'd includers.
    CaseEvents& events();

    struct Impl; // case_file_impl.h

private:
    explicit CaseFile(std::unique_ptr<Impl> impl);
    // What screenedCandidates() and ranking() return, read from the file rather than the cache.
    std::vector<ScreenedCandidate> screenedFromFile() const;
    std::vector<RankedCandidate> rankingFromFile(Stage stage) const;
    ConsolidatedView consolidatedView(const QString& reference, Stage stage, const QString& viewer,
                                      const MarkingSetup& state, const CandidateMarks& marks) const;
    std::unique_ptr<Impl> d;
};

} // namespace sp
