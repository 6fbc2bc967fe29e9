#include "casefile/case_store.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "domain/error.h"
#include "server/server_grid_reopening.h"
#include "server/server_text_index.h"
#include "server/signed_in.h"

#include <QSqlQuery>

namespace sp {

namespace {

// A case on a PostgreSQL server, as a member sees it: connected as their own role, with the
// case's schema first on the search path (server_store.cpp), so the parts' queries name the
// tables as in a case file. Rights and row-level policies decide what a member reads and writes;
// the record's trigger keeps its chain.
class ServerDialect final : public StoreDialect {
public:
    bool onServer() const override { return true; }

    QString beginWrite() const override { return QStringLiteral("BEGIN"); }

    // SQLSTATE classes: 42501 insufficient privilege (a right or a row policy), 23 a constraint,
    // 40 a serialisation failure or deadlock, 08 and 57P the connection, 22 bad data.
    Error failure(const QSqlError& error, const Problem& what) const override {
        const QString code = error.nativeErrorCode();
        QString detail = error.databaseText().trimmed();
        if (detail.isEmpty())
            detail = error.text().trimmed();
        if (detail.isEmpty())
            detail = QStringLiteral("not connected"); // the driver says nothing once it is closed
        if (code == QLatin1String("42501") || code.startsWith(QLatin1String("23")) ||
            code.startsWith(QLatin1String("22")))
            return Error(ErrorKind::BadInput,
                         Problem{QT_TRANSLATE_NOOP("sp::Problem",
                                                   "%2: the server refused it (%1); nothing was "
                                                   "changed"),
                                 {detail},
                                 {},
                                 {what}});
        if (code.startsWith(QLatin1String("40")))
            return Error(
                ErrorKind::Locked,
                Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1: another member's change came first; "
                                                         "nothing was changed, try again"),
                        {},
                        {},
                        {what}});
        if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")) ||
            code.isEmpty())
            return Error(ErrorKind::Failure,
                         Problem{QT_TRANSLATE_NOOP("sp::Problem",
                                                   "%2: the connection to the server was lost "
                                                   "(%1); nothing was changed"),
                                 {detail},
                                 {},
                                 {what}});
        return Error(ErrorKind::Failure, QStringLiteral("%1: %2").arg(what.english(), detail));
    }

    // The server's write-ahead log insert position moves with every change, by anyone, before it
    // commits: a state that changes whenever the case may have (and sometimes when another
    // database's rows did, which only costs a read again). Not the write position, which trails
    // behind a commit when synchronous_commit is off.
    FileVersion version(QSqlDatabase& db) const override {
        FileVersion version;
        QSqlQuery q =
            sql::exec(db, QStringLiteral("SELECT (pg_current_wal_insert_lsn() - '0/0')::bigint"));
        if (q.next())
            version.dataVersion = q.value(0).toLongLong();
        version.ownChanges = 0;
        return version;
    }

    QString orderedJoin() const override { return QStringLiteral("JOIN"); }

    bool hasTable(QSqlDatabase& db, const QString& table) const override {
        QSqlQuery q = sql::exec(
            db, QStringLiteral("SELECT to_regclass(CAST(? AS TEXT)) IS NOT NULL"), {table});
        return q.next() && q.value(0).toBool();
    }

    qint64 lastInsertedId(QSqlDatabase& db) const override {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT lastval()"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    void indexPages(QSqlDatabase& db, qint64 candidateId, const QStringList& pages) const override {
        server::insertPageWords(db, candidateId, pages);
    }

    QHash<qint64, QList<int>> pagesMatching(QSqlDatabase& db,
                                            const SearchClause& clause) const override {
        return server::matchingPages(db, clause);
    }

    GridReopenOutcome reopenGrid(CaseStore& store, GridReopening reopening) const override {
        return reopenGridOnServer(store, reopening);
    }

    QString prepareErasure(CaseStore& store) const override {
        const server::SignedIn who = server::signedIn(store.db);
        if (who.owner && who.member.isEmpty())
            return {};
        throw Error(
            ErrorKind::BadInput,
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                          "%1: on a server, candidates are erased by the server's "
                                          "administrator, who sees every row of theirs (a panel "
                                          "member's role does not): nothing was erased"),
                        store.path));
    }

    bool sealsRows() const override { return false; }

    QString selectRecord() const override {
        return QStringLiteral("SELECT seq, at, actor, action, candidate, before_text, after_text, "
                              "'', '', '', '', signed_by_key FROM record ORDER BY id");
    }

    // The trigger (core/server/case_record_sql.cpp) gives the entry its seq, the server's time,
    // the previous entry's hash and its own, and refuses an entry in another member's name.
    void appendRecord(QSqlDatabase& db, RecordEntry e) const override {
        signerFor(db, e.actor);
        sql::exec(db,
                  QStringLiteral("INSERT INTO record (actor, action, candidate, before_text, "
                                 "after_text) VALUES (?, ?, ?, ?, ?)"),
                  {e.actor, e.action, e.candidate, e.before, e.after});
    }

    // The member is who signed in to the server: their own role. An act in another's name is
    // refused here with words, before the server's policies would refuse it.
    std::shared_ptr<const identity::MemberKey> signerFor(QSqlDatabase& db,
                                                         const QString& actor) const override {
        const server::SignedIn who = server::signedIn(db);
        if (who.role.isEmpty() || who.member == actor || (who.member.isEmpty() && who.owner))
            return nullptr;
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "you are signed in to the server as %2: an act in %1's name "
                                    "is theirs, signed in as their own role"),
                                actor, who.member.isEmpty() ? who.role : who.member));
    }

    std::optional<QString> connectedMember(QSqlDatabase& db) const override {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT current_member()"));
        if (!q.next() || q.value(0).isNull())
            return std::nullopt;
        return q.value(0).toString();
    }

    int schemaVersion(QSqlDatabase& db) const override {
        QSqlQuery q = sql::exec(
            db, QStringLiteral("SELECT value FROM setting WHERE key = 'server_schema_version'"));
        return q.next() ? q.value(0).toInt() : 0;
    }

    std::optional<QString> quickCheck(QSqlDatabase& db, const QString& name) const override {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT entries, intact FROM record_chain()"));
        if (!q.next())
            return QStringLiteral("%1: the server cannot check the record").arg(name);
        if (!q.value(1).toBool())
            return QStringLiteral("%1: the record's hash chain on the server is broken (%2 "
                                  "entries)")
                .arg(name, q.value(0).toString());
        return std::nullopt;
    }
};

} // namespace

const StoreDialect& serverDialect() {
    static const ServerDialect dialect;
    return dialect;
}

} // namespace sp
