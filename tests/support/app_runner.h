#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace sp::test {

struct AppResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the selection-panel binary headless with the given arguments and waits for it. A command
// acting in a member's name (--member ID / --by ID) without --passphrase-file gets
// passphraseFileFor(ID), as a member's script would; sign-in delays are off
// (SELECTION_PANEL_SIGN_IN_DELAY_MS=0).
AppResult runApp(const QStringList& arguments, int timeoutMs = 120000);

// The passphrase the tests give each member, and a file holding it (made once per test process).
QByteArray testPassphrase(const QString& member);
QString passphraseFileFor(const QString& member);

} // namespace sp::test
