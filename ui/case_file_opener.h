#pragma once

#include "casefile/case_file.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace sp::ui {

// Opens a case file for the window: for writing, or, when another process holds it for writing
// and the user agrees, read-only; or a case on a server (postgresql://...), asking for the
// member's password when libpq finds none. Every failure is reported in a message box, never
// thrown.
class CaseFileOpener {
    Q_DECLARE_TR_FUNCTIONS(CaseFileOpener)

public:
    // nullptr when the file could not be opened or the user declined to open it read-only.
    static std::unique_ptr<CaseFile> open(QWidget* parent, const QString& path);

private:
    static std::unique_ptr<CaseFile> openOnServer(QWidget* parent, const QString& url);
    static std::unique_ptr<CaseFile> openReadOnlyIfAgreed(QWidget* parent, const QString& path,
                                                          const QString& lockMessage);
    static void reportFailure(QWidget* parent, const QString& path, const QString& reason);
};

} // namespace sp::ui
