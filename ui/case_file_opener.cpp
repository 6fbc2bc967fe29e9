#include "case_file_opener.h"

#include "domain/error.h"
#include "problem_text.h"
#include "prompt.h"
#include "server/server_address.h"

#include <QFileInfo>

namespace sp::ui {

std::unique_ptr<CaseFile> CaseFileOpener::open(QWidget* parent, const QString& path) {
    if (server::looksLikeServerUrl(path))
        return openOnServer(parent, path);
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

std::unique_ptr<CaseFile> CaseFileOpener::openOnServer(QWidget* parent, const QString& url) {
    QString password;
    QString refusal;
    for (int attempt = 0; attempt < 4; ++attempt) {
        try {
            return CaseFile::openServer(url, CaseFile::Access::ReadWrite, password);
        } catch (const Error& e) {
            // libpq's words: no password found (none typed, none in ~/.pgpass), or a wrong one.
            const bool wantsPassword =
                e.message().contains(QLatin1String("no password supplied")) ||
                e.message().contains(QLatin1String("password authentication failed"));
            if (!wantsPassword || attempt == 3) {
                reportFailure(parent, url, translated(e));
                return nullptr;
            }
            if (!password.isEmpty())
                refusal = tr("The server refused that password.") + QStringLiteral("\n\n");
        } catch (const std::exception& e) {
            reportFailure(parent, url, translatedWhat(e));
            return nullptr;
        }
        QString user;
        try {
            user = server::parseServerUrl(url).user;
        } catch (const std::exception&) {
        }
        const auto typed = Prompt::text(
            parent, {tr("Sign in to the server"),
                     refusal + tr("Password of %1 on %2:")
                                   .arg(user.isEmpty() ? tr("your database role") : user, url),
                     QString(), true});
        if (!typed)
            return nullptr;
        password = *typed;
    }
    return nullptr;
}

void CaseFileOpener::reportFailure(QWidget* parent, const QString& path, const QString& reason) {
    Prompt::error(
        parent, tr("Cannot open case file"),
        tr("Selection Panel cannot open %1.\n\n%2")
            .arg(server::looksLikeServerUrl(path) ? path : QFileInfo(path).fileName(), reason));
}

} // namespace sp::ui
