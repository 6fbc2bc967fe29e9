#include "casefile/schema.h"

#include "casefile/record_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"

#include <QSqlQuery>
#include <QUuid>

namespace sp::schema {

namespace {

// Version 7: the case gets an identity (the computers that write it anchor its record under it)
// and, in a file that already holds a procedure, one entry seals every row as it was found, so
// from then on a row changed by another tool shows.
void sealExistingState(QSqlDatabase& db) {
    sql::exec(db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('case_id', ?)"),
              {QUuid::createUuid().toString(QUuid::WithoutBraces)});
    QSqlQuery procedure = sql::exec(db, QStringLiteral("SELECT count(*) FROM procedure"));
    if (!procedure.next() || procedure.value(0).toInt() == 0)
        return;
    procedure.finish();
    record_rows::append(db, QStringLiteral("selection-panel"), QStringLiteral("state_sealed"),
                        QString(), QString(),
                        QStringLiteral("every row as found when the case file was upgraded to "
                                       "version 7"),
                        seal_rows::sealAll(db));
}

// Version 10: members' credentials, unsealed until now, sealed as found (in a file holding a
// procedure, by an entry of their own, as version 7 sealed the rest).
void sealCredentials(QSqlDatabase& db) {
    QSqlQuery procedure = sql::exec(db, QStringLiteral("SELECT count(*) FROM procedure"));
    if (!procedure.next() || procedure.value(0).toInt() == 0)
        return;
    procedure.finish();
    const std::vector<RowSeal> seals = seal_rows::sealKinds(db, {QStringLiteral("credential")});
    if (seals.empty())
        return;
    record_rows::append(db, QStringLiteral("selection-panel"), QStringLiteral("state_sealed"),
                        QString(), QString(),
                        QStringLiteral("members' credentials as found when the case file was "
                                       "upgraded to version 10"),
                        seals);
}

// Version 8: the entries written so far were unsigned; the first one to be signed is noted (in
// a setting, sealed like every setting by an entry of its own in a file holding a procedure).
void startSigning(QSqlDatabase& db) {
    QSqlQuery last = sql::exec(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM record"));
    const qint64 lastSeq = last.next() ? last.value(0).toLongLong() : 0;
    last.finish();
    QSqlQuery procedure = sql::exec(db, QStringLiteral("SELECT count(*) FROM procedure"));
    const bool holdsProcedure = procedure.next() && procedure.value(0).toInt() > 0;
    procedure.finish();
    sql::exec(db,
              QStringLiteral("INSERT INTO setting (key, value) VALUES ('signed_from_entry', ?)"),
              {QString::number(lastSeq + (holdsProcedure ? 2 : 1))});
    if (holdsProcedure)
        record_rows::append(
            db, QStringLiteral("selection-panel"), QStringLiteral("signing_started"), QString(),
            QString(),
            QStringLiteral("acts in a member's name are signed from the next entry "
                           "on (case file version 8)"),
            seal_rows::sealRow(db, ProcedureUnit, QStringLiteral("setting/signed_from_entry")));
}

} // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps = {
        {1,
         "procedure, candidates and their PDFs",
         {
             QStringLiteral("CREATE TABLE procedure ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " reference TEXT NOT NULL,"
                            " title TEXT NOT NULL,"
                            " vacancy_json TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE candidate ("
                            " id INTEGER PRIMARY KEY,"
                            " reference TEXT NOT NULL UNIQUE,"
                            " surname TEXT NOT NULL,"
                            " given_names TEXT NOT NULL,"
                            " email TEXT NOT NULL,"
                            " nationalities TEXT NOT NULL,"
                            " received_at TEXT NOT NULL,"
                            " category TEXT NOT NULL,"
                            " reserve_list TEXT NOT NULL DEFAULT '',"
                            " education TEXT,"
                            " experience_years REAL,"
                            " languages TEXT NOT NULL DEFAULT '',"
                            " imported_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE document ("
                            " id INTEGER PRIMARY KEY,"
                            " candidate_id INTEGER NOT NULL UNIQUE"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " file_name TEXT NOT NULL,"
                            " sha256 TEXT NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " page_count INTEGER NOT NULL,"
                            " content BLOB NOT NULL)"),
             QStringLiteral("CREATE INDEX candidate_email ON candidate(email COLLATE NOCASE)"),
             QStringLiteral("CREATE INDEX document_sha256 ON document(sha256)"),
         }},
        {2,
         "import batches and probable duplicate applications",
         {
             QStringLiteral("CREATE TABLE import_batch ("
                            " id INTEGER PRIMARY KEY,"
                            " source TEXT NOT NULL,"
                            " imported_at TEXT NOT NULL,"
                            " candidates INTEGER NOT NULL)"),
             QStringLiteral("ALTER TABLE candidate ADD COLUMN import_batch_id INTEGER"
                            " REFERENCES import_batch(id)"),
             QStringLiteral("CREATE TABLE duplicate_flag ("
                            " candidate_id INTEGER NOT NULL"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " other_candidate_id INTEGER NOT NULL"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " reason TEXT NOT NULL,"
                            " PRIMARY KEY (candidate_id, other_candidate_id))"),
         }},
        {3,
         "eligibility screening: the panel's decisions, declaration ticks, duplicate resolution",
         {
             QStringLiteral("CREATE TABLE eligibility_decision ("
                            " candidate_id INTEGER PRIMARY KEY"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " eligible INTEGER NOT NULL CHECK (eligible IN (0, 1)),"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " pre_check TEXT NOT NULL,"
                            " decided_by TEXT NOT NULL,"
                            " decided_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE declaration_tick ("
                            " candidate_id INTEGER NOT NULL"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " declaration TEXT NOT NULL,"
                            " fulfilled INTEGER NOT NULL CHECK (fulfilled IN (0, 1)),"
                            " ticked_by TEXT NOT NULL,"
                            " ticked_at TEXT NOT NULL,"
                            " PRIMARY KEY (candidate_id, declaration))"),
             QStringLiteral("CREATE TABLE duplicate_resolution ("
                            " candidate_id INTEGER PRIMARY KEY"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " counts INTEGER NOT NULL CHECK (counts IN (0, 1)),"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " decided_by TEXT NOT NULL,"
                            " decided_at TEXT NOT NULL)"),
         }},
        {4,
         "panel, grid, marking",
         {
             QStringLiteral("CREATE TABLE panel_member ("
                            " id TEXT PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " role TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretary')),"
                            " added_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE conflict ("
                            " member_id TEXT NOT NULL REFERENCES panel_member(id),"
                            " candidate_id INTEGER NOT NULL"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " nature TEXT NOT NULL,"
                            " note TEXT NOT NULL DEFAULT '',"
                            " declared_at TEXT NOT NULL,"
                            " PRIMARY KEY (member_id, candidate_id))"),
             QStringLiteral("CREATE TABLE grid_state ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " state TEXT NOT NULL CHECK (state IN ('draft', 'frozen')),"
                            " frozen_at TEXT,"
                            " frozen_by TEXT)"),
             QStringLiteral("INSERT INTO grid_state (id, state) VALUES (1, 'draft')"),
             QStringLiteral("CREATE TABLE grid_reopening ("
                            " id INTEGER PRIMARY KEY,"
                            " reopened_at TEXT NOT NULL,"
                            " reopened_by TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " discarded_sheets INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE mark_sheet ("
                            " member_id TEXT NOT NULL REFERENCES panel_member(id),"
                            " candidate_id INTEGER NOT NULL"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " stage TEXT NOT NULL CHECK (stage IN ('preselection', 'interview')),"
                            " comment TEXT NOT NULL DEFAULT '',"
                            " submitted_at TEXT,"
                            " updated_at TEXT NOT NULL,"
                            " PRIMARY KEY (member_id, candidate_id, stage))"),
             QStringLiteral("CREATE TABLE mark ("
                            " member_id TEXT NOT NULL,"
                            " candidate_id INTEGER NOT NULL,"
                            " stage TEXT NOT NULL,"
                            " criterion_id TEXT NOT NULL,"
                            " mark INTEGER NOT NULL CHECK (mark >= 0),"
                            " PRIMARY KEY (member_id, candidate_id, stage, criterion_id),"
                            " FOREIGN KEY (member_id, candidate_id, stage)"
                            "   REFERENCES mark_sheet(member_id, candidate_id, stage)"
                            "   ON DELETE CASCADE)"),
             QStringLiteral("CREATE TABLE consensus ("
                            " id INTEGER PRIMARY KEY,"
                            " candidate_id INTEGER NOT NULL"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " stage TEXT NOT NULL,"
                            " criterion_id TEXT NOT NULL,"
                            " mark INTEGER NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " recorded_by TEXT NOT NULL,"
                            " recorded_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE shortlist_decision ("
                            " candidate_id INTEGER PRIMARY KEY"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " invited INTEGER NOT NULL CHECK (invited IN (0, 1)),"
                            " reason TEXT NOT NULL,"
                            " recorded_by TEXT NOT NULL,"
                            " recorded_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE recommendation ("
                            " id INTEGER PRIMARY KEY,"
                            " candidate_id INTEGER NOT NULL"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " justification TEXT NOT NULL DEFAULT '',"
                            " recorded_by TEXT NOT NULL,"
                            " recorded_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE setting ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
         }},
        {5,
         "the record: every change that matters, hash-chained",
         {
             // rowid is the physical order; seq is the chain's order, so a reordering shows.
             QStringLiteral("CREATE TABLE record ("
                            " id INTEGER PRIMARY KEY,"
                            " seq INTEGER NOT NULL UNIQUE,"
                            " at TEXT NOT NULL,"
                            " actor TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " candidate TEXT NOT NULL DEFAULT '',"
                            " before_text TEXT NOT NULL DEFAULT '',"
                            " after_text TEXT NOT NULL DEFAULT '',"
                            " previous_hash TEXT NOT NULL,"
                            " hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX record_candidate ON record(candidate)"),
         }},
        {6,
         "marks kept in their key's order; a candidate's sheets found without reading every sheet",
         {
             // A sheet's marks are then one range of the table itself, not an index range plus a
             // seek per mark: at 20,000 candidates ranking reads 2 million marks, and the table
             // with its index was 60 % of the file.
             QStringLiteral("CREATE TABLE mark_by_key ("
                            " member_id TEXT NOT NULL,"
                            " candidate_id INTEGER NOT NULL,"
                            " stage TEXT NOT NULL,"
                            " criterion_id TEXT NOT NULL,"
                            " mark INTEGER NOT NULL CHECK (mark >= 0),"
                            " PRIMARY KEY (member_id, candidate_id, stage, criterion_id),"
                            " FOREIGN KEY (member_id, candidate_id, stage)"
                            "   REFERENCES mark_sheet(member_id, candidate_id, stage)"
                            "   ON DELETE CASCADE) WITHOUT ROWID"),
             QStringLiteral("INSERT INTO mark_by_key (member_id, candidate_id, stage, "
                            "criterion_id, mark) SELECT member_id, candidate_id, stage, "
                            "criterion_id, mark FROM mark"),
             QStringLiteral("DROP TABLE mark"),
             QStringLiteral("ALTER TABLE mark_by_key RENAME TO mark"),
             // mark_sheet's key starts with the member; showing one candidate reads its sheets
             // through this index, and their marks through mark's key.
             QStringLiteral("CREATE INDEX mark_sheet_candidate ON mark_sheet(candidate_id, stage)"),
         }},
        {7,
         "every row sealed in the record entry that wrote it; the record's head kept beside it",
         {
             QStringLiteral("ALTER TABLE record ADD COLUMN seal TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE record_head ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " entries INTEGER NOT NULL,"
                            " hash TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO record_head (id, entries, hash)"
                            " SELECT 1, seq, hash FROM record ORDER BY seq DESC LIMIT 1"),
         },
         sealExistingState},
        {8,
         "members' credentials (passphrase hash, sealed signing key); acts signed in the record",
         {
             QStringLiteral("ALTER TABLE record ADD COLUMN signature TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE record ADD COLUMN signed_by_key TEXT NOT NULL DEFAULT ''"),
             // The public key is registered in the record (credentials_set, one_time_code_issued)
             // too: that copy, chained and anchored, is the one verify trusts.
             QStringLiteral("CREATE TABLE member_credential ("
                            " member_id TEXT PRIMARY KEY REFERENCES panel_member(id),"
                            " kind TEXT NOT NULL CHECK (kind IN ('passphrase', 'one_time_code')),"
                            " passphrase_hash TEXT NOT NULL,"
                            " public_key TEXT NOT NULL,"
                            " sealed_key TEXT NOT NULL,"
                            " failures INTEGER NOT NULL DEFAULT 0,"
                            " next_attempt_at TEXT NOT NULL DEFAULT '',"
                            " set_at TEXT NOT NULL)"),
         },
         startSigning},
        {9,
         "the text of the application PDFs indexed for searching every application at once",
         {
             // Derived data, never sealed: refilled from the PDFs by core/pdf/pdf_text_indexer
             // (which needs QtPdf) when a program that has it opens the file for writing.
             // Contentless: only the index is stored, not the text (a few % of the file); a
             // page's rowid is candidate_id * 2^20 + page (0-based).
             QStringLiteral("CREATE VIRTUAL TABLE pdf_text USING fts5(text, content = '',"
                            " tokenize = 'unicode61 remove_diacritics 2')"),
             QStringLiteral("CREATE TABLE pdf_text_indexed ("
                            " candidate_id INTEGER PRIMARY KEY"
                            "   REFERENCES candidate(id) ON DELETE CASCADE,"
                            " pages INTEGER NOT NULL)"),
             // A contentless index cannot forget one document without its text: when a PDF is
             // deleted (erasure) the whole index goes in the same transaction, so no word of an
             // erased application stays, and the indexer refills it from the PDFs that remain.
             QStringLiteral("CREATE TRIGGER pdf_text_forget AFTER DELETE ON document BEGIN"
                            " INSERT INTO pdf_text (pdf_text) VALUES ('delete-all');"
                            " DELETE FROM pdf_text_indexed;"
                            " END"),
         }},
        {10, "members' credentials sealed in the record like every other row", {}, sealCredentials},
    };
    return steps;
}

int currentVersion() {
    return migrations().back().toVersion;
}

int readVersion(QSqlDatabase& db) {
    QSqlQuery query = sql::exec(db, QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

void migrate(QSqlDatabase& db, int targetVersion) {
    for (const auto& step : migrations()) {
        if (step.toVersion > targetVersion)
            break;
        if (step.toVersion <= readVersion(db))
            continue;
        sql::Transaction transaction(db);
        for (const auto& statement : step.statements)
            sql::exec(db, statement);
        if (step.after)
            step.after(db);
        // PRAGMA takes no bound parameters; the value is our own integer constant.
        sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion));
        transaction.commit();
    }
}

} // namespace sp::schema
