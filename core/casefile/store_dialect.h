#pragma once

#include "casefile/file_version.h"
#include "domain/error.h"
#include "domain/problem.h"
#include "domain/record.h"
#include "domain/search_query.h"
#include "identity/member_key.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace sp {

struct CaseStore;
struct GridReopenOutcome;
struct GridReopening;

// The few things the parts' SQL does differently on the store it runs on: a case file (SQLite,
// file_dialect.cpp) or a case on a PostgreSQL server (core/server/server_dialect.cpp). Every
// query the two share stays in the parts' *_rows.cpp; what differs is here, one implementation
// per store, chosen by the connection's driver.
class StoreDialect {
public:
    virtual ~StoreDialect() = default;

    virtual bool onServer() const = 0;
    // The statement that opens a write transaction (SQLite takes the write lock at once).
    virtual QString beginWrite() const = 0;
    // The driver's refusal as sp::Error, for the caller to throw: disk full, read-only, busy,
    // refused by the server...
    virtual Error failure(const QSqlError& error, const Problem& what) const = 0;
    // A state of the store that changes whenever anyone commits (read_cache.h).
    virtual FileVersion version(QSqlDatabase& db) const = 0;
    // A join whose order the query planner must keep (SQLite's CROSS JOIN); a plain join elsewhere.
    virtual QString orderedJoin() const = 0;
    virtual bool hasTable(QSqlDatabase& db, const QString& table) const = 0;
    // The id the last INSERT of this connection gave its row.
    virtual qint64 lastInsertedId(QSqlDatabase& db) const = 0;
    // The applications' text for searching them (search_rows.h), as the store indexes it: the
    // case file with SQLite FTS5 (file_text_index.h), a server with a tsvector a page
    // (server_text_index.h). Indexes one PDF's pages, whose candidate search_rows::markIndexed
    // has just marked indexed in this transaction.
    virtual void indexPages(QSqlDatabase& db, qint64 candidateId,
                            const QStringList& pages) const = 0;
    // The pages (0-based) holding any of the clause's terms, by candidate id.
    virtual QHash<qint64, QList<int>> pagesMatching(QSqlDatabase& db,
                                                    const SearchClause& clause) const = 0;
    // Discards every mark sheet, mark, consensus mark, shortlist decision and recommendation,
    // puts the grid back to draft and records it, for the chair `reopening` names (its checks
    // made): in a case file after an automatic backup beside it (file_grid_reopening.h), on a
    // server by its reopen_grid() function, which keeps what it discards there
    // (server_grid_reopening.h): no member's role may delete the others' rows.
    virtual GridReopenOutcome reopenGrid(CaseStore& store, GridReopening reopening) const = 0;
    // Before erasing candidates' personal data (data_protection.h): the case file writes an
    // automatic backup of itself beside it and returns its path (automatic_backup.h); a server
    // keeps none (its administrator's backups do) and returns nothing, and lets only the case's
    // owner erase, whom no policy hides a row from: a member's role would leave behind the rows of
    // the candidate that it cannot see. Refused with words otherwise.
    virtual QString prepareErasure(CaseStore& store) const = 0;
    // Whether the record's entries carry the seals of the rows they wrote (state_seal.h). On a
    // server, rows are kept by the database's rights and policies instead: a member's client
    // does not see every row of a candidate, so it could not seal them.
    virtual bool sealsRows() const = 0;
    // The statement that reads the record, oldest first, as record_rows reads it: seq, at,
    // actor, action, candidate, before, after, seal, previous hash, hash, signature, signing
    // key. On a server a member reads no hashes, seals or signatures (they cover marks the member
    // may not see): empty there.
    virtual QString selectRecord() const = 0;
    // Appends an entry in `entry.actor`'s name: seq, time, chain hash and signature as the store
    // keeps them (the case file computes them here; the server's trigger does).
    virtual void appendRecord(QSqlDatabase& db, RecordEntry entry) const = 0;
    // The key that signs an act by `actor` (signing_session.h), or nothing; refuses an act in the
    // name of someone not signed in on this connection.
    virtual std::shared_ptr<const identity::MemberKey> signerFor(QSqlDatabase& db,
                                                                 const QString& actor) const = 0;
    // The member the connection itself signed in as (a server's role); nothing in a case file,
    // where members sign in with their passphrase on the connection (identity_repository.h).
    virtual std::optional<QString> connectedMember(QSqlDatabase& db) const = 0;
    // The version of the store's tables.
    virtual int schemaVersion(QSqlDatabase& db) const = 0;
    // A quick check that the store is sound, worded for `name`; nothing when it is.
    virtual std::optional<QString> quickCheck(QSqlDatabase& db, const QString& name) const = 0;
};

const StoreDialect& fileDialect();
const StoreDialect& serverDialect();
// The dialect of the store the connection is on.
const StoreDialect& dialectOf(const QSqlDatabase& db);

} // namespace sp
