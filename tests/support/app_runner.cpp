#include "support/app_runner.h"

#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace sp::test {

namespace {

// The commands that act in a member's name and so sign them in.
bool actsInMembersName(const QString& command) {
    static const QStringList acting = {
        QStringLiteral("mark"),      QStringLiteral("submit"),
        QStringLiteral("consensus"), QStringLiteral("decide"),
        QStringLiteral("tick"),      QStringLiteral("duplicates"),
        QStringLiteral("grid"),      QStringLiteral("freeze"),
        QStringLiteral("reopen"),    QStringLiteral("set-aggregation"),
        QStringLiteral("conflict"),  QStringLiteral("shortlist"),
        QStringLiteral("recommend"), QStringLiteral("import-marks"),
        QStringLiteral("erase"),     QStringLiteral("anonymise"),
    };
    return acting.contains(command);
}

// The commands that read as a member (their marks, their sheet, the record as they may read it).
bool readsAsMember(const QString& command) {
    static const QStringList reading = {QStringLiteral("marks"), QStringLiteral("export-sheet"),
                                        QStringLiteral("search"), QStringLiteral("record")};
    return reading.contains(command);
}

QStringList withPassphraseFile(const QStringList& arguments) {
    if (!arguments.isEmpty() && readsAsMember(arguments[0]) &&
        !arguments.contains(QStringLiteral("--passphrase-file"))) {
        const QString option = arguments[0] == QLatin1String("record") ? QStringLiteral("--as")
                                                                       : QStringLiteral("--member");
        const qsizetype at = arguments.indexOf(option);
        if (at >= 0 && at + 1 < arguments.size())
            return arguments + QStringList{QStringLiteral("--passphrase-file"),
                                           passphraseFileFor(arguments[at + 1])};
        return arguments;
    }
    if (arguments.isEmpty() || !actsInMembersName(arguments[0]) ||
        arguments.contains(QStringLiteral("--passphrase-file")) ||
        arguments.contains(QStringLiteral("--dry-run")))
        return arguments;
    for (const QString& option : {QStringLiteral("--member"), QStringLiteral("--by")}) {
        const qsizetype at = arguments.indexOf(option);
        if (at >= 0 && at + 1 < arguments.size())
            return arguments + QStringList{QStringLiteral("--passphrase-file"),
                                           passphraseFileFor(arguments[at + 1])};
    }
    return arguments;
}

} // namespace

QByteArray testPassphrase(const QString& member) {
    return "test passphrase of " + member.toUtf8();
}

QString passphraseFileFor(const QString& member) {
    static QTemporaryDir dir;
    const QString path =
        dir.filePath(QStringLiteral("passphrase-") + QString::fromLatin1(member.toUtf8().toHex()));
    if (!QFile::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(testPassphrase(member) + '\n');
    }
    return path;
}

AppResult runApp(const QStringList& arguments, int timeoutMs) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SELECTION_PANEL_SIGN_IN_DELAY_MS"), QStringLiteral("0"));
    process.setProcessEnvironment(environment);
    process.start(appBinary(), withPassphraseFile(arguments));
    AppResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace sp::test
