// The list, the panes and the open dialogs follow the case file's typed events: a mark saved
// for one candidate repaints that candidate's row and what shows that candidate, nothing else.

#include "candidate_table_model.h"
#include "casefile/case_file.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "mark_sheet_pane.h"
#include "procedure_overview_dialog.h"
#include "ranking_dialog.h"

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

SP_GUI_TEST_MAIN(GuiEventsTest)
#include "test_gui_events.moc"
