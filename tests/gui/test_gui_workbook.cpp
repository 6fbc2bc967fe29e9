// A member's workbook in the window: it says whose it is, offers only marking and returning the
// marks, and the return comes into the case through File > Import returns.

#include "casefile/case_file.h"
#include "domain/grid.h"
#include "gui_fixture.h"
#include "mark_sheet_pane.h"
#include "workbook_actions.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>

using sp::test::child;
using sp::test::SignIn;

class GuiWorkbookTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void memberMarksSubmitsAndReturnsInTheirWorkbook();
    void memberMarksTheInterviewsInTheirInterviewWorkbook();

private:
    sp::test::GuiFixture gui_;
    QString casePath_;
    QString workbookPath_;
    QStringList eligible_;
};

void GuiWorkbookTest::initTestCase() {
    casePath_ = gui_.demoCase(QStringLiteral("case.selpanel"), 12, 7);
    workbookPath_ = gui_.path(QStringLiteral("case-workbook-anna.selpanel"));
    eligible_ = sp::test::prepareMarking(casePath_, 3);
    auto caseFile = sp::CaseFile::open(casePath_);
    QCOMPARE(eligible_.size(), 3);
    caseFile->identities().signIn(QStringLiteral("anna"),
                                  sp::test::guiTestPassphrase(QStringLiteral("anna")));
    caseFile->workbooks().exportWorkbook(QStringLiteral("anna"), sp::Stage::Preselection,
                                         workbookPath_);
}

void GuiWorkbookTest::init() {
    gui_.startTest();
}

void GuiWorkbookTest::cleanup() {
    gui_.endTest();
    sp::ui::setWorkbookPathResponder({});
}

void GuiWorkbookTest::memberMarksSubmitsAndReturnsInTheirWorkbook() {
    sp::test::PromptRecorder& prompts = gui_.prompts();
    prompts.setAnswer(QMessageBox::Yes);
    const QString returnPath = gui_.path(QStringLiteral("anna-return.json"));
    {
        auto window = gui_.openWindow(workbookPath_, SignIn::member("anna"));
        auto* banner = child<QLabel>(*window, QStringLiteral("workbookBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Workbook of Anna Schmidt")),
                 qPrintable(banner->text()));
        auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(!child<QAction>(*window, QStringLiteral("importAction"))->isEnabled());
        QVERIFY(!child<QAction>(*window, QStringLiteral("exportWorkbooksAction"))->isVisible());
        QVERIFY(!child<QAction>(*window, QStringLiteral("importReturnsAction"))->isVisible());
        QAction* returnMarks = child<QAction>(*window, QStringLiteral("returnMarksAction"));
        QVERIFY(returnMarks->isVisible());
        QVERIFY(returnMarks->isEnabled());

        // Anna marks each candidate with the keyboard and submits (Ctrl+Return, confirmed).
        auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("preselectionPane"));
        const auto criteria =
            sp::criteriaOf(window->caseFile()->panel().grid().criteria, sp::Stage::Preselection);
        for (int c = 0; c < eligible_.size(); ++c) {
            sp::test::selectCandidate(*table, eligible_[c]);
            child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
            QSpinBox* first = pane->markBox(criteria.front().id);
            first->setFocus();
            QTRY_VERIFY(first->hasFocus());
            for (size_t i = 0; i < criteria.size(); ++i) {
                QSpinBox* box = pane->markBox(criteria[i].id);
                QVERIFY(box->hasFocus());
                box->selectAll();
                QTest::keyClicks(box, QString::number(int((i + c) % 4)));
                QTest::keyClick(box, Qt::Key_Tab);
            }
            QTest::keyClick(pane->markBox(criteria.back().id), Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY(window->caseFile()
                            ->marking()
                            .ownSheet(eligible_[c], sp::Stage::Preselection, "anna")
                            ->submitted);
        }
        QCOMPARE(child<QAction>(*window, QStringLiteral("undoAction"))->text(),
                 QStringLiteral("&Undo: \u201cSubmit pre-selection marks for %1\u201d cannot be "
                                "undone")
                     .arg(eligible_.back()));
        QTest::qWait(100);
        QVERIFY(window->grab().save(sp::test::screenshotPath(QStringLiteral("workbook"))));

        prompts.clear();
        sp::ui::setWorkbookPathResponder([&](const QString&) { return QStringList{returnPath}; });
        returnMarks->trigger();
        QVERIFY(QFile::exists(returnPath));
        QCOMPARE(prompts.requests().size(), size_t(1));
        QCOMPARE(prompts.requests()[0].icon, QMessageBox::Information);
    }

    // The secretary imports it into the case.
    auto window = gui_.openWindow(casePath_, SignIn::member("sam"));
    QVERIFY(!child<QLabel>(*window, QStringLiteral("workbookBanner"))->isVisible());
    QVERIFY(!child<QAction>(*window, QStringLiteral("returnMarksAction"))->isVisible());
    prompts.clear();
    sp::ui::setWorkbookPathResponder([&](const QString&) { return QStringList{returnPath}; });
    child<QAction>(*window, QStringLiteral("importReturnsAction"))->trigger();
    QCOMPARE(prompts.requests().size(), size_t(1));
    QVERIFY2(prompts.requests()[0].icon == QMessageBox::Information,
             qPrintable(prompts.requests()[0].text));
    for (const auto& reference : std::as_const(eligible_)) {
        const auto sheet =
            window->caseFile()->marking().ownSheet(reference, sp::Stage::Preselection, "anna");
        QVERIFY(sheet && sheet->submitted);
    }
    auto* undo = child<QAction>(*window, QStringLiteral("undoAction"));
    QVERIFY(!undo->isEnabled());
    QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo: \u201cImport the return ")) &&
                 undo->text().endsWith(QStringLiteral("\u201d cannot be undone")),
             qPrintable(undo->text()));
    // The same return a second time: refused, naming the file.
    prompts.clear();
    child<QAction>(*window, QStringLiteral("importReturnsAction"))->trigger();
    QCOMPARE(prompts.requests().size(), size_t(1));
    QCOMPARE(prompts.requests()[0].icon, QMessageBox::Critical);
    QVERIFY2(prompts.requests()[0].text.contains(QStringLiteral("already imported")),
             qPrintable(prompts.requests()[0].text));
}

// Once the shortlist is drawn up, the workbook is for the interviews: only the invited, only
// interview marking.
void GuiWorkbookTest::memberMarksTheInterviewsInTheirInterviewWorkbook() {
    const QString casePath = gui_.demoCase(QStringLiteral("interview.selpanel"), 12, 7);
    const QString workbookPath = gui_.path(QStringLiteral("interview-workbook-anna.selpanel"));
    const QStringList eligible = sp::test::prepareMarking(casePath, 3);
    QStringList invited;
    {
        auto caseFile = sp::CaseFile::open(casePath);
        caseFile->identities().signIn(QStringLiteral("anna"),
                                      sp::test::guiTestPassphrase(QStringLiteral("anna")));
        for (const char* member : {"clara", "anna", "bruno"})
            for (int c = 0; c < eligible.size(); ++c)
                sp::test::submitAll(*caseFile, QString::fromLatin1(member), eligible[c], 3 - c,
                                    sp::Stage::Preselection);
        invited = caseFile->results().shortlist().invited();
        QVERIFY(!invited.isEmpty());
        caseFile->workbooks().exportWorkbook(QStringLiteral("anna"), sp::Stage::Interview,
                                             workbookPath);
    }
    gui_.prompts().setAnswer(QMessageBox::Yes); // "Submit? Your marks become final."
    auto window = gui_.openWindow(workbookPath, SignIn::member("anna"));
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    QCOMPARE(table->model()->rowCount(), invited.size());
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("interviewPane"));
    const auto criteria =
        sp::criteriaOf(window->caseFile()->panel().grid().criteria, sp::Stage::Interview);
    sp::test::selectCandidate(*table, invited.front());
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    QSpinBox* first = pane->markBox(criteria.front().id);
    QVERIFY(first);
    QTRY_VERIFY(first->isEnabled()); // once the window has read the case in the background
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    for (const auto& criterion : criteria) {
        QSpinBox* box = pane->markBox(criterion.id);
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("3"));
        QTest::keyClick(box, Qt::Key_Tab);
    }
    QTest::keyClick(pane->markBox(criteria.back().id), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(
        window->caseFile()->marking().ownSheet(invited.front(), sp::Stage::Interview, "anna") &&
        window->caseFile()
            ->marking()
            .ownSheet(invited.front(), sp::Stage::Interview, "anna")
            ->submitted);
    QTest::qWait(100);
    QVERIFY(window->grab().save(sp::test::screenshotPath(QStringLiteral("interview-workbook"))));
}

SP_GUI_TEST_MAIN(GuiWorkbookTest)
#include "test_gui_workbook.moc"
