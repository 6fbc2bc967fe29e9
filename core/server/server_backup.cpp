#include "server/server_backup.h"

#include "casefile/case_file.h"
#include "casefile/file_connection.h"
#include "casefile/record_rows.h"
#include "casefile/schema.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "domain/error.h"
#include "domain/state_seal.h"
#include "io/output_file.h"
#include "server/copied_tables.h"
#include "server/server_case.h"
#include "server/server_names.h"
#include "server/server_sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <map>

namespace sp::server {

namespace {

// The new case file, written on a connection of its own, as the program makes an empty one.
class TargetFile {
public:
    explicit TargetFile(const QString& path)
        : file_(path, QString(), QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot create")) {
        QSqlDatabase& db = file_.db();
        sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId));
        sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        schema::migrate(db, schema::currentVersion());
    }
    QSqlDatabase& db() { return file_.db(); }

private:
    FileConnection file_;
};

// The server read as of one moment: a read-only, repeatable-read transaction as the case's
// owner, whom no policy hides a row from. Rolled back: nothing is written there.
class Snapshot {
public:
    Snapshot(ServerConnection& admin, const CaseNames& names) : db_(admin.db()) {
        execStatement(db_, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
        QSqlQuery role(db_);
        if (!role.exec(withNames(QStringLiteral("SET LOCAL ROLE {owner}"), names, *db_.driver()))) {
            QSqlQuery(db_).exec(QStringLiteral("ROLLBACK")); // the connection is left as it was
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                      "%1: %2 cannot act as the case's owner "
                                                      "(%3), who alone sees every row: a backup is "
                                                      "made by the server's administrator; "
                                                      "nothing was written"),
                                    admin.address().display(), admin.address().user, names.owner));
        }
        execStatement(db_, withNames(QStringLiteral("SET LOCAL search_path TO {schema}"), names,
                                     *db_.driver()));
    }
    ~Snapshot() { QSqlQuery(db_).exec(QStringLiteral("ROLLBACK")); }
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;

    QSqlQuery select(const QString& statement) {
        QSqlQuery query(db_);
        query.setForwardOnly(true);
        if (!query.exec(statement))
            failOnServer(query.lastError(), QStringLiteral("reading the case on the server"));
        return query;
    }

private:
    QSqlDatabase& db_;
};

int copyTable(Snapshot& server, QSqlDatabase& file, const CopiedTable& table) {
    QSqlQuery rows = server.select(QString::fromLatin1(table.select));
    QSqlQuery insert = sql::prepare(file, insertIntoFile(table));
    int copied = 0;
    while (rows.next()) {
        const int columns = rows.record().count();
        for (int i = 0; i < columns; ++i)
            insert.bindValue(i, rows.value(i));
        sql::run(insert);
        ++copied;
    }
    return copied;
}

// The rows the record does not seal as they are: written on the server, which keeps its rows by
// rights and policies instead of seals, so the copy's record takes them as the server kept them.
std::vector<RowSeal> unsealedRows(QSqlDatabase& file) {
    const std::vector<RowSeal> stored = seal_rows::sealAll(file);
    std::map<std::pair<QString, QString>, QByteArray> current;
    for (const auto& seal : stored)
        current[{seal.unit, seal.key}] = seal.hash;
    std::vector<RowSeal> seals;
    for (const auto& problem : compareStateWithRecord(record_rows::selectAll(file), stored))
        seals.push_back({problem.unit, problem.key,
                         problem.kind == StateProblem::Kind::Deleted
                             ? DeletedRow
                             : current.at({problem.unit, problem.key})});
    return seals;
}

} // namespace

BackupOutcome backupServerCase(ServerConnection& admin, const QString& target) {
    const CaseNames names = caseNames(admin.address().caseId);
    if (!caseExists(admin))
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1: there is no case %2"),
                                admin.address().display(), names.caseId));
    OutputInProgress output(target, OutputInProgress::Existing::Refuse);
    BackupOutcome outcome;
    {
        Snapshot server(admin, names);
        TargetFile file(output.temporaryPath());
        QSqlDatabase& db = file.db();
        sql::Transaction transaction(db);
        for (const auto& table : copiedTables()) {
            const int copied = copyTable(server, db, table);
            if (qstrcmp(table.name, "candidate") == 0)
                outcome.candidates = copied;
            else if (qstrcmp(table.name, "mark_sheet") == 0)
                outcome.sheets = copied;
            else if (qstrcmp(table.name, "record") == 0)
                outcome.recordEntries = copied;
        }
        QSqlQuery grid =
            server.select(QStringLiteral("SELECT state, frozen_at, frozen_by FROM grid_state"));
        if (grid.next())
            sql::exec(db,
                      QStringLiteral("UPDATE grid_state SET state = ?, frozen_at = ?, frozen_by = "
                                     "? WHERE id = 1"),
                      {grid.value(0), grid.value(1), grid.value(2)});
        // The case keeps its id, so what a computer saw of its record still matches the copy.
        QSqlQuery settings = server.select(QStringLiteral("SELECT key, value FROM setting"));
        while (settings.next())
            if (settings.value(0).toString() != QLatin1String("server_schema_version"))
                sql::exec(db,
                          QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON "
                                         "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {settings.value(0), settings.value(1)});
        const std::vector<RowSeal> seals = unsealedRows(db);
        outcome.resealedRows = static_cast<int>(seals.size());
        record_rows::append(
            db, QStringLiteral("selection-panel"), QStringLiteral("case_backed_up"), QString(),
            QString(),
            QStringLiteral("case %1 on %2, as its owner %3 saw it: %4 candidate(s), %5 mark "
                           "sheet(s), %6 record entries; %7 row(s) sealed as the server kept them")
                .arg(names.caseId, admin.address().display(), admin.address().user)
                .arg(outcome.candidates)
                .arg(outcome.sheets)
                .arg(outcome.recordEntries)
                .arg(outcome.resealedRows),
            seals);
        ++outcome.recordEntries;
        transaction.commit();
    }
    {
        // What appears under TARGET is what verify accepts.
        auto copy = CaseFile::open(output.temporaryPath(), CaseFile::Access::ReadOnly);
        const VerifyReport report = copy->verify();
        if (!report.ok())
            throw Error(ErrorKind::Failure,
                        Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                      "%1: the copy of case %2 fails its "
                                                      "verification (%3); nothing was written"),
                                    target, names.caseId,
                                    report.problems().join(QStringLiteral("; "))));
    }
    output.publish();
    return outcome;
}

} // namespace sp::server
