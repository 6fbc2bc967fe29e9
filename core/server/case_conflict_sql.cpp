#include "server/case_sql.h"

namespace sp::server {

// Server version 5: a member changes the conflict they declared (its nature, its note), as in a
// case file, where declaring again replaces the declaration (an upsert, which needs UPDATE). Only
// their own, and never into another's name: cara's family link stays cara's.
const QStringList& caseConflictChangeStatements() {
    static const QStringList statements = {
        QStringLiteral("GRANT UPDATE (nature, note, declared_at) ON {schema}.conflict TO {panel}"),
        QStringLiteral("CREATE POLICY own_name_changed ON {schema}.conflict FOR UPDATE "
                       "TO {panel} USING (member_id = {schema}.current_member()) "
                       "WITH CHECK (member_id = {schema}.current_member())"),
    };
    return statements;
}

} // namespace sp::server
