#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>
#include <QPointer>

class QPdfDocument;

namespace sp::ui {

// The pages of a document, numbered from 1, each with a small picture of the page rendered the
// first time a view asks for it.
class PageThumbnailModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int thumbnailWidth = 84;

    explicit PageThumbnailModel(QObject* parent = nullptr);

    // nullptr, or a document that is Ready; call again with nullptr before it goes away.
    void setDocument(QPdfDocument* document);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    QPixmap thumbnail(int page) const;

    QPointer<QPdfDocument> document_;
    int pageCount_ = 0;
    mutable QHash<int, QPixmap> thumbnails_;
};

} // namespace sp::ui
