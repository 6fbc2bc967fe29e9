// A member's workbook in the window: it says whose it is, offers only marking and returning the
// marks, and the return comes into the case through File > Import returns.

#include "casefile/case_file.h"
#include "domain/grid.h"
#include "gui_test_support.h"
#include "gui_window_helpers.h"
#include "main_window.h"
#include "mark_sheet_pane.h"
#include "workbook_actions.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using sp::test::child;

class GuiWorkbookTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void memberMarksSubmitsAndReturnsInTheirWorkbook();

private:
    std::unique_ptr<sp::ui::MainWindow> openWindow(const QString& path);

    QTemporaryDir dir_;
    QString casePath_;
    QString workbookPath_;
    QStringList eligible_;
};

void GuiWorkbookTest::initTestCase() {
    QVERIFY(dir_.isValid());
    qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0");
    casePath_ = dir_.filePath(QStringLiteral("case.selpanel"));
    workbookPath_ = dir_.filePath(QStringLiteral("case-workbook-anna.selpanel"));
    const QString failure = sp::test::createDemoCaseFile(casePath_, 12, 7);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto caseFile = sp::CaseFile::open(casePath_);
    caseFile->addPanelMember({"clara", "Clara Chair", sp::Role::Chair});
    caseFile->addPanelMember({"anna", "Anna Schmidt", sp::Role::Member});
    caseFile->addPanelMember({"bruno", "Bruno Member", sp::Role::Member});
    caseFile->addPanelMember({"sam", "Sam Secretary", sp::Role::Secretary});
    caseFile->freezeGrid("clara");
    for (const auto& s : caseFile->screenedCandidates())
        if (s.screening.admissibility.admissible() &&
            s.screening.preCheck.overall == sp::CriterionState::Met && eligible_.size() < 3) {
            caseFile->decideEligibility(s.candidate.application.reference, true, {}, "clara");
            eligible_ << s.candidate.application.reference;
        }
    QCOMPARE(eligible_.size(), 3);
    caseFile->signIn(QStringLiteral("anna"), sp::test::guiTestPassphrase(QStringLiteral("anna")));
    caseFile->exportWorkbook(QStringLiteral("anna"), sp::Stage::Preselection, workbookPath_);
}

void GuiWorkbookTest::cleanup() {
    sp::ui::SignInDialog::setResponder({});
    sp::ui::setWorkbookPathResponder({});
}

std::unique_ptr<sp::ui::MainWindow> GuiWorkbookTest::openWindow(const QString& path) {
    auto window = std::make_unique<sp::ui::MainWindow>();
    window->resize(1400, 860);
    if (!window->openCaseFile(path))
        qFatal("cannot open %s", qPrintable(path));
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qFatal("window not active");
    return window;
}

void GuiWorkbookTest::memberMarksSubmitsAndReturnsInTheirWorkbook() {
    sp::test::PromptRecorder prompts(QMessageBox::Yes);
    sp::test::signInAs(QStringLiteral("anna"));
    const QString returnPath = dir_.filePath(QStringLiteral("anna-return.json"));
    {
        auto window = openWindow(workbookPath_);
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
            sp::criteriaOf(window->caseFile()->grid().criteria, sp::Stage::Preselection);
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
                            ->ownSheet(eligible_[c], sp::Stage::Preselection, "anna")
                            ->submitted);
        }
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
    sp::test::signInAs(QStringLiteral("sam"));
    auto window = openWindow(casePath_);
    QVERIFY(!child<QLabel>(*window, QStringLiteral("workbookBanner"))->isVisible());
    QVERIFY(!child<QAction>(*window, QStringLiteral("returnMarksAction"))->isVisible());
    prompts.clear();
    sp::ui::setWorkbookPathResponder([&](const QString&) { return QStringList{returnPath}; });
    child<QAction>(*window, QStringLiteral("importReturnsAction"))->trigger();
    QCOMPARE(prompts.requests().size(), size_t(1));
    QVERIFY2(prompts.requests()[0].icon == QMessageBox::Information,
             qPrintable(prompts.requests()[0].text));
    for (const auto& reference : std::as_const(eligible_)) {
        const auto sheet = window->caseFile()->ownSheet(reference, sp::Stage::Preselection, "anna");
        QVERIFY(sheet && sheet->submitted);
    }
    // The same return a second time: refused, naming the file.
    prompts.clear();
    child<QAction>(*window, QStringLiteral("importReturnsAction"))->trigger();
    QCOMPARE(prompts.requests().size(), size_t(1));
    QCOMPARE(prompts.requests()[0].icon, QMessageBox::Critical);
    QVERIFY2(prompts.requests()[0].text.contains(QStringLiteral("already imported")),
             qPrintable(prompts.requests()[0].text));
}

QTEST_MAIN(GuiWorkbookTest)
#include "test_gui_workbook.moc"
