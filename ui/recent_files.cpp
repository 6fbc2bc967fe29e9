#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace sp::ui {

namespace {

const QString key = QStringLiteral("recentCaseFiles");

void store(const QStringList& paths) {
    QSettings().setValue(key, paths);
}

} // namespace

QStringList RecentFiles::list() {
    const QStringList stored = QSettings().value(key).toStringList();
    QStringList existing;
    for (const QString& path : stored)
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maximum)
        paths.removeLast();
    store(paths);
}

void RecentFiles::clear() {
    store({});
}

} // namespace sp::ui
