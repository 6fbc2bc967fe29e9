#include "casefile/workbook_repository.h"

#include "casefile/case_file.h"
#include "casefile/case_store.h"
#include "casefile/file_connection.h"
#include "casefile/participation.h"
#include "casefile/record_rows.h"
#include "casefile/schema.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "casefile/workbook.h"
#include "domain/error.h"
#include "identity/imported_returns.h"
#include "identity/member_key.h"
#include "io/marks_return.h"
#include "io/output_file.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <algorithm>

namespace sp {

namespace {

// Workbooks carry a case file to a member who cannot reach it; on a server every member marks in
// the case itself, at the same time as the others.
void refuseOnServer(CaseStore& store) {
    if (dialectOf(store.db).onServer())
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "%1 is a case on a server: every member marks "
                                                  "in it directly, no workbook is needed"),
                                store.path));
}

// Rows copied from the case (attached as `source`) into the new workbook (`main`): only what the
// member may see. Candidate rows only for the candidates chosen (temp.chosen); of the panel's
// marks and conflicts only the member's own (bound as the one parameter).
struct Copy {
    const char* statement;
    bool bindsMember;
};

const std::vector<Copy>& copies() {
    static const std::vector<Copy> steps = {
        {"INSERT INTO main.procedure (id, reference, title, vacancy_json, created_at) "
         "SELECT id, reference, title, vacancy_json, created_at FROM source.procedure",
         false},
        {"UPDATE main.grid_state SET (state, frozen_at, frozen_by) = "
         "(SELECT state, frozen_at, frozen_by FROM source.grid_state)",
         false},
        {"INSERT INTO main.grid_reopening (id, reopened_at, reopened_by, reason, discarded_sheets) "
         "SELECT id, reopened_at, reopened_by, reason, discarded_sheets FROM source.grid_reopening",
         false},
        {"INSERT INTO main.panel_member (id, name, role, added_at) "
         "SELECT id, name, role, added_at FROM source.panel_member",
         false},
        {"INSERT INTO main.setting (key, value) SELECT key, value FROM source.setting "
         "WHERE key = 'aggregation'",
         false},
        // The import batch would name the secretary's files: not the member's to see.
        {"INSERT INTO main.candidate (id, reference, surname, given_names, email, nationalities, "
         "received_at, category, reserve_list, education, experience_years, languages, "
         "imported_at) SELECT id, reference, surname, given_names, email, nationalities, "
         "received_at, category, reserve_list, education, experience_years, languages, "
         "imported_at FROM source.candidate WHERE reference IN (SELECT reference FROM temp.chosen)",
         false},
        {"INSERT INTO main.document (id, candidate_id, file_name, sha256, size, page_count, "
         "content) SELECT id, candidate_id, file_name, sha256, size, page_count, content "
         "FROM source.document WHERE candidate_id IN (SELECT id FROM main.candidate)",
         false},
        {"INSERT INTO main.eligibility_decision (candidate_id, eligible, reason, pre_check, "
         "decided_by, decided_at) SELECT candidate_id, eligible, reason, pre_check, decided_by, "
         "decided_at FROM source.eligibility_decision "
         "WHERE candidate_id IN (SELECT id FROM main.candidate)",
         false},
        {"INSERT INTO main.declaration_tick (candidate_id, declaration, fulfilled, ticked_by, "
         "ticked_at) SELECT candidate_id, declaration, fulfilled, ticked_by, ticked_at "
         "FROM source.declaration_tick WHERE candidate_id IN (SELECT id FROM main.candidate)",
         false},
        {"INSERT INTO main.duplicate_resolution (candidate_id, counts, reason, decided_by, "
         "decided_at) SELECT candidate_id, counts, reason, decided_by, decided_at "
         "FROM source.duplicate_resolution WHERE candidate_id IN (SELECT id FROM main.candidate)",
         false},
        {"INSERT INTO main.duplicate_flag (candidate_id, other_candidate_id, reason) "
         "SELECT candidate_id, other_candidate_id, reason FROM source.duplicate_flag "
         "WHERE candidate_id IN (SELECT id FROM main.candidate) "
         "AND other_candidate_id IN (SELECT id FROM main.candidate)",
         false},
        {"INSERT INTO main.conflict (member_id, candidate_id, nature, note, declared_at) "
         "SELECT member_id, candidate_id, nature, note, declared_at FROM source.conflict "
         "WHERE member_id = ? AND candidate_id IN (SELECT id FROM main.candidate)",
         true},
        {"INSERT INTO main.mark_sheet (member_id, candidate_id, stage, comment, submitted_at, "
         "updated_at) SELECT member_id, candidate_id, stage, comment, submitted_at, updated_at "
         "FROM source.mark_sheet WHERE member_id = ? "
         "AND candidate_id IN (SELECT id FROM main.candidate)",
         true},
        // Their own credentials only, so they sign in and sign their return with the key the
        // case knows; the others' passphrase hashes stay in the case.
        {"INSERT INTO main.member_credential (member_id, kind, passphrase_hash, public_key, "
         "sealed_key, set_at) SELECT member_id, kind, passphrase_hash, public_key, sealed_key, "
         "set_at FROM source.member_credential WHERE member_id = ?",
         true},
        {"INSERT INTO main.mark (member_id, candidate_id, stage, criterion_id, mark) "
         "SELECT member_id, candidate_id, stage, criterion_id, mark FROM source.mark "
         "WHERE member_id = ? AND candidate_id IN (SELECT id FROM main.candidate)",
         true},
    };
    return steps;
}

void insertSetting(QSqlDatabase& db, const QString& key, const QString& value) {
    sql::exec(db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"), {key, value});
}

[[noreturn]] void refuseReturn(const QString& source, const Problem& why) {
    throw Error(ErrorKind::BadInput,
                Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1: refused, nothing was imported: %2"),
                        {source},
                        why.field,
                        {why}});
}

// The reopening that made the return's grid obsolete: the first after the workbook's export.
Problem reopeningProblem(const GridReopening& reopening) {
    return Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                         "the grid was reopened on %1 by %2 (\"%3\") after the "
                                         "workbook was exported, so these marks were given "
                                         "against a grid that no longer holds; export a new "
                                         "workbook"),
                       reopening.at.toString(Qt::ISODate), reopening.by, reopening.reason);
}

void checkSignature(const CaseFile& caseFile, const ReadMarksReturn& read, const QString& source) {
    const QString& member = read.content.member;
    const std::vector<QByteArray> keys = caseFile.identities().publicKeys(member);
    if (keys.empty())
        refuseReturn(source, Problem::of(QT_TRANSLATE_NOOP(
                                             "sp::Problem",
                                             "%1 has no key in this case to check the return's "
                                             "signature with"),
                                         member));
    const QByteArray signedBytes = canonicalBytes(read.content);
    if (identity::signatureValid(keys.back(), signedBytes, read.signature))
        return;
    const bool earlierKey = std::any_of(keys.begin(), keys.end() - 1, [&](const QByteArray& key) {
        return identity::signatureValid(key, signedBytes, read.signature);
    });
    if (earlierKey)
        refuseReturn(source, Problem::of(QT_TRANSLATE_NOOP(
                                             "sp::Problem",
                                             "signed with a key of %1 that has been replaced since "
                                             "(their passphrase was reset): export a new workbook"),
                                         member));
    refuseReturn(source, Problem::of(QT_TRANSLATE_NOOP(
                                         "sp::Problem",
                                         "the signature is not %1's (key %2): the file was changed "
                                         "after it was signed, or was not signed by %1"),
                                     member, identity::publicKeyText(keys.back())));
}

} // namespace

WorkbookExport WorkbookRepository::exportWorkbook(const QString& member, Stage stage,
                                                  const QString& out) const {
    if (d->workbook)
        workbook::refuseInWorkbook(*d->workbook, d->path);
    refuseOnServer(*d);
    const std::vector<PanelMember> members = case_->panel().members();
    const auto found = std::find_if(members.begin(), members.end(),
                                    [&member](const PanelMember& m) { return m.id == member; });
    if (found == members.end())
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not on the panel"), member));
    if (found->role == Role::Secretary)
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                          "%1 is the secretary, who does not mark: no workbook"),
                        member));
    // The member signs in to their workbook with the passphrase they chose in the case; a
    // one-time code is exchanged for one there, since a workbook takes no other change.
    if (case_->identities().credentials(member) != identity::Credentials::Passphrase)
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1 has no passphrase of their own yet, so they could not sign "
                                    "in to their workbook: they sign in once in the case (with "
                                    "the one-time code, if they were given one) before their "
                                    "workbook is exported"),
                                member));
    if (case_->panel().gridState() != GridState::Frozen)
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP(
                "sp::Problem", "the grid is not frozen: nobody marks, so no workbook yet")));
    WorkbookExport result;
    result.path = out;
    const QStringList participants = participantsOf(*case_, stage);
    if (stage == Stage::Interview && participants.isEmpty())
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP(
                "sp::Problem", "nobody is invited to interview yet: interview workbooks are "
                               "exported once the shortlist is drawn up")));
    for (const auto& reference : participants)
        if (case_->marking().permission(reference, stage, member).allowed)
            result.candidates << reference;
    const CaseIdentity identity = case_->caseIdentity();

    removeStaleTemporaries(out);
    OutputInProgress output(out, OutputInProgress::Existing::Refuse);
    {
        FileConnection file(output.temporaryPath(), QStringLiteral("QSQLITE_OPEN_URI"),
                            QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot create"));
        QSqlDatabase& db = file.db();
        sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId));
        sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        // Nothing deleted ever stays in the file's free pages: only what the member may see is
        // ever written to it.
        sql::exec(db, QStringLiteral("PRAGMA secure_delete = ON"));
        schema::migrate(db, schema::currentVersion());
        sql::exec(db, QStringLiteral("ATTACH DATABASE ? AS source"),
                  {QUrl::fromLocalFile(d->path).toString(QUrl::FullyEncoded) +
                   QStringLiteral("?mode=ro")});
        sql::exec(db, QStringLiteral("CREATE TEMP TABLE chosen (reference TEXT PRIMARY KEY)"));
        {
            QSqlQuery choose =
                sql::prepare(db, QStringLiteral("INSERT INTO temp.chosen (reference) VALUES (?)"));
            for (const auto& reference : std::as_const(result.candidates))
                sql::run(choose, {reference});
        }
        {
            sql::Transaction transaction(db);
            for (const auto& copy : copies()) {
                if (copy.bindsMember)
                    sql::exec(db, QString::fromLatin1(copy.statement), {member});
                else
                    sql::exec(db, QString::fromLatin1(copy.statement));
            }
            transaction.commit();
        }
        sql::exec(db, QStringLiteral("DETACH DATABASE source"));
        sql::exec(db, QStringLiteral("DROP TABLE temp.chosen"));
        {
            QSqlQuery sheets = sql::exec(db, QStringLiteral("SELECT count(*) FROM mark_sheet"));
            result.ownSheets = sheets.next() ? sheets.value(0).toInt() : 0;
        }
        QString publicKey;
        {
            QSqlQuery key = sql::exec(
                db, QStringLiteral("SELECT public_key FROM member_credential WHERE member_id = ?"),
                {member});
            publicKey = key.next() ? key.value(0).toString() : QString();
        }
        sql::Transaction transaction(db);
        insertSetting(db, QStringLiteral("workbook_of_member"), member);
        insertSetting(db, QStringLiteral("workbook_member_name"), found->name);
        insertSetting(db, QStringLiteral("workbook_stage"), stageKey(stage));
        insertSetting(db, QStringLiteral("workbook_of_case"), identity.caseId);
        insertSetting(db, QStringLiteral("workbook_grid_hash"), identity.gridHash);
        insertSetting(db, QStringLiteral("workbook_grid_reopenings"),
                      QString::number(identity.gridReopenings));
        insertSetting(db, QStringLiteral("workbook_exported_at"), nowUtcText());
        // The workbook's own record starts here, sealing every row as exported, so verify checks
        // the workbook like any case file; it registers the member's key, which signs their
        // marking in the workbook (identity/act_signatures.h).
        record_rows::append(db, QStringLiteral("selection-panel"),
                            QStringLiteral("workbook_exported"), QString(), QString(),
                            QStringLiteral("workbook of %1 (%2) for %3 of case %4: %5 "
                                           "candidate(s); public key %6")
                                .arg(member, found->name, stageKey(stage), identity.caseId)
                                .arg(result.candidates.size())
                                .arg(publicKey),
                            seal_rows::sealAll(db));
        transaction.commit();
    }
    output.publish();
    return result;
}

QByteArray WorkbookRepository::marksReturn() const {
    if (!d->workbook)
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "%1 is not a member's workbook: marks are returned from a "
                                    "workbook (export-workbook)"),
                                d->path));
    const WorkbookIdentity& workbook = *d->workbook;
    const auto key = case_->identities().signedInKey(workbook.member);
    if (!key)
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "sign in as %1 first: the return is signed with their key"),
                                workbook.member));
    MarksReturn r;
    r.caseId = workbook.ofCase.caseId;
    r.vacancy = d->vacancy.reference;
    r.gridHash = workbook.ofCase.gridHash;
    r.gridReopenings = workbook.ofCase.gridReopenings;
    r.member = workbook.member;
    r.stage = workbook.stage;
    r.createdAt = QDateTime::currentDateTimeUtc();
    for (const auto& candidate : case_->applications().candidates())
        if (const auto sheet = case_->marking().ownSheet(candidate.application.reference,
                                                         workbook.stage, workbook.member);
            sheet && sheet->submitted)
            r.sheets.push_back(*sheet);
    if (r.sheets.empty())
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                          "%1 has submitted no sheet yet: nothing to return"),
                        workbook.member));
    return marksReturnFile(r, key->sign(canonicalBytes(r)));
}

ImportedReturn WorkbookRepository::importReturn(const QByteArray& bytes, const QString& source) {
    if (d->workbook)
        workbook::refuseInWorkbook(*d->workbook, d->path);
    refuseOnServer(*d);
    requireWritable(*d);
    const ReadMarksReturn read = parseMarksReturn(bytes, source);
    const MarksReturn& r = read.content;
    const CaseIdentity here = case_->caseIdentity();
    if (r.caseId != here.caseId)
        refuseReturn(source, Problem::of(QT_TRANSLATE_NOOP(
                                             "sp::Problem",
                                             "it was made for another case (%1, case id %2), not "
                                             "this one (%3, case id %4)"),
                                         r.vacancy, r.caseId, d->vacancy.reference, here.caseId));
    if (!findMember(case_->panel().members(), r.member))
        refuseReturn(source,
                     Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 is not on this case's panel"),
                                 r.member));
    checkSignature(*case_, read, source);
    const std::vector<GridReopening> reopenings = case_->panel().gridReopenings();
    if (r.gridReopenings < static_cast<int>(reopenings.size()))
        refuseReturn(source, reopeningProblem(reopenings[static_cast<size_t>(r.gridReopenings)]));
    if (r.gridHash != here.gridHash || r.gridReopenings != here.gridReopenings)
        refuseReturn(source,
                     Problem::of(QT_TRANSLATE_NOOP(
                         "sp::Problem", "it was made against another grid than this case's")));
    const QString returned = QStringLiteral("(sha256 %1)").arg(read.sha256);
    for (const auto& entry : case_->record().entries())
        if (entry.action == QLatin1String(identity::ReturnImportedAction) &&
            entry.after.contains(returned))
            refuseReturn(source,
                         Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                       "this return was already imported on %1"),
                                     entry.at.toString(Qt::ISODate)));
    if (r.sheets.empty())
        refuseReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "it holds no sheet")));
    std::vector<Problem> problems;
    QStringList candidates;
    for (const auto& sheet : r.sheets) {
        candidates << sheet.candidate;
        if (!sheet.submitted)
            problems.push_back(
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: the sheet is not submitted"),
                            sheet.candidate));
        const Permission may =
            case_->marking().permission(sheet.candidate, sheet.stage, sheet.member);
        if (!may.allowed) {
            problems.push_back(Problem::about(sheet.candidate, Problem::joined(may.problems)));
            continue;
        }
        if (const auto here = case_->marking().ownSheet(sheet.candidate, sheet.stage, sheet.member);
            here && here->submitted)
            problems.push_back(Problem::of(
                sheet.stage == Stage::Preselection
                    ? QT_TRANSLATE_NOOP("sp::Problem",
                                        "%1: %2 already submitted a preselection sheet in the case")
                    : QT_TRANSLATE_NOOP("sp::Problem",
                                        "%1: %2 already submitted a interview sheet in the case"),
                sheet.candidate, sheet.member));
    }
    if (!problems.empty())
        refuseReturn(source, Problem::joined(problems));
    const ReturnSource from{
        read.sha256, actorOr(*d, QStringLiteral("secretary")),
        identity::importedReturnText({r.member, read.sha256, static_cast<int>(r.sheets.size()),
                                      case_->identities().publicKeys(r.member).back(),
                                      read.signature, canonicalBytes(r)})};
    try {
        case_->marking().saveMarkSheets(r.sheets, &from);
    } catch (const Error& e) {
        refuseReturn(source, Problem::joined(e.problems(), e.listing()));
    }
    return {r.member, candidates, read.sha256};
}

} // namespace sp
