#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

class QPdfDocument;
class QPdfSearchModel;

namespace sp::ui {

struct SearchHit {
    int page = 0; // from 0
    QPointF location;
    QList<QRectF> rectangles; // in the page's points
    QString contextBefore;
    QString contextAfter;
};

// Every hit of the model's search string, page by page. QPdfSearchModel (Qt 6.4) searches one
// page per timer tick; asking for each page's results searches it at once, so the hits of a
// document are all known when this returns. The model's document must be Ready.
std::vector<SearchHit> findAllHits(const QPdfSearchModel& model, QPdfDocument& document);

// QPdfSearchModel (Qt 6.4) cuts the context of a hit at the first occurrence of the search
// string near it, which is another hit when two are close together. This takes the context of
// the n-th hit on a page around the n-th occurrence in the page's text instead; hits beyond the
// occurrences found keep theirs.
void setContextsFromPageText(std::vector<SearchHit>& hitsOnPage, const QString& pageText,
                             const QString& searchString);

// "p. 3 — …told the threat model was…" for the list of hits.
QString hitListText(const SearchHit& hit, const QString& searchString);

// "3 of 12" (current counted from 0 in, from 1 out), "12 matches" before one is chosen,
// "No matches", or nothing without a search.
QString hitCounterText(int current, int count, bool searching);

} // namespace sp::ui
