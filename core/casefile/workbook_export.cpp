#include "casefile/case_file_impl.h"
#include "casefile/participation.h"
#include "casefile/record_rows.h"
#include "casefile/schema.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "casefile/workbook.h"
#include "domain/error.h"
#include "io/output_file.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace sp {

namespace {

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

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("selpanel-workbook-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A connection to the new file, closed and removed however the export ends.
class NewFile {
public:
    explicit NewFile(const QString& path) : name_(nextConnectionName()) {
        db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db_.setDatabaseName(path);
        db_.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        if (!db_.open())
            sql::fail(db_.lastError(), QStringLiteral("%1: cannot create").arg(path));
    }
    ~NewFile() {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
    }
    QSqlDatabase& db() { return db_; }

private:
    QString name_;
    QSqlDatabase db_;
};

void insertSetting(QSqlDatabase& db, const QString& key, const QString& value) {
    sql::exec(db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"), {key, value});
}

QString caseIdIn(QSqlDatabase& db) {
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT value FROM setting WHERE key = 'case_id'"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

std::optional<WorkbookIdentity> CaseFile::workbookIdentity() const {
    return d->workbook;
}

CaseIdentity CaseFile::caseIdentity() const {
    return {caseIdIn(d->db), workbook::gridHashOf(d->vacancy),
            static_cast<int>(gridReopenings().size())};
}

WorkbookExport CaseFile::exportWorkbook(const QString& member, Stage stage,
                                        const QString& out) const {
    if (d->workbook)
        workbook::refuseInWorkbook(*d->workbook, d->path);
    const std::vector<PanelMember> members = panel();
    const auto found = std::find_if(members.begin(), members.end(),
                                    [&member](const PanelMember& m) { return m.id == member; });
    if (found == members.end())
        throw Error(ErrorKind::BadInput, QStringLiteral("%1 is not on the panel").arg(member));
    if (found->role == Role::Secretary)
        throw Error(
            ErrorKind::BadInput,
            QStringLiteral("%1 is the secretary, who does not mark: no workbook").arg(member));
    // The member signs in to their workbook with the passphrase they chose in the case; a
    // one-time code is exchanged for one there, since a workbook takes no other change.
    if (credentials(member) != identity::Credentials::Passphrase)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 has no passphrase of their own yet, so they could not sign "
                                   "in to their workbook: they sign in once in the case (with "
                                   "the one-time code, if they were given one) before their "
                                   "workbook is exported")
                        .arg(member));
    if (gridState() != GridState::Frozen)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("the grid is not frozen: nobody marks, so no workbook yet"));
    WorkbookExport result;
    result.path = out;
    const QStringList participants = participantsOf(*this, stage);
    if (stage == Stage::Interview && participants.isEmpty())
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("nobody is invited to interview yet: interview workbooks are "
                                   "exported once the shortlist is drawn up"));
    for (const auto& reference : participants)
        if (markingPermission(reference, stage, member).allowed)
            result.candidates << reference;
    const CaseIdentity identity = caseIdentity();

    removeStaleTemporaries(out);
    OutputInProgress output(out, OutputInProgress::Existing::Refuse);
    {
        NewFile file(output.temporaryPath());
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

} // namespace sp
