#include "procedure_header.h"

#include "case_subscriptions.h"
#include "casefile/case_file.h"
#include "display_format.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace sp::ui {

namespace {

QLabel* makeLabel(QWidget* parent, const QString& objectName, const QString& accessibleName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void scaleFont(QLabel* label, double factor, bool bold) {
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

ProcedureHeader::ProcedureHeader(QWidget* parent)
    : QFrame(parent),
      reference_(makeLabel(this, QStringLiteral("procedureReference"), tr("Procedure reference"))),
      title_(makeLabel(this, QStringLiteral("procedureTitle"), tr("Post title"))),
      organisation_(makeLabel(this, QStringLiteral("procedureOrganisation"), tr("Service"))) {
    setObjectName(QStringLiteral("procedureHeader"));
    setAccessibleName(tr("Procedure"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    scaleFont(reference_, 1.5, true);
    scaleFont(title_, 1.2, true);
    organisation_->setWordWrap(true);

    auto* titleRow = new QHBoxLayout;
    titleRow->setSpacing(16);
    titleRow->addWidget(reference_);
    titleRow->addWidget(title_, 1);

    auto* details = new QGridLayout;
    details->setHorizontalSpacing(24);
    details->setVerticalSpacing(0);
    grades_ = addDetail(details, 0, tr("Grades"), QStringLiteral("procedureGrades"));
    deadline_ = addDetail(details, 1, tr("Deadline"), QStringLiteral("procedureDeadline"));
    candidates_ = addDetail(details, 2, tr("Candidates"), QStringLiteral("procedureCandidates"));
    details->setColumnStretch(3, 1);

    workbook_ = makeLabel(this, QStringLiteral("workbookBanner"), tr("Member's workbook"));
    workbook_->setWordWrap(true);
    workbook_->setAutoFillBackground(true);
    workbook_->setBackgroundRole(QPalette::ToolTipBase);
    workbook_->setForegroundRole(QPalette::ToolTipText);
    workbook_->setContentsMargins(8, 4, 8, 4);
    workbook_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    layout->addWidget(workbook_);
    layout->addLayout(titleRow);
    layout->addWidget(organisation_);
    layout->addLayout(details);
}

QLabel* ProcedureHeader::addDetail(QGridLayout* grid, int column, const QString& caption,
                                   const QString& objectName) {
    auto* captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    QLabel* value = makeLabel(this, objectName, caption);
    captionLabel->setBuddy(value);
    grid->addWidget(captionLabel, 0, column);
    grid->addWidget(value, 1, column);
    return value;
}

void ProcedureHeader::setProcedure(const Vacancy& vacancy, int candidateCount) {
    reference_->setText(vacancy.reference);
    title_->setText(vacancy.title);
    QStringList organisation;
    if (!vacancy.dgName.isEmpty())
        organisation << (vacancy.dg.isEmpty() ? vacancy.dgName
                                              : tr("%1 (%2)").arg(vacancy.dgName, vacancy.dg));
    if (!vacancy.unit.isEmpty())
        organisation << tr("Unit %1").arg(vacancy.unit);
    if (!vacancy.place.isEmpty())
        organisation << vacancy.place;
    organisation_->setText(organisation.join(QStringLiteral(" \u00b7 ")));
    grades_->setText(gradeRangeText(vacancy));
    deadline_->setText(sp::ui::deadlineText(vacancy));
    setCandidateCount(candidateCount);
}

ProcedureHeader::~ProcedureHeader() = default;

void ProcedureHeader::setCandidateCount(int candidateCount) {
    candidateCount_ = candidateCount;
    candidates_->setText(QString::number(candidateCount));
}

void ProcedureHeader::follow(CaseFile* caseFile) {
    subscriptions_.reset();
    if (!caseFile)
        return;
    subscriptions_ = std::make_unique<CaseSubscriptions>();
    subscriptions_->follow(
        caseFile->applications().events().imported, [this](const CandidatesImported& event) {
            setCandidateCount(candidateCount_ + static_cast<int>(event.references.size()));
        });
}

void ProcedureHeader::setWorkbook(const std::optional<WorkbookIdentity>& workbook) {
    if (!workbook) {
        workbook_->clear();
        workbook_->hide();
        return;
    }
    workbook_->setText(
        tr("<b>Workbook of %1</b> (%2) for %3 marking, exported from case %4 on %5. Only %1's "
           "marking is done here; when your sheets are submitted, File › Return my marks "
           "writes the signed file to send to the secretary.")
            .arg(workbook->memberName.toHtmlEscaped(), workbook->member.toHtmlEscaped(),
                 workbook->stage == Stage::Interview ? tr("interview") : tr("pre-selection"),
                 reference_->text().toHtmlEscaped(),
                 QLocale().toString(workbook->exportedAt.toLocalTime().date(),
                                    QLocale::ShortFormat)));
    workbook_->show();
}

QString ProcedureHeader::workbookText() const {
    return workbook_->text();
}

QString ProcedureHeader::referenceText() const {
    return reference_->text();
}
QString ProcedureHeader::deadlineText() const {
    return deadline_->text();
}
QString ProcedureHeader::candidateCountText() const {
    return candidates_->text();
}

} // namespace sp::ui
