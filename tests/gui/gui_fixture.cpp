#include "gui_fixture.h"

#include "domain/grid.h"
#include "prompt.h"
#include "sign_in_dialog.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <algorithm>

namespace sp::test {

QString screenshotPath(const QString& name) {
    QDir().mkpath(QStringLiteral(SP_SCREENSHOT_DIR));
    return QStringLiteral(SP_SCREENSHOT_DIR "/%1.png").arg(name);
}

void saveMenuScreenshot(QWidget& window, const QString& menuTitle, const QString& name) {
    auto* bar = window.findChild<QMenuBar*>();
    QAction* title = nullptr;
    for (QAction* action : bar ? bar->actions() : QList<QAction*>())
        if (action->text() == menuTitle)
            title = action;
    if (!title || !title->menu())
        qFatal("no menu %s", qPrintable(menuTitle));
    QMenu* menu = title->menu();
    menu->popup(bar->mapToGlobal(bar->actionGeometry(title).bottomLeft()));
    if (!QTest::qWaitForWindowExposed(menu))
        qWarning("the menu %s is not shown", qPrintable(menuTitle));
    QTest::qWait(100);
    // The screen, not the window: the open menu is a window of its own.
    const QRect area = window.frameGeometry().united(menu->geometry());
    const QPixmap shot =
        window.screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    if (!shot.save(screenshotPath(name)))
        qWarning("cannot save the screenshot %s", qPrintable(name));
    menu->close();
}

int rowOf(const QTableView& table, const QString& reference) {
    for (int row = 0; row < table.model()->rowCount(); ++row)
        if (cell(*table.model(), row, ui::CandidateTableModel::ReferenceColumn) == reference)
            return row;
    return -1;
}

void selectCandidate(QTableView& table, const QString& reference) {
    const int row = rowOf(table, reference);
    if (row < 0)
        qFatal("%s is not in the list", qPrintable(reference));
    table.scrollTo(table.model()->index(row, 0));
    QTest::mouseClick(table.viewport(), Qt::LeftButton, {},
                      table.visualRect(table.model()->index(row, 0)).center());
}

QString statusOf(const QTableView& table, const QString& reference) {
    const int row = rowOf(table, reference);
    return row < 0 ? QString() : cell(*table.model(), row, ui::CandidateTableModel::StatusColumn);
}

std::shared_ptr<bool> whenShown(const QString& objectName,
                                std::function<void(QDialog& dialog)> drive) {
    auto driven = std::make_shared<bool>(false);
    auto* poll = new QTimer(qApp);
    poll->setInterval(20);
    auto waited = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        QDialog* dialog = nullptr;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (widget->objectName() == objectName && widget->isVisible())
                dialog = qobject_cast<QDialog*>(widget);
        if (!dialog) {
            if (++*waited * poll->interval() > 30000) {
                qWarning("%s was never shown", qPrintable(objectName));
                poll->deleteLater();
                poll->stop();
            }
            return;
        }
        poll->stop();
        poll->deleteLater();
        QPointer<QDialog> open(dialog);
        QPointer<QWidget> owner(dialog->parentWidget() ? dialog->parentWidget()->window()
                                                       : nullptr);
        *driven = true;
        drive(*dialog);
        if (open && open->isVisible())
            open->reject();
        // As a window manager would: the window the dialog came from is active again.
        if (owner)
            owner->activateWindow();
    });
    poll->start();
    return driven;
}

void clickButton(QDialog& dialog, const QString& text) {
    for (auto* button : dialog.findChildren<QAbstractButton*>())
        if (button->text().remove(QLatin1Char('&')) == text) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    qFatal("%s has no button %s", qPrintable(dialog.objectName()), qPrintable(text));
}

void signInAs(const SignIn& who) {
    ui::SignInDialog::setResponder([who](const std::vector<PanelMember>&, const ui::SessionUser&) {
        return std::optional<ui::SessionUser>(
            ui::SessionUser{who.memberId, who.name, std::nullopt});
    });
    ui::SignInDialog::setPassphraseResponder([](const QString& id, identity::Credentials) {
        return std::optional<ui::SignInDialog::Passphrase>({guiTestPassphrase(id), {}});
    });
}

void addTestPanel(CaseFile& caseFile) {
    caseFile.panel().addMember({"clara", "Clara Chair", Role::Chair});
    caseFile.panel().addMember({"anna", "Anna Schmidt", Role::Member});
    caseFile.panel().addMember({"bruno", "Bruno Member", Role::Member});
    caseFile.panel().addMember({"sam", "Sam Secretary", Role::Secretary});
}

QStringList prepareMarking(const QString& path, int eligible) {
    auto caseFile = CaseFile::open(path);
    addTestPanel(*caseFile);
    caseFile->panel().freezeGrid("clara");
    QStringList references;
    for (const auto& s : caseFile->screening().all())
        if (s.screening.admissibility.admissible() &&
            s.screening.preCheck.overall == CriterionState::Met && references.size() < eligible) {
            caseFile->screening().decideEligibility(s.candidate.application.reference, true, {},
                                                    "Clara Chair");
            references << s.candidate.application.reference;
        }
    return references;
}

void submitAll(CaseFile& caseFile, const QString& member, const QString& reference, int mark,
               Stage stage) {
    MarkSheet sheet{member, reference, stage, {}, {}, true};
    for (const auto& c : criteriaOf(caseFile.panel().grid().criteria, stage))
        sheet.marks[c.id] = mark;
    caseFile.marking().saveMarkSheets({sheet});
}

void submitNearMax(CaseFile& caseFile, const QString& member, const QString& reference, Stage stage,
                   int below) {
    MarkSheet sheet{member, reference, stage, {}, {}, true};
    for (const auto& c : criteriaOf(caseFile.panel().grid().criteria, stage))
        sheet.marks[c.id] = std::max(0, c.maxMark - below);
    caseFile.marking().saveMarkSheets({sheet});
}

GuiFixture::GuiFixture(Settings settings) : settings_(settings) {
    if (!dir_.isValid())
        qFatal("no temporary folder for the test");
    if (settings_ == Settings::Fresh)
        QSettings().clear();
    // The case files of the tests are made without waiting after each sign-in.
    qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0");
}

GuiFixture::~GuiFixture() {
    clearResponders();
    if (settings_ == Settings::Fresh)
        QSettings().clear();
}

void GuiFixture::startTest(MessageBoxes messageBoxes) {
    prompts_ = std::make_unique<PromptRecorder>(QMessageBox::No);
    messageBoxes_ = messageBoxes;
}

void GuiFixture::endTest() {
    const QString unexpected =
        prompts_ && messageBoxes_ == MessageBoxes::Fail && !prompts_->requests().empty()
            ? prompts_->requests().front().text
            : QString();
    clearResponders();
    if (!unexpected.isEmpty())
        QFAIL(qPrintable(QStringLiteral("unexpected message box: ") + unexpected));
}

void GuiFixture::clearResponders() {
    prompts_.reset();
    ui::SignInDialog::setResponder({});
    ui::SignInDialog::setPassphraseResponder({});
    ui::Prompt::setTextResponder({});
}

QString GuiFixture::path(const QString& name) const {
    return dir_.filePath(name);
}

QString GuiFixture::demoCase(const QString& name, int candidates, int seed) {
    const QString made = path(QStringLiteral("made-demo-%1-%2.selpanel").arg(candidates).arg(seed));
    if (!QFile::exists(made)) {
        const QString failure = createDemoCaseFile(made, candidates, seed);
        if (!failure.isEmpty())
            qFatal("%s", qPrintable(failure));
    }
    const QString copy = path(name);
    QFile::remove(copy);
    if (!QFile::copy(made, copy))
        qFatal("cannot copy the demo case file to %s", qPrintable(copy));
    return copy;
}

std::unique_ptr<ui::MainWindow> GuiFixture::openWindow(const QString& casePath, const SignIn& who) {
    signInAs(who);
    return openWindow(casePath);
}

std::unique_ptr<ui::MainWindow> GuiFixture::openWindow(const QString& casePath) {
    auto window = std::make_unique<ui::MainWindow>();
    window->resize(1400, 860);
    if (!window->openCaseFile(casePath))
        qFatal("cannot open %s", qPrintable(casePath));
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window is not active: shortcuts may not reach it");
    return window;
}

std::unique_ptr<ui::MainWindow> GuiFixture::showWindow() {
    auto window = std::make_unique<ui::MainWindow>();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window is not active: shortcuts may not reach it");
    return window;
}

int runGuiTest(int& argc, char** argv, const char* name, const std::function<int()>& run) {
    if (argc == 3 && qstrcmp(argv[1], "--hold-writer-lock") == 0)
        return holdWriterLock(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qWarning("%s: no display; using the offscreen platform (run under xvfb-run -a)", name);
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Recent files, window sizes and remembered sign-ins stay out of the user's settings, and
    // each test program keeps its own.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Selection Panel Tests"));
    QApplication::setApplicationName(QString::fromLatin1(name));
    QApplication app(argc, argv);
    return run();
}

} // namespace sp::test
