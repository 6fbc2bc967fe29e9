#include "app_icons.h"

#include <QApplication>

namespace sp::ui {

QIcon applicationIcon() {
    QIcon icon(QStringLiteral(":/icons/selection-panel.svg"));
    icon.addFile(QStringLiteral(":/icons/selection-panel-48.png"), QSize(48, 48));
    icon.addFile(QStringLiteral(":/icons/selection-panel-256.png"), QSize(256, 256));
    return icon;
}

void installApplicationIcons() {
    QApplication::setWindowIcon(applicationIcon());
    QStringList paths = QIcon::fallbackSearchPaths();
    const QString embedded = QStringLiteral(":/icons/actions");
    if (!paths.contains(embedded))
        QIcon::setFallbackSearchPaths(paths << embedded);
}

} // namespace sp::ui
