#include "report/report_pdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace sp::report {

namespace {

QString escaped(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

const char* const StyleSheet = R"(
h1 { font-size: 20pt; font-weight: bold; color: #003399; }
h2 { font-size: 13pt; font-weight: bold; color: #003399; }
h3 { font-size: 10.5pt; font-weight: bold; }
p.subtitle { font-size: 12pt; }
p.secrecy { font-style: italic; color: #333333; }
p.issued { color: #333333; }
p.note { font-style: italic; color: #555555; }
th { background-color: #e6ebf5; font-weight: bold; text-align: left; }
td.number, th.number { text-align: right; }
td.label { font-weight: bold; }
)";

QString tableHtml(const Table& table) {
    const auto numeric = [&](int column) {
        return std::find(table.numericColumns.begin(), table.numericColumns.end(), column) !=
               table.numericColumns.end();
    };
    QString html =
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                       "style=\"border-collapse: collapse; border-color: #8c8c8c;\">");
    if (!table.header.isEmpty()) {
        html += QStringLiteral("<thead><tr>");
        for (int i = 0; i < table.header.size(); ++i)
            html += QStringLiteral("<th%1%2>%3</th>")
                        .arg(numeric(i) ? QStringLiteral(" class=\"number\"") : QString(),
                             size_t(i) < table.widths.size()
                                 ? QStringLiteral(" width=\"%1%\"").arg(table.widths[size_t(i)])
                                 : QString(),
                             escaped(table.header[i]));
        html += QStringLiteral("</tr></thead>");
    }
    for (const auto& row : table.rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i) {
            // A table without a header is a list of labelled values: the label in bold.
            const QString cls = numeric(i) ? QStringLiteral(" class=\"number\"")
                                : (table.header.isEmpty() && i == 0)
                                    ? QStringLiteral(" class=\"label\" width=\"38%\"")
                                    : QString();
            html += QStringLiteral("<td%1>%2</td>").arg(cls, escaped(row[i]));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString signaturesHtml(const Document& d, const std::vector<SignatureLine>& lines) {
    const QString rule = QStringLiteral("_").repeated(34);
    QString html =
        QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"6\">");
    for (size_t i = 0; i < lines.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (size_t j = i; j < i + 2; ++j) {
            html += QStringLiteral("<td width=\"50%\">");
            if (j < lines.size())
                html += QStringLiteral("<p><b>%1</b><br>%2</p>"
                                       "<p><br>%3: %5</p><p><br><br><br>%4: %5</p>")
                            .arg(escaped(lines[j].name), escaped(lines[j].role),
                                 escaped(d.dateLabel), escaped(d.signatureLabel), rule);
            html += QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr><tr><td colspan=\"2\" height=\"20\"></td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString blockHtml(const Document& d, const Block& block) {
    switch (block.kind) {
    case Block::Kind::Paragraph:
        return QStringLiteral("<p>%1</p>").arg(escaped(block.text));
    case Block::Kind::Note:
        return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(block.text));
    case Block::Kind::Subheading:
        return QStringLiteral("<h3>%1</h3>").arg(escaped(block.text));
    case Block::Kind::List: {
        QString html = QStringLiteral("<ol>");
        for (const auto& item : block.items)
            html += QStringLiteral("<li>%1</li>").arg(escaped(item));
        return html + QStringLiteral("</ol>");
    }
    case Block::Kind::Table:
        return tableHtml(block.table);
    case Block::Kind::Signatures:
        return signaturesHtml(d, block.signatures);
    }
    return {};
}

// Without ligatures: text copied or extracted from the PDF reads "fi", not one glyph "ﬁ", so a
// search for "confidential" or a candidate's name finds it.
QFont reportFont(double points) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// Header and footer of one page, drawn in the bands above and below the text.
void drawPageFrame(QPainter& painter, const Document& d, const QRectF& header, const QRectF& footer,
                   int page, int pages) {
    painter.save();
    QFont font = reportFont(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop,
                     d.reference + QStringLiteral(" · ") + d.title);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(0x99, 0x00, 0x00));
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop, d.marking);
    painter.setPen(QPen(QColor(0x8c, 0x8c, 0x8c), 0));
    painter.drawLine(QLineF(header.bottomLeft(), header.bottomRight()));
    painter.drawLine(QLineF(footer.topLeft(), footer.topRight()));
    painter.setPen(QColor(0x99, 0x00, 0x00));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, d.marking);
    painter.setFont(font);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, d.pageOfPages.arg(page).arg(pages));
    painter.restore();
}

// The room around headings, paragraphs and tables. Format margins are in QTextDocument's
// logical pixels (96 an inch), which it scales to the paint device; the style sheet's margins in
// points it does not read.
void spaceOut(QTextDocument& document, double mm) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        if (cursor.currentTable())
            continue;
        QTextBlockFormat format = block.blockFormat();
        switch (format.headingLevel()) {
        case 1:
            format.setBottomMargin(1.5 * mm);
            break;
        case 2:
            format.setTopMargin(7 * mm);
            format.setBottomMargin(2.5 * mm);
            break;
        case 3:
            format.setTopMargin(4 * mm);
            format.setBottomMargin(1.5 * mm);
            break;
        default:
            format.setBottomMargin(1.8 * mm);
            break;
        }
        cursor.setBlockFormat(format);
    }
    for (QTextFrame* frame : document.rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            QTextTableFormat format = table->format();
            format.setTopMargin(1 * mm);
            format.setBottomMargin(2.5 * mm);
            table->setFormat(format);
        }
}

} // namespace

QString reportHtml(const Document& d) {
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(d.title));
    html += QStringLiteral("<p class=\"subtitle\"><b>%1</b> &nbsp; %2</p>")
                .arg(escaped(d.reference), escaped(d.subtitle));
    html += QStringLiteral("<p class=\"secrecy\">%1</p>").arg(escaped(d.secrecy));
    html += QStringLiteral("<p class=\"issued\">%1</p>").arg(escaped(d.issued));
    for (const auto& section : d.sections) {
        html +=
            (section.startsPage ? QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                                : QStringLiteral("<h2>%1</h2>"))
                .arg(escaped(section.heading));
        for (const auto& block : section.blocks)
            html += blockHtml(d, block);
    }
    return html + QStringLiteral("</body></html>");
}

ReportPdf reportPdf(const Document& d) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setTitle(d.title + QStringLiteral(" ") + d.reference);
    writer.setCreator(QStringLiteral("Selection Panel"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));

    const QRectF paper = writer.pageLayout().paintRectPixels(writer.resolution());
    const double mm = writer.resolution() / 25.4;
    const QRectF header(0, 0, paper.width(), 7 * mm);
    const QRectF footer(0, paper.height() - 7 * mm, paper.width(), 7 * mm);
    const QRectF body(0, header.bottom() + 6 * mm, paper.width(),
                      footer.top() - 6 * mm - (header.bottom() + 6 * mm));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setDefaultFont(reportFont(9));
    document.setDocumentMargin(0);
    document.setDefaultStyleSheet(QString::fromLatin1(StyleSheet));
    document.setHtml(reportHtml(d));
    spaceOut(document, 96 / 25.4);
    document.setPageSize(body.size());

    const int pages = document.pageCount();
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        drawPageFrame(painter, d, header, footer, page + 1, pages);
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    buffer.close();
    return {bytes, pages};
}

} // namespace sp::report
