#include "hit_list_view.h"

#include <QResizeEvent>

namespace sp::ui {

HitListView::HitListView(QWidget* parent) : QListView(parent) {
    setWordWrap(true);
    setUniformItemSizes(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void HitListView::resizeEvent(QResizeEvent* event) {
    QListView::resizeEvent(event);
    if (layingOut_ || event->size().width() == event->oldSize().width() || !model())
        return;
    layingOut_ = true;
    doItemsLayout();
    layingOut_ = false;
}

} // namespace sp::ui
