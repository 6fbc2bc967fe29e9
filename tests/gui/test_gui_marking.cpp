#include "casefile/case_file.h"
#include "domain/grid.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "mark_sheet_pane.h"
#include "procedure_overview_dialog.h"
#include "ranking_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using sp::test::child;

using sp::test::prepareMarking;
using sp::test::SignIn;
using sp::test::submitNearMax;

class GuiMarkingTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void typedMarksAreSavedSubmittedAndOthersAppearOnlyAfter();
    void sheetIsDisabledWithTheReason();
    void nextCandidateNeedingMyMarks();
    void myMarksColumnFilterAndOverview();
    void rankingShowsTiesAndExportWritesTheShortlist();
    void chairRecordsConsensusAndMembersCannot();
    void lowerTierRecommendationNeedsJustification();
    void interviewSheetWaitsForTheInvitationsThenStaysMarkable();

private:
    // As Anna, a member, unless the test signs in someone else.
    std::unique_ptr<sp::ui::MainWindow> openWindow(const QString& path,
                                                   const SignIn& who = SignIn::member("anna")) {
        return gui_.openWindow(path, who);
    }
    sp::test::PromptRecorder& prompts() { return gui_.prompts(); }

    sp::test::GuiFixture gui_;
};

void GuiMarkingTest::initTestCase() {
    gui_.demoCase(QStringLiteral("demo.selpanel")); // made once, before the first test's clock
}

void GuiMarkingTest::init() {
    gui_.startTest();
}

void GuiMarkingTest::cleanup() {
    gui_.endTest();
}

void GuiMarkingTest::typedMarksAreSavedSubmittedAndOthersAppearOnlyAfter() {
    const QString path = gui_.demoCase(QStringLiteral("marks.selpanel"));
    const QStringList eligible = prepareMarking(path, 3);
    const QString reference = eligible.first();
    {
        auto caseFile = sp::CaseFile::open(path);
        sp::test::submitAll(*caseFile, "bruno", reference, 2);
    }
    auto window = openWindow(path);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("userStatus"))->text(),
             QStringLiteral("Signed in as Anna Schmidt (member)"));
    sp::test::selectCandidate(*child<QTableView>(*window, QStringLiteral("candidateTable")),
                              reference);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("preselectionPane"));
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    QVERIFY2(pane->othersText().startsWith(QStringLiteral("Hidden: ")),
             qPrintable(pane->othersText()));
    QVERIFY(!pane->othersText().contains(QStringLiteral("Bruno")));

    // Digits type the mark, Tab moves to the next criterion.
    const auto criteria =
        sp::criteriaOf(window->caseFile()->panel().grid().criteria, sp::Stage::Preselection);
    QSpinBox* first = pane->markBox(criteria.front().id);
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    QString typed;
    for (size_t i = 0; i < criteria.size(); ++i) {
        QSpinBox* box = pane->markBox(criteria[i].id);
        QVERIFY(box->hasFocus());
        box->selectAll();
        QTest::keyClicks(box, QString::number(int(i % 5)));
        QTest::keyClick(box, Qt::Key_Tab);
    }
    auto own = window->caseFile()->marking().ownSheet(reference, sp::Stage::Preselection, "anna");
    QVERIFY(own.has_value());
    QVERIFY(!own->submitted);
    QCOMPARE(own->marks.size(), criteria.size());
    for (size_t i = 0; i < criteria.size(); ++i)
        QCOMPARE(own->marks.at(criteria[i].id), int(i % 5));
    QCOMPARE(window->undoStack()->count(), 1); // successive saves merge into one step

    // Undo and redo the draft.
    window->undoStack()->undo();
    QTRY_COMPARE(pane->markBox(criteria.front().id)->specialValueText(),
                 pane->markBox(criteria.front().id)->text());
    window->undoStack()->redo();
    QTRY_COMPARE(pane->markBox(criteria.back().id)->value(), int((criteria.size() - 1) % 5));

    // Submitting asks first; declining keeps the draft.
    QTest::keyClick(pane->markBox(criteria.back().id), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(prompts().requests().size(), size_t(1));
    QCOMPARE(prompts().requests()[0].icon, QMessageBox::Question);
    QVERIFY(!window->caseFile()
                 ->marking()
                 .ownSheet(reference, sp::Stage::Preselection, "anna")
                 ->submitted);
    prompts().setAnswer(QMessageBox::Yes);
    QTest::keyClick(pane->markBox(criteria.back().id), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(window->caseFile()
                    ->marking()
                    .ownSheet(reference, sp::Stage::Preselection, "anna")
                    ->submitted);
    QTRY_VERIFY2(pane->othersText().contains(QStringLiteral("Bruno Member")),
                 qPrintable(pane->othersText()));
    QVERIFY(pane->stateText().startsWith(QStringLiteral("Submitted")));
    QVERIFY(!pane->markBox(criteria.front().id)->isEnabled());
    QTest::qWait(100); // the scroll area lays out the grown sheet in the event loop
    QVERIFY(window->grab().save(sp::test::screenshotPath(QStringLiteral("mark-sheet"))));

    // Submitted marks are final: neither the submission nor the draft before it can be undone,
    // and the Edit menu says why.
    QCOMPARE(window->undoStack()->count(), 0);
    auto* undo = child<QAction>(*window, QStringLiteral("undoAction"));
    QVERIFY(!undo->isEnabled());
    const QString submitted = QStringLiteral("Submit pre-selection marks for %1").arg(reference);
    QCOMPARE(undo->text(), QStringLiteral("&Undo: \u201c%1\u201d cannot be undone").arg(submitted));
    QCOMPARE(window->statusBar()->currentMessage(),
             QStringLiteral("Done: %1. This cannot be undone.").arg(submitted));
    sp::test::saveMenuScreenshot(*window, QStringLiteral("&Edit"),
                                 QStringLiteral("edit-menu-after-submit"));
    QVERIFY(window->caseFile()
                ->marking()
                .ownSheet(reference, sp::Stage::Preselection, "anna")
                ->submitted);
    QVERIFY(prompts().requests().size() == 2); // the two "submit?" questions only
}

void GuiMarkingTest::sheetIsDisabledWithTheReason() {
    const QString path = gui_.demoCase(QStringLiteral("disabled.selpanel"));
    prepareMarking(path, 1);
    QString notDecided;
    {
        auto caseFile = sp::CaseFile::open(path);
        for (const auto& s : caseFile->screening().all())
            if (s.screening.status == sp::ScreeningStatus::Pending && notDecided.isEmpty())
                notDecided = s.candidate.application.reference;
    }
    auto window = openWindow(path);
    sp::test::selectCandidate(*child<QTableView>(*window, QStringLiteral("candidateTable")),
                              notDecided);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("preselectionPane"));
    QVERIFY2(pane->stateText().startsWith(QStringLiteral("You cannot mark: ")),
             qPrintable(pane->stateText()));
    QVERIFY(!pane->markBox(sp::criteriaOf(window->caseFile()->panel().grid().criteria,
                                          sp::Stage::Preselection)
                               .front()
                               .id)
                 ->isEnabled());

    // The secretary does not mark.
    sp::test::signInAs(SignIn::member("sam"));
    window->signIn();
    QCOMPARE(child<QLabel>(*window, QStringLiteral("userStatus"))->text(),
             QStringLiteral("Signed in as Sam Secretary (secretary)"));
    QVERIFY(pane->stateText().startsWith(QStringLiteral("You cannot mark: ")));
}

void GuiMarkingTest::nextCandidateNeedingMyMarks() {
    const QString path = gui_.demoCase(QStringLiteral("next.selpanel"));
    const QStringList eligible = prepareMarking(path, 3);
    {
        auto caseFile = sp::CaseFile::open(path);
        sp::test::submitAll(*caseFile, "anna", eligible[0], 3);
    }
    auto window = openWindow(path);
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    child<QAction>(*window, QStringLiteral("nextNeedingMarksAction"))->trigger();
    QCOMPARE(sp::test::cell(*table->model(), table->currentIndex().row(), 0), eligible[1]);
    child<QAction>(*window, QStringLiteral("nextNeedingMarksAction"))->trigger();
    QCOMPARE(sp::test::cell(*table->model(), table->currentIndex().row(), 0), eligible[2]);
    child<QAction>(*window, QStringLiteral("nextNeedingMarksAction"))->trigger();
    QCOMPARE(sp::test::cell(*table->model(), table->currentIndex().row(), 0), eligible[1]);
}

void GuiMarkingTest::myMarksColumnFilterAndOverview() {
    const QString path = gui_.demoCase(QStringLiteral("progress.selpanel"));
    const QStringList eligible = prepareMarking(path, 3);
    {
        auto caseFile = sp::CaseFile::open(path);
        sp::test::submitAll(*caseFile, "anna", eligible[0], 3);
        caseFile->marking().saveMarkSheets(
            {{"anna", eligible[1], sp::Stage::Preselection, {}, {}, false}});
    }
    auto window = openWindow(path);
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    const auto myMarks = [&](const QString& reference) {
        return sp::test::cell(*table->model(), sp::test::rowOf(*table, reference),
                              sp::ui::CandidateTableModel::MyMarksColumn);
    };
    QVERIFY(!table->isColumnHidden(sp::ui::CandidateTableModel::MyMarksColumn));
    QCOMPARE(table->model()
                 ->headerData(sp::ui::CandidateTableModel::MyMarksColumn, Qt::Horizontal)
                 .toString(),
             QStringLiteral("My marks"));
    QCOMPARE(myMarks(eligible[0]), QStringLiteral("submitted"));
    QCOMPARE(myMarks(eligible[1]), QStringLiteral("draft"));
    QCOMPARE(myMarks(eligible[2]), QStringLiteral("to mark"));
    const int all = table->model()->rowCount();
    QVERIFY(all > 3);

    // "Still to mark" keeps what Anna has left: the draft and the unmarked one.
    auto* filter = child<QComboBox>(*window, QStringLiteral("myMarksFilter"));
    QVERIFY(filter->isVisible());
    filter->setCurrentIndex(filter->findText(QStringLiteral("Still to mark")));
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(sp::test::rowOf(*table, eligible[1]) >= 0);
    QVERIFY(sp::test::rowOf(*table, eligible[2]) >= 0);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("candidateCountStatus"))->text(),
             QStringLiteral("2 of %1 candidates shown").arg(all));
    QVERIFY(window->grab().save(sp::test::screenshotPath(QStringLiteral("still-to-mark"))));

    // Submitting from the window updates the column and the filter.
    sp::test::submitAll(*window->caseFile(), "anna", eligible[2], 2);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    filter->setCurrentIndex(0);
    QCOMPARE(myMarks(eligible[2]), QStringLiteral("submitted"));

    // The overview counts, never marks; it follows changes while open.
    child<QAction>(*window, QStringLiteral("overviewAction"))->trigger();
    auto* overview = window->findChild<sp::ui::ProcedureOverviewDialog*>();
    QVERIFY(overview);
    QTRY_VERIFY(overview->isVisible());
    QCOMPARE(overview->fieldText(QStringLiteral("overviewGrid")),
             QStringLiteral("frozen: marking is open"));
    QVERIFY2(overview->fieldText(QStringLiteral("overviewEligibility"))
                 .startsWith(QStringLiteral("3 eligible, 0 not eligible, ")),
             qPrintable(overview->fieldText(QStringLiteral("overviewEligibility"))));
    QCOMPARE(overview->fieldText(QStringLiteral("overviewPreselection")),
             QStringLiteral("3 candidates to mark, 0 marked by every expected member"));
    QTableWidget* progress = overview->preselectionTable();
    QCOMPARE(progress->rowCount(), 3); // chair and two members; the secretary does not mark
    const auto progressOf = [progress](int row) {
        return progress->item(row, sp::ui::ProcedureOverviewDialog::ProgressColumn)->text();
    };
    QCOMPARE(progress->item(1, 0)->text(), QStringLiteral("Anna Schmidt"));
    QCOMPARE(progressOf(1), QStringLiteral("2 of 3"));
    QCOMPARE(progress->item(1, sp::ui::ProcedureOverviewDialog::DraftsColumn)->text(),
             QStringLiteral("1"));
    QCOMPARE(progressOf(2), QStringLiteral("0 of 3"));
    sp::test::submitAll(*window->caseFile(), "bruno", eligible[0], 4);
    QTRY_COMPARE(progressOf(2), QStringLiteral("1 of 3"));
    for (const QLabel* label : overview->findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(QStringLiteral("total")), qPrintable(label->text()));
    QTest::qWait(50);
    QVERIFY(overview->grab().save(sp::test::screenshotPath(QStringLiteral("overview"))));

    // The secretary has no marks to give: no column, no filter.
    sp::test::signInAs(SignIn::member("sam"));
    window->signIn();
    QVERIFY(table->isColumnHidden(sp::ui::CandidateTableModel::MyMarksColumn));
    QVERIFY(!filter->isVisible());
}

void GuiMarkingTest::rankingShowsTiesAndExportWritesTheShortlist() {
    const QString path = gui_.demoCase(QStringLiteral("ranking.selpanel"));
    const QStringList eligible = prepareMarking(path, 4);
    std::map<QString, sp::Category> categories;
    {
        auto caseFile = sp::CaseFile::open(path);
        for (const auto& c : caseFile->applications().candidates())
            categories[c.application.reference] = c.application.category;
        // The external candidates get the same marks from everyone: they tie in their tier.
        for (int i = 0; i < eligible.size(); ++i)
            for (const char* member : {"clara", "anna", "bruno"})
                sp::test::submitAll(*caseFile, member, eligible[i],
                                    categories[eligible[i]] == sp::Category::External ? 3
                                                                                      : 2 + i % 3);
    }
    auto window = openWindow(path);
    child<QAction>(*window, QStringLiteral("rankingAction"))->trigger();
    auto* dialog = child<sp::ui::RankingDialog>(*window, QStringLiteral("rankingDialog"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* table = child<QTableWidget>(*dialog, QStringLiteral("rankingTable"));
    const auto ranking = window->caseFile()->results().ranking(sp::Stage::Preselection);
    QCOMPARE(ranking.size(), size_t(4));
    int tierHeaders = 0;
    int tiedRows = 0;
    QStringList shown;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->columnSpan(row, 0) > 1) {
            QVERIFY(table->item(row, 0)->text().startsWith(QStringLiteral("Tier ")));
            ++tierHeaders;
            continue;
        }
        shown << table->item(row, sp::ui::RankingDialog::ReferenceColumn)->text();
        if (table->item(row, sp::ui::RankingDialog::RankColumn)->text().startsWith('='))
            ++tiedRows;
    }
    QCOMPARE(shown.size(), 4);
    QVERIFY(tierHeaders >= 1);
    int expectedTied = 0;
    for (const auto& r : ranking) {
        QCOMPARE(shown[&r - ranking.data()], r.candidate);
        expectedTied += r.tied ? 1 : 0;
    }
    QCOMPARE(tiedRows, expectedTied);
    const auto externals = std::count_if(eligible.begin(), eligible.end(), [&](const QString& r) {
        return categories[r] == sp::Category::External;
    });
    QVERIFY2(externals >= 2, "the demo's first eligible candidates include two external ones");
    QCOMPARE(tiedRows, int(externals));
    QVERIFY(dialog->grab().save(sp::test::screenshotPath(QStringLiteral("ranking"))));

    const QString csvPath = gui_.path(QStringLiteral("shortlist.csv"));
    sp::ui::MainWindow::setExportPathResponder([csvPath] { return csvPath; });
    child<QAction>(*window, QStringLiteral("exportShortlistAction"))->trigger();
    sp::ui::MainWindow::setExportPathResponder({});
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(csv.readAll());
    QVERIFY2(content.contains(QStringLiteral("rank,tied,reference")), qPrintable(content));
    for (const QString& reference : eligible) // best 8: every one of the four is invited
        QVERIFY2(content.contains(reference + QLatin1Char(',')), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("invited")));
    QVERIFY(prompts().requests().empty());
}

void GuiMarkingTest::chairRecordsConsensusAndMembersCannot() {
    const QString path = gui_.demoCase(QStringLiteral("consensus.selpanel"));
    const QString reference = prepareMarking(path, 1).first();
    {
        // Far-apart marks: every criterion is flagged for discussion.
        auto caseFile = sp::CaseFile::open(path);
        sp::test::submitAll(*caseFile, "clara", reference, 0);
        sp::test::submitAll(*caseFile, "anna", reference, 0);
        submitNearMax(*caseFile, "bruno", reference, sp::Stage::Preselection, 0);
    }
    auto window = openWindow(path, SignIn::member("clara"));
    sp::test::selectCandidate(*child<QTableView>(*window, QStringLiteral("candidateTable")),
                              reference);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("preselectionPane"));
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    QPushButton* button = pane->consensusButton();
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));

    // The real dialog: the candidate in its title, a flagged criterion offered first.
    QString title;
    QString offered;
    auto driven = sp::test::whenShown("consensusDialog", [&](QDialog& dialog) {
        title = dialog.windowTitle();
        offered = child<QComboBox>(dialog, QStringLiteral("consensusCriterion"))->currentText();
        child<QSpinBox>(dialog, QStringLiteral("consensusMark"))->setValue(1);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("consensusReason")),
                         QStringLiteral("Agreed after the discussion"));
        sp::test::clickButton(dialog, QStringLiteral("OK"));
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(*driven);
    QCOMPARE(title, QStringLiteral("Consensus mark for %1").arg(reference));
    QVERIFY2(offered.startsWith(QStringLiteral("\u26a0 ")), qPrintable(offered));
    QTRY_VERIFY2(
        pane->othersText().contains(QStringLiteral("1 (consensus: Agreed after the discussion)")),
        qPrintable(pane->othersText()));
    QVERIFY(prompts().requests().empty());
    // Recorded for good: the Edit menu says so.
    auto* undo = child<QAction>(*window, QStringLiteral("undoAction"));
    QVERIFY(!undo->isEnabled());
    QCOMPARE(undo->text(),
             QStringLiteral("&Undo: \u201cRecord a consensus mark for %1\u201d cannot be undone")
                 .arg(reference));

    // A consensus without a reason is refused by the rules, and the refusal shown.
    driven = sp::test::whenShown("consensusDialog", [](QDialog& dialog) {
        child<QSpinBox>(dialog, QStringLiteral("consensusMark"))->setValue(2);
        sp::test::clickButton(dialog, QStringLiteral("OK"));
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(*driven);
    QCOMPARE(prompts().requests().size(), size_t(1));
    QCOMPARE(prompts().requests()[0].icon, QMessageBox::Critical);
    QCOMPARE(prompts().requests()[0].title, QStringLiteral("Consensus not recorded"));
    QVERIFY(pane->othersText().contains(QStringLiteral("1 (consensus: ")));

    // A member sees the button disabled, with the reason.
    sp::test::signInAs(SignIn::member("anna"));
    window->signIn();
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(QStringLiteral("Only the chair")),
             qPrintable(button->toolTip()));
}

void GuiMarkingTest::lowerTierRecommendationNeedsJustification() {
    const QString path = gui_.demoCase(QStringLiteral("recommend.selpanel"));
    const QStringList eligible = prepareMarking(path, 4);
    {
        auto caseFile = sp::CaseFile::open(path);
        for (const QString& reference : eligible)
            for (const char* member : {"clara", "anna", "bruno"})
                submitNearMax(*caseFile, member, reference, sp::Stage::Preselection, 0);
        // The first gets every interview mark at its maximum, the others one less.
        for (const QString& reference : eligible)
            for (const char* member : {"clara", "anna", "bruno"})
                submitNearMax(*caseFile, member, reference, sp::Stage::Interview,
                              reference == eligible.first() ? 0 : 1);
    }
    auto window = openWindow(path); // as anna, a member
    const sp::RecommendationState state = window->caseFile()->results().recommendation();
    QCOMPARE(state.proposed.candidates.size(), qsizetype(1));
    QString other; // suitable, but not the one the rules recommend
    for (const auto& f : window->caseFile()->results().finalRanking())
        if (f.suitable && !state.proposed.candidates.contains(f.ranked.candidate) &&
            other.isEmpty())
            other = f.ranked.candidate;
    QVERIFY2(!other.isEmpty(), "another suitable candidate");

    child<QAction>(*window, QStringLiteral("rankingAction"))->trigger();
    auto* dialog = child<sp::ui::RankingDialog>(*window, QStringLiteral("rankingDialog"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* stage = child<QComboBox>(*dialog, QStringLiteral("rankingStage"));
    stage->setCurrentIndex(stage->findData(int(sp::Stage::Interview)));
    QVERIFY2(dialog->recommendationText().contains(
                 QStringLiteral("Recommended by the rules: %1 (%2)")
                     .arg(state.proposed.candidates.first(), state.proposed.tierLabel)),
             qPrintable(dialog->recommendationText()));
    QVERIFY(!dialog->recommendButton()->isEnabled());
    QVERIFY(dialog->recommendButton()->toolTip().contains(QStringLiteral("Only the chair")));

    sp::test::signInAs(SignIn::member("clara"));
    window->signIn();
    QVERIFY(dialog->recommendButton()->isEnabled());
    auto* table = child<QTableWidget>(*dialog, QStringLiteral("rankingTable"));
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->columnSpan(row, 0) == 1 &&
            table->item(row, sp::ui::RankingDialog::ReferenceColumn)->text() == other)
            table->setCurrentCell(row, sp::ui::RankingDialog::ReferenceColumn);

    // Without a justification: refused, nothing recorded. The real dialog names the candidate.
    QString justification;
    QString asked;
    const auto justify = [&](QDialog& shown) {
        asked = shown.windowTitle();
        QTest::keyClicks(child<QPlainTextEdit>(shown, QStringLiteral("justificationText")),
                         justification);
        sp::test::clickButton(shown, QStringLiteral("OK"));
    };
    auto driven = sp::test::whenShown("justificationDialog", justify);
    QTest::mouseClick(dialog->recommendButton(), Qt::LeftButton);
    QVERIFY(*driven);
    QCOMPARE(asked, QStringLiteral("Recommend %1").arg(other));
    QCOMPARE(prompts().requests().size(), size_t(1));
    QCOMPARE(prompts().requests()[0].icon, QMessageBox::Critical);
    QVERIFY2(prompts().requests()[0].text.contains(state.proposed.candidates.first()),
             qPrintable(prompts().requests()[0].text));
    QVERIFY(!window->caseFile()->results().recommendation().recorded.has_value());
    QVERIFY(dialog->recommendationText().contains(QStringLiteral("not recorded")));
    auto* undo = child<QAction>(*window, QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo")); // refused: nothing in the way

    // With one: recorded and shown, for good.
    prompts().clear();
    justification = QStringLiteral("Better fit for the field work");
    driven = sp::test::whenShown("justificationDialog", justify);
    QTest::mouseClick(dialog->recommendButton(), Qt::LeftButton);
    QVERIFY(*driven);
    QVERIFY2(prompts().requests().empty(),
             qPrintable(prompts().requests().empty() ? QString() : prompts().requests()[0].text));
    QCOMPARE(window->caseFile()->results().recommendation().recorded->candidate, other);
    QTRY_VERIFY2(dialog->recommendationText().contains(
                     QStringLiteral("Recorded by the panel: %1, by Clara Chair").arg(other)),
                 qPrintable(dialog->recommendationText()));
    QVERIFY(dialog->recommendationText().contains(
        QStringLiteral("Justification: Better fit for the field work")));
    QCOMPARE(undo->text(),
             QStringLiteral("&Undo: \u201cRecommend %1\u201d cannot be undone").arg(other));
    QTest::qWait(100); // the dialog lays out the longer text in the event loop
    QVERIFY(
        dialog->grab().save(sp::test::screenshotPath(QStringLiteral("ranking-recommendation"))));
}

// Who is invited to interview comes from the pre-selection ranking, worked out on another thread
// after opening: the interview sheet waits for it, then can be marked; a typed interview mark
// does not send it back to waiting (the pre-selection ranking stands).
void GuiMarkingTest::interviewSheetWaitsForTheInvitationsThenStaysMarkable() {
    const QString path = gui_.demoCase(QStringLiteral("interview.selpanel"));
    const QStringList eligible = prepareMarking(path, 2);
    {
        auto caseFile = sp::CaseFile::open(path);
        for (const QString& reference : eligible)
            for (const char* member : {"clara", "anna", "bruno"})
                submitNearMax(*caseFile, member, reference, sp::Stage::Preselection, 0);
        QCOMPARE(caseFile->results().shortlist().invited(), eligible);
    }
    auto window = openWindow(path); // as anna, a member
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    const QString reference = eligible.first();
    sp::test::selectCandidate(*table, reference);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("interviewPane"));
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    const auto criteria =
        sp::criteriaOf(window->caseFile()->panel().grid().criteria, sp::Stage::Interview);
    QSpinBox* first = pane->markBox(criteria.front().id);
    QTRY_VERIFY2(first->isEnabled(), qPrintable(pane->stateText()));
    QVERIFY2(pane->stateText().startsWith(QStringLiteral("Not marked yet")),
             qPrintable(pane->stateText()));
    QTRY_COMPARE(sp::test::cell(*table->model(), sp::test::rowOf(*table, reference),
                                sp::ui::CandidateTableModel::MyMarksColumn),
                 QStringLiteral("interview: to mark"));

    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    first->selectAll();
    QTest::keyClicks(first, QStringLiteral("3"));
    QTest::keyClick(first, Qt::Key_Tab);
    QTRY_VERIFY(window->caseFile()
                    ->marking()
                    .ownSheet(reference, sp::Stage::Interview, "anna")
                    .has_value());
    QCOMPARE(window->caseFile()
                 ->marking()
                 .ownSheet(reference, sp::Stage::Interview, "anna")
                 ->marks.at(criteria.front().id),
             3);
    QTest::qWait(50); // the refresh after the save is queued
    QVERIFY2(pane->stateText().startsWith(QStringLiteral("Draft saved")),
             qPrintable(pane->stateText()));
    QVERIFY(pane->markBox(criteria.back().id)->isEnabled());
    QTRY_COMPARE(sp::test::cell(*table->model(), sp::test::rowOf(*table, reference),
                                sp::ui::CandidateTableModel::MyMarksColumn),
                 QStringLiteral("interview: draft"));
}

SP_GUI_TEST_MAIN(GuiMarkingTest)
#include "test_gui_marking.moc"
