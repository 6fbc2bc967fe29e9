#include "casefile/case_file.h"
#include "consensus_dialog.h"
#include "domain/grid.h"
#include "gui_test_support.h"
#include "gui_window_helpers.h"
#include "justification_dialog.h"
#include "main_window.h"
#include "mark_sheet_pane.h"
#include "procedure_overview_dialog.h"
#include "ranking_dialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using sp::test::child;

namespace {

// A panel of chair + two members + secretary, the grid frozen and the first `eligible`
// candidates whose pre-check is met decided eligible. Returns those references.
QStringList prepareMarking(const QString& path, int eligible) {
    auto caseFile = sp::CaseFile::open(path);
    caseFile->addPanelMember({"clara", "Clara Chair", sp::Role::Chair});
    caseFile->addPanelMember({"anna", "Anna Schmidt", sp::Role::Member});
    caseFile->addPanelMember({"bruno", "Bruno Member", sp::Role::Member});
    caseFile->addPanelMember({"sam", "Sam Secretary", sp::Role::Secretary});
    caseFile->freezeGrid("clara");
    QStringList references;
    for (const auto& s : caseFile->screenedCandidates())
        if (s.screening.admissibility.admissible() &&
            s.screening.preCheck.overall == sp::CriterionState::Met &&
            references.size() < eligible) {
            caseFile->decideEligibility(s.candidate.application.reference, true, {}, "Clara Chair");
            references << s.candidate.application.reference;
        }
    return references;
}

// Every criterion of the stage at its maximum less `below` (never under 0), submitted.
void submitNearMax(sp::CaseFile& caseFile, const QString& member, const QString& reference,
                   sp::Stage stage, int below) {
    sp::MarkSheet sheet{member, reference, stage, {}, {}, true};
    for (const auto& c : sp::criteriaOf(caseFile.grid().criteria, stage))
        sheet.marks[c.id] = std::max(0, c.maxMark - below);
    caseFile.saveMarkSheets({sheet});
}

} // namespace

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
    QString copyOfDemo(const QString& name) const;
    std::unique_ptr<sp::ui::MainWindow> openWindow(const QString& path);

    QTemporaryDir dir_;
    QString demoPath_;
    std::unique_ptr<sp::test::PromptRecorder> prompts_;
};

void GuiMarkingTest::initTestCase() {
    QVERIFY(dir_.isValid());
    demoPath_ = dir_.filePath(QStringLiteral("demo.selpanel"));
    const QString failure = sp::test::createDemoCaseFile(demoPath_, 20, 7);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void GuiMarkingTest::init() {
    prompts_ = std::make_unique<sp::test::PromptRecorder>(QMessageBox::No);
    sp::test::signInAs(QStringLiteral("anna"));
}

void GuiMarkingTest::cleanup() {
    prompts_.reset();
    sp::ui::SignInDialog::setResponder({});
    sp::ui::ConsensusDialog::setResponder({});
    sp::ui::JustificationDialog::setResponder({});
}

QString GuiMarkingTest::copyOfDemo(const QString& name) const {
    const QString path = dir_.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(demoPath_, path))
        qFatal("cannot copy the demo case file");
    return path;
}

std::unique_ptr<sp::ui::MainWindow> GuiMarkingTest::openWindow(const QString& path) {
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

void GuiMarkingTest::typedMarksAreSavedSubmittedAndOthersAppearOnlyAfter() {
    const QString path = copyOfDemo(QStringLiteral("marks.selpanel"));
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
        sp::criteriaOf(window->caseFile()->grid().criteria, sp::Stage::Preselection);
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
    auto own = window->caseFile()->ownSheet(reference, sp::Stage::Preselection, "anna");
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
    QCOMPARE(prompts_->requests().size(), size_t(1));
    QCOMPARE(prompts_->requests()[0].icon, QMessageBox::Question);
    QVERIFY(!window->caseFile()->ownSheet(reference, sp::Stage::Preselection, "anna")->submitted);
    prompts_->setAnswer(QMessageBox::Yes);
    QTest::keyClick(pane->markBox(criteria.back().id), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(
        window->caseFile()->ownSheet(reference, sp::Stage::Preselection, "anna")->submitted);
    QTRY_VERIFY2(pane->othersText().contains(QStringLiteral("Bruno Member")),
                 qPrintable(pane->othersText()));
    QVERIFY(pane->stateText().startsWith(QStringLiteral("Submitted")));
    QVERIFY(!pane->markBox(criteria.front().id)->isEnabled());
    QTest::qWait(100); // the scroll area lays out the grown sheet in the event loop
    QVERIFY(window->grab().save(sp::test::screenshotPath(QStringLiteral("mark-sheet"))));

    // The draft step can no longer be undone: the sheet is final.
    prompts_->clear();
    window->undoStack()->undo();
    QCOMPARE(prompts_->requests().size(), size_t(1));
    QVERIFY2(prompts_->requests()[0].text.contains(QStringLiteral("final")),
             qPrintable(prompts_->requests()[0].text));
    QVERIFY(window->caseFile()->ownSheet(reference, sp::Stage::Preselection, "anna")->submitted);
}

void GuiMarkingTest::sheetIsDisabledWithTheReason() {
    const QString path = copyOfDemo(QStringLiteral("disabled.selpanel"));
    prepareMarking(path, 1);
    QString notDecided;
    {
        auto caseFile = sp::CaseFile::open(path);
        for (const auto& s : caseFile->screenedCandidates())
            if (s.screening.status == sp::ScreeningStatus::Pending && notDecided.isEmpty())
                notDecided = s.candidate.application.reference;
    }
    auto window = openWindow(path);
    sp::test::selectCandidate(*child<QTableView>(*window, QStringLiteral("candidateTable")),
                              notDecided);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("preselectionPane"));
    QVERIFY2(pane->stateText().startsWith(QStringLiteral("You cannot mark: ")),
             qPrintable(pane->stateText()));
    QVERIFY(
        !pane->markBox(sp::criteriaOf(window->caseFile()->grid().criteria, sp::Stage::Preselection)
                           .front()
                           .id)
             ->isEnabled());

    // The secretary does not mark.
    sp::test::signInAs(QStringLiteral("sam"));
    window->signIn();
    QCOMPARE(child<QLabel>(*window, QStringLiteral("userStatus"))->text(),
             QStringLiteral("Signed in as Sam Secretary (secretary)"));
    QVERIFY(pane->stateText().startsWith(QStringLiteral("You cannot mark: ")));
}

void GuiMarkingTest::nextCandidateNeedingMyMarks() {
    const QString path = copyOfDemo(QStringLiteral("next.selpanel"));
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
    const QString path = copyOfDemo(QStringLiteral("progress.selpanel"));
    const QStringList eligible = prepareMarking(path, 3);
    {
        auto caseFile = sp::CaseFile::open(path);
        sp::test::submitAll(*caseFile, "anna", eligible[0], 3);
        caseFile->saveMarkSheets({{"anna", eligible[1], sp::Stage::Preselection, {}, {}, false}});
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
    sp::test::signInAs(QStringLiteral("sam"));
    window->signIn();
    QVERIFY(table->isColumnHidden(sp::ui::CandidateTableModel::MyMarksColumn));
    QVERIFY(!filter->isVisible());
}

void GuiMarkingTest::rankingShowsTiesAndExportWritesTheShortlist() {
    const QString path = copyOfDemo(QStringLiteral("ranking.selpanel"));
    const QStringList eligible = prepareMarking(path, 4);
    std::map<QString, sp::Category> categories;
    {
        auto caseFile = sp::CaseFile::open(path);
        for (const auto& c : caseFile->candidates())
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
    const auto ranking = window->caseFile()->ranking(sp::Stage::Preselection);
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

    const QString csvPath = dir_.filePath(QStringLiteral("shortlist.csv"));
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
    QVERIFY(prompts_->requests().empty());
}

void GuiMarkingTest::chairRecordsConsensusAndMembersCannot() {
    const QString path = copyOfDemo(QStringLiteral("consensus.selpanel"));
    const QString reference = prepareMarking(path, 1).first();
    {
        // Far-apart marks: every criterion is flagged for discussion.
        auto caseFile = sp::CaseFile::open(path);
        sp::test::submitAll(*caseFile, "clara", reference, 0);
        sp::test::submitAll(*caseFile, "anna", reference, 0);
        submitNearMax(*caseFile, "bruno", reference, sp::Stage::Preselection, 0);
    }
    sp::test::signInAs(QStringLiteral("clara"));
    auto window = openWindow(path);
    sp::test::selectCandidate(*child<QTableView>(*window, QStringLiteral("candidateTable")),
                              reference);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("preselectionPane"));
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    QPushButton* button = pane->consensusButton();
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));

    std::optional<sp::ui::ConsensusRequest> asked;
    sp::ui::ConsensusDialog::setResponder([&asked](const sp::ui::ConsensusRequest& request) {
        asked = request;
        return std::optional<sp::ui::ConsensusAnswer>(
            {request.flagged.value(0), 1, QStringLiteral("Agreed after the discussion")});
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(asked.has_value());
    QCOMPARE(asked->candidate, reference);
    QVERIFY(!asked->flagged.isEmpty());
    QTRY_VERIFY2(
        pane->othersText().contains(QStringLiteral("1 (consensus: Agreed after the discussion)")),
        qPrintable(pane->othersText()));
    QVERIFY(prompts_->requests().empty());

    // A consensus without a reason is refused by the rules, and the refusal shown.
    sp::ui::ConsensusDialog::setResponder([](const sp::ui::ConsensusRequest& request) {
        return std::optional<sp::ui::ConsensusAnswer>({request.flagged.value(0), 2, QString()});
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(prompts_->requests().size(), size_t(1));
    QCOMPARE(prompts_->requests()[0].icon, QMessageBox::Critical);
    QVERIFY(pane->othersText().contains(QStringLiteral("1 (consensus: ")));

    // A member sees the button disabled, with the reason.
    sp::test::signInAs(QStringLiteral("anna"));
    window->signIn();
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(QStringLiteral("Only the chair")),
             qPrintable(button->toolTip()));
}

void GuiMarkingTest::lowerTierRecommendationNeedsJustification() {
    const QString path = copyOfDemo(QStringLiteral("recommend.selpanel"));
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
    const sp::RecommendationState state = window->caseFile()->recommendation();
    QCOMPARE(state.proposed.candidates.size(), qsizetype(1));
    QString other; // suitable, but not the one the rules recommend
    for (const auto& f : window->caseFile()->finalRanking())
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

    sp::test::signInAs(QStringLiteral("clara"));
    window->signIn();
    QVERIFY(dialog->recommendButton()->isEnabled());
    auto* table = child<QTableWidget>(*dialog, QStringLiteral("rankingTable"));
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->columnSpan(row, 0) == 1 &&
            table->item(row, sp::ui::RankingDialog::ReferenceColumn)->text() == other)
            table->setCurrentCell(row, sp::ui::RankingDialog::ReferenceColumn);

    // Without a justification: refused, nothing recorded.
    QString justification;
    std::optional<sp::ui::JustificationRequest> asked;
    sp::ui::JustificationDialog::setResponder([&](const sp::ui::JustificationRequest& request) {
        asked = request;
        return std::optional<QString>(justification);
    });
    QTest::mouseClick(dialog->recommendButton(), Qt::LeftButton);
    QVERIFY(asked.has_value());
    QCOMPARE(asked->candidate, other);
    QCOMPARE(prompts_->requests().size(), size_t(1));
    QCOMPARE(prompts_->requests()[0].icon, QMessageBox::Critical);
    QVERIFY2(prompts_->requests()[0].text.contains(state.proposed.candidates.first()),
             qPrintable(prompts_->requests()[0].text));
    QVERIFY(!window->caseFile()->recommendation().recorded.has_value());
    QVERIFY(dialog->recommendationText().contains(QStringLiteral("not recorded")));

    // With one: recorded and shown.
    prompts_->clear();
    justification = QStringLiteral("Better fit for the field work");
    QTest::mouseClick(dialog->recommendButton(), Qt::LeftButton);
    QVERIFY2(prompts_->requests().empty(),
             qPrintable(prompts_->requests().empty() ? QString() : prompts_->requests()[0].text));
    QCOMPARE(window->caseFile()->recommendation().recorded->candidate, other);
    QTRY_VERIFY2(dialog->recommendationText().contains(
                     QStringLiteral("Recorded by the panel: %1, by Clara Chair").arg(other)),
                 qPrintable(dialog->recommendationText()));
    QVERIFY(dialog->recommendationText().contains(
        QStringLiteral("Justification: Better fit for the field work")));
    QTest::qWait(100); // the dialog lays out the longer text in the event loop
    QVERIFY(
        dialog->grab().save(sp::test::screenshotPath(QStringLiteral("ranking-recommendation"))));
}

// Who is invited to interview comes from the pre-selection ranking, worked out on another thread
// after opening: the interview sheet waits for it, then can be marked; a typed interview mark
// does not send it back to waiting (the pre-selection ranking stands).
void GuiMarkingTest::interviewSheetWaitsForTheInvitationsThenStaysMarkable() {
    const QString path = copyOfDemo(QStringLiteral("interview.selpanel"));
    const QStringList eligible = prepareMarking(path, 2);
    {
        auto caseFile = sp::CaseFile::open(path);
        for (const QString& reference : eligible)
            for (const char* member : {"clara", "anna", "bruno"})
                submitNearMax(*caseFile, member, reference, sp::Stage::Preselection, 0);
        QCOMPARE(caseFile->shortlist().invited(), eligible);
    }
    auto window = openWindow(path); // as anna, a member
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    const QString reference = eligible.first();
    sp::test::selectCandidate(*table, reference);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("interviewPane"));
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    const auto criteria = sp::criteriaOf(window->caseFile()->grid().criteria, sp::Stage::Interview);
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
    QTRY_VERIFY(window->caseFile()->ownSheet(reference, sp::Stage::Interview, "anna").has_value());
    QCOMPARE(window->caseFile()
                 ->ownSheet(reference, sp::Stage::Interview, "anna")
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

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    GuiMarkingTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_marking.moc"
