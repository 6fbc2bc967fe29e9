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

// Runs the selection-panel binary headless with the given arguments and waits for it.
AppResult runApp(const QStringList& arguments, int timeoutMs = 120000);

} // namespace sp::test
