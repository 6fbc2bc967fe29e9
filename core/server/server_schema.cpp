#include "server/server_schema.h"

#include "server/case_sql.h"
#include "server/server_sql.h"

#include <QSqlDriver>
#include <vector>

namespace sp::server {

namespace {

struct SchemaStep {
    int version;
    const char* what;
    const QStringList& (*statements)();
};

const std::vector<SchemaStep>& schemaSteps() {
    static const std::vector<SchemaStep> steps = {
        {3, "the index of the applications' text, for searching every application",
         caseTextIndexStatements},
        {4, "reopening the grid by the chair, what it discards kept on the server",
         caseGridReopeningStatements},
        {5, "a member changing the conflict they declared", caseConflictChangeStatements},
    };
    return steps;
}

} // namespace

int currentServerSchemaVersion() {
    return schemaSteps().empty() ? firstServerSchemaVersion : schemaSteps().back().version;
}

QString serverSchemaStepWhat(int version) {
    for (const auto& step : schemaSteps())
        if (step.version == version)
            return QString::fromUtf8(step.what);
    return {};
}

void upgradeSchema(QSqlDatabase& db, const CaseNames& names, int from, int to) {
    for (const auto& step : schemaSteps()) {
        if (step.version <= from || step.version > to)
            continue;
        for (const auto& statement : step.statements())
            execStatement(db, withNames(statement, names, *db.driver()));
    }
    execBound(db,
              withNames(QStringLiteral("UPDATE {schema}.setting SET value = ? "
                                       "WHERE key = 'server_schema_version'"),
                        names, *db.driver()),
              {QString::number(to)});
}

} // namespace sp::server
