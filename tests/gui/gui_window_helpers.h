#pragma once

// Small helpers shared by the GUI tests of the assessment: finding children, reading cells,
// selecting a candidate, screenshots.

#include "candidate_table_model.h"
#include "casefile/case_file.h"
#include "sign_in_dialog.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QTableView>
#include <QTest>
#include <QWidget>

namespace sp::test {

inline QString screenshotPath(const QString& name) {
    QDir().mkpath(QStringLiteral(SP_SCREENSHOT_DIR));
    return QStringLiteral(SP_SCREENSHOT_DIR "/%1.png").arg(name);
}

template <typename T> T* child(const QObject& parent, const QString& name) {
    T* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

inline QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

// The row of the list showing the reference, -1 when filtered out.
inline int rowOf(const QTableView& table, const QString& reference) {
    for (int row = 0; row < table.model()->rowCount(); ++row)
        if (cell(*table.model(), row, ui::CandidateTableModel::ReferenceColumn) == reference)
            return row;
    return -1;
}

inline void selectCandidate(QTableView& table, const QString& reference) {
    const int row = rowOf(table, reference);
    if (row < 0)
        qFatal("%s is not in the list", qPrintable(reference));
    table.scrollTo(table.model()->index(row, 0));
    QTest::mouseClick(table.viewport(), Qt::LeftButton, {},
                      table.visualRect(table.model()->index(row, 0)).center());
}

inline QString statusOf(const QTableView& table, const QString& reference) {
    const int row = rowOf(table, reference);
    return row < 0 ? QString() : cell(*table.model(), row, ui::CandidateTableModel::StatusColumn);
}

// The passphrase the GUI tests type for each member (the first sign-in sets it).
inline QByteArray guiTestPassphrase(const QString& memberId) {
    return "gui test passphrase of " + memberId.toUtf8();
}

// Every sign-in is answered with this panel member (or, with an empty id, this free name), who
// types their test passphrase.
inline void signInAs(const QString& memberId, const QString& name = QString()) {
    ui::SignInDialog::setResponder(
        [memberId, name](const std::vector<PanelMember>&, const ui::SessionUser&) {
            return std::optional<ui::SessionUser>(ui::SessionUser{memberId, name, std::nullopt});
        });
    ui::SignInDialog::setPassphraseResponder([](const QString& id, identity::Credentials) {
        return std::optional<ui::SignInDialog::Passphrase>({guiTestPassphrase(id), {}});
    });
}

// The member submits the same mark on every pre-selection criterion, as if typed and submitted.
inline void submitAll(CaseFile& caseFile, const QString& member, const QString& reference,
                      int mark) {
    MarkSheet sheet{member, reference, Stage::Preselection, {}, {}, true};
    for (const auto& c : criteriaOf(caseFile.grid().criteria, Stage::Preselection))
        sheet.marks[c.id] = mark;
    caseFile.saveMarkSheets({sheet});
}

} // namespace sp::test
