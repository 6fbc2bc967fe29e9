#include "casefile/case_file.h"
#include "domain/grid.h"
#include "edit_commands/edit_command.h"
#include "edit_commands/edit_history.h"
#include "gui_fixture.h"
#include "io/builtin_vacancy.h"
#include "io/csv_reader.h"
#include "record_dialog.h"
#include "record_table_model.h"
#include "support/case_fixtures.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTimeZone>
#include <QUndoStack>

using sp::test::cell;
using sp::test::child;
using sp::ui::RecordDialog;
using Model = sp::ui::RecordTableModel;

namespace {

const QString anna = QStringLiteral("Anna Schmidt");
const QString bruno = QStringLiteral("Bruno Weber");

// A case of three imported candidates: Anna decides the first eligible, Bruno the second not
// eligible, then Anna overturns Bruno's decision. Record: created, imported, three decisions.
struct ScreenedCase {
    std::unique_ptr<sp::CaseFile> caseFile;
    QStringList references;
};

ScreenedCase screenedCase(const QString& dir, const QString& name) {
    ScreenedCase made;
    made.caseFile = sp::CaseFile::create(QDir(dir).filePath(name), sp::builtinExampleVacancy());
    made.references = sp::test::importSample(*made.caseFile, dir, 3);
    const QStringList& refs = made.references;
    made.caseFile->screening().decideEligibility(refs[0], true,
                                                 QStringLiteral("degree and experience"), anna);
    made.caseFile->screening().decideEligibility(refs[1], false, QStringLiteral("no degree found"),
                                                 bruno);
    made.caseFile->screening().decideEligibility(refs[1], true, QStringLiteral("degree on page 2"),
                                                 anna);
    return made;
}

// A step of the undo stack that changes nothing.
class EmptyStep : public sp::ui::EditCommand {
public:
    EmptyStep() : EditCommand(QStringLiteral("nothing")) {}

protected:
    void apply() override {}
    void revert() override {}
};

QTableView& tableOf(const RecordDialog& dialog) {
    return *child<QTableView>(dialog, QStringLiteral("recordTable"));
}

QString shown(const RecordDialog& dialog, int row, int column) {
    return cell(*tableOf(dialog).model(), row, column);
}

int rowsShown(const RecordDialog& dialog) {
    return tableOf(dialog).model()->rowCount();
}

QString countText(const RecordDialog& dialog) {
    return child<QLabel>(dialog, QStringLiteral("recordCount"))->text();
}

QString chainText(const RecordDialog& dialog) {
    return child<QLabel>(dialog, QStringLiteral("recordChainStatus"))->text();
}

void choose(const RecordDialog& dialog, const char* filter, const QString& value) {
    auto* combo = child<QComboBox>(dialog, QString::fromLatin1(filter));
    const int index = combo->findData(value);
    if (index < 0)
        qFatal("%s offers no %s", filter, qPrintable(value));
    combo->setCurrentIndex(index);
}

} // namespace

class GuiRecordTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheEntriesAsAPersonReadsThem();
    void filtersByCandidateMemberAndText();
    void exportWritesTheShownEntriesAndIsRecorded();
    void openedForOneCandidateShowsOnlyTheirRecord();
    void editedEntryIsNamedInTheWarning();
    void aDecisionChangedInTheFileIsNamedInTheWarning();
    void othersDraftMarksStayHiddenAndNewEntriesAppear();

private:
    QString subdir(const QString& name) const;
    std::unique_ptr<RecordDialog> openDialog(sp::CaseFile& caseFile, const QString& member,
                                             const QString& candidate = QString());
    sp::test::PromptRecorder& prompts() { return gui_.prompts(); }

    sp::test::GuiFixture gui_;
    sp::ui::EditHistory edits_; // the window's, which the dialog writes through
};

void GuiRecordTest::init() {
    gui_.startTest();
}

void GuiRecordTest::cleanup() {
    RecordDialog::setExportPathResponder({});
    edits_.clear();
    gui_.endTest();
}

QString GuiRecordTest::subdir(const QString& name) const {
    const QString path = gui_.path(name);
    QDir().mkpath(path);
    return path;
}

std::unique_ptr<RecordDialog>
GuiRecordTest::openDialog(sp::CaseFile& caseFile, const QString& member, const QString& candidate) {
    auto dialog = std::make_unique<RecordDialog>(caseFile, edits_, member, candidate);
    dialog->show();
    dialog->activateWindow(); // its keyboard shortcuts work in the active window only
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qFatal("record dialog not shown");
    return dialog;
}

void GuiRecordTest::showsTheEntriesAsAPersonReadsThem() {
    ScreenedCase made =
        screenedCase(subdir(QStringLiteral("read")), QStringLiteral("read.selpanel"));
    const QString& second = made.references[1];
    auto dialog = openDialog(*made.caseFile, anna);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Record of the procedure"));
    QCOMPARE(rowsShown(*dialog), 5);
    QCOMPARE(countText(*dialog), QStringLiteral("5 of 5 entries shown"));
    QCOMPARE(chainText(*dialog), QStringLiteral("Record intact: 5 entries, hash chain verified; "
                                                "every stored mark and decision matches it."));

    // Oldest first, with labels for the actions.
    QCOMPARE(shown(*dialog, 0, Model::NumberColumn), QStringLiteral("1"));
    QCOMPARE(shown(*dialog, 0, Model::WhatColumn), QStringLiteral("Case file created"));
    QCOMPARE(shown(*dialog, 1, Model::WhatColumn), QStringLiteral("Applications imported"));
    QCOMPARE(shown(*dialog, 1, Model::WhoColumn), QStringLiteral("secretary"));
    // The latest: Anna overturning Bruno's decision, both texts side by side.
    QCOMPARE(shown(*dialog, 4, Model::WhoColumn), anna);
    QCOMPARE(shown(*dialog, 4, Model::WhatColumn), QStringLiteral("Eligibility decided"));
    QCOMPARE(shown(*dialog, 4, Model::CandidateColumn), second);
    QVERIFY(shown(*dialog, 4, Model::BeforeColumn).startsWith(QStringLiteral("not eligible")));
    QVERIFY(shown(*dialog, 4, Model::AfterColumn).contains(QStringLiteral("degree on page 2")));

    // When: the user's local time (main() sets Brussels and British English) to the second,
    // UTC in the tooltip.
    const QModelIndex when = tableOf(*dialog).model()->index(4, Model::WhenColumn);
    const QDateTime at = made.caseFile->record().entries().back().at;
    QCOMPARE(when.data().toString(), at.toTimeZone(QTimeZone("Europe/Brussels"))
                                         .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    QCOMPARE(when.data(Qt::ToolTipRole).toString(),
             at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC"));

    // The import lists every reference: cut in the table, whole in the tooltip and below.
    const QModelIndex imported = tableOf(*dialog).model()->index(1, Model::AfterColumn);
    QVERIFY(imported.data(Qt::ToolTipRole).toString().contains(made.references[2]));
    tableOf(*dialog).setCurrentIndex(imported);
    QCOMPARE(child<QPlainTextEdit>(*dialog, QStringLiteral("recordAfter"))->toPlainText(),
             made.caseFile->record().entries()[1].after);

    // The newest entry is in view.
    QTableView& table = tableOf(*dialog);
    QVERIFY(table.viewport()->rect().intersects(
        table.visualRect(table.model()->index(table.model()->rowCount() - 1, 0))));
}

void GuiRecordTest::filtersByCandidateMemberAndText() {
    ScreenedCase made =
        screenedCase(subdir(QStringLiteral("filter")), QStringLiteral("filter.selpanel"));
    const QString first = made.references[0];
    const QString second = made.references[1];
    auto dialog = openDialog(*made.caseFile, anna);

    choose(*dialog, "recordCandidateFilter", second);
    QCOMPARE(rowsShown(*dialog), 2);
    QCOMPARE(countText(*dialog), QStringLiteral("2 of 5 entries shown"));
    QCOMPARE(shown(*dialog, 0, Model::WhoColumn), bruno);
    QCOMPARE(shown(*dialog, 1, Model::WhoColumn), anna);

    choose(*dialog, "recordMemberFilter", bruno);
    QCOMPARE(rowsShown(*dialog), 1);
    QVERIFY(shown(*dialog, 0, Model::AfterColumn).contains(QStringLiteral("no degree found")));

    choose(*dialog, "recordCandidateFilter", first);
    QCOMPARE(rowsShown(*dialog), 0);
    QCOMPARE(countText(*dialog), QStringLiteral("0 of 5 entries shown"));
    QVERIFY(!child<QPushButton>(*dialog, QStringLiteral("recordExportButton"))->isEnabled());

    choose(*dialog, "recordCandidateFilter", QString());
    choose(*dialog, "recordMemberFilter", anna);
    QCOMPARE(rowsShown(*dialog), 2);
    QCOMPARE(shown(*dialog, 0, Model::CandidateColumn), first);
    QCOMPARE(shown(*dialog, 1, Model::CandidateColumn), second);

    // Text over what was done, before and after; case and accents do not matter.
    choose(*dialog, "recordMemberFilter", QString());
    auto* text = child<QLineEdit>(*dialog, QStringLiteral("recordTextFilter"));
    QTest::keyClicks(text, QStringLiteral("NO DEGREE"));
    QCOMPARE(rowsShown(*dialog), 2); // Bruno's decision and Anna's, which quotes it as before
    text->setText(QStringLiteral("imported"));
    QCOMPARE(rowsShown(*dialog), 1);
    QCOMPARE(shown(*dialog, 0, Model::WhatColumn), QStringLiteral("Applications imported"));
    text->clear();
    QCOMPARE(rowsShown(*dialog), 5);

    choose(*dialog, "recordCandidateFilter", second);
    dialog->resize(1150, 520);
    QVERIFY(dialog->grab().save(sp::test::screenshotPath(QStringLiteral("record-dialog"))));
}

void GuiRecordTest::exportWritesTheShownEntriesAndIsRecorded() {
    const QString dir = subdir(QStringLiteral("export"));
    ScreenedCase made = screenedCase(dir, QStringLiteral("export.selpanel"));
    const QString second = made.references[1];
    auto dialog = openDialog(*made.caseFile, anna);
    choose(*dialog, "recordCandidateFilter", second);
    // A step on the window's undo stack before the export stays undoable after it.
    QVERIFY(edits_.push(new EmptyStep, nullptr));

    QString suggested;
    const QString target = QDir(dir).filePath(QStringLiteral("complaint.csv"));
    RecordDialog::setExportPathResponder([&](const QString& offered) {
        suggested = offered;
        return target;
    });
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("recordExportButton")),
                      Qt::LeftButton);
    QCOMPARE(prompts().requests().size(), size_t(0));
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("export-record-%1.csv").arg(second));
    QVERIFY(edits_.stack().canUndo());
    QVERIFY(edits_.lastIrreversibleAct().isEmpty());

    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const sp::CsvTable csv = sp::readCsv(bytes, target);
    QVERIFY(csv.ok());
    QCOMPARE(csv.header.join(','),
             QStringLiteral("seq,at_utc,actor,action,candidate,before,after"));
    QCOMPARE(csv.records.size(), size_t(2));
    QCOMPARE(csv.records[0].cells.mid(2, 3),
             QStringList({bruno, QStringLiteral("eligibility_decision"), second}));
    QCOMPARE(csv.records[1].cells.mid(2, 3),
             QStringList({anna, QStringLiteral("eligibility_decision"), second}));
    QCOMPARE(csv.records[1].cells[0], QStringLiteral("5"));
    QVERIFY(csv.records[1].cells[6].contains(QStringLiteral("degree on page 2")));
#ifdef Q_OS_UNIX
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#endif

    // The export is itself in the record, signed by Anna, naming the filter and the file.
    const sp::RecordEntry exported = made.caseFile->record().entries().back();
    QCOMPARE(exported.action, QStringLiteral("record_exported"));
    QCOMPARE(exported.actor, anna);
    QVERIFY(exported.after.contains(QStringLiteral("complaint.csv")));
    QVERIFY(exported.after.contains(QStringLiteral("candidate: %1").arg(second)));
    QCOMPARE(countText(*dialog), QStringLiteral("2 of 6 entries shown"));
    QCOMPARE(child<QLabel>(*dialog, QStringLiteral("recordExportStatus"))->text(),
             QStringLiteral("2 entries exported to %1.").arg(QDir::toNativeSeparators(target)));
    choose(*dialog, "recordCandidateFilter", QString());
    QCOMPARE(shown(*dialog, 5, Model::WhatColumn), QStringLiteral("Record exported"));
    QCOMPARE(shown(*dialog, 5, Model::WhoColumn), anna);
    QCOMPARE(chainText(*dialog), QStringLiteral("Record intact: 6 entries, hash chain verified; "
                                                "every stored mark and decision matches it."));

    // Cancelling the file dialog writes and records nothing.
    RecordDialog::setExportPathResponder([](const QString&) { return QString(); });
    dialog->exportShown();
    QCOMPARE(made.caseFile->record().entries().size(), size_t(6));
}

void GuiRecordTest::openedForOneCandidateShowsOnlyTheirRecord() {
    ScreenedCase made = screenedCase(subdir(QStringLiteral("one")), QStringLiteral("one.selpanel"));
    const QString first = made.references[0];
    auto dialog = openDialog(*made.caseFile, bruno, first);
    QCOMPARE(child<QComboBox>(*dialog, QStringLiteral("recordCandidateFilter"))->currentData(),
             QVariant(first));
    QCOMPARE(rowsShown(*dialog), 1);
    QCOMPARE(shown(*dialog, 0, Model::WhoColumn), anna);

    // Opened again for another candidate.
    dialog->showCandidate(made.references[1]);
    QCOMPARE(rowsShown(*dialog), 2);
    dialog->showCandidate(QString());
    QCOMPARE(rowsShown(*dialog), 5);
}

void GuiRecordTest::editedEntryIsNamedInTheWarning() {
    const QString dir = subdir(QStringLiteral("tamper"));
    ScreenedCase made = screenedCase(dir, QStringLiteral("tamper.selpanel"));
    auto dialog = openDialog(*made.caseFile, anna);
    QVERIFY(chainText(*dialog).startsWith(QStringLiteral("Record intact")));

    // Someone edits Bruno's decision in the file with an SQLite tool.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(made.caseFile->path());
        QVERIFY(db.open());
        QSqlQuery update(db);
        QVERIFY(update.prepare(QStringLiteral("UPDATE record SET after_text = ? WHERE seq = 4")));
        update.addBindValue(QStringLiteral("eligible (pre-check met)"));
        QVERIFY(update.exec());
        QCOMPARE(update.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

    QTest::keyClick(dialog.get(), Qt::Key_F5);
    QCOMPARE(chainText(*dialog),
             QStringLiteral("Warning: the record was changed outside the program. The hash chain "
                            "breaks at No. 4: do not rely on what the record says there."));
    QVERIFY(child<QLabel>(*dialog, QStringLiteral("recordChainStatus"))
                ->toolTip()
                .contains(QStringLiteral("entry 4 was changed after it was written")));
    const QModelIndex edited = tableOf(*dialog).model()->index(3, Model::NumberColumn);
    QCOMPARE(edited.data().toString(), QStringLiteral("4"));
    QVERIFY(!edited.data(Model::ProblemRole).toString().isEmpty());
    QVERIFY(edited.data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("This entry breaks the record's hash chain")));
    QVERIFY(tableOf(*dialog).model()->index(4, 0).data(Model::ProblemRole).toString().isEmpty());
    QCoreApplication::processEvents(); // the taller warning is laid out
    QVERIFY(dialog->grab().save(sp::test::screenshotPath(QStringLiteral("record-dialog-broken"))));
}

void GuiRecordTest::aDecisionChangedInTheFileIsNamedInTheWarning() {
    ScreenedCase made = screenedCase(subdir(QStringLiteral("row")), QStringLiteral("row.selpanel"));
    auto dialog = openDialog(*made.caseFile, anna);
    QVERIFY(chainText(*dialog).startsWith(QStringLiteral("Record intact")));

    // Someone turns a decision round in the file itself, leaving the record as it was.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("row"));
        db.setDatabaseName(made.caseFile->path());
        QVERIFY(db.open());
        QSqlQuery update(db);
        QVERIFY(update.exec(QStringLiteral("UPDATE eligibility_decision SET eligible = 1 - "
                                           "eligible WHERE candidate_id = (SELECT min(id) FROM "
                                           "candidate)")));
        QCOMPARE(update.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("row"));

    QTest::keyClick(dialog.get(), Qt::Key_F5);
    QVERIFY2(chainText(*dialog).startsWith(
                 QStringLiteral("Warning: 1 stored row(s) were changed outside the program")),
             qPrintable(chainText(*dialog)));
    QVERIFY2(chainText(*dialog).contains(QStringLiteral("the eligibility decision on ") +
                                         made.references[0]),
             qPrintable(chainText(*dialog)));
    QCoreApplication::processEvents(); // the warning is laid out
    QVERIFY(dialog->grab().save(sp::test::screenshotPath(QStringLiteral("record-dialog-rows"))));
}

void GuiRecordTest::othersDraftMarksStayHiddenAndNewEntriesAppear() {
    const QString dir = subdir(QStringLiteral("marks"));
    ScreenedCase made = screenedCase(dir, QStringLiteral("marks.selpanel"));
    sp::CaseFile& caseFile = *made.caseFile;
    const QString first = made.references[0];
    caseFile.panel().addMember({"clara", "Clara Chair", sp::Role::Chair});
    caseFile.panel().addMember({"anna", anna, sp::Role::Member});
    caseFile.panel().addMember({"bruno", bruno, sp::Role::Member});
    caseFile.panel().freezeGrid("clara");

    auto asAnna = openDialog(caseFile, QStringLiteral("anna"));
    const int before = rowsShown(*asAnna);
    sp::MarkSheet draft{"bruno", first, sp::Stage::Preselection, {}, {}, false};
    for (const auto& c : sp::criteriaOf(caseFile.panel().grid().criteria, sp::Stage::Preselection))
        draft.marks[c.id] = 3;
    draft.comment = QStringLiteral("strong on policy");
    caseFile.marking().saveMarkSheets({draft});

    // The dialog follows the change by itself.
    QTRY_COMPARE(rowsShown(*asAnna), before + 1);
    const int row = before;
    QCOMPARE(shown(*asAnna, row, Model::WhatColumn), QStringLiteral("Marks saved (draft)"));
    QCOMPARE(shown(*asAnna, row, Model::WhoColumn), bruno);
    QCOMPARE(shown(*asAnna, row, Model::AfterColumn),
             QStringLiteral("(hidden: you see the other members' marks once you have submitted "
                            "yours)"));
    auto* text = child<QLineEdit>(*asAnna, QStringLiteral("recordTextFilter"));
    text->setText(QStringLiteral("strong on policy"));
    QCOMPARE(rowsShown(*asAnna), 0);

    // Bruno reads his own marks.
    auto asBruno = openDialog(caseFile, QStringLiteral("bruno"));
    QVERIFY(shown(*asBruno, row, Model::AfterColumn).startsWith(QStringLiteral("preselection: ")));
    QVERIFY(tableOf(*asBruno)
                .model()
                ->index(row, Model::AfterColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(QStringLiteral("; comment: strong on policy; draft")));
    // Someone off the panel sees no individual marks.
    auto asSecretary = openDialog(caseFile, QStringLiteral("secretary"));
    QCOMPARE(shown(*asSecretary, row, Model::AfterColumn),
             QStringLiteral("(hidden: you may not see these marks)"));
}

int main(int argc, char** argv) {
    // Local time differs from UTC all year round, so the test sees which one is shown.
    qputenv("TZ", "Europe/Brussels");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    return sp::test::runGuiTest(argc, argv, "GuiRecordTest", [&] {
        GuiRecordTest test;
        return QTest::qExec(&test, argc, argv);
    });
}

#include "test_gui_record.moc"
