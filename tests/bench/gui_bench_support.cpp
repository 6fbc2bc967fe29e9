#include "gui_bench_support.h"

#include "casefile/case_file.h"
#include "main_window.h"
#include "prompt.h"
#include "sign_in_dialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>

namespace sp::bench {

void prepareUnattendedWindow() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("Selection Panel Bench"));
    QApplication::setOrganizationName(QStringLiteral("Selection Panel Bench"));
    ui::SignInDialog::setResponder([](const std::vector<PanelMember>& panel,
                                      const ui::SessionUser&) -> std::optional<ui::SessionUser> {
        for (const auto& member : panel)
            if (member.role == Role::Chair)
                return ui::SessionUser{member.id, member.name, member.role};
        return ui::SessionUser{QString(), QStringLiteral("Bench"), std::nullopt};
    });
    ui::Prompt::setResponder([](const ui::PromptRequest&) { return QMessageBox::Yes; });
}

void settle() {
    QApplication::processEvents(QEventLoop::AllEvents);
    QApplication::sendPostedEvents();
    QApplication::processEvents(QEventLoop::AllEvents);
}

bool openAndShow(ui::MainWindow& window, const QString& path) {
    if (!window.openCaseFile(path))
        return false;
    settle();
    return true;
}

QLineEdit* candidateFilter(ui::MainWindow& window) {
    return window.findChild<QLineEdit*>(QStringLiteral("candidateFilter"));
}

QTableView* candidateTable(ui::MainWindow& window) {
    return window.findChild<QTableView*>(QStringLiteral("candidateTable"));
}

} // namespace sp::bench
