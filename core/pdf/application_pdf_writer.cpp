#include "pdf/application_pdf_writer.h"

#include "demo/demo_vocabulary.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace sp {

namespace {

constexpr int dotsPerInch = 300;
constexpr int minimumPageCount = 3; // two CV pages and the form

QString categoryLabel(Category c) {
    switch (c) {
    case Category::CommissionOfficial:
        return QStringLiteral("Official of the European Commission");
    case Category::InstitutionOfficial:
        return QStringLiteral("Official of another EU institution");
    case Category::Laureate:
        return QStringLiteral("Laureate of a competition (on a reserve list)");
    case Category::External:
        return QStringLiteral("External candidate");
    }
    return {};
}

QString educationLabel(Education e) {
    switch (e) {
    case Education::PostSecondary:
        return QStringLiteral("Post-secondary education attested by a diploma");
    case Education::Secondary:
        return QStringLiteral("Secondary education attested by a diploma giving access to "
                              "post-secondary education");
    case Education::None:
        return QStringLiteral("No diploma");
    }
    return {};
}

QString notStated() {
    return QStringLiteral("(not stated)");
}

QString languageLine(const LanguageSkill& skill) {
    return QStringLiteral("%1 (%2): %3")
        .arg(languageName(skill.code), skill.code.toUpper(), cefrKey(skill.level));
}

QString period(const DemoJob& job) {
    const QString from = job.from.toString(QStringLiteral("MM/yyyy"));
    return job.current
               ? QStringLiteral("since %1").arg(from)
               : QStringLiteral("%1 – %2").arg(from, job.to.toString(QStringLiteral("MM/yyyy")));
}

// Lays text out top to bottom on A4 pages, starting a new page when one is full, and puts the
// footer on each.
class PageComposer {
public:
    PageComposer(QPdfWriter& writer, QString footer, int plannedPages)
        : writer_(writer), painter_(&writer), footer_(std::move(footer)),
          plannedPages_(plannedPages) {
        base_ = QFont(QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                                  QStringLiteral("Liberation Sans")});
        base_.setStyleHint(QFont::SansSerif);
        base_.setPointSizeF(10);
        width_ = writer.width();
        bottom_ = writer.height() - lineHeight(font(8)) * 2;
    }

    ~PageComposer() {
        drawFooter();
        painter_.end();
    }

    int page() const { return page_; }

    QFont font(qreal points, bool bold = false, bool italic = false) const {
        QFont f = base_;
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    void newPage() {
        drawFooter();
        writer_.newPage();
        ++page_;
        y_ = 0;
    }

    void title(const QString& text) { block(text, font(20, true), 0, gap(0.3)); }
    void subtitle(const QString& text) { block(text, font(12, false, true), 0, gap(0.6)); }
    void line(const QString& text, bool bold = false) { block(text, font(10, bold), 0, gap(0.15)); }
    void paragraph(const QString& text) { block(text, font(10), 0, gap(0.5)); }

    void heading(const QString& text) {
        const QFont f = font(13, true);
        ensureSpace(lineHeight(f) * 3);
        y_ += gap(0.4);
        block(text, f, 0, 0);
        painter_.drawLine(QPointF(0, y_ + gap(0.1)), QPointF(width_, y_ + gap(0.1)));
        y_ += gap(0.5);
    }

    void bullet(const QString& text) {
        const QFont f = font(10);
        const qreal indent = mm(6);
        const qreal height = measure(text, f, width_ - indent);
        ensureSpace(height);
        painter_.setFont(f);
        painter_.drawText(QPointF(mm(2), y_ + QFontMetricsF(f, &writer_).ascent()),
                          QStringLiteral("•"));
        draw(text, f, indent, height);
        y_ += height + gap(0.15);
    }

    // A label in the left column, the value wrapped in the right one.
    void field(const QString& label, const QString& value) {
        const QFont labelFont = font(10, true);
        const QFont valueFont = font(10);
        const qreal column = width_ * 0.36;
        const qreal height = std::max(measure(label, labelFont, column - mm(3)),
                                      measure(value, valueFont, width_ - column));
        ensureSpace(height);
        painter_.setFont(labelFont);
        painter_.drawText(QRectF(0, y_, column - mm(3), height), Qt::TextWordWrap, label);
        draw(value, valueFont, column, height);
        y_ += height + gap(0.3);
    }

    void checkbox(bool ticked, const QString& label) {
        const QFont f = font(10);
        const qreal box = mm(4);
        const qreal indent = box + mm(3);
        const qreal height = std::max(box, measure(label, f, width_ - indent));
        ensureSpace(height);
        const QRectF square(0, y_, box, box);
        painter_.drawRect(square);
        if (ticked) {
            QPen pen = painter_.pen();
            painter_.setPen(QPen(Qt::black, mm(0.5)));
            painter_.drawPolyline(QPolygonF{square.topLeft() + QPointF(box * 0.2, box * 0.55),
                                            square.topLeft() + QPointF(box * 0.42, box * 0.8),
                                            square.topLeft() + QPointF(box * 0.85, box * 0.2)});
            painter_.setPen(pen);
        }
        draw(label, f, indent, height);
        y_ += height + gap(0.4);
    }

    void signature(const QString& name, const QString& placeAndDate) {
        const QFont f = font(10);
        ensureSpace(lineHeight(f) * 5);
        y_ += gap(1.2);
        line(QStringLiteral("Place and date: %1").arg(placeAndDate));
        y_ += gap(0.8);
        block(name, font(14, false, true), mm(50), gap(0.1));
        painter_.drawLine(QPointF(mm(50), y_), QPointF(mm(130), y_));
        y_ += gap(0.2);
        block(QStringLiteral("Signature"), font(8), mm(50), 0);
    }

    void space(qreal lines) { y_ += gap(lines); }

private:
    qreal mm(qreal millimetres) const { return millimetres * dotsPerInch / 25.4; }
    qreal gap(qreal lines) const { return lineHeight(base_) * lines; }
    qreal lineHeight(const QFont& f) const { return QFontMetricsF(f, &writer_).lineSpacing(); }

    qreal measure(const QString& text, const QFont& f, qreal width) const {
        return QFontMetricsF(f, &writer_)
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
            .height();
    }

    void ensureSpace(qreal height) {
        if (y_ > 0 && y_ + height > bottom_)
            newPage();
    }

    void draw(const QString& text, const QFont& f, qreal x, qreal height) {
        painter_.setFont(f);
        painter_.drawText(QRectF(x, y_, width_ - x, height), Qt::TextWordWrap, text);
    }

    void block(const QString& text, const QFont& f, qreal x, qreal after) {
        const qreal height = measure(text, f, width_ - x);
        ensureSpace(height);
        draw(text, f, x, height);
        y_ += height + after;
    }

    void drawFooter() {
        const QFont f = font(8);
        painter_.setFont(f);
        const qreal top = writer_.height() - lineHeight(f);
        painter_.drawText(QRectF(0, top, width_, lineHeight(f)), Qt::AlignLeft, footer_);
        painter_.drawText(QRectF(0, top, width_, lineHeight(f)), Qt::AlignRight,
                          QStringLiteral("Page %1 of %2").arg(page_).arg(plannedPages_));
    }

    QPdfWriter& writer_;
    QPainter painter_;
    QFont base_;
    QString footer_;
    int plannedPages_ = 0;
    int page_ = 1;
    qreal y_ = 0;
    qreal width_ = 0;
    qreal bottom_ = 0;
};

QString fullName(const ApplicationData& data) {
    return data.givenNames + QLatin1Char(' ') + data.surname;
}

void writeCvFirstPage(PageComposer& pages, const DemoApplication& app) {
    const ApplicationData& data = app.data;
    const DemoProfile& profile = app.profile;
    pages.title(fullName(data));
    if (!profile.jobs.empty())
        pages.subtitle(profile.jobs.front().title);
    pages.line(QStringLiteral("E-mail: %1").arg(data.email));
    pages.line(QStringLiteral("Telephone: %1").arg(profile.phone));
    pages.line(QStringLiteral("Address: %1, %2").arg(profile.city, profile.countryName));
    pages.line(
        QStringLiteral("Nationality: %1").arg(data.nationalities.join(QStringLiteral(", "))));

    pages.heading(QStringLiteral("Profile"));
    pages.paragraph(profile.motivation);

    pages.heading(QStringLiteral("Education and training"));
    for (const auto& study : profile.education) {
        QString what = study.diploma;
        if (!study.field.isEmpty())
            what += QStringLiteral(", ") + study.field;
        pages.field(QStringLiteral("%1 – %2").arg(study.fromYear).arg(study.toYear),
                    what + QStringLiteral("\n") + study.institution);
    }

    pages.heading(QStringLiteral("Languages"));
    for (const auto& skill : data.languages)
        pages.line(languageLine(skill));

    pages.heading(QStringLiteral("Skills"));
    pages.paragraph(profile.skills.join(QStringLiteral(", ")));

    pages.heading(QStringLiteral("Certifications"));
    if (profile.certifications.isEmpty())
        pages.line(QStringLiteral("None"));
    for (const auto& certification : profile.certifications)
        pages.bullet(certification);
}

void writeExperiencePage(PageComposer& pages, const DemoProfile& profile) {
    pages.newPage();
    pages.heading(QStringLiteral("Professional experience"));
    for (const auto& job : profile.jobs) {
        pages.line(QStringLiteral("%1   %2").arg(period(job), job.title), true);
        pages.line(QStringLiteral("%1, %2").arg(job.employer, job.city));
        for (const auto& task : job.tasks)
            pages.bullet(task);
        pages.space(0.5);
    }
}

void writeAnnexPage(PageComposer& pages, const DemoProfile& profile, int annex, int& next) {
    constexpr int projectsPerPage = 3;
    pages.newPage();
    pages.heading(QStringLiteral("Annex %1 – Selected projects").arg(annex));
    for (int i = 0; i < projectsPerPage && !profile.projects.empty(); ++i, ++next) {
        const DemoProject& project = profile.projects.at(next % profile.projects.size());
        pages.line(QStringLiteral("%1 (%2)").arg(project.name).arg(project.year), true);
        pages.line(QStringLiteral("Client: %1").arg(project.client));
        pages.paragraph(project.description);
        pages.line(QStringLiteral("Technologies: %1")
                       .arg(project.technologies.join(QStringLiteral(", "))));
        pages.space(1);
    }
}

void writeApplicationForm(PageComposer& pages, const DemoApplication& app, const Vacancy& vacancy) {
    const ApplicationData& data = app.data;
    pages.newPage();
    pages.title(QStringLiteral("Application form"));
    pages.subtitle(QStringLiteral("%1 – %2").arg(vacancy.title, vacancy.dgName));
    pages.field(QStringLiteral("Selection reference"), vacancy.reference);
    pages.field(QStringLiteral("Surname"), data.surname);
    pages.field(QStringLiteral("Given names"), data.givenNames);
    pages.field(QStringLiteral("E-mail"), data.email);
    pages.field(QStringLiteral("Nationality"), data.nationalities.join(QStringLiteral(", ")));
    pages.field(QStringLiteral("Category"), categoryLabel(data.category));
    if (data.category == Category::Laureate)
        pages.field(QStringLiteral("Reserve list"),
                    data.reserveList.isEmpty() ? notStated() : data.reserveList);
    pages.field(QStringLiteral("Highest level of education"),
                data.education ? educationLabel(*data.education) : notStated());
    pages.field(QStringLiteral("Years of professional experience"),
                data.experienceYears ? QString::number(*data.experienceYears, 'f', 1)
                                     : notStated());
    QStringList languages;
    for (const auto& skill : data.languages)
        languages << languageLine(skill);
    pages.field(QStringLiteral("Languages"), languages.join(QLatin1Char('\n')));

    pages.heading(QStringLiteral("Declarations"));
    const QStringList declarations = formDeclarations(vacancy.eligibility.declarations);
    for (qsizetype i = 0; i < declarations.size(); ++i) {
        const QString& key = declarations.at(i);
        const QString label = vacancy.eligibility.declarationLabels.value(i);
        pages.checkbox(!app.profile.declarationsNotTicked.contains(key),
                       label.isEmpty() ? defaultDeclarationLabel(key) : label);
    }
    pages.checkbox(true, QStringLiteral("I certify that the information given in this application "
                                        "is true and complete."));
    pages.signature(fullName(data), QStringLiteral("%1, %2").arg(
                                        app.profile.city, data.receivedAt.date().toString(
                                                              QStringLiteral("dd/MM/yyyy"))));
}

// QPdfWriter stamps the current time into the document information. The demo PDFs must come out
// byte for byte the same for the same seed (the case file identifies a PDF by its SHA-256), so the
// stamp becomes the time the application was sent, in UTC. The stamp keeps its length, so the
// cross-reference offsets stay valid.
void pinCreationDate(QByteArray& pdf, const QDateTime& sent) {
    static const QByteArray key = "/CreationDate (D:";
    const qsizetype at = pdf.indexOf(key);
    if (at < 0 || !sent.isValid())
        return;
    const qsizetype digits = at + key.size();
    const QByteArray stamp = sent.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (stamp.size() != 14 || digits + 14 >= pdf.size())
        return;
    pdf.replace(digits, 14, stamp);
    const qsizetype zone = digits + 14;
    if (pdf.at(zone) == '+' || pdf.at(zone) == '-')
        pdf.replace(zone, 7, "+00'00'");
}

} // namespace

int applicationPdfPageCount(const DemoApplication& application) {
    return std::max(application.profile.cvPages + 1, minimumPageCount);
}

QByteArray writeApplicationPdf(const DemoApplication& application, const Vacancy& vacancy) {
    return writeApplicationPdf(application, vacancy, applicationPdfPageCount(application));
}

QByteArray writeApplicationPdf(const DemoApplication& application, const Vacancy& vacancy,
                               int pageCount) {
    pageCount = std::max(pageCount, minimumPageCount);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(dotsPerInch);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter));
        writer.setTitle(
            QStringLiteral("Application of %1 %2 – %3")
                .arg(application.data.givenNames, application.data.surname, vacancy.reference));
        writer.setCreator(QStringLiteral("Selection Panel (demo data)"));

        PageComposer pages(
            writer, QStringLiteral("%1 – %2").arg(fullName(application.data), vacancy.reference),
            pageCount);
        writeCvFirstPage(pages, application);
        writeExperiencePage(pages, application.profile);
        int nextProject = 0;
        for (int annex = 1; pages.page() < pageCount - 1; ++annex)
            writeAnnexPage(pages, application.profile, annex, nextProject);
        writeApplicationForm(pages, application, vacancy);
    }
    pinCreationDate(bytes, application.data.receivedAt);
    return bytes;
}

} // namespace sp
