// The list, the panes and the open dialogs follow the case file's typed events: a mark saved
// for one candidate repaints that candidate's row and what shows that candidate, nothing else.

#include "candidate_table_model.h"
#include "casefile/case_file.h"
#include "edit_commands/edit_history.h"
#include "eligibility_pane.h"
#include "gui_fixture.h"
#include "io/application_import.h"
#include "main_window.h"
#include "mark_sheet_pane.h"
#include "pdf/pdf_inspector.h"
#include "procedure_header.h"
#include "procedure_overview_dialog.h"
#include "ranking_dialog.h"
#include "support/searchable_applications.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using sp::test::child;
using sp::test::SignIn;

namespace {

// The list's own model, under the sorting and filtering proxies.
sp::ui::CandidateTableModel* listModel(QTableView& table) {
    QAbstractItemModel* model = table.model();
    while (auto* proxy = qobject_cast<QAbstractProxyModel*>(model))
        model = proxy->sourceModel();
    return qobject_cast<sp::ui::CandidateTableModel*>(model);
}

QStringList tableTexts(const QTableWidget& table) {
    QStringList texts;
    for (int row = 0; row < table.rowCount(); ++row)
        for (int column = 0; column < table.columnCount(); ++column)
            if (const QTableWidgetItem* item = table.item(row, column))
                texts << item->text();
    return texts;
}

} // namespace

class GuiEventsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { gui_.demoCase(QStringLiteral("demo.selpanel")); }
    void init() { gui_.startTest(); }
    void cleanup() { gui_.endTest(); }

    void aSavedMarkRepaintsItsRowAndWhatShowsItsCandidate();
    void theEligibilityPaneAndTheHeaderFollowTheCaseThemselves();

private:
    sp::test::GuiFixture gui_;
};

void GuiEventsTest::aSavedMarkRepaintsItsRowAndWhatShowsItsCandidate() {
    const QString path = gui_.demoCase(QStringLiteral("events.selpanel"));
    const QStringList eligible = sp::test::prepareMarking(path, 3);
    const QString shown = eligible[0];
    const QString marked = eligible[1];
    {
        // Anna's mark will be the last one the candidate waits for: the ranking then counts them.
        auto caseFile = sp::CaseFile::open(path);
        for (const char* member : {"clara", "bruno"})
            sp::test::submitAll(*caseFile, member, marked, 3);
    }
    auto window = gui_.openWindow(path, SignIn::member("anna"));
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    sp::ui::CandidateTableModel* model = listModel(*table);
    QVERIFY(model);
    sp::test::selectCandidate(*table, shown);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("preselectionPane"));

    child<QAction>(*window, QStringLiteral("rankingAction"))->trigger();
    auto* ranking = child<sp::ui::RankingDialog>(*window, QStringLiteral("rankingDialog"));
    QVERIFY(QTest::qWaitForWindowExposed(ranking));
    auto* rankingTable = child<QTableWidget>(*ranking, QStringLiteral("rankingTable"));
    child<QAction>(*window, QStringLiteral("overviewAction"))->trigger();
    auto* overview =
        child<sp::ui::ProcedureOverviewDialog>(*window, QStringLiteral("procedureOverviewDialog"));
    QVERIFY(QTest::qWaitForWindowExposed(overview));
    QTest::qWait(50); // what opening the dialogs started has settled
    const QStringList rankingBefore = tableTexts(*rankingTable);
    const QStringList progressBefore = tableTexts(*overview->preselectionTable());

    QSignalSpy dataChanged(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy paneRefreshed(pane, &sp::ui::MarkSheetPane::refreshed);
    sp::test::submitAll(*window->caseFile(), "anna", marked, 4);

    const int row = model->rowOfReference(marked);
    // Marked by everyone, the candidate is in the best pre-selected: invited to interview.
    QTRY_COMPARE(model->index(row, sp::ui::CandidateTableModel::MyMarksColumn).data().toString(),
                 QStringLiteral("interview: to mark"));
    // The dialogs follow the events themselves: nobody looks for them.
    QTRY_VERIFY(tableTexts(*overview->preselectionTable()) != progressBefore);
    QTRY_VERIFY(tableTexts(*rankingTable) != rankingBefore);
    QTest::qWait(50); // anything queued by the events has run
    QCOMPARE(reset.count(), 0);
    QVERIFY(dataChanged.count() >= 1);
    for (const QList<QVariant>& change : dataChanged) {
        QCOMPARE(change.at(0).toModelIndex().row(), row);
        QCOMPARE(change.at(1).toModelIndex().row(), row);
    }
    QCOMPARE(paneRefreshed.count(), 0); // it shows another candidate

    // The pane of the candidate whose marks change reads its sheet again.
    sp::test::submitAll(*window->caseFile(), "bruno", shown, 2);
    QTRY_COMPARE(paneRefreshed.count(), 1);
    QCOMPARE(reset.count(), 0);
}

// The eligibility pane and the procedure header on their own, with no window to refresh them:
// a decision taken and applications imported through the case show in them by themselves.
void GuiEventsTest::theEligibilityPaneAndTheHeaderFollowTheCaseThemselves() {
    auto caseFile = sp::CaseFile::open(gui_.demoCase(QStringLiteral("follow.selpanel")));
    sp::ui::EditHistory edits;
    sp::ui::EligibilityPane pane(edits);
    pane.setCaseFile(caseFile.get());
    sp::ui::ProcedureHeader header;
    header.setProcedure(caseFile->vacancy(),
                        static_cast<int>(caseFile->applications().candidates().size()));
    header.follow(caseFile.get());
    QString shown;
    QString other;
    for (const auto& s : caseFile->screening().all())
        if (s.screening.status == sp::ScreeningStatus::Pending &&
            s.screening.preCheck.overall == sp::CriterionState::Met)
            (shown.isEmpty() ? shown : other) = s.candidate.application.reference;
    QVERIFY(!shown.isEmpty() && !other.isEmpty());
    pane.showCandidate(shown);
    QVERIFY(pane.decisionText().startsWith(QStringLiteral("No decision yet")));

    caseFile->screening().decideEligibility(other, false, QStringLiteral("a decision elsewhere"),
                                            QStringLiteral("secretary"));
    QTest::qWait(50);
    QVERIFY(pane.decisionText().startsWith(QStringLiteral("No decision yet")));
    caseFile->screening().decideEligibility(shown, false, QStringLiteral("diploma not recognised"),
                                            QStringLiteral("secretary"));
    QTRY_VERIFY2(pane.decisionText().contains(QStringLiteral("diploma not recognised")),
                 qPrintable(pane.decisionText()));

    const int before = header.candidateCountText().toInt();
    const QString csv =
        sp::test::writeApplicants(gui_.path(QString()), sp::test::securityApplicants());
    sp::ImportPlan plan =
        sp::prepareImport(csv, gui_.path(QStringLiteral("pdfs")),
                          caseFile->applications().existingApplications(), sp::pdfChecker());
    QVERIFY(plan.problems.empty());
    caseFile->applications().importApplications(plan);
    QCOMPARE(header.candidateCountText(), QString::number(before + 3));
    pane.setCaseFile(nullptr);
    header.follow(nullptr);
}

SP_GUI_TEST_MAIN(GuiEventsTest)
#include "test_gui_events.moc"
