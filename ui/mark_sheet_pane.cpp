#include "mark_sheet_pane.h"

#include "case_subscriptions.h"
#include "casefile/case_file.h"
#include "consensus_dialog.h"
#include "edit_commands/edit_history.h"
#include "edit_commands/irreversible_acts.h"
#include "edit_commands/save_marks_command.h"
#include "problem_text.h"
#include "prompt.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace sp::ui {

namespace {

constexpr int unmarked = -1; // the spin box's "–"

QString markText(const std::optional<double>& value) {
    return value ? totalText(*value) : QStringLiteral("\u2013");
}

} // namespace

MarkSheetPane::MarkSheetPane(Stage stage, EditHistory& edits, QWidget* parent)
    : QWidget(parent), stage_(stage), edits_(edits) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    title_ = new QLabel(content);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    title_->setWordWrap(true);
    state_ = new QLabel(content);
    state_->setObjectName(QStringLiteral("markSheetState"));
    state_->setAccessibleName(tr("Mark sheet state"));
    state_->setWordWrap(true);

    sheet_ = new QGroupBox(tr("Your marks"), content);
    auto* sheetLayout = new QVBoxLayout(sheet_);
    rows_ = new QGridLayout;
    sheetLayout->addLayout(rows_);
    comment_ = new QLineEdit(sheet_);
    comment_->setObjectName(QStringLiteral("markComment"));
    comment_->setAccessibleName(tr("Comment on your marks"));
    comment_->setPlaceholderText(tr("Comment (optional)"));
    connect(comment_, &QLineEdit::editingFinished, this, &MarkSheetPane::saveDraft);
    sheetLayout->addWidget(comment_);
    submit_ = new QPushButton(tr("Submit (Ctrl+Return)"), sheet_);
    submit_->setObjectName(QStringLiteral("submitMarksButton"));
    submit_->setAccessibleName(tr("Submit your marks"));
    connect(submit_, &QPushButton::clicked, this, &MarkSheetPane::submit);
    auto* shortcut = new QShortcut(QKeySequence(tr("Ctrl+Return")), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &MarkSheetPane::submit);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(submit_);
    sheetLayout->addLayout(buttons);

    others_ = new QLabel(content);
    others_->setObjectName(QStringLiteral("othersMarks"));
    others_->setAccessibleName(tr("The other members' marks"));
    others_->setWordWrap(true);
    others_->setTextFormat(Qt::RichText);

    layout->addWidget(title_);
    layout->addWidget(state_);
    layout->addWidget(sheet_);
    layout->addWidget(new QLabel(tr("<b>The panel's marks</b>"), content));
    layout->addWidget(others_);
    consensus_ = new QPushButton(tr("Record consensus…"), content);
    consensus_->setObjectName(QStringLiteral("recordConsensusButton"));
    consensus_->setAccessibleName(tr("Record the panel's consensus mark for a criterion"));
    connect(consensus_, &QPushButton::clicked, this, &MarkSheetPane::recordConsensus);
    auto* consensusRow = new QHBoxLayout;
    consensusRow->addWidget(consensus_);
    consensusRow->addStretch();
    layout->addLayout(consensusRow);
    layout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    refresh();
}

MarkSheetPane::~MarkSheetPane() = default;

void MarkSheetPane::setCaseFile(CaseFile* caseFile) {
    subscriptions_.reset();
    caseFile_ = caseFile;
    reference_.clear();
    follow(caseFile);
    refresh();
}

void MarkSheetPane::follow(CaseFile* caseFile) {
    if (!caseFile)
        return;
    subscriptions_ = std::make_unique<CaseSubscriptions>();
    subscriptions_->follow(caseFile->marking().events().changed, [this](const MarksChanged& event) {
        // Another candidate's marks leave this sheet as it was, but pre-selection marks decide
        // who is invited to interview (an empty reference: every mark was discarded).
        if (event.reference.isEmpty() || event.reference == reference_ ||
            (stage_ == Stage::Interview && event.stage == Stage::Preselection))
            refreshLater();
    });
    subscriptions_->follow(caseFile->screening().events().changed,
                           [this](const ScreeningChanged& event) {
                               // Eligibility decides whether the candidate is marked at all.
                               if (event.reference == reference_)
                                   refreshLater();
                           });
    subscriptions_->follow(caseFile->panel().events().gridChanged,
                           [this](const GridChanged&) { refreshLater(); });
    subscriptions_->follow(caseFile->panel().events().panelChanged,
                           [this](const PanelChanged&) { refreshLater(); });
    subscriptions_->follow(caseFile->results().events().changed,
                           [this](const ResultsChanged&) { refreshLater(); });
    subscriptions_->follow(caseFile->connectionEvents().changed,
                           [this](const ConnectionChanged& change) {
                               // Queued: not inside the case file's reconnection.
                               if (change.connected && unsaved_)
                                   QTimer::singleShot(0, this, [this] { saveUnsaved(); });
                           });
}

void MarkSheetPane::refreshLater() {
    if (refreshPending_)
        return;
    refreshPending_ = true;
    // Queued: not inside the case file's write, and once for a batch of changes.
    QTimer::singleShot(0, this, [this] {
        if (refreshPending_)
            refresh();
    });
}

void MarkSheetPane::setUser(const SessionUser& user) {
    user_ = user;
    refresh();
}

void MarkSheetPane::showCandidate(const QString& reference) {
    reference_ = reference;
    refresh();
}

QSpinBox* MarkSheetPane::markBox(const QString& criterion) const {
    for (size_t i = 0; i < criteria_.size(); ++i)
        if (criteria_[i].id == criterion)
            return marks_[i];
    return nullptr;
}

void MarkSheetPane::rebuildRows() {
    const std::vector<Criterion> criteria =
        caseFile_ ? criteriaOf(caseFile_->panel().grid().criteria, stage_)
                  : std::vector<Criterion>{};
    const bool same = criteria.size() == criteria_.size() &&
                      std::equal(criteria.begin(), criteria.end(), criteria_.begin(),
                                 [](const Criterion& a, const Criterion& b) {
                                     return a.id == b.id && a.maxMark == b.maxMark &&
                                            a.weight == b.weight && a.label == b.label;
                                 });
    if (same)
        return;
    while (QLayoutItem* item = rows_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    marks_.clear();
    criteria_ = criteria;
    rows_->addWidget(new QLabel(tr("<b>Criterion</b>"), sheet_), 0, 0);
    rows_->addWidget(new QLabel(tr("<b>Weight</b>"), sheet_), 0, 1);
    rows_->addWidget(new QLabel(tr("<b>Max</b>"), sheet_), 0, 2);
    rows_->addWidget(new QLabel(tr("<b>Mark</b>"), sheet_), 0, 3);
    int row = 1;
    for (const Criterion& c : criteria_) {
        auto* label = new QLabel(c.label, sheet_);
        label->setWordWrap(true);
        auto* box = new QSpinBox(sheet_);
        box->setObjectName(QStringLiteral("mark_") + c.id);
        box->setAccessibleName(tr("Mark for %1, 0 to %2").arg(c.label).arg(c.maxMark));
        box->setRange(unmarked, c.maxMark);
        box->setSpecialValueText(QStringLiteral("\u2013"));
        box->setKeyboardTracking(false); // saved when the member leaves the box, not per digit
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!filling_)
                saveDraft();
        });
        label->setBuddy(box);
        rows_->addWidget(label, row, 0);
        rows_->addWidget(new QLabel(tr("\u00d7%1").arg(c.weight), sheet_), row, 1);
        rows_->addWidget(new QLabel(QString::number(c.maxMark), sheet_), row, 2);
        rows_->addWidget(box, row, 3);
        marks_.push_back(box);
        ++row;
    }
    rows_->setColumnStretch(0, 1);
    // Tab goes from mark to mark, then to the comment.
    for (size_t i = 1; i < marks_.size(); ++i)
        setTabOrder(marks_[i - 1], marks_[i]);
    if (!marks_.empty())
        setTabOrder(marks_.back(), comment_);
}

void MarkSheetPane::setWaitingForInvitations(bool waiting) {
    if (waiting == waitingForInvitations_)
        return;
    waitingForInvitations_ = waiting;
    refresh();
}

bool MarkSheetPane::showWaiting() {
    if (!waitingForInvitations_ || stage_ != Stage::Interview || !caseFile_ ||
        reference_.isEmpty() || !user_.onPanel())
        return false;
    title_->setText(tr("Interview marks for %1").arg(reference_));
    state_->setText(tr("Working out who is invited to interview…"));
    filling_ = true;
    for (auto* box : marks_) {
        box->setValue(unmarked);
        box->setEnabled(false);
    }
    comment_->clear();
    filling_ = false;
    comment_->setEnabled(false);
    submit_->setEnabled(false);
    sheet_->setEnabled(false);
    updateConsensusButton(std::nullopt);
    others_->setText(QString());
    return true;
}

void MarkSheetPane::refresh() {
    refreshPending_ = false;
    readSheet();
    emit refreshed();
}

void MarkSheetPane::readSheet() {
    rebuildRows();
    if (showWaiting())
        return;
    const bool onPanel = caseFile_ && user_.onPanel();
    std::optional<MarkSheet> own;
    Permission permission = Permission::refuse(tr("No candidate selected."));
    if (caseFile_ && !reference_.isEmpty()) {
        if (!onPanel) {
            permission =
                Permission::refuse(tr("Sign in as a panel member to mark (File > Sign in as…)."));
        } else {
            try {
                permission = caseFile_->marking().permission(reference_, stage_, user_.memberId);
                own = caseFile_->marking().ownSheet(reference_, stage_, user_.memberId);
            } catch (const std::exception& e) {
                permission = Permission::refuse(problemsOf(e));
            }
        }
    }
    if (caseFile_ && caseFile_->isReadOnly() && permission.allowed)
        permission = Permission::refuse(tr("The case file is open read-only."));
    const bool submitted = own && own->submitted;
    const bool editable = permission.allowed && !submitted;

    title_->setText(reference_.isEmpty()
                        ? QString()
                        : (stage_ == Stage::Preselection ? tr("Pre-selection marks for %1")
                                                         : tr("Interview marks for %1"))
                              .arg(reference_));
    if (!permission.allowed)
        state_->setText(tr("You cannot mark: %1").arg(translated(permission)));
    else if (submitted)
        state_->setText(tr("Submitted: your marks are final."));
    else if (own)
        state_->setText(tr("Draft saved. Submit when every criterion is marked."));
    else
        state_->setText(tr("Not marked yet. Each mark is saved as a draft when you leave it."));

    filling_ = true;
    for (size_t i = 0; i < criteria_.size(); ++i) {
        int value = unmarked;
        if (own)
            if (auto it = own->marks.find(criteria_[i].id); it != own->marks.end())
                value = it->second;
        marks_[i]->setValue(value);
        marks_[i]->setEnabled(editable);
    }
    if (!comment_->hasFocus() || !editable)
        comment_->setText(own ? own->comment : QString());
    // What was typed while the connection was lost stays as typed until it is saved.
    if (unsaved_ && unsaved_->candidate == reference_ && unsaved_->stage == stage_ && editable) {
        for (size_t i = 0; i < criteria_.size(); ++i) {
            const auto it = unsaved_->marks.find(criteria_[i].id);
            marks_[i]->setValue(it != unsaved_->marks.end() ? it->second : unmarked);
        }
        comment_->setText(unsaved_->comment);
        state_->setText(unsavedText());
    }
    filling_ = false;
    comment_->setEnabled(editable);
    submit_->setEnabled(editable && own.has_value());
    sheet_->setEnabled(permission.allowed || submitted);

    // The others' marks, as far as this member may see them.
    updateConsensusButton(std::nullopt);
    if (!onPanel || reference_.isEmpty()) {
        others_->setText(tr("Hidden: sign in as a panel member."));
        return;
    }
    try {
        const VisibleMarks visible =
            caseFile_->marking().visibleMarks(reference_, stage_, user_.memberId);
        if (!visible.othersVisible.allowed) {
            others_->setText(
                tr("Hidden: %1").arg(translated(visible.othersVisible).toHtmlEscaped()));
            return;
        }
        const std::optional<ConsolidatedCandidate> result =
            caseFile_->results().consolidated(reference_, stage_, user_.memberId).result;
        const auto panel = caseFile_->panel().members();
        QString html = QStringLiteral("<table cellspacing=\"6\"><tr><th align=\"left\">%1</th>")
                           .arg(tr("Criterion").toHtmlEscaped());
        for (const MarkSheet& sheet : visible.sheets) {
            const PanelMember* m = findMember(panel, sheet.member);
            html += QStringLiteral("<th>%1</th>").arg((m ? m->name : sheet.member).toHtmlEscaped());
        }
        html += QStringLiteral("<th>%1</th><th>%2</th></tr>")
                    .arg(tr("Result").toHtmlEscaped(), tr("Spread").toHtmlEscaped());
        for (const Criterion& c : criteria_) {
            html += QStringLiteral("<tr><td>%1</td>").arg(c.label.toHtmlEscaped());
            for (const MarkSheet& sheet : visible.sheets) {
                const auto it = sheet.marks.find(c.id);
                html += QStringLiteral("<td align=\"center\">%1</td>")
                            .arg(it == sheet.marks.end() ? QStringLiteral("\u2013")
                                                         : QString::number(it->second));
            }
            const CriterionResult* r = result ? result->criterion(c.id) : nullptr;
            QString value = r ? markText(r->value) : QStringLiteral("\u2013");
            if (r && r->consensus)
                value += QLatin1Char(' ') + tr("(consensus: %1)").arg(r->consensusReason);
            QString spread = r ? QString::number(r->spread) : QString();
            if (r && r->flagged)
                spread = QStringLiteral("<b style=\"color:#b01c1c\">%1</b>")
                             .arg(tr("\u26a0 %1, to discuss").arg(r->spread));
            html += QStringLiteral("<td align=\"center\">%1</td><td>%2</td></tr>")
                        .arg(value.toHtmlEscaped(), spread);
        }
        html += QStringLiteral("</table>");
        if (result)
            html += QStringLiteral("<p>%1</p>")
                        .arg(result->complete
                                 ? tr("Weighted total: %1").arg(totalText(result->weightedTotal))
                                 : tr("Incomplete: %1")
                                       .arg(result->missing.join(QLatin1String("; ")))
                                       .toHtmlEscaped());
        others_->setText(html);
        updateConsensusButton(result);
    } catch (const std::exception& e) {
        others_->setText(tr("Hidden: %1").arg(translatedWhat(e).toHtmlEscaped()));
    }
}

void MarkSheetPane::updateConsensusButton(const std::optional<ConsolidatedCandidate>& result) {
    flagged_.clear();
    if (result)
        for (const CriterionResult& r : result->criteria)
            if (r.flagged)
                flagged_ << r.id;
    QString why;
    if (!user_.onPanel() || user_.role != Role::Chair)
        why = tr("Only the chair records a consensus mark, after the panel's discussion.");
    else if (caseFile_ && caseFile_->isReadOnly())
        why = tr("The case file is open read-only.");
    else if (!result || !result->complete)
        why = tr("Every member expected to mark must submit their marks first.");
    consensus_->setEnabled(why.isEmpty());
    consensus_->setToolTip(why.isEmpty()
                               ? tr("Record the mark the panel agreed on for a criterion; it "
                                    "replaces the members' aggregate.")
                               : why);
}

void MarkSheetPane::recordConsensus() {
    if (!caseFile_ || reference_.isEmpty() || !consensus_->isEnabled())
        return;
    const auto answer = ConsensusDialog::ask(this, {reference_, criteria_, flagged_});
    if (!answer)
        return;
    RecordConsensusAct act(*caseFile_,
                           {reference_, stage_, answer->criterion, answer->mark, answer->reason},
                           user_.memberId);
    edits_.perform(act, this, tr("Consensus not recorded"));
    refresh();
}

QString MarkSheetPane::stateText() const {
    return state_->text();
}

QString MarkSheetPane::othersText() const {
    return others_->text();
}

MarkSheet MarkSheetPane::sheetFromControls() const {
    MarkSheet sheet;
    sheet.member = user_.memberId;
    sheet.candidate = reference_;
    sheet.stage = stage_;
    for (size_t i = 0; i < criteria_.size(); ++i)
        if (marks_[i]->value() != unmarked)
            sheet.marks[criteria_[i].id] = marks_[i]->value();
    sheet.comment = comment_->text().trimmed();
    return sheet;
}

void MarkSheetPane::saveDraft() {
    if (!caseFile_ || reference_.isEmpty() || !user_.onPanel() || !comment_->isEnabled())
        return;
    const MarkSheet sheet = sheetFromControls();
    // A case on a server whose connection is lost: checked first, so what was typed is kept
    // rather than refused in a dialog for every mark.
    if (!caseFile_->checkConnection()) {
        keepUnsaved(sheet);
        return;
    }
    const auto own = caseFile_->marking().ownSheet(reference_, stage_, user_.memberId);
    if (own && own->marks == sheet.marks && own->comment == sheet.comment)
        return; // nothing changed
    if (!own && sheet.marks.empty() && sheet.comment.isEmpty())
        return;
    if (edits_.push(new SaveMarksCommand(*caseFile_, sheet), this))
        return;
    if (!caseFile_->checkConnection())
        keepUnsaved(sheet); // lost while saving
    else
        refresh();
}

void MarkSheetPane::keepUnsaved(const MarkSheet& sheet) {
    unsaved_ = sheet;
    state_->setText(unsavedText());
    submit_->setEnabled(false);
}

QString MarkSheetPane::unsavedText() const {
    return tr("Not saved yet: no connection to the server. Saved once it is back.");
}

void MarkSheetPane::saveUnsaved() {
    if (!unsaved_ || !caseFile_ || caseFile_->connectionLost())
        return;
    const MarkSheet sheet = *unsaved_;
    unsaved_.reset();
    if (!edits_.push(new SaveMarksCommand(*caseFile_, sheet), this) &&
        !caseFile_->checkConnection())
        unsaved_ = sheet;
    refresh();
}

void MarkSheetPane::submit() {
    if (!submit_->isEnabled() && !comment_->isEnabled())
        return;
    saveDraft(); // what is on screen is what is submitted
    if (unsaved_)
        return; // not while the connection is lost
    if (Prompt::question(this, tr("Submit marks"),
                         tr("Submit your marks for %1? Submitted marks are final; you will then "
                            "see the other members' marks.")
                             .arg(reference_),
                         QMessageBox::No) != QMessageBox::Yes)
        return;
    SubmitMarksAct act(*caseFile_, reference_, stage_, user_.memberId);
    edits_.perform(act, this, tr("Not submitted"));
    refresh();
}

} // namespace sp::ui
