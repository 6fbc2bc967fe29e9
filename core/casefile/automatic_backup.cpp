#include "casefile/automatic_backup.h"

#include "casefile/case_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sp {

QString automaticBackupPath(const QString& casePath, const QString& occasion) {
    const QFileInfo info(casePath);
    QString base = info.fileName();
    if (base.endsWith(QLatin1String(CaseFile::Extension)))
        base.chop(static_cast<int>(qstrlen(CaseFile::Extension)));
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QDir dir = info.absoluteDir();
    const QString stem = QStringLiteral("%1.before-%2-%3").arg(base, occasion, stamp);
    QString name = stem + QLatin1String(CaseFile::Extension);
    for (int n = 2; QFileInfo::exists(dir.filePath(name)); ++n)
        name = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(CaseFile::Extension);
    return dir.filePath(name);
}

BackupKeptIfDone::~BackupKeptIfDone() {
    if (!done_ && !path_.isEmpty())
        QFile::remove(path_);
}

} // namespace sp
