#include "ranking_dialog.h"

#include "case_subscriptions.h"
#include "casefile/case_file.h"
#include "edit_commands/edit_history.h"
#include "edit_commands/irreversible_acts.h"
#include "justification_dialog.h"
#include "problem_text.h"
#include "prompt.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <map>

namespace sp::ui {

namespace {

constexpr int ReferenceRole = Qt::UserRole + 1;

QTableWidgetItem* item(const QString& text, const QString& reference = {}) {
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setData(ReferenceRole, reference);
    return cell;
}

} // namespace

RankingDialog::RankingDialog(CaseFile& caseFile, EditHistory& edits, QWidget* parent)
    : QDialog(parent), caseFile_(caseFile), edits_(edits) {
    setObjectName(QStringLiteral("rankingDialog"));
    setWindowTitle(tr("Ranking"));
    stage_ = new QComboBox(this);
    stage_->setObjectName(QStringLiteral("rankingStage"));
    stage_->setAccessibleName(tr("Stage"));
    stage_->addItem(tr("Pre-selection"), int(Stage::Preselection));
    stage_->addItem(tr("Interview"), int(Stage::Interview));
    connect(stage_, &QComboBox::currentIndexChanged, this, &RankingDialog::refresh);

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("rankingTable"));
    table_->setAccessibleName(tr("Ranking by tier"));
    table_->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Reference"), tr("Name"), tr("Total"), tr("Status")});
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->horizontalHeader()->setStretchLastSection(true);

    notes_ = new QLabel(this);
    notes_->setObjectName(QStringLiteral("rankingNotes"));
    notes_->setWordWrap(true);

    reason_ = new QLineEdit(this);
    reason_->setObjectName(QStringLiteral("shortlistReason"));
    reason_->setAccessibleName(tr("Reason for the invitation decision"));
    reason_->setPlaceholderText(tr("Reason (always recorded: a candidate may ask)"));
    invite_ = new QPushButton(tr("Invite"), this);
    invite_->setObjectName(QStringLiteral("inviteButton"));
    uninvite_ = new QPushButton(tr("Do not invite"), this);
    uninvite_->setObjectName(QStringLiteral("uninviteButton"));
    connect(invite_, &QPushButton::clicked, this, [this] { decideInvitation(true); });
    connect(uninvite_, &QPushButton::clicked, this, [this] { decideInvitation(false); });

    recommendation_ = new QLabel(this);
    recommendation_->setObjectName(QStringLiteral("recommendationText"));
    recommendation_->setAccessibleName(tr("Recommendation"));
    recommendation_->setWordWrap(true);
    recommendation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    recommend_ = new QPushButton(tr("Recommend selected candidate…"), this);
    recommend_->setObjectName(QStringLiteral("recommendButton"));
    connect(recommend_, &QPushButton::clicked, this, &RankingDialog::recommendSelected);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Stage:"), this));
    top->addWidget(stage_);
    top->addStretch();
    auto* decision = new QHBoxLayout;
    decision->addWidget(reason_, 1);
    decision->addWidget(invite_);
    decision->addWidget(uninvite_);
    decision->addStretch(0); // takes the room of the reason when only the button shows
    decision->addWidget(recommend_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(notes_);
    layout->addWidget(recommendation_);
    layout->addLayout(decision);
    resize(820, 600);
    subscriptions_ = std::make_unique<CaseSubscriptions>();
    subscriptions_->followEverything(caseFile_, [this] { refreshLater(); });
    refresh();
}

void RankingDialog::setUser(const SessionUser& user) {
    user_ = user;
    refresh();
}

RankingDialog::~RankingDialog() = default;

void RankingDialog::refreshLater() {
    if (refreshPending_)
        return;
    refreshPending_ = true;
    QTimer::singleShot(0, this, [this] {
        if (refreshPending_)
            refresh();
    });
}

void RankingDialog::refresh() {
    refreshPending_ = false;
    const auto stage = static_cast<Stage>(stage_->currentData().toInt());
    const bool preselection = stage == Stage::Preselection;
    invite_->setVisible(preselection);
    uninvite_->setVisible(preselection);
    reason_->setVisible(preselection);
    showRecommendation(!preselection);

    std::map<QString, QString> names;
    for (const Candidate& c : caseFile_.applications().candidates())
        names[c.application.reference] =
            c.application.surname + QStringLiteral(", ") + c.application.givenNames;
    std::vector<RankedCandidate> ranking;
    Shortlist shortlist;
    try {
        ranking = caseFile_.results().ranking(stage);
        if (preselection)
            shortlist = caseFile_.results().shortlist();
    } catch (const std::exception& e) {
        notes_->setText(translatedWhat(e));
    }

    const QString selected = selectedReference(); // kept across the rebuild
    table_->setRowCount(0);
    int lastTier = -1;
    const QColor tieColour(0xff, 0xf0, 0xb3);
    for (const RankedCandidate& r : ranking) {
        int row = table_->rowCount();
        if (r.tierRank != lastTier) {
            lastTier = r.tierRank;
            table_->insertRow(row);
            auto* header = item(tr("Tier %1").arg(translated(r.tier)));
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            header->setFlags(Qt::ItemIsEnabled);
            table_->setItem(row, 0, header);
            table_->setSpan(row, 0, 1, ColumnCount);
            ++row;
        }
        table_->insertRow(row);
        QString rank = r.rank ? QString::number(*r.rank) : QStringLiteral("\u2013");
        if (r.tied)
            rank = QStringLiteral("=") + rank;
        QString status = r.complete ? tr("complete") : tr("incomplete");
        QString tooltip;
        if (const ShortlistEntry* entry = shortlist.entry(r.candidate)) {
            status = entry->invited ? tr("invited") : tr("not invited");
            if (entry->changedByPanel)
                status += QLatin1Char(' ') + tr("(panel decision)");
            tooltip = entry->reason;
        }
        if (r.tied)
            status += QStringLiteral(", ") + tr("tied: the panel settles it");
        const QStringList cells{rank, r.candidate, names[r.candidate], totalText(r.total), status};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = item(cells[column], r.candidate);
            if (r.tied)
                cell->setBackground(tieColour);
            if (column == TotalColumn || column == RankColumn)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setToolTip(tooltip);
            table_->setItem(row, column, cell);
        }
        if (r.candidate == selected)
            table_->setCurrentCell(row, ReferenceColumn);
    }
    table_->resizeColumnsToContents();
    QStringList notes = shortlist.notes;
    if (ranking.empty())
        notes << tr("No candidate takes part in this stage yet.");
    notes_->setText(notes.join(QLatin1Char('\n')));
    notes_->setVisible(!notes.isEmpty());
}

QString RankingDialog::selectedReference() const {
    const QTableWidgetItem* current = table_->currentItem();
    return current ? current->data(ReferenceRole).toString() : QString();
}

QString RankingDialog::recommendationText() const {
    return recommendation_->text();
}

void RankingDialog::showRecommendation(bool interview) {
    recommendation_->setVisible(interview);
    recommend_->setVisible(interview);
    if (!interview)
        return;
    QString why;
    if (!user_.onPanel() || user_.role != Role::Chair)
        why = tr("Only the chair records the panel's recommendation.");
    else if (caseFile_.isReadOnly())
        why = tr("The case file is open read-only.");
    recommend_->setEnabled(why.isEmpty());
    recommend_->setToolTip(why.isEmpty() ? tr("Record the selected candidate as the panel's "
                                              "recommendation to the appointing authority.")
                                         : why);
    QStringList lines;
    try {
        const RecommendationState state = caseFile_.results().recommendation();
        const Recommendation& proposed = state.proposed;
        const QString candidates = proposed.candidates.join(QStringLiteral(", "));
        if (proposed.candidates.isEmpty())
            lines << tr("Recommended by the rules: nobody yet (no suitable candidate).");
        else if (proposed.needsPanelChoice())
            lines << tr("Recommended by the rules: tie at the top (%1): the panel must choose "
                        "between %2.")
                         .arg(translated(proposed.tier), candidates);
        else
            lines << tr("Recommended by the rules: %1 (%2)")
                         .arg(candidates, translated(proposed.tier));
        if (const auto& recorded = state.recorded) {
            const PanelMember* by = findMember(caseFile_.panel().members(), recorded->by);
            QString line =
                tr("Recorded by the panel: %1, by %2 on %3.")
                    .arg(recorded->candidate, by ? by->name : recorded->by,
                         QLocale().toString(recorded->at.toLocalTime(), QLocale::ShortFormat));
            if (!recorded->justification.isEmpty())
                line += QLatin1Char(' ') + tr("Justification: %1").arg(recorded->justification);
            lines << line;
        } else {
            lines << tr("The panel has not recorded its recommendation yet.");
        }
    } catch (const std::exception& e) {
        lines << translatedWhat(e);
    }
    recommendation_->setText(lines.join(QLatin1Char('\n')));
}

void RankingDialog::recommendSelected() {
    const QString reference = selectedReference();
    if (reference.isEmpty()) {
        Prompt::error(this, tr("No candidate"), tr("Select a candidate in the ranking first."));
        return;
    }
    QString hint = tr("Justification (optional): why the panel recommends %1.").arg(reference);
    try {
        const Recommendation proposed = caseFile_.results().recommendation().proposed;
        if (!proposed.candidates.isEmpty() && !proposed.candidates.contains(reference))
            hint = tr("The rules recommend %1: say why %2 fits the post better.")
                       .arg(proposed.candidates.join(QStringLiteral(", ")), reference);
    } catch (const std::exception&) {
        // The core says what is wrong when the chair records the choice.
    }
    const auto justification = JustificationDialog::ask(this, {reference, hint});
    if (!justification)
        return;
    RecommendAct act(caseFile_, reference, user_.memberId, *justification);
    edits_.perform(act, this, tr("Recommendation not recorded"));
    refresh();
}

void RankingDialog::decideInvitation(bool invited) {
    const QString reference = selectedReference();
    if (reference.isEmpty()) {
        Prompt::error(this, tr("No candidate"), tr("Select a candidate in the ranking first."));
        return;
    }
    DecideShortlistAct act(caseFile_, {reference, invited, reason_->text().trimmed()},
                           user_.memberId);
    if (edits_.perform(act, this, tr("Not recorded")))
        reason_->clear();
    refresh();
}

} // namespace sp::ui
