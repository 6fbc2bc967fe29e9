#include "server/server_names.h"

#include "domain/error.h"

#include <QRegularExpression>
#include <QSqlDriver>

namespace sp::server {

namespace {

bool isPlainId(const QString& id, qsizetype maxLength) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    return id.size() <= maxLength && pattern.match(id).hasMatch();
}

QString quoted(const QSqlDriver& driver, const QString& name) {
    return driver.escapeIdentifier(name, QSqlDriver::TableName);
}

} // namespace

bool isServerCaseId(const QString& id) {
    return isPlainId(id, 24);
}

bool isServerMemberId(const QString& id) {
    return isPlainId(id, 30) && id != QLatin1String("owner") && id != QLatin1String("panel");
}

CaseNames caseNames(const QString& caseId) {
    if (!isServerCaseId(caseId))
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "case id '%1' is not usable on a server: at most 24 lower-case "
                                    "letters and digits, single underscores between, starting "
                                    "with a letter"),
                                caseId));
    const QString prefix = QStringLiteral("sp_") + caseId;
    return {caseId, QStringLiteral("case_") + caseId, prefix + QStringLiteral("__owner"),
            prefix + QStringLiteral("__panel")};
}

QString memberRoleName(const CaseNames& names, const QString& memberId) {
    if (!isServerMemberId(memberId))
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP(
                                    "sp::Problem",
                                    "member id '%1' is not usable on a server: at most 30 "
                                    "lower-case letters and digits, single underscores between, "
                                    "starting with a letter (and not 'owner' or 'panel')"),
                                memberId));
    return QStringLiteral("sp_") + names.caseId + QStringLiteral("__") + memberId;
}

QString withNames(const QString& statement, const CaseNames& names, const QSqlDriver& driver) {
    QString text = statement;
    text.replace(QLatin1String("{schema}"), quoted(driver, names.schema));
    text.replace(QLatin1String("{owner}"), quoted(driver, names.owner));
    text.replace(QLatin1String("{panel}"), quoted(driver, names.panel));
    return text;
}

} // namespace sp::server
