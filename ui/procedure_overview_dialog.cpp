#include "procedure_overview_dialog.h"

#include "case_subscriptions.h"
#include "casefile/case_file.h"
#include "display_format.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sp::ui {

namespace {

QString roleText(Role role) {
    switch (role) {
    case Role::Chair:
        return ProcedureOverviewDialog::tr("Chair");
    case Role::Member:
        return ProcedureOverviewDialog::tr("Member");
    case Role::Secretary:
        return ProcedureOverviewDialog::tr("Secretary");
    }
    return {};
}

QString balanceStageLabel(BalanceStage stage) {
    switch (stage) {
    case BalanceStage::Applied:
        return ProcedureOverviewDialog::tr("Applied");
    case BalanceStage::Admissible:
        return ProcedureOverviewDialog::tr("Admissible");
    case BalanceStage::Eligible:
        return ProcedureOverviewDialog::tr("Eligible");
    case BalanceStage::Shortlisted:
        return ProcedureOverviewDialog::tr("Shortlisted");
    case BalanceStage::Suitable:
        return ProcedureOverviewDialog::tr("Suitable");
    case BalanceStage::Recommended:
        return ProcedureOverviewDialog::tr("Recommended");
    }
    return {};
}

// For reporting only: the figures feed no mark, rank, shortlist or recommendation.
QString balanceText(const GeographicalBalance& balance) {
    if (balance.underRepresented.isEmpty())
        return ProcedureOverviewDialog::tr("the vacancy names no under-represented Member State");
    const QLocale locale;
    QStringList lines{ProcedureOverviewDialog::tr("nationals of %1 (a candidate with any of these "
                                                  "nationalities counts once), for reporting only:")
                          .arg(balance.underRepresented.join(QStringLiteral(", ")))};
    for (const auto& stage : balance.stages)
        lines << ProcedureOverviewDialog::tr("%1: %2 of %3 (%4 %)")
                     .arg(balanceStageLabel(stage.stage), locale.toString(stage.underRepresented),
                          locale.toString(stage.candidates),
                          locale.toString(100 * stage.share(), 'f', 1));
    return lines.join(u'\n');
}

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft) {
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment | Qt::AlignVCenter);
    return cell;
}

} // namespace

ProcedureOverviewDialog::ProcedureOverviewDialog(CaseFile& caseFile, QWidget* parent)
    : QDialog(parent), caseFile_(caseFile) {
    setObjectName(QStringLiteral("procedureOverviewDialog"));
    setWindowTitle(tr("Procedure overview \u2014 %1").arg(caseFile.vacancy().reference));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    deadline_ = addField(form, tr("Deadline:"), QStringLiteral("overviewDeadline"));
    applications_ = addField(form, tr("Applications:"), QStringLiteral("overviewApplications"));
    eligibility_ = addField(form, tr("Eligibility:"), QStringLiteral("overviewEligibility"));
    panel_ = addField(form, tr("Panel:"), QStringLiteral("overviewPanel"));
    grid_ = addField(form, tr("Evaluation grid:"), QStringLiteral("overviewGrid"));
    preselectionSummary_ =
        addField(form, tr("Pre-selection:"), QStringLiteral("overviewPreselection"));
    preselection_ = createProgressTable(QStringLiteral("preselectionProgress"),
                                        tr("Pre-selection marking progress per member"));
    form->addRow(preselection_);
    shortlist_ = addField(form, tr("Shortlist:"), QStringLiteral("overviewShortlist"));
    interviewSummary_ = addField(form, tr("Interview:"), QStringLiteral("overviewInterview"));
    interview_ = createProgressTable(QStringLiteral("interviewProgress"),
                                     tr("Interview marking progress per member"));
    form->addRow(interview_);
    recommendation_ =
        addField(form, tr("Recommendation:"), QStringLiteral("overviewRecommendation"));
    balance_ = addField(form, tr("Geographical balance:"), QStringLiteral("overviewBalance"));
    balance_->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    subscriptions_ = std::make_unique<CaseSubscriptions>();
    subscriptions_->followEverything(caseFile_, [this] { refreshLater(); });
    refresh();
    resize(std::max(720, sizeHint().width()), sizeHint().height());
}

QLabel* ProcedureOverviewDialog::addField(QFormLayout* form, const QString& caption,
                                          const QString& objectName) {
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* label = new QLabel(caption, this);
    label->setBuddy(value);
    value->setAccessibleName(QString(caption).remove(QLatin1Char(':')));
    form->addRow(label, value);
    return value;
}

QTableWidget* ProcedureOverviewDialog::createProgressTable(const QString& objectName,
                                                           const QString& accessibleName) {
    auto* table = new QTableWidget(0, 5, this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(
        {tr("Member"), tr("Role"), tr("Submitted"), tr("Drafts"), tr("Abstains")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::TabFocus);
    table->horizontalHeader()->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ProgressColumn, QHeaderView::Stretch);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    return table;
}

void ProcedureOverviewDialog::fillProgress(QTableWidget* table, const StageProgress& stage) {
    const QLocale locale;
    table->setRowCount(static_cast<int>(stage.members.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const MemberProgress& line = stage.members[size_t(row)];
        table->setItem(row, MemberColumn, item(line.member.name));
        table->setItem(row, RoleColumn, item(roleText(line.member.role)));
        const QString submitted =
            tr("%1 of %2").arg(locale.toString(line.submitted), locale.toString(line.expected));
        // The text stays in the item for screen readers and tests; the bar draws it.
        table->setItem(row, ProgressColumn, item(submitted));
        auto* bar = new QProgressBar(table);
        bar->setRange(0, std::max(1, line.expected));
        bar->setValue(line.expected == 0 ? 0 : line.submitted);
        bar->setFormat(submitted);
        bar->setAccessibleName(tr("%1: %2 submitted").arg(line.member.name, submitted));
        table->setCellWidget(row, ProgressColumn, bar);
        table->setItem(row, DraftsColumn, item(locale.toString(line.drafts), Qt::AlignRight));
        table->setItem(row, AbstainsColumn,
                       item(locale.toString(line.abstentions), Qt::AlignRight));
    }
    table->setVisible(stage.participants > 0 && !stage.members.empty());
}

ProcedureOverviewDialog::~ProcedureOverviewDialog() = default;

void ProcedureOverviewDialog::refreshLater() {
    if (refreshPending_)
        return;
    refreshPending_ = true;
    QTimer::singleShot(0, this, [this] {
        if (refreshPending_)
            refresh();
    });
}

void ProcedureOverviewDialog::refresh() {
    refreshPending_ = false;
    const QLocale locale;
    const auto number = [&locale](int n) { return locale.toString(n); };
    const Vacancy& vacancy = caseFile_.vacancy();
    const ProcedureOverview o = caseFile_.results().overview();
    const ScreeningCounts& s = o.screening;

    deadline_->setText(deadlineText(vacancy));
    applications_->setText(
        tr("%1 received, %2 late, %3 duplicates set aside")
            .arg(number(s.received), number(s.inadmissible), number(s.superseded)));
    eligibility_->setText(tr("%1 eligible, %2 not eligible, %3 awaiting the panel's decision")
                              .arg(number(s.eligible), number(s.notEligible), number(s.pending)));
    panel_->setText(tr("%1 members, %2 declared conflicts of interest")
                        .arg(number(o.panelMembers), number(o.conflicts)));
    if (o.gridState == GridState::Draft)
        grid_->setText(tr("draft: the panel may still change it; nobody marks yet"));
    else if (o.gridReopenings == 0)
        grid_->setText(tr("frozen: marking is open"));
    else
        grid_->setText(tr("frozen: marking is open (reopened %1 times)").arg(o.gridReopenings));
    preselectionSummary_->setText(
        tr("%1 candidates to mark, %2 marked by every expected member")
            .arg(number(o.preselection.participants), number(o.preselection.completelyMarked)));
    fillProgress(preselection_, o.preselection);
    shortlist_->setText(o.shortlisted == 0
                            ? tr("nobody invited to interview yet")
                            : tr("%1 invited to interview").arg(number(o.shortlisted)));
    interviewSummary_->setText(
        tr("%1 candidates to mark, %2 marked by every expected member")
            .arg(number(o.interview.participants), number(o.interview.completelyMarked)));
    fillProgress(interview_, o.interview);
    recommendation_->setText(o.recommended.isEmpty()
                                 ? tr("not yet recorded")
                                 : tr("%1, recorded by the panel").arg(o.recommended));
    balance_->setText(balanceText(caseFile_.results().geographicalBalance()));
}

QString ProcedureOverviewDialog::fieldText(const QString& objectName) const {
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

} // namespace sp::ui
