#pragma once

#include <QStringList>

// The SQL text of a case on a PostgreSQL server, in the order server-init runs it: the tables
// of server version 2, then each later version's (server_schema.h). Statements
// take no values; the names in braces ({schema}, {owner}, {panel}) are replaced by the case's
// quoted identifiers (server_names.h withNames), never by anything a user typed unchecked.
namespace sp::server {

const QStringList& caseTableStatements();    // case_tables_sql.cpp
const QStringList& caseFunctionStatements(); // case_functions_sql.cpp
const QStringList& caseRecordStatements();   // case_record_sql.cpp
const QStringList& caseNotifyStatements();   // case_notify_sql.cpp
const QStringList& caseAdminStatements();    // case_grants_sql.cpp
const QStringList& casePolicyStatements();   // case_policies_sql.cpp
const QStringList& caseGrantStatements();    // case_grants_sql.cpp
const QStringList& caseDatabaseStatements(); // case_grants_sql.cpp

// What later server versions add (server_schema.h).
const QStringList& caseTextIndexStatements();     // case_text_sql.cpp, version 3
const QStringList& caseGridReopeningStatements(); // case_reopening_sql.cpp, version 4
const QStringList& caseConflictChangeStatements(); // case_conflict_sql.cpp, version 5

} // namespace sp::server
