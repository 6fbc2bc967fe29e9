#include "workbook_actions.h"

#include "casefile/case_file.h"
#include "edit_commands/edit_history.h"
#include "edit_commands/irreversible_acts.h"
#include "io/output_file.h"
#include "problem_text.h"
#include "prompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace sp::ui {

namespace {

std::function<QStringList(const QString&)>& responder() {
    static std::function<QStringList(const QString&)> instance;
    return instance;
}

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("sp::ui::WorkbookActions", text, disambiguation, n);
}

QString caseFolder(const CaseFile& caseFile) {
    return QFileInfo(caseFile.path()).absolutePath();
}

} // namespace

void setWorkbookPathResponder(std::function<QStringList(const QString&)> answer) {
    responder() = std::move(answer);
}

QStringList exportMemberWorkbooks(QWidget* parent, const CaseFile& caseFile) {
    if (caseFile.workbookIdentity()) {
        Prompt::error(parent, tr("Workbooks not exported"),
                      tr("This is a member's workbook: workbooks are exported from the case."));
        return {};
    }
    const QString folder =
        responder() ? responder()(QStringLiteral("folder")).value(0)
                    : QFileDialog::getExistingDirectory(parent, tr("Export member workbooks into"),
                                                        caseFolder(caseFile));
    if (folder.isEmpty())
        return {};
    // The stage the panel is at: interview once candidates are invited to it.
    const Stage stage =
        caseFile.results().shortlist().invited().isEmpty() ? Stage::Preselection : Stage::Interview;
    const QString base = QFileInfo(caseFile.path()).completeBaseName() +
                         (stage == Stage::Interview ? QStringLiteral("-interview") : QString());
    QStringList written;
    QStringList problems;
    for (const auto& member : caseFile.panel().members()) {
        if (!roleMarks(member.role))
            continue;
        const QString path = QDir(folder).filePath(
            QStringLiteral("%1-workbook-%2%3").arg(base, member.id, CaseFile::Extension));
        try {
            caseFile.workbooks().exportWorkbook(member.id, stage, path);
            written << QDir::toNativeSeparators(path);
        } catch (const std::exception& e) {
            problems << tr("%1: %2").arg(member.name, translatedWhat(e));
        }
    }
    QString text = written.isEmpty()
                       ? tr("No workbook was written.")
                       : (stage == Stage::Interview
                              ? tr("Written, one for each member to mark the interviews:\n%1")
                              : tr("Written, one for each member to mark at pre-selection:\n%1"))
                             .arg(written.join(QLatin1Char('\n')));
    if (!problems.isEmpty())
        text += tr("\n\nNot written:\n%1").arg(problems.join(QLatin1Char('\n')));
    if (problems.isEmpty())
        Prompt::information(parent, tr("Member workbooks"), text);
    else
        Prompt::error(parent, tr("Member workbooks"), text);
    return written;
}

QString returnMyMarks(QWidget* parent, const CaseFile& workbook) {
    const auto identity = workbook.workbookIdentity();
    if (!identity) {
        Prompt::error(parent, tr("Marks not returned"),
                      tr("This is the case itself: marks are returned from a member's workbook."));
        return {};
    }
    const QString suggested =
        QDir(caseFolder(workbook))
            .filePath(QStringLiteral("%1-return-%2.json")
                          .arg(QFileInfo(workbook.path()).completeBaseName(), identity->member));
    const QString path =
        responder() ? responder()(QStringLiteral("return")).value(0)
                    : QFileDialog::getSaveFileName(parent, tr("Return my marks"), suggested,
                                                   tr("Marks returns (*.json)"));
    if (path.isEmpty())
        return {};
    try {
        writeFileReplacing(path, workbook.workbooks().marksReturn());
    } catch (const std::exception& e) {
        Prompt::error(parent, tr("Marks not returned"), translatedWhat(e));
        return {};
    }
    Prompt::information(
        parent, tr("Marks returned"),
        tr("Your submitted marks are in %1, signed with your key. Send that file to the panel's "
           "secretary, who imports it into the case.")
            .arg(QDir::toNativeSeparators(path)));
    return path;
}

int importReturns(QWidget* parent, CaseFile& caseFile, EditHistory& edits) {
    const QStringList paths =
        responder()
            ? responder()(QStringLiteral("returns"))
            : QFileDialog::getOpenFileNames(parent, tr("Import returns"), caseFolder(caseFile),
                                            tr("Marks returns (*.json)"));
    int imported = 0;
    QStringList lines;
    for (const auto& path : paths) {
        const QString shown = QDir::toNativeSeparators(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            lines << tr("%1: cannot be read: %2").arg(shown, file.errorString());
            continue;
        }
        ImportReturnAct act(caseFile, file.readAll(), shown);
        if (const auto refusal = edits.perform(act)) {
            lines << *refusal;
            continue;
        }
        ++imported;
        lines << tr("%1: %2's %n sheet(s) submitted", nullptr,
                    static_cast<int>(act.result().candidates.size()))
                     .arg(shown, act.result().member);
    }
    if (paths.isEmpty())
        return 0;
    if (imported == paths.size())
        Prompt::information(parent, tr("Returns imported"), lines.join(QLatin1Char('\n')));
    else
        Prompt::error(parent, tr("Returns imported"), lines.join(QLatin1Char('\n')));
    return imported;
}

} // namespace sp::ui
