#pragma once

#include <QListView>

namespace sp::ui {

// The list of a search's hits, whose texts wrap. QListView does not always measure wrapped rows
// again when its width changes: filled while hidden, then shown in the reader's side bar, each
// row kept the height its text had at the old width, and a hit's last lines ran over the next
// row. This one lays its rows out again, at once, whenever its width changes.
class HitListView : public QListView {
public:
    explicit HitListView(QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    bool layingOut_ = false; // a scroll bar appearing resizes the view again meanwhile
};

} // namespace sp::ui
