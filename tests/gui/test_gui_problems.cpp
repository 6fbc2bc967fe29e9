// Core's refusals reach the window as values and are shown in the window's language: a member
// reading the window in French or German reads why they cannot act in French or German too.

#include "eligibility_pane.h"
#include "gui_fixture.h"
#include "language.h"
#include "main_window.h"
#include "mark_sheet_pane.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <algorithm>

using sp::test::child;
using sp::test::SignIn;

class GuiProblemsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aMarkingRefusalIsInFrench();
    void aSearchRefusalIsInGerman();
    void aCaseFileRefusalIsInFrench();
    void theScreeningsReasonsAreInFrench();

private:
    sp::test::GuiFixture gui_;
};

void GuiProblemsTest::initTestCase() {
    gui_.demoCase(QStringLiteral("demo.selpanel"));
}

void GuiProblemsTest::init() {
    gui_.startTest();
}

void GuiProblemsTest::cleanup() {
    sp::ui::applyLanguage(QStringLiteral("en"));
    gui_.endTest();
}

void GuiProblemsTest::aMarkingRefusalIsInFrench() {
    const QString path = gui_.demoCase(QStringLiteral("secretary.selpanel"));
    const QString reference = sp::test::prepareMarking(path, 1).front();
    QVERIFY(sp::ui::applyLanguage(QStringLiteral("fr")));
    auto window = gui_.openWindow(path, SignIn::member(QStringLiteral("sam")));
    sp::test::selectCandidate(*child<QTableView>(*window, QStringLiteral("candidateTable")),
                              reference);
    auto* pane = child<sp::ui::MarkSheetPane>(*window, QStringLiteral("preselectionPane"));
    QCOMPARE(pane->stateText(), QStringLiteral("Vous ne pouvez pas noter\u00a0: Sam Secretary est "
                                               "secrétaire du jury\u00a0: le secrétaire ne note "
                                               "pas"));

    // The same refusal in English, as the command line words it.
    window.reset(); // it holds the case file
    QVERIFY(sp::ui::applyLanguage(QStringLiteral("en")));
    auto english = gui_.openWindow(path, SignIn::member(QStringLiteral("sam")));
    sp::test::selectCandidate(*child<QTableView>(*english, QStringLiteral("candidateTable")),
                              reference);
    QCOMPARE(
        child<sp::ui::MarkSheetPane>(*english, QStringLiteral("preselectionPane"))->stateText(),
        QStringLiteral("You cannot mark: Sam Secretary is the secretary: the secretary does "
                       "not mark"));
}

void GuiProblemsTest::aSearchRefusalIsInGerman() {
    const QString path = gui_.demoCase(QStringLiteral("search.selpanel"));
    QVERIFY(sp::ui::applyLanguage(QStringLiteral("de")));
    auto window = gui_.openWindow(path, SignIn::named(QStringLiteral("Sam Secretary")));
    auto* field = child<QLineEdit>(*window, QStringLiteral("applicationSearchField"));
    QTest::keyClicks(field, QStringLiteral("pentest OR"));
    QTest::keyClick(field, Qt::Key_Return);
    auto* message = child<QLabel>(*window, QStringLiteral("applicationSearchMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("OR steht zwischen zwei Wörtern oder Wortgruppen "
                                             "(pentest OR oscp)"));
}

// The case file refuses an override without a reason (the rules' words, prefixed with the
// reference by the case file): the window shows both in French.
void GuiProblemsTest::aCaseFileRefusalIsInFrench() {
    const QString path = gui_.demoCase(QStringLiteral("override.selpanel"));
    QVERIFY(sp::ui::applyLanguage(QStringLiteral("fr")));
    auto window = gui_.openWindow(path, SignIn::named(QStringLiteral("Anna Schmidt")));
    QString reference;
    for (const auto& s : window->caseFile()->screening().all())
        if (s.screening.status == sp::ScreeningStatus::Pending &&
            s.screening.preCheck.overall == sp::CriterionState::Met && reference.isEmpty())
            reference = s.candidate.application.reference;
    QVERIFY(!reference.isEmpty());
    sp::test::selectCandidate(*child<QTableView>(*window, QStringLiteral("candidateTable")),
                              reference);
    auto* pane = child<sp::ui::EligibilityPane>(*window, QStringLiteral("eligibilityPane"));
    child<QTabWidget>(*window, QStringLiteral("assessmentTabs"))->setCurrentWidget(pane);
    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("decideNotEligibleButton")),
                      Qt::LeftButton);
    const auto& requests = gui_.prompts().requests();
    QCOMPARE(requests.size(), size_t(1));
    QCOMPARE(requests[0].icon, QMessageBox::Critical);
    const QString refusal =
        QStringLiteral("%1\u00a0: la vérification préalable a trouvé tous les critères "
                       "remplis\u00a0: décider que le candidat ne remplit pas les conditions la "
                       "contredit et exige un motif nommant le critère non rempli")
            .arg(reference);
    QVERIFY2(requests[0].text.endsWith(refusal), qPrintable(requests[0].text));
    QCOMPARE(window->caseFile()->screening().candidate(reference)->screening.status,
             sp::ScreeningStatus::Pending);

    // What the member sees: the box over the window.
    QMessageBox box(requests[0].icon, requests[0].title, requests[0].text, QMessageBox::Ok,
                    window.get());
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QTest::qWait(100);
    const QRect area = window->frameGeometry().united(box.frameGeometry());
    QVERIFY(window->screen()
                ->grabWindow(0, area.x(), area.y(), area.width(), area.height())
                .save(sp::test::screenshotPath(QStringLiteral("case-file-refusal-fr"))));
    box.close();
}

// Why a candidate is admissible and meets (or not) each condition, as the eligibility pane
// explains it: in the window's language, the same facts as the English the exports keep.
void GuiProblemsTest::theScreeningsReasonsAreInFrench() {
    const QString path = gui_.demoCase(QStringLiteral("screening-fr.selpanel"));
    QVERIFY(sp::ui::applyLanguage(QStringLiteral("fr")));
    auto window = gui_.openWindow(path, SignIn::named(QStringLiteral("Sam Secretary")));
    auto* table = child<QTableView>(*window, QStringLiteral("candidateTable"));
    const QString reference = table->model()->index(0, 0).data().toString();
    sp::test::selectCandidate(*table, reference);
    auto* tabs = child<QTabWidget>(*window, QStringLiteral("assessmentTabs"));
    tabs->setCurrentWidget(child<QWidget>(*window, QStringLiteral("eligibilityPane")));
    const QString admissibility =
        child<QLabel>(*window, QStringLiteral("admissibilityText"))->text();
    const QString criteria = child<QLabel>(*window, QStringLiteral("criteriaText"))->text();
    QVERIFY2(admissibility.contains(QStringLiteral("reçue le")), qPrintable(admissibility));
    QVERIFY2(admissibility.contains(QStringLiteral("la date limite du")),
             qPrintable(admissibility));
    QVERIFY2(!criteria.contains(QStringLiteral("declared")) &&
                 !criteria.contains(QStringLiteral(" or better in ")),
             qPrintable(criteria));
    QVERIFY2(criteria.contains(QStringLiteral("ressortissant de l’UE")) ||
                 criteria.contains(QStringLiteral("nationalité")),
             qPrintable(criteria));
    QVERIFY2(criteria.contains(QStringLiteral(" ou mieux ")) ||
                 criteria.contains(QStringLiteral("langue")),
             qPrintable(criteria));
    // The tier too, in the list and the pane's title.
    const QStringList frenchTiers = {QStringLiteral("Fonctionnaire de la Commission"),
                                     QStringLiteral("Fonctionnaire d’une autre institution"),
                                     QStringLiteral("Lauréat"), QStringLiteral("Externe")};
    const QString tier =
        sp::test::cell(*table->model(), 0, sp::ui::CandidateTableModel::TierColumn);
    QVERIFY2(std::any_of(frenchTiers.begin(), frenchTiers.end(),
                         [&tier](const QString& name) { return tier.endsWith(name); }),
             qPrintable(tier));
    const QString title = child<QLabel>(*window, QStringLiteral("eligibilityTitle"))->text();
    QVERIFY2(title.contains(tier), qPrintable(title));
    QTest::qWait(100);
    QVERIFY(
        window->grab().save(sp::test::screenshotPath(QStringLiteral("eligibility-reasons-fr"))));
}

SP_GUI_TEST_MAIN(GuiProblemsTest)

#include "test_gui_problems.moc"
