#include "casefile/workbook.h"

#include "casefile/panel_rows.h"
#include "domain/error.h"
#include "io/vacancy_json.h"

#include <QCryptographicHash>

namespace sp::workbook {

std::optional<WorkbookIdentity> identityIn(QSqlDatabase& db) {
    const auto member = panel_rows::selectSetting(db, QStringLiteral("workbook_of_member"));
    if (!member)
        return std::nullopt;
    auto setting = [&db](const char* key) {
        return panel_rows::selectSetting(db, QString::fromLatin1(key)).value_or(QString());
    };
    WorkbookIdentity identity;
    identity.member = *member;
    identity.memberName = setting("workbook_member_name");
    identity.stage = stageFromKey(setting("workbook_stage")).value_or(Stage::Preselection);
    identity.ofCase.caseId = setting("workbook_of_case");
    identity.ofCase.gridHash = setting("workbook_grid_hash");
    identity.ofCase.gridReopenings = setting("workbook_grid_reopenings").toInt();
    identity.exportedAt =
        QDateTime::fromString(setting("workbook_exported_at"), Qt::ISODateWithMs).toUTC();
    return identity;
}

QString gridHashOf(const Vacancy& vacancy) {
    return QString::fromLatin1(
        QCryptographicHash::hash(vacancyToJson(vacancy), QCryptographicHash::Sha256).toHex());
}

void refuseInWorkbook(const WorkbookIdentity& workbook, const QString& path) {
    throw Error(ErrorKind::BadInput,
                Problem::of(QT_TRANSLATE_NOOP(
                                "sp::Problem",
                                "%1 is the workbook of %2 (%3): only their %4 marking is done in "
                                "it; everything else is done in the case itself"),
                            path, workbook.memberName, workbook.member, stageKey(workbook.stage)));
}

void requireWorkbookSheets(const WorkbookIdentity& workbook, const std::vector<MarkSheet>& sheets) {
    for (const auto& sheet : sheets) {
        if (sheet.member != workbook.member)
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP(
                                        "sp::Problem",
                                        "this is the workbook of %1 (%2): %3 cannot mark in it"),
                                    workbook.memberName, workbook.member, sheet.member));
        if (sheet.stage != workbook.stage)
            throw Error(ErrorKind::BadInput,
                        Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                      "this workbook is for %1 marking, not %2"),
                                    stageKey(workbook.stage), stageKey(sheet.stage)));
    }
}

} // namespace sp::workbook
