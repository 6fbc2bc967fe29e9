// Core's refusals reach the window as values and are shown in the window's language: a member
// reading the window in French or German reads why they cannot act in French or German too.

#include "gui_fixture.h"
#include "language.h"
#include "main_window.h"
#include "mark_sheet_pane.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>

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

SP_GUI_TEST_MAIN(GuiProblemsTest)

#include "test_gui_problems.moc"
