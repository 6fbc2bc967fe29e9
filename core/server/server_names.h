#pragma once

#include <QString>

class QSqlDriver;

// The names a case has on a PostgreSQL server. One database holds several cases, each in its own
// schema; roles belong to the whole cluster, so theirs carry the case id. Ids are checked against
// a strict pattern (lower-case letters and digits, single underscores between), so a name can be
// told apart from another case's: the separator between case and member is a double underscore.
namespace sp::server {

struct CaseNames {
    QString caseId;
    QString schema; // case_ID
    QString owner;  // sp_ID__owner: owns the schema and its tables; the admin is in it
    QString panel;  // sp_ID__panel: the group role every member's role is in
};

bool isServerCaseId(const QString& id);   // at most 24 characters
bool isServerMemberId(const QString& id); // at most 30; not "owner" or "panel"

// Throws sp::Error (BadInput) naming the id and the pattern.
CaseNames caseNames(const QString& caseId);
QString memberRoleName(const CaseNames& names, const QString& memberId); // sp_ID__MEMBER

// The statement with {schema}, {owner} and {panel} replaced by the names, quoted by the driver.
QString withNames(const QString& statement, const CaseNames& names, const QSqlDriver& driver);

} // namespace sp::server
