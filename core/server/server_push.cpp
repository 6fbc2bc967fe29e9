#include "server/server_push.h"

#include "casefile/case_file.h"
#include "casefile/file_connection.h"
#include "domain/error.h"
#include "server/copied_tables.h"
#include "server/server_case.h"
#include "server/server_names.h"
#include "server/server_password.h"
#include "server/server_sql.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sp::server {

namespace {

// The tables whose id the server numbers from a sequence, with the highest id the file gave: the
// server goes on after it.
struct NumberedTable {
    const char* name;
    const char* highest; // on the case file
};
const NumberedTable numberedTables[] = {
    {"import_batch", "SELECT coalesce(max(id), 0) FROM import_batch"},
    {"candidate", "SELECT coalesce(max(id), 0) FROM candidate"},
    {"document", "SELECT coalesce(max(id), 0) FROM document"},
    {"grid_reopening", "SELECT coalesce(max(id), 0) FROM grid_reopening"},
    {"consensus", "SELECT coalesce(max(id), 0) FROM consensus"},
    {"recommendation", "SELECT coalesce(max(id), 0) FROM recommendation"}};

// The case file read as it is, on a connection of its own.
class SourceFile {
public:
    explicit SourceFile(const QString& path)
        : file_(path, QStringLiteral("QSQLITE_OPEN_READONLY"),
                QT_TRANSLATE_NOOP("sp::Problem", "%1: cannot open")) {}
    QSqlQuery select(const QString& statement) {
        QSqlQuery query(file_.db());
        query.setForwardOnly(true);
        if (!query.exec(statement))
            throw Error(ErrorKind::Failure,
                        QStringLiteral("reading the case file: %1").arg(query.lastError().text()));
        return query;
    }

private:
    FileConnection file_;
};

// The file's text columns may hold bytes (a PDF's SHA-256 was once stored as a blob): text on
// the server. Only a document's content is bytes there.
QVariant serverValue(const QVariant& value, bool bytes) {
    if (!bytes && value.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value;
}

// Rows copied a statement: one round trip for many rows, each value still bound (a mark has 5,
// so 2,500 parameters, far below the server's 65,535). PDFs one at a time: a statement holds
// them all in memory.
constexpr int RowsPerStatement = 500;

// The table's INSERT with its VALUES group repeated for `rows` rows.
QString insertOfRows(const QString& insert, int rows) {
    const QString values = QStringLiteral(" VALUES ");
    const qsizetype at = insert.lastIndexOf(values) + values.size();
    const QString group = insert.mid(at);
    QStringList groups;
    for (int i = 0; i < rows; ++i)
        groups << group;
    return insert.left(at) + groups.join(QStringLiteral(", "));
}

class BatchedInsert {
public:
    BatchedInsert(QSqlDatabase& db, const QString& insert, const char* table, int rowsPerStatement)
        : db_(db), insert_(insert), table_(table), rowsPerStatement_(rowsPerStatement) {}

    void add(std::vector<QVariant> row) {
        pending_.push_back(std::move(row));
        if (static_cast<int>(pending_.size()) == rowsPerStatement_)
            flush();
    }
    // Writes the rows still pending.
    void flush() {
        if (pending_.empty())
            return;
        const int rows = static_cast<int>(pending_.size());
        QSqlQuery& statement = rows == rowsPerStatement_ ? full_ : last_;
        if (&statement == &last_ || !fullPrepared_) {
            statement = QSqlQuery(db_);
            if (!statement.prepare(insertOfRows(insert_, rows)))
                failOnServer(statement.lastError(),
                             QStringLiteral("preparing the copy of %1").arg(QLatin1String(table_)));
            fullPrepared_ = fullPrepared_ || rows == rowsPerStatement_;
        }
        int position = 0;
        for (const auto& row : pending_)
            for (const auto& value : row)
                statement.bindValue(position++, value);
        if (!statement.exec())
            failOnServer(statement.lastError(),
                         QStringLiteral("copying %1 rows %2-%3 to the server")
                             .arg(QLatin1String(table_))
                             .arg(copied_ + 1)
                             .arg(copied_ + rows));
        copied_ += rows;
        pending_.clear();
    }
    int copied() const { return copied_; }

private:
    QSqlDatabase& db_;
    QString insert_;
    const char* table_;
    int rowsPerStatement_;
    std::vector<std::vector<QVariant>> pending_;
    QSqlQuery full_;
    QSqlQuery last_;
    bool fullPrepared_ = false;
    int copied_ = 0;
};

int copyTable(SourceFile& source, QSqlDatabase& db, const CaseNames& names,
              const CopiedTable& table) {
    QSqlQuery rows = source.select(QString::fromLatin1(table.select));
    const bool document = qstrcmp(table.name, "document") == 0;
    BatchedInsert insert(db, withNames(QString::fromLatin1(table.insert), names, *db.driver()),
                         table.name, document ? 1 : RowsPerStatement);
    while (rows.next()) {
        const int columns = rows.record().count();
        std::vector<QVariant> row;
        row.reserve(static_cast<size_t>(columns));
        for (int i = 0; i < columns; ++i)
            row.push_back(serverValue(rows.value(i), document && i == columns - 1));
        insert.add(std::move(row));
    }
    insert.flush();
    return insert.copied();
}

// Every trigger of the case's tables on or off, but the integrity constraints'.
void switchUserTriggers(QSqlDatabase& db, const CaseNames& names, bool on) {
    const QString statement =
        on ? QStringLiteral("DO $$ DECLARE t text; BEGIN FOR t IN SELECT c.relname FROM pg_class "
                            "c WHERE c.relnamespace = '{schema}'::regnamespace AND c.relkind = "
                            "'r' LOOP EXECUTE format('ALTER TABLE %s.%I ENABLE TRIGGER USER', "
                            "'{schema}', t); END LOOP; END $$")
           : QStringLiteral("DO $$ DECLARE t text; BEGIN FOR t IN SELECT c.relname FROM pg_class "
                            "c WHERE c.relnamespace = '{schema}'::regnamespace AND c.relkind = "
                            "'r' LOOP EXECUTE format('ALTER TABLE %s.%I DISABLE TRIGGER USER', "
                            "'{schema}', t); END LOOP; END $$");
    execStatement(db, withNames(statement, names, *db.driver()));
}

} // namespace

PushOutcome pushCase(ServerConnection& admin, const QString& path) {
    const CaseNames names = caseNames(admin.address().caseId);
    PushOutcome outcome;
    std::vector<PanelMember> panel;
    {
        // What is pushed is what verify accepts: nothing damaged or changed behind the record's
        // back reaches the server.
        auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
        const VerifyReport report = caseFile->verify();
        if (!report.ok())
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                      "%1 fails its verification (%2): nothing "
                                                      "was pushed; selection-panel verify says "
                                                      "what is wrong"),
                                    path, report.problems().join(QStringLiteral("; "))));
        panel = caseFile->panel().members();
    }
    for (const auto& member : panel)
        if (!isServerMemberId(member.id))
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                      "panel member id %1 cannot name a role on "
                                                      "a server (lower-case letters and digits, "
                                                      "single underscores between, at most 30): "
                                                      "nothing was pushed"),
                                    member.id));
    SourceFile source(path);
    QSqlDatabase& db = admin.db();
    ServerTransaction transaction(db);
    createCaseSchema(admin, names); // acting as the case's owner from here
    // The new case is seen by nobody until the push commits, so the per-row triggers are off
    // while its rows are copied: the record's, which keeps the chain one entry at a time through
    // its head (at 150,000 entries the head's versions within one transaction made each append
    // slower than the last), and the announcements. The chain is checked whole below
    // (record_chain()) and its head written once.
    switchUserTriggers(db, names, false);
    for (const auto& table : copiedTables()) {
        const int copied = copyTable(source, db, names, table);
        if (qstrcmp(table.name, "candidate") == 0)
            outcome.candidates = copied;
        else if (qstrcmp(table.name, "mark_sheet") == 0)
            outcome.sheets = copied;
        else if (qstrcmp(table.name, "record") == 0)
            outcome.recordEntries = copied;
    }
    QSqlQuery grid = source.select(
        QStringLiteral("SELECT state, frozen_at, frozen_by FROM grid_state WHERE id = 1"));
    if (grid.next())
        execBound(db,
                  withNames(QStringLiteral("UPDATE {schema}.grid_state SET state = ?, "
                                           "frozen_at = ?, frozen_by = ? WHERE id = 1"),
                            names, *db.driver()),
                  {grid.value(0), grid.value(1), grid.value(2)});
    execStatement(db, withNames(QStringLiteral("INSERT INTO {schema}.record_head (id, entries, "
                                               "hash) SELECT 1, seq, hash FROM {schema}.record "
                                               "ORDER BY seq DESC LIMIT 1"),
                                names, *db.driver()));
    switchUserTriggers(db, names, true);
    // The file's settings, its case id among them (so that what a computer saw of its record
    // still matches); the server's own version stays.
    QSqlQuery settings = source.select(QStringLiteral("SELECT key, value FROM setting"));
    while (settings.next())
        if (settings.value(0).toString() != QLatin1String("server_schema_version"))
            execBound(db,
                      withNames(QStringLiteral("INSERT INTO {schema}.setting (key, value) VALUES "
                                               "(?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                                               "excluded.value"),
                                names, *db.driver()),
                      {settings.value(0), settings.value(1)});
    for (const auto& table : numberedTables) {
        QSqlQuery highest = source.select(QString::fromLatin1(table.highest));
        const qint64 next = highest.next() ? highest.value(0).toLongLong() + 1 : 1;
        execBound(db, QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), ?, false)"),
                  {withNames(QStringLiteral("{schema}."), names, *db.driver()) +
                       QLatin1String(table.name),
                   next});
    }
    // Each member's own role, as the admin, who may create roles.
    execStatement(db, QStringLiteral("RESET ROLE"));
    QStringList logins;
    for (const auto& member : panel) {
        PushedMember pushed{member, memberRoleName(names, member.id), newOneTimePassword()};
        execBound(
            db,
            withNames(QStringLiteral("SELECT {schema}.add_member_role(?, ?, ?)"), names,
                      *db.driver()),
            {member.id, pushed.login, scramVerifier(db, pushed.login, pushed.password.toUtf8())});
        logins << QStringLiteral("%1 as %2").arg(member.id, pushed.login);
        outcome.members.push_back(std::move(pushed));
    }
    execBound(db,
              withNames(QStringLiteral("INSERT INTO {schema}.record (actor, action, after_text) "
                                       "VALUES (session_user, 'case_pushed', ?)"),
                        names, *db.driver()),
              {QStringLiteral("from %1: %2 candidate(s), %3 mark sheet(s), %4 record entries; "
                              "members sign in as their own role: %5")
                   .arg(QFileInfo(path).fileName())
                   .arg(outcome.candidates)
                   .arg(outcome.sheets)
                   .arg(outcome.recordEntries)
                   .arg(logins.join(QStringLiteral(", ")))});
    ++outcome.recordEntries;
    QSqlQuery chain = execBound(
        db, withNames(QStringLiteral("SELECT entries, intact FROM {schema}.record_chain()"), names,
                      *db.driver()));
    if (!chain.next() || !chain.value(1).toBool() ||
        chain.value(0).toInt() != outcome.recordEntries)
        throw Error(ErrorKind::Failure,
                    QStringLiteral("%1: the record on the server does not check out after the "
                                   "push (%2 entries); nothing was pushed")
                        .arg(admin.address().display(), chain.value(0).toString()));
    grantCaseDatabase(admin, names);
    transaction.commit();
    return outcome;
}

} // namespace sp::server
