// One member's day, from the list to HR's CSV, through the window only: filter the list, read and
// search the application, decide eligibility, mark with the keyboard, submit, move on with Ctrl+N,
// undo a mark, follow the progress, rank and export the shortlist, then the selection report.

#include "casefile/case_file.h"
#include "domain/grid.h"
#include "eligibility_pane.h"
#include "gui_fixture.h"
#include "mark_sheet_pane.h"
#include "pdf_pane.h"
#include "procedure_overview_dialog.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using sp::test::child;

class GuiWholeProcedureTest : public QObject {
    Q_OBJECT

private slots:
    void fromTheListToHrsShortlist();
};

namespace {

QStringList pendingWithPreCheckMet(const sp::CaseFile& caseFile, int count) {
    QStringList references;
    for (const auto& s : caseFile.screening().all())
        if (s.screening.status == sp::ScreeningStatus::Pending &&
            s.screening.preCheck.overall == sp::CriterionState::Met && references.size() < count)
            references << s.candidate.application.reference;
    return references;
}

} // namespace

void GuiWholeProcedureTest::fromTheListToHrsShortlist() {
    sp::test::GuiFixture gui;
    gui.startTest();
    const QString path = gui.demoCase(QStringLiteral("procedure.selpanel"));
    {
        // What the secretary set up beforehand (from the command line): the panel, the grid.
        auto caseFile = sp::CaseFile::open(path);
        sp::test::addTestPanel(*caseFile);
        caseFile->panel().freezeGrid("clara");
    }
    sp::test::PromptRecorder& prompts = gui.prompts();
    prompts.setAnswer(QMessageBox::Yes);

    const auto opened = gui.openWindow(path, sp::test::SignIn::member("clara"));
    sp::ui::MainWindow& window = *opened;
    auto* table = child<QTableView>(window, QStringLiteral("candidateTable"));
    auto* tabs = child<QTabWidget>(window, QStringLiteral("assessmentTabs"));
    auto* pdf = child<sp::ui::PdfPane>(window, QStringLiteral("pdfPane"));
    const QStringList chosen = pendingWithPreCheckMet(*window.caseFile(), 3);
    QCOMPARE(chosen.size(), 3);

    // Filter the list down to the first candidate by surname, read the application, search it.
    QString surname;
    for (const auto& c : window.caseFile()->applications().candidates())
        if (c.application.reference == chosen[0])
            surname = c.application.surname;
    auto* filter = child<QLineEdit>(window, QStringLiteral("candidateFilter"));
    QTest::keyClicks(filter, surname);
    QTRY_VERIFY(table->model()->rowCount() < 20);
    sp::test::selectCandidate(*table, chosen[0]);
    QTRY_VERIFY(pdf->pageText().startsWith(QStringLiteral("page 1 of ")));
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>(*pdf, QStringLiteral("pdfSearch"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("Page"));
    QTRY_VERIFY(pdf->hits().size() >= 2);
    QTest::keyClick(search, Qt::Key_F3);
    QCOMPARE(pdf->currentHit(), 1);
    QTRY_COMPARE(pdf->currentPage(), pdf->hits()[1].page);

    // The panel decides the three eligible (the pre-check is met: no reason needed).
    filter->clear();
    for (const QString& reference : chosen) {
        sp::test::selectCandidate(*table, reference);
        tabs->setCurrentWidget(child<QWidget>(window, QStringLiteral("eligibilityPane")));
        QTest::mouseClick(child<QPushButton>(window, QStringLiteral("decideEligibleButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(sp::test::statusOf(*table, reference), QStringLiteral("eligible"));
    }

    // Mark the first with the keyboard: digits, Tab; Ctrl+Return submits after asking.
    sp::test::selectCandidate(*table, chosen[0]);
    auto* sheet = child<sp::ui::MarkSheetPane>(window, QStringLiteral("preselectionPane"));
    tabs->setCurrentWidget(sheet);
    const auto criteria =
        sp::criteriaOf(window.caseFile()->panel().grid().criteria, sp::Stage::Preselection);
    sheet->markBox(criteria.front().id)->setFocus();
    QTRY_VERIFY(sheet->markBox(criteria.front().id)->hasFocus());
    for (const auto& criterion : criteria) {
        QSpinBox* box = sheet->markBox(criterion.id);
        QVERIFY(box->hasFocus());
        box->selectAll();
        QTest::keyClicks(box, QString::number(std::min(3, criterion.maxMark)));
        QTest::keyClick(box, Qt::Key_Tab);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(window.caseFile()
                    ->marking()
                    .ownSheet(chosen[0], sp::Stage::Preselection, "clara")
                    ->submitted);

    // Ctrl+N moves on to a candidate still needing my marks; a mark typed there is undone.
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    const QString next =
        table->currentIndex().data(sp::ui::CandidateTableModel::ReferenceRole).toString();
    QVERIFY2(next == chosen[1] || next == chosen[2], qPrintable(next));
    QSpinBox* first = sheet->markBox(criteria.front().id);
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("2"));
    QTest::keyClick(first, Qt::Key_Tab);
    QTRY_VERIFY(
        window.caseFile()->marking().ownSheet(next, sp::Stage::Preselection, "clara").has_value());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(window.caseFile()
                    ->marking()
                    .ownSheet(next, sp::Stage::Preselection, "clara")
                    .value_or(sp::MarkSheet{})
                    .marks.empty());
    QTRY_COMPARE(first->text(), first->specialValueText()); // the box is empty again

    // The overview shows where the panel stands.
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto* overview = window.findChild<sp::ui::ProcedureOverviewDialog*>();
    QVERIFY(overview);
    QTRY_COMPARE(overview->preselectionTable()
                     ->item(0, sp::ui::ProcedureOverviewDialog::ProgressColumn)
                     ->text(),
                 QStringLiteral("1 of 3"));
    overview->close();

    // The rest of the marks come in; the chair ranks and exports the shortlist for HR.
    for (const QString& reference : chosen) {
        if (reference != chosen[0])
            sp::test::submitAll(*window.caseFile(), "clara", reference, 2);
        sp::test::submitAll(*window.caseFile(), "anna", reference, reference == chosen[2] ? 4 : 1);
        sp::test::submitAll(*window.caseFile(), "bruno", reference, 3);
    }
    // Every one is marked by all, and all three are proposed for interview: their next task.
    for (const QString& reference : chosen)
        QTRY_COMPARE(sp::test::cell(*table->model(), sp::test::rowOf(*table, reference),
                                    sp::ui::CandidateTableModel::MyMarksColumn),
                     QStringLiteral("interview: to mark"));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<QDialog*>(QStringLiteral("rankingDialog")));
    const QString csvPath = gui.path(QStringLiteral("shortlist.csv"));
    sp::ui::MainWindow::setExportPathResponder([csvPath] { return csvPath; });
    child<QAction>(window, QStringLiteral("exportShortlistAction"))->trigger();
    sp::ui::MainWindow::setExportPathResponder({});
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll())
                                  .remove(QChar(0xFEFF))
                                  .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0),
             QStringLiteral("rank,tied,reference,surname,given_names,email,tier,total,status"));
    QCOMPARE(lines.size(), 4);
    // In the panel's ranking order (tier first, then total); totals only, never a member's marks.
    const auto ranking = window.caseFile()->results().ranking(sp::Stage::Preselection);
    QCOMPARE(ranking.size(), size_t(3));
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        QCOMPARE(cells.value(2), ranking[size_t(i - 1)].candidate);
        QCOMPARE(cells.value(8), QStringLiteral("invited"));
        QVERIFY2(cells.value(7).contains(QLatin1Char('.')), qPrintable(lines[i]));
    }
    QVERIFY(prompts.requests().size() == 1); // only "submit your marks?"

    // File > Export report…: the selection report as it stands, entered in the record.
    const QString reportPath = gui.path(QStringLiteral("report.pdf"));
    sp::ui::MainWindow::setExportPathResponder([reportPath] { return reportPath; });
    child<QAction>(window, QStringLiteral("exportReportAction"))->trigger();
    sp::ui::MainWindow::setExportPathResponder({});
    QCOMPARE(prompts.requests().size(), size_t(1)); // no error
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.read(5) == "%PDF-");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {reportPath, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString reportText = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    QVERIFY2(reportText.contains(QStringLiteral("Selection report")), qPrintable(reportText));
    QVERIFY(reportText.contains(window.caseFile()->vacancy().reference));
    QVERIFY(reportText.contains(QStringLiteral("Clara Chair")));
    QVERIFY(reportText.contains(ranking[0].candidate));
    const auto record = window.caseFile()->record().entries();
    QCOMPARE(record.back().action, QStringLiteral("report_exported"));
    QCOMPARE(record.back().actor, QStringLiteral("clara"));

    window.raise();
    window.activateWindow();
    QTest::qWait(100); // the mark sheet lays out the panel's marks in the event loop
    QVERIFY(window.grab().save(sp::test::screenshotPath(QStringLiteral("whole-procedure"))));
}

SP_GUI_TEST_MAIN(GuiWholeProcedureTest)
#include "test_gui_whole_procedure.moc"
