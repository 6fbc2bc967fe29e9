#include "casefile/case_file.h"
#include "eligibility_pane.h"
#include "gui_fixture.h"
#include "sign_in_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using sp::test::child;
using sp::test::SignIn;
using sp::ui::CandidateTableModel;

class GuiScreeningTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signedInUserIsShownAndRemembered();
    void filtersByStatusAndTierTogetherWithText();
    void overrideWithoutReasonIsRefusedWithReasonRecordedAndUndone();
    void tickingADeclarationIsUndoable();
    void probableDuplicateIsShownSideBySideSetAsideAndUndone();

private:
    // As Anna Schmidt, a name: this case has no panel yet.
    std::unique_ptr<sp::ui::MainWindow> openWindow(const QString& path) {
        return gui_.openWindow(path, SignIn::named(QStringLiteral("Anna Schmidt")));
    }
    sp::test::PromptRecorder& prompts() { return gui_.prompts(); }

    sp::test::GuiFixture gui_;
};

void GuiScreeningTest::initTestCase() {
    gui_.demoCase(QStringLiteral("demo.selpanel")); // made once, before the first test's clock
}

void GuiScreeningTest::init() {
    gui_.startTest();
}

void GuiScreeningTest::cleanup() {
    gui_.endTest();
}

void GuiScreeningTest::signedInUserIsShownAndRemembered() {
    const QString path = gui_.demoCase(QStringLiteral("who.selpanel"));
    {
        auto window = openWindow(path);
        QCOMPARE(child<QLabel>(*window, QStringLiteral("userStatus"))->text(),
                 QStringLiteral("Signed in as Anna Schmidt"));
    }
    // The next time the remembered name is offered first.
    sp::ui::SessionUser offered;
    sp::ui::SignInDialog::setResponder(
        [&](const std::vector<sp::PanelMember>&, const sp::ui::SessionUser& remembered) {
            offered = remembered;
            return std::optional<sp::ui::SessionUser>(remembered);
        });
    auto window = gui_.openWindow(path);
    QCOMPARE(offered.name, QStringLiteral("Anna Schmidt"));
    QCOMPARE(window->user().name, QStringLiteral("Anna Schmidt"));
}

void GuiScreeningTest::filtersByStatusAndTierTogetherWithText() {
    auto window = openWindow(gui_.demoCase(QStringLiteral("filter.selpanel")));
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    auto* status = child<QComboBox>(*window, QStringLiteral("statusFilter"));
    auto* tier = child<QComboBox>(*window, QStringLiteral("tierFilter"));
    QCOMPARE(table->model()->rowCount(), 20);

    // The demo holds one application received one second late.
    status->setCurrentIndex(status->findText(QStringLiteral("inadmissible")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(sp::test::cell(*table->model(), 0, CandidateTableModel::StatusColumn),
             QStringLiteral("inadmissible"));
    const QString late = sp::test::cell(*table->model(), 0, CandidateTableModel::ReferenceColumn);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("candidateCountStatus"))->text(),
             QStringLiteral("1 of 20 candidates shown"));

    status->setCurrentIndex(status->findText(QStringLiteral("pending")));
    QCOMPARE(table->model()->rowCount(), 19);
    QCOMPARE(sp::test::rowOf(*table, late), -1);

    // Combined with a tier and the text filter.
    tier->setCurrentIndex(tier->count() - 1); // the lowest tier: external candidates
    const int external = table->model()->rowCount();
    QVERIFY(external > 0 && external < 19);
    for (int row = 0; row < external; ++row)
        QCOMPARE(sp::test::cell(*table->model(), row, CandidateTableModel::TierColumn),
                 tier->currentText());
    const QString first = sp::test::cell(*table->model(), 0, CandidateTableModel::ReferenceColumn);
    QTest::keyClicks(child<QLineEdit>(*window, QStringLiteral("candidateFilter")), first);
    QCOMPARE(table->model()->rowCount(), 1);

    status->setCurrentIndex(0);
    tier->setCurrentIndex(0);
    child<QLineEdit>(*window, QStringLiteral("candidateFilter"))->clear();
    QCOMPARE(table->model()->rowCount(), 20);
    QVERIFY(prompts().requests().empty());
}

void GuiScreeningTest::overrideWithoutReasonIsRefusedWithReasonRecordedAndUndone() {
    auto window = openWindow(gui_.demoCase(QStringLiteral("decide.selpanel")));
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    auto* pane = child<sp::ui::EligibilityPane>(*window, QStringLiteral("eligibilityPane"));
    // Deciding "not eligible" against a pre-check that is met is an override: it needs a reason.
    QString reference;
    for (const auto& s : window->caseFile()->screening().all())
        if (s.screening.status == sp::ScreeningStatus::Pending &&
            s.screening.preCheck.overall == sp::CriterionState::Met && reference.isEmpty())
            reference = s.candidate.application.reference;
    QVERIFY(!reference.isEmpty());
    sp::test::selectCandidate(*table, reference);
    QVERIFY(
        pane->criteriaText().contains(QStringLiteral("Overall: <b style=\"color:#1b7a2e\">met")));

    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("decideNotEligibleButton")),
                      Qt::LeftButton);
    QCOMPARE(prompts().requests().size(), size_t(1));
    QCOMPARE(prompts().requests()[0].icon, QMessageBox::Critical);
    QVERIFY2(prompts().requests()[0].text.contains(QStringLiteral("reason")),
             qPrintable(prompts().requests()[0].text));
    QCOMPARE(window->undoStack()->count(), 0);
    QCOMPARE(sp::test::statusOf(*table, reference), QStringLiteral("pending"));

    QTest::keyClicks(child<QLineEdit>(*window, QStringLiteral("eligibilityReason")),
                     QStringLiteral("diploma not recognised"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("decideNotEligibleButton")),
                      Qt::LeftButton);
    QCOMPARE(prompts().requests().size(), size_t(1));
    QTRY_COMPARE(sp::test::statusOf(*table, reference), QStringLiteral("not eligible"));
    QVERIFY2(pane->decisionText().contains(QStringLiteral("Decided not eligible by Anna Schmidt")),
             qPrintable(pane->decisionText()));
    QVERIFY(pane->decisionText().contains(QStringLiteral("diploma not recognised")));

    auto* undo = child<QAction>(*window, QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Decide %1 not eligible").arg(reference));
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    QVERIFY(
        window->grab().save(sp::test::screenshotPath(QStringLiteral("main-window-eligibility"))));

    undo->trigger();
    QTRY_COMPARE(sp::test::statusOf(*table, reference), QStringLiteral("pending"));
    QVERIFY(pane->decisionText().startsWith(QStringLiteral("No decision yet")));
    child<QAction>(*window, QStringLiteral("redoAction"))->trigger();
    QTRY_COMPARE(sp::test::statusOf(*table, reference), QStringLiteral("not eligible"));
    QCOMPARE(prompts().requests().size(), size_t(1));
}

void GuiScreeningTest::tickingADeclarationIsUndoable() {
    auto window = openWindow(gui_.demoCase(QStringLiteral("tick.selpanel")));
    auto* pane = child<sp::ui::EligibilityPane>(*window, QStringLiteral("eligibilityPane"));
    const QString declaration = window->caseFile()->vacancy().eligibility.declarations.first();
    auto* combo = child<QComboBox>(*window, QStringLiteral("declaration_") + declaration);
    QCOMPARE(combo->currentIndex(), 0);

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // fulfilled
    QTRY_VERIFY2(pane->criteriaText().contains(QStringLiteral("ticked fulfilled by the panel")),
                 qPrintable(pane->criteriaText()));
    QCOMPARE(combo->currentIndex(), 1);
    QTest::keyClick(combo, Qt::Key_Down); // not fulfilled
    QTRY_VERIFY(pane->criteriaText().contains(QStringLiteral("ticked not fulfilled")));
    QCOMPARE(window->undoStack()->count(), 2);

    window->undoStack()->undo();
    QTRY_COMPARE(combo->currentIndex(), 1);
    window->undoStack()->undo();
    QTRY_COMPARE(combo->currentIndex(), 0);
    QVERIFY(!pane->criteriaText().contains(QStringLiteral("ticked")));
    QVERIFY(prompts().requests().empty());
}

void GuiScreeningTest::probableDuplicateIsShownSideBySideSetAsideAndUndone() {
    auto window = openWindow(gui_.demoCase(QStringLiteral("duplicate.selpanel")));
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    const auto flags = window->caseFile()->applications().duplicates();
    QVERIFY(!flags.empty());
    const QString reference = flags.front().reference;
    QVERIFY(!sp::test::cell(*table->model(), sp::test::rowOf(*table, reference),
                            CandidateTableModel::FlagColumn)
                 .isEmpty());
    sp::test::selectCandidate(*table, reference);
    auto* pane = child<sp::ui::EligibilityPane>(*window, QStringLiteral("eligibilityPane"));
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    auto* box = child<QWidget>(*window, QStringLiteral("duplicateBox"));
    QVERIFY(box->isVisible());
    auto* sideBySide = child<QTableWidget>(*window, QStringLiteral("duplicateTable"));
    QCOMPARE(sideBySide->item(0, 0)->text(), reference);
    QCOMPARE(sideBySide->item(0, 1)->text(), flags.front().otherReference);
    QCOMPARE(sideBySide->item(2, 0)->text(), sideBySide->item(2, 1)->text()); // same e-mail

    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("duplicateSetAsideButton")),
                      Qt::LeftButton);
    QCOMPARE(prompts().requests().size(), size_t(1));
    QVERIFY(prompts().requests()[0].text.contains(QStringLiteral("reason")));
    QTest::keyClicks(child<QLineEdit>(*window, QStringLiteral("duplicateReason")),
                     QStringLiteral("second copy, the other one counts"));
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("duplicateSetAsideButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(sp::test::statusOf(*table, reference), QStringLiteral("duplicate set aside"));
    QVERIFY(window->caseFile()->screening().duplicateResolution(reference).has_value());

    // Undo: undecided again, as before; redo sets it aside once more.
    const QString before = sp::test::statusOf(*table, flags.front().otherReference);
    auto* undo = child<QAction>(*window, QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Set %1 aside as a duplicate").arg(reference));
    undo->trigger();
    QTRY_VERIFY(sp::test::statusOf(*table, reference) != QStringLiteral("duplicate set aside"));
    QVERIFY(!window->caseFile()->screening().duplicateResolution(reference).has_value());
    QCOMPARE(window->caseFile()->record().entries(reference).back().action,
             QStringLiteral("duplicate_resolution_withdrawn"));
    QCOMPARE(sp::test::statusOf(*table, flags.front().otherReference), before);
    child<QAction>(*window, QStringLiteral("redoAction"))->trigger();
    QTRY_COMPARE(sp::test::statusOf(*table, reference), QStringLiteral("duplicate set aside"));
    QCOMPARE(window->caseFile()->screening().duplicateResolution(reference)->reason,
             QStringLiteral("second copy, the other one counts"));
    QCOMPARE(prompts().requests().size(), size_t(1)); // only the missing reason
}

SP_GUI_TEST_MAIN(GuiScreeningTest)
#include "test_gui_screening.moc"
