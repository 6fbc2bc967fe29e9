#include "page_thumbnail_model.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfDocument>

namespace sp::ui {

PageThumbnailModel::PageThumbnailModel(QObject* parent) : QAbstractListModel(parent) {}

void PageThumbnailModel::setDocument(QPdfDocument* document) {
    beginResetModel();
    document_ = document;
    pageCount_ =
        document && document->status() == QPdfDocument::Status::Ready ? document->pageCount() : 0;
    thumbnails_.clear();
    endResetModel();
}

int PageThumbnailModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : pageCount_;
}

QVariant PageThumbnailModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= pageCount_)
        return {};
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Page %1").arg(page + 1);
    case Qt::DecorationRole:
        return thumbnail(page);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignHCenter | Qt::AlignTop);
    default:
        return {};
    }
}

QPixmap PageThumbnailModel::thumbnail(int page) const {
    if (const auto found = thumbnails_.constFind(page); found != thumbnails_.cend())
        return *found;
    if (!document_)
        return {};
    const QSizeF points = document_->pagePointSize(page);
    if (points.width() <= 0)
        return {};
    const qreal ratio = qApp->devicePixelRatio();
    const QSize size(thumbnailWidth, qRound(thumbnailWidth * points.height() / points.width()));
    QImage image = document_->render(page, size * ratio);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(ratio);
    // Pages without a background of their own render transparent: show them on paper.
    QPixmap pixmap(image.size());
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::white);
    {
        QPainter painter(&pixmap);
        painter.drawImage(QPoint(0, 0), image);
    }
    thumbnails_.insert(page, pixmap);
    return pixmap;
}

} // namespace sp::ui
