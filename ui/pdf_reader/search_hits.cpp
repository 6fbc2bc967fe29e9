#include "search_hits.h"

#include <QCoreApplication>
#include <QPdfDocument>
#include <QPdfSearchModel>
#include <QPdfSelection>
#include <algorithm>

namespace sp::ui {

namespace {

constexpr int contextShown = 32;
constexpr int contextKept = 64;

// The search model marks line ends with U+23CE; the list shows running text.
QString flattened(QString text) {
    return text.replace(QChar(0x23CE), QLatin1Char(' ')).simplified();
}

bool isBreak(QChar c) {
    return c.isSpace() || c == QChar(0x23CE);
}
bool endsWithBreak(const QString& text) {
    return !text.isEmpty() && isBreak(text.back());
}
bool startsWithBreak(const QString& text) {
    return !text.isEmpty() && isBreak(text.front());
}

// The strings of the search results, under one translation context lupdate can see.
struct PdfReader {
    Q_DECLARE_TR_FUNCTIONS(sp::ui::PdfReader)
};

} // namespace

std::vector<SearchHit> findAllHits(const QPdfSearchModel& model, QPdfDocument& document) {
    std::vector<SearchHit> hits;
    const QString term = model.searchString();
    if (term.isEmpty() || document.status() != QPdfDocument::Status::Ready)
        return hits;
    for (int page = 0; page < document.pageCount(); ++page) {
        std::vector<SearchHit> onPage;
        for (const QPdfLink& link : model.resultsOnPage(page))
            onPage.push_back({page, link.location(), link.rectangles(), link.contextBefore(),
                              link.contextAfter()});
        if (onPage.empty())
            continue;
        setContextsFromPageText(onPage, document.getAllText(page).text(), term);
        hits.insert(hits.end(), onPage.begin(), onPage.end());
    }
    return hits;
}

void setContextsFromPageText(std::vector<SearchHit>& hitsOnPage, const QString& pageText,
                             const QString& searchString) {
    qsizetype from = 0;
    for (SearchHit& hit : hitsOnPage) {
        const qsizetype at = pageText.indexOf(searchString, from, Qt::CaseInsensitive);
        if (at < 0)
            return;
        const qsizetype start = std::max<qsizetype>(0, at - contextKept);
        hit.contextBefore = pageText.mid(start, at - start);
        hit.contextAfter = pageText.mid(at + searchString.size(), contextKept);
        from = at + searchString.size();
    }
}

QString hitListText(const SearchHit& hit, const QString& searchString) {
    const QString before = flattened(hit.contextBefore);
    const QString after = flattened(hit.contextAfter);
    const QString ellipsis(QChar(0x2026));
    QString text =
        before.size() > contextShown ? ellipsis + before.right(contextShown).trimmed() : before;
    if (!before.isEmpty() && endsWithBreak(hit.contextBefore))
        text += QLatin1Char(' ');
    text += searchString;
    if (!after.isEmpty() && startsWithBreak(hit.contextAfter))
        text += QLatin1Char(' ');
    text += after.size() > contextShown ? after.left(contextShown).trimmed() + ellipsis : after;
    return PdfReader::tr("p. %1 \u2014 %2").arg(hit.page + 1).arg(text);
}

QString hitCounterText(int current, int count, bool searching) {
    if (!searching)
        return {};
    if (count == 0)
        return PdfReader::tr("No matches");
    if (current < 0)
        return count == 1 ? PdfReader::tr("1 match") : PdfReader::tr("%1 matches").arg(count);
    return PdfReader::tr("%1 of %2").arg(current + 1).arg(count);
}

} // namespace sp::ui
