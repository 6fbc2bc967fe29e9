#include "eligibility_pane.h"

#include "case_subscriptions.h"
#include "casefile/case_file.h"
#include "display_format.h"
#include "edit_commands/decide_eligibility_command.h"
#include "edit_commands/edit_history.h"
#include "edit_commands/resolve_duplicate_command.h"
#include "edit_commands/tick_declaration_command.h"
#include "problem_text.h"
#include "prompt.h"
#include "screening_text.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace sp::ui {

namespace {

QLabel* wrappingLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString stateHtml(CriterionState state) {
    return QStringLiteral("<b style=\"color:%1\">%2</b>")
        .arg(criterionStateColour(state).name(), criterionStateLabel(state).toHtmlEscaped());
}

// Combo index of a tick: 0 not ticked, 1 fulfilled, 2 not fulfilled.
int tickIndex(const CriterionOutcome* outcome) {
    if (!outcome || outcome->state == CriterionState::Unknown)
        return 0;
    return outcome->state == CriterionState::Met ? 1 : 2;
}

} // namespace

EligibilityPane::EligibilityPane(EditHistory& edits, QWidget* parent)
    : QWidget(parent), edits_(edits) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    title_ = wrappingLabel(content, "eligibilityTitle");
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    admissibility_ = wrappingLabel(content, "admissibilityText");
    admissibility_->setAccessibleName(tr("Admissibility"));
    criteria_ = wrappingLabel(content, "criteriaText");
    criteria_->setAccessibleName(tr("Eligibility criteria"));
    criteria_->setTextFormat(Qt::RichText);

    declarationsBox_ = new QGroupBox(tr("Declarations ticked from the documents"), content);
    declarationsBox_->setLayout(new QVBoxLayout);

    auto* decisionBox = new QGroupBox(tr("Panel decision"), content);
    auto* decisionLayout = new QVBoxLayout(decisionBox);
    decision_ = wrappingLabel(decisionBox, "decisionText");
    decision_->setAccessibleName(tr("Recorded decision"));
    reason_ = new QLineEdit(decisionBox);
    reason_->setObjectName(QStringLiteral("eligibilityReason"));
    reason_->setAccessibleName(tr("Reason for the decision"));
    reason_->setPlaceholderText(
        tr("Reason (required when the decision differs from the pre-check)"));
    eligible_ = new QPushButton(tr("Eligible"), decisionBox);
    eligible_->setObjectName(QStringLiteral("decideEligibleButton"));
    eligible_->setAccessibleName(tr("Decide eligible"));
    notEligible_ = new QPushButton(tr("Not eligible"), decisionBox);
    notEligible_->setObjectName(QStringLiteral("decideNotEligibleButton"));
    notEligible_->setAccessibleName(tr("Decide not eligible"));
    connect(eligible_, &QPushButton::clicked, this, [this] { decide(true); });
    connect(notEligible_, &QPushButton::clicked, this, [this] { decide(false); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(eligible_);
    buttons->addWidget(notEligible_);
    buttons->addStretch();
    decisionLayout->addWidget(decision_);
    decisionLayout->addWidget(reason_);
    decisionLayout->addLayout(buttons);

    duplicateBox_ = new QGroupBox(tr("Probable duplicate"), content);
    duplicateBox_->setObjectName(QStringLiteral("duplicateBox"));
    auto* duplicateLayout = new QVBoxLayout(duplicateBox_);
    duplicateTable_ = new QTableWidget(5, 2, duplicateBox_);
    duplicateTable_->setObjectName(QStringLiteral("duplicateTable"));
    duplicateTable_->setAccessibleName(tr("This application and the other side by side"));
    duplicateTable_->setVerticalHeaderLabels(
        {tr("Reference"), tr("Names"), tr("E-mail"), tr("Received"), tr("Pages")});
    duplicateTable_->setHorizontalHeaderLabels({tr("This application"), tr("The other")});
    duplicateTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    duplicateTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    duplicateTable_->setFixedHeight(duplicateTable_->verticalHeader()->length() +
                                    duplicateTable_->horizontalHeader()->sizeHint().height() + 4);
    duplicateReason_ = new QLineEdit(duplicateBox_);
    duplicateReason_->setObjectName(QStringLiteral("duplicateReason"));
    duplicateReason_->setAccessibleName(tr("Reason for the duplicate decision"));
    duplicateReason_->setPlaceholderText(tr("Reason (required to set this application aside)"));
    counts_ = new QPushButton(tr("This one counts"), duplicateBox_);
    counts_->setObjectName(QStringLiteral("duplicateCountsButton"));
    setAside_ = new QPushButton(tr("Set aside"), duplicateBox_);
    setAside_->setObjectName(QStringLiteral("duplicateSetAsideButton"));
    connect(counts_, &QPushButton::clicked, this, [this] { resolveDuplicate(true); });
    connect(setAside_, &QPushButton::clicked, this, [this] { resolveDuplicate(false); });
    auto* duplicateButtons = new QHBoxLayout;
    duplicateButtons->addWidget(counts_);
    duplicateButtons->addWidget(setAside_);
    duplicateButtons->addStretch();
    duplicateLayout->addWidget(duplicateTable_);
    duplicateLayout->addWidget(duplicateReason_);
    duplicateLayout->addLayout(duplicateButtons);

    layout->addWidget(title_);
    layout->addWidget(new QLabel(tr("<b>Admissibility</b>"), content));
    layout->addWidget(admissibility_);
    layout->addWidget(new QLabel(tr("<b>Eligibility pre-check</b>"), content));
    layout->addWidget(criteria_);
    layout->addWidget(declarationsBox_);
    layout->addWidget(decisionBox);
    layout->addWidget(duplicateBox_);
    layout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setCaseFile(nullptr);
}

EligibilityPane::~EligibilityPane() = default;

void EligibilityPane::setCaseFile(CaseFile* caseFile) {
    caseFile_ = caseFile;
    reference_.clear();
    follow(caseFile);
    rebuildDeclarations();
    refresh();
}

void EligibilityPane::follow(CaseFile* caseFile) {
    subscriptions_.reset();
    if (!caseFile)
        return;
    subscriptions_ = std::make_unique<CaseSubscriptions>();
    subscriptions_->follow(
        caseFile->screening().events().changed, [this](const ScreeningChanged& event) {
            // Setting one application of a duplicate aside changes the
            // other's side by side.
            if (!event.reference.isEmpty() &&
                (event.reference == reference_ || event.reference == duplicateOf_))
                refreshLater();
        });
    // An import may flag the candidate shown as a probable duplicate of a new application.
    subscriptions_->follow(caseFile->applications().events().imported,
                           [this](const CandidatesImported&) { refreshLater(); });
}

void EligibilityPane::refreshLater() {
    if (refreshPending_)
        return;
    refreshPending_ = true;
    // Queued: not inside the case file's write, and once for a batch of changes.
    QTimer::singleShot(0, this, [this] {
        if (refreshPending_)
            refresh();
    });
}

void EligibilityPane::setUser(const SessionUser& user) {
    user_ = user;
}

void EligibilityPane::showCandidate(const QString& reference) {
    if (reference != reference_) {
        reason_->clear();
        duplicateReason_->clear();
    }
    reference_ = reference;
    refresh();
}

void EligibilityPane::rebuildDeclarations() {
    auto* rows = static_cast<QVBoxLayout*>(declarationsBox_->layout());
    for (auto& [key, combo] : declarations_)
        delete combo->parentWidget(); // the row holding the label and the combo
    declarations_.clear();
    if (!caseFile_)
        return;
    const EligibilityRequirements& req = caseFile_->vacancy().eligibility;
    for (qsizetype i = 0; i < req.declarations.size(); ++i) {
        const QString key = req.declarations.at(i);
        const QString label =
            i < req.declarationLabels.size() && !req.declarationLabels.at(i).isEmpty()
                ? req.declarationLabels.at(i)
                : declarationLabel(key);
        auto* row = new QWidget(declarationsBox_);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* combo = new QComboBox(row);
        combo->setObjectName(QStringLiteral("declaration_") + key);
        combo->setAccessibleName(label);
        combo->addItems({tr("not ticked"), tr("\u2714 fulfilled"), tr("\u2718 not fulfilled")});
        connect(combo, &QComboBox::activated, this, [this, key](int index) { tick(key, index); });
        auto* text = new QLabel(label, row);
        text->setWordWrap(true);
        text->setBuddy(combo);
        rowLayout->addWidget(text, 1);
        rowLayout->addWidget(combo, 0, Qt::AlignTop);
        rows->addWidget(row);
        declarations_.emplace_back(key, combo);
    }
}

void EligibilityPane::refresh() {
    refreshPending_ = false;
    std::optional<ScreenedCandidate> found;
    if (caseFile_ && !reference_.isEmpty())
        found = caseFile_->screening().candidate(reference_);
    const ScreenedCandidate* shown = found ? &*found : nullptr;
    const bool writable = shown && !caseFile_->isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{eligible_, notEligible_, reason_, counts_,
                                                      setAside_, duplicateReason_})
        w->setEnabled(writable);
    for (auto& [key, combo] : declarations_)
        combo->setEnabled(writable);
    if (!shown) {
        title_->setText(tr("No candidate selected."));
        admissibility_->clear();
        criteria_->clear();
        decision_->clear();
        duplicateBox_->hide();
        return;
    }
    const ApplicationData& a = shown->candidate.application;
    const Screening& s = shown->screening;
    title_->setText(tr("%1 \u2014 %2, %3: %4 (%5)")
                        .arg(a.reference, a.surname, a.givenNames, screeningStatusLabel(s.status),
                             translated(s.tier)));
    admissibility_->setText(tr("%1: %2").arg(admissibilityLabel(s.admissibility.state),
                                             translated(s.admissibility.why)));

    QString html = QStringLiteral("<table cellspacing=\"4\">");
    for (const CriterionOutcome& c : s.preCheck.criteria)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(stateHtml(c.state), translated(c.why).toHtmlEscaped());
    html += QStringLiteral("</table><p>%1 %2</p>")
                .arg(tr("Overall:").toHtmlEscaped(), stateHtml(s.preCheck.overall));
    for (const QString& flag : s.flags)
        html += QStringLiteral("<p>\u2691 %1</p>").arg(flag.toHtmlEscaped());
    criteria_->setText(html);

    for (auto& [key, combo] : declarations_) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(tickIndex(s.preCheck.criterion(key)));
    }

    if (s.decision) {
        const QTimeZone zone(caseFile_->vacancy().deadlineZone.toUtf8());
        const QString when = zonedDateTimeText(s.decision->decidedAt, zone);
        QString text =
            s.decision->eligible
                ? tr("Decided eligible by %1 on %2.").arg(s.decision->decidedBy, when)
                : tr("Decided not eligible by %1 on %2.").arg(s.decision->decidedBy, when);
        if (!s.decision->reason.isEmpty())
            text += QLatin1Char(' ') + tr("Reason: %1").arg(s.decision->reason);
        decision_->setText(text);
    } else {
        decision_->setText(tr("No decision yet. The pre-check says: %1.")
                               .arg(criterionStateLabel(s.preCheck.overall)));
    }

    duplicateOf_.clear();
    for (const DuplicateFlag& flag : caseFile_->applications().duplicates()) {
        if (flag.reference == reference_)
            duplicateOf_ = flag.otherReference;
        else if (flag.otherReference == reference_ && duplicateOf_.isEmpty())
            duplicateOf_ = flag.reference;
    }
    std::optional<ScreenedCandidate> duplicate;
    if (!duplicateOf_.isEmpty())
        duplicate = caseFile_->screening().candidate(duplicateOf_);
    const ScreenedCandidate* other = duplicate ? &*duplicate : nullptr;
    duplicateBox_->setVisible(other != nullptr);
    if (other) {
        const QTimeZone zone(caseFile_->vacancy().deadlineZone.toUtf8());
        int column = 0;
        for (const ScreenedCandidate* c : {shown, other}) {
            const ApplicationData& d = c->candidate.application;
            const QStringList cells{d.reference, d.surname + QStringLiteral(", ") + d.givenNames,
                                    d.email, zonedDateTimeText(d.receivedAt, zone),
                                    QString::number(c->candidate.pdf.pageCount)};
            for (int row = 0; row < cells.size(); ++row)
                duplicateTable_->setItem(row, column, new QTableWidgetItem(cells[row]));
            ++column;
        }
        duplicateBox_->setTitle(tr("Probable duplicate of %1 \u2014 %2")
                                    .arg(duplicateOf_, s.status == ScreeningStatus::Superseded
                                                           ? tr("this one is set aside")
                                                           : tr("which one counts?")));
    }
}

QString EligibilityPane::criteriaText() const {
    return admissibility_->text() + QLatin1Char('\n') + criteria_->text();
}

QString EligibilityPane::decisionText() const {
    return decision_->text();
}

bool EligibilityPane::requireSignedIn() {
    if (user_.signedIn())
        return true;
    Prompt::error(this, tr("Not signed in"),
                  tr("Sign in first (File > Sign in as…): every decision names who took it."));
    return false;
}

void EligibilityPane::decide(bool eligible) {
    if (!caseFile_ || reference_.isEmpty() || !requireSignedIn())
        return;
    if (edits_.push(new DecideEligibilityCommand(*caseFile_, reference_, eligible, reason_->text(),
                                                 user_.name),
                    this))
        reason_->clear();
}

void EligibilityPane::tick(const QString& declaration, int choice) {
    if (!caseFile_ || reference_.isEmpty() || !requireSignedIn()) {
        refresh();
        return;
    }
    const std::optional<bool> fulfilled =
        choice == 0 ? std::nullopt : std::optional<bool>(choice == 1);
    if (!edits_.push(
            new TickDeclarationCommand(*caseFile_, reference_, declaration, fulfilled, user_.name),
            this))
        refresh();
}

void EligibilityPane::resolveDuplicate(bool counts) {
    if (!caseFile_ || reference_.isEmpty() || !requireSignedIn())
        return;
    if (edits_.push(new ResolveDuplicateCommand(*caseFile_, reference_, counts,
                                                duplicateReason_->text(), user_.name),
                    this))
        duplicateReason_->clear();
}

} // namespace sp::ui
