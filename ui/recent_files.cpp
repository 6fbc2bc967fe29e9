#include "recent_files.h"

#include "server/server_address.h"

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
        if ((server::looksLikeServerUrl(path) || QFileInfo::exists(path)) &&
            !existing.contains(path))
            existing << path;
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString& path) {
    // A case on a server is kept by its address, which names no password.
    const QString absolute =
        server::looksLikeServerUrl(path) ? path : QFileInfo(path).absoluteFilePath();
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
