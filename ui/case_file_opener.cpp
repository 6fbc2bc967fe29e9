#include "case_file_opener.h"

#include "domain/error.h"
#include "problem_text.h"
#include "prompt.h"

#include <QFileInfo>

namespace sp::ui {

std::unique_ptr<CaseFile> CaseFileOpener::open(QWidget* parent, const QString& path) {
    try {
        // The window checks integrity after showing the list (BackgroundReads).
        return CaseFile::open(path, CaseFile::Access::ReadWrite, CaseFile::Integrity::CheckedLater);
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::Locked)
            return openReadOnlyIfAgreed(parent, path, translated(e));
        reportFailure(parent, path, translated(e));
    } catch (const std::exception& e) {
        reportFailure(parent, path, translatedWhat(e));
    }
    return nullptr;
}

std::unique_ptr<CaseFile> CaseFileOpener::openReadOnlyIfAgreed(QWidget* parent, const QString& path,
                                                               const QString& lockMessage) {
    const auto answer = Prompt::question(
        parent, tr("Case file in use"),
        tr("%1\n\nOpen it read-only? You will see everything but cannot change anything.")
            .arg(lockMessage),
        QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return nullptr;
    try {
        return CaseFile::open(path, CaseFile::Access::ReadOnly, CaseFile::Integrity::CheckedLater);
    } catch (const std::exception& e) {
        reportFailure(parent, path, translatedWhat(e));
    }
    return nullptr;
}

void CaseFileOpener::reportFailure(QWidget* parent, const QString& path, const QString& reason) {
    Prompt::error(
        parent, tr("Cannot open case file"),
        tr("Selection Panel cannot open %1.\n\n%2").arg(QFileInfo(path).fileName(), reason));
}

} // namespace sp::ui
