#include "casefile/automatic_backup.h"
#include "casefile/case_store.h"
#include "casefile/file_grid_reopening.h"
#include "casefile/file_text_index.h"
#include "casefile/schema.h"
#include "casefile/signing_session.h"
#include "casefile/sql.h"
#include "casefile/store_dialect.h"
#include "domain/error.h"
#include "identity/signed_act.h"

#include <QSqlQuery>

namespace sp {

namespace {

// A case file: SQLite on this computer.
class FileDialect final : public StoreDialect {
public:
    bool onServer() const override { return false; }

    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }

    Error failure(const QSqlError& error, const Problem& what) const override {
        const QString code = error.nativeErrorCode();
        const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        // SQLite primary result codes: 13 SQLITE_FULL, 11 SQLITE_CORRUPT, 26 SQLITE_NOTADB,
        // 8 SQLITE_READONLY, 5 SQLITE_BUSY.
        if (code == QLatin1String("13"))
            return Error(ErrorKind::Failure,
                         Problem{QT_TRANSLATE_NOOP("sp::Problem",
                                                   "%1: the disk is full; nothing was changed"),
                                 {},
                                 {},
                                 {what}});
        if (code == QLatin1String("11") || code == QLatin1String("26"))
            return Error(ErrorKind::Damaged,
                         QStringLiteral("%1: the case file is damaged or not a case file (%2)")
                             .arg(what.english(), detail));
        if (code == QLatin1String("8"))
            return Error(
                ErrorKind::Failure,
                Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1: the case file is open read-only"),
                        {},
                        {},
                        {what}});
        if (code == QLatin1String("5"))
            return Error(ErrorKind::Locked,
                         Problem{QT_TRANSLATE_NOOP("sp::Problem",
                                                   "%1: the case file is busy in another process"),
                                 {},
                                 {},
                                 {what}});
        return Error(ErrorKind::Failure, QStringLiteral("%1: %2").arg(what.english(), detail));
    }

    // SQLite's data_version changes when another connection commits, total_changes() when this
    // one writes.
    FileVersion version(QSqlDatabase& db) const override {
        FileVersion version;
        QSqlQuery data = sql::exec(db, QStringLiteral("PRAGMA data_version"));
        if (data.next())
            version.dataVersion = data.value(0).toLongLong();
        QSqlQuery changes = sql::exec(db, QStringLiteral("SELECT total_changes()"));
        if (changes.next())
            version.ownChanges = changes.value(0).toLongLong();
        return version;
    }

    QString orderedJoin() const override { return QStringLiteral("CROSS JOIN"); }

    bool hasTable(QSqlDatabase& db, const QString& table) const override {
        QSqlQuery q = sql::exec(
            db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {table});
        return q.next();
    }

    qint64 lastInsertedId(QSqlDatabase& db) const override {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT last_insert_rowid()"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    void indexPages(QSqlDatabase& db, qint64 candidateId, const QStringList& pages) const override {
        file_text_index::insertPages(db, candidateId, pages);
    }

    QHash<qint64, QList<int>> pagesMatching(QSqlDatabase& db,
                                            const SearchClause& clause) const override {
        return file_text_index::matchingPages(db, clause);
    }

    GridReopenOutcome reopenGrid(CaseStore& store, GridReopening reopening) const override {
        return reopenGridInFile(store, std::move(reopening));
    }

    QString prepareErasure(CaseStore& store) const override {
        const QString backup = automaticBackupPath(store.path, QStringLiteral("erase"));
        backupCase(store, backup);
        return backup;
    }

    bool sealsRows() const override { return true; }

    QString selectRecord() const override {
        return QStringLiteral("SELECT seq, at, actor, action, candidate, before_text, after_text, "
                              "seal, previous_hash, hash, signature, signed_by_key FROM record "
                              "ORDER BY id");
    }

    // The chain is kept here: the next seq, the previous entry's hash, this entry's, and the
    // actor's signature when they have credentials.
    void appendRecord(QSqlDatabase& db, RecordEntry e) const override {
        {
            QSqlQuery last = sql::exec(
                db, QStringLiteral("SELECT seq, hash FROM record ORDER BY seq DESC LIMIT 1"));
            if (last.next()) {
                e.seq = last.value(0).toLongLong() + 1;
                e.previousHash = last.value(1).toByteArray();
            } else {
                e.seq = 1;
            }
        }
        e.at = QDateTime::currentDateTimeUtc();
        e.hash = recordEntryHash(e);
        if (const auto signer = signerFor(db, e.actor)) {
            e.signature = signer->sign(identity::signedActText(e));
            e.signedByKey = signer->publicKey();
        }
        if (e.signature.isEmpty())
            // Also while a file older than version 8 is upgraded: no signature columns yet.
            sql::exec(db,
                      QStringLiteral("INSERT INTO record (seq, at, actor, action, candidate, "
                                     "before_text, after_text, seal, previous_hash, hash) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.seq, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.candidate,
                       e.before, e.after, e.seal, QString::fromLatin1(e.previousHash),
                       QString::fromLatin1(e.hash)});
        else
            sql::exec(db,
                      QStringLiteral("INSERT INTO record (seq, at, actor, action, candidate, "
                                     "before_text, after_text, seal, previous_hash, hash, "
                                     "signature, signed_by_key) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.seq, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.candidate,
                       e.before, e.after, e.seal, QString::fromLatin1(e.previousHash),
                       QString::fromLatin1(e.hash), QString::fromLatin1(e.signature.toHex()),
                       identity::publicKeyText(e.signedByKey)});
        sql::exec(db,
                  QStringLiteral("INSERT INTO record_head (id, entries, hash) VALUES (1, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, "
                                 "hash = excluded.hash"),
                  {e.seq, QString::fromLatin1(e.hash)});
    }

    // Nothing when the actor has no credentials (not a member, or a member who has not signed in
    // yet in a case made before version 8); the signed-in member's key otherwise.
    std::shared_ptr<const identity::MemberKey> signerFor(QSqlDatabase& db,
                                                         const QString& actor) const override {
        const QByteArray publicKey = credentialKeyOf(db, actor);
        if (publicKey.isEmpty())
            return nullptr;
        auto key = signing_session::keyOf(db.connectionName(), actor);
        if (!key || key->publicKey() != publicKey)
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP(
                                        "sp::Problem",
                                        "sign in as %1 to act in their name: only %1 can, with "
                                        "their passphrase"),
                                    actor));
        return key;
    }

    std::optional<QString> connectedMember(QSqlDatabase&) const override { return std::nullopt; }

    int schemaVersion(QSqlDatabase& db) const override { return schema::readVersion(db); }

    std::optional<QString> quickCheck(QSqlDatabase& db, const QString& name) const override {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
            return QStringLiteral("%1 is damaged: %2").arg(name, check.lastError().databaseText());
        const QString result = check.value(0).toString();
        if (result != QLatin1String("ok"))
            return QStringLiteral("%1 is damaged: the integrity check reports \"%2\"")
                .arg(name, result);
        return std::nullopt;
    }

private:
    // The member's current public key, or nothing (also in a file not yet at version 8, while
    // it is being upgraded: the table does not exist then).
    static QByteArray credentialKeyOf(QSqlDatabase& db, const QString& member) {
        QSqlQuery q(db);
        if (!q.prepare(
                QStringLiteral("SELECT public_key FROM member_credential WHERE member_id = ?")))
            return {};
        q.addBindValue(member);
        if (!q.exec() || !q.next())
            return {};
        return identity::publicKeyFromText(q.value(0).toString());
    }
};

} // namespace

const StoreDialect& fileDialect() {
    static const FileDialect dialect;
    return dialect;
}

const StoreDialect& dialectOf(const QSqlDatabase& db) {
    return db.driverName() == QLatin1String("QPSQL") ? serverDialect() : fileDialect();
}

} // namespace sp
