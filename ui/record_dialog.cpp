#include "record_dialog.h"

#include "case_subscriptions.h"
#include "casefile/case_events.h"
#include "casefile/case_file.h"
#include "casefile/record_as_seen.h"
#include "edit_commands/edit_history.h"
#include "edit_commands/irreversible_acts.h"
#include "io/output_file.h"
#include "io/record_listing.h"
#include "problem_text.h"
#include "prompt.h"
#include "record_table_model.h"
#include "search_text.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <boost/signals2/connection.hpp>
#include <set>

namespace sp::ui {

struct RecordDialog::Subscriptions : CaseSubscriptions {};

namespace {

std::function<QString(const QString&)>& exportPathResponder() {
    static std::function<QString(const QString&)> instance;
    return instance;
}

QString hiddenText(HiddenBecause why) {
    switch (why) {
    case HiddenBecause::UntilReaderSubmits:
        return QCoreApplication::translate(
            "RecordSecrecy", "(hidden: you see the other members' marks once you have submitted "
                             "yours)");
    case HiddenBecause::NotForReader:
        break;
    }
    return QCoreApplication::translate("RecordSecrecy", "(hidden: you may not see these marks)");
}

bool matchesText(const RecordEntry& entry, const QString& folded) {
    if (folded.isEmpty())
        return true;
    const QString haystack = RecordTableModel::actionLabel(entry.action) + QLatin1Char('\n') +
                             entry.action + QLatin1Char('\n') + entry.before + QLatin1Char('\n') +
                             entry.after;
    return foldForSearch(haystack).contains(folded);
}

QString candidateLabel(const Candidate& candidate) {
    const ApplicationData& a = candidate.application;
    const QString name =
        a.givenNames.isEmpty() ? a.surname : a.surname + QStringLiteral(", ") + a.givenNames;
    return name.isEmpty() ? a.reference : a.reference + QStringLiteral(" \u2014 ") + name;
}

QPushButton* plainButton(const QString& text, const QString& objectName, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false); // Enter in the text filter must not export or close
    return button;
}

QPlainTextEdit* detailView(const QString& objectName, const QString& accessibleName,
                           QWidget* parent) {
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return view;
}

} // namespace

RecordDialog::RecordDialog(CaseFile& caseFile, EditHistory& edits, const QString& member,
                           const QString& candidate, QWidget* parent)
    : QDialog(parent), caseFile_(caseFile), edits_(edits), member_(member),
      wantedCandidate_(candidate), subscriptions_(std::make_unique<Subscriptions>()) {
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(tr("Record of the procedure"));
    setModal(false);

    candidateFilter_ = new QComboBox(this);
    candidateFilter_->setObjectName(QStringLiteral("recordCandidateFilter"));
    candidateFilter_->setAccessibleName(tr("Candidate"));
    candidateFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    memberFilter_ = new QComboBox(this);
    memberFilter_->setObjectName(QStringLiteral("recordMemberFilter"));
    memberFilter_->setAccessibleName(tr("Member"));
    memberFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    textFilter_ = new QLineEdit(this);
    textFilter_->setObjectName(QStringLiteral("recordTextFilter"));
    textFilter_->setAccessibleName(tr("Filter the record by text"));
    textFilter_->setPlaceholderText(tr("Filter by what was done, before or after…"));
    textFilter_->setClearButtonEnabled(true);
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("recordCount"));

    model_ = new RecordTableModel(this);
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("recordTable"));
    table_->setAccessibleName(tr("Record entries"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);

    before_ = detailView(QStringLiteral("recordBefore"), tr("Before, of the selected entry"), this);
    after_ = detailView(QStringLiteral("recordAfter"), tr("After, of the selected entry"), this);
    before_->setPlaceholderText(tr("Select an entry to read its text before the change."));
    after_->setPlaceholderText(tr("Select an entry to read its text after the change."));

    chainStatus_ = new QLabel(this);
    chainStatus_->setObjectName(QStringLiteral("recordChainStatus"));
    chainStatus_->setAccessibleName(tr("State of the record"));
    chainStatus_->setWordWrap(true);
    chainStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    exportStatus_ = new QLabel(this);
    exportStatus_->setObjectName(QStringLiteral("recordExportStatus"));
    exportStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* refresh = plainButton(tr("Refresh"), QStringLiteral("recordRefreshButton"), this);
    // F5 everywhere, plus whatever else the platform uses for "refresh".
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    auto* refreshAction = new QAction(this);
    refreshAction->setShortcuts(refreshKeys);
    addAction(refreshAction);
    refresh->setToolTip(tr("Read the record again (%1)")
                            .arg(refreshKeys.front().toString(QKeySequence::NativeText)));
    export_ = plainButton(tr("Export CSV…"), QStringLiteral("recordExportButton"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAbstractButton* button : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(button))
            push->setAutoDefault(false);

    auto* candidateLabel = new QLabel(tr("&Candidate:"), this);
    candidateLabel->setBuddy(candidateFilter_);
    auto* memberLabel = new QLabel(tr("&Member:"), this);
    memberLabel->setBuddy(memberFilter_);
    auto* filters = new QHBoxLayout;
    filters->addWidget(candidateLabel);
    filters->addWidget(candidateFilter_);
    filters->addWidget(memberLabel);
    filters->addWidget(memberFilter_);
    filters->addWidget(textFilter_, 1);
    filters->addWidget(count_);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    for (auto [label, view] : {std::pair{tr("Before"), before_}, std::pair{tr("After"), after_}}) {
        auto* column = new QVBoxLayout;
        column->addWidget(new QLabel(label, details));
        column->addWidget(view);
        detailsLayout->addLayout(column);
    }
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(table_);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(refresh);
    actions->addWidget(export_);
    actions->addWidget(exportStatus_, 1);
    actions->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(chainStatus_);
    layout->addLayout(actions);
    resize(1150, 680);

    connect(candidateFilter_, &QComboBox::currentIndexChanged, this, [this] {
        wantedCandidate_ = candidateFilter_->currentData().toString();
        applyFilters();
    });
    connect(memberFilter_, &QComboBox::currentIndexChanged, this, [this] {
        wantedMember_ = memberFilter_->currentData().toString();
        applyFilters();
    });
    connect(textFilter_, &QLineEdit::textChanged, this, &RecordDialog::applyFilters);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordDialog::showSelectedEntry);
    connect(refresh, &QPushButton::clicked, this, &RecordDialog::reload);
    connect(refreshAction, &QAction::triggered, this, &RecordDialog::reload);
    connect(export_, &QPushButton::clicked, this, &RecordDialog::exportShown);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Most changes are announced; a refresh (or showing the dialog again) catches the rest.
    subscriptions_->followEverything(caseFile_, [this] { scheduleReload(); });

    reload();
}

RecordDialog::~RecordDialog() = default;

void RecordDialog::setExportPathResponder(std::function<QString(const QString&)> responder) {
    exportPathResponder() = std::move(responder);
}

const std::vector<RecordEntry>& RecordDialog::shownEntries() const {
    return model_->entries();
}

void RecordDialog::setMember(const QString& member) {
    member_ = member;
    reload();
}

void RecordDialog::showCandidate(const QString& candidate) {
    wantedCandidate_ = candidate;
    fillCandidateFilter();
    applyFilters();
}

void RecordDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    reload();
}

void RecordDialog::scheduleReload() {
    if (reloadPending_ || !isVisible())
        return; // shown again later: showEvent reloads
    reloadPending_ = true;
    // A batch of changes announces itself entry by entry: read the record once.
    QTimer::singleShot(0, this, [this] {
        reloadPending_ = false;
        reload();
    });
}

void RecordDialog::reload() {
    try {
        std::vector<RecordEntry> record = caseFile_.record().entries();
        problems_ = verifyRecordChain(record);
        changedRows_ = caseFile_.rowsChangedOutside();
        entries_ = recordAsSeenBy(caseFile_, std::move(record), member_, hiddenText);
        memberNames_.clear();
        for (const PanelMember& member : caseFile_.panel().members())
            memberNames_[member.id] = member.name;
    } catch (const std::exception& e) {
        entries_.clear();
        problems_.clear();
        changedRows_.clear();
        chainStatus_->setText(tr("The record could not be read: %1").arg(translatedWhat(e)));
    }
    fillCandidateFilter();
    fillMemberFilter();
    applyFilters();
    showChainState();
}

void RecordDialog::fillCandidateFilter() {
    std::vector<std::pair<QString, QString>> items; // reference, label
    std::set<QString> listed;
    try {
        for (const Candidate& c : caseFile_.applications().candidates()) {
            items.emplace_back(c.application.reference, candidateLabel(c));
            listed.insert(c.application.reference);
        }
    } catch (const std::exception&) {
        // The references in the record still fill the list.
    }
    for (const RecordEntry& entry : entries_)
        if (!entry.candidate.isEmpty() && listed.insert(entry.candidate).second)
            items.emplace_back(entry.candidate, entry.candidate);
    if (!wantedCandidate_.isEmpty() && listed.insert(wantedCandidate_).second)
        items.emplace_back(wantedCandidate_, wantedCandidate_);
    std::sort(items.begin(), items.end());

    const QSignalBlocker blocker(candidateFilter_);
    candidateFilter_->clear();
    candidateFilter_->addItem(tr("Any candidate"), QString());
    for (const auto& [reference, label] : items)
        candidateFilter_->addItem(label, reference);
    candidateFilter_->setCurrentIndex(std::max(0, candidateFilter_->findData(wantedCandidate_)));
}

void RecordDialog::fillMemberFilter() {
    std::set<QString> actors;
    for (const RecordEntry& entry : entries_)
        actors.insert(entry.actor);
    if (!wantedMember_.isEmpty())
        actors.insert(wantedMember_);
    std::vector<std::pair<QString, QString>> items; // label, actor
    for (const QString& actor : actors) {
        const auto name = memberNames_.find(actor);
        items.emplace_back(name == memberNames_.end()
                               ? actor
                               : tr("%1 (%2)", "member name (member id)").arg(name->second, actor),
                           actor);
    }
    std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });

    const QSignalBlocker blocker(memberFilter_);
    memberFilter_->clear();
    memberFilter_->addItem(tr("Everyone"), QString());
    for (const auto& [label, actor] : items)
        memberFilter_->addItem(label, actor);
    memberFilter_->setCurrentIndex(std::max(0, memberFilter_->findData(wantedMember_)));
}

void RecordDialog::applyFilters() {
    const QString candidate = candidateFilter_->currentData().toString();
    const QString actor = memberFilter_->currentData().toString();
    const QString text = foldForSearch(textFilter_->text().trimmed());
    std::vector<RecordEntry> shown;
    for (const RecordEntry& entry : entries_)
        if ((candidate.isEmpty() || entry.candidate == candidate) &&
            (actor.isEmpty() || entry.actor == actor) && matchesText(entry, text))
            shown.push_back(entry);
    std::map<qint64, QString> problems;
    for (const RecordProblem& problem : problems_) {
        QString& message = problems[problem.seq];
        message += (message.isEmpty() ? QString() : QStringLiteral("; ")) + translated(problem);
    }
    const int total = static_cast<int>(entries_.size());
    count_->setText(tr("%1 of %n entries shown", nullptr, total).arg(shown.size()));
    model_->setEntries(std::move(shown), memberNames_, std::move(problems));

    table_->resizeColumnsToContents();
    const int textWidth = fontMetrics().averageCharWidth() * 40;
    if (table_->columnWidth(RecordTableModel::BeforeColumn) > textWidth)
        table_->setColumnWidth(RecordTableModel::BeforeColumn, textWidth);
    table_->scrollToBottom();
    showSelectedEntry();
    updateExportButton();
}

void RecordDialog::showChainState() {
    const QString warningStyle = QStringLiteral("QLabel { background: #f8d7da; color: #58151c; "
                                                "border: 1px solid #f1aeb5; padding: 6px; }");
    if (problems_.empty() && !changedRows_.empty()) {
        QStringList messages;
        for (const StateProblem& problem : changedRows_)
            messages << translated(problem);
        chainStatus_->setStyleSheet(warningStyle);
        chainStatus_->setToolTip(messages.join(QLatin1Char('\n')));
        chainStatus_->setText(
            tr("Warning: %n stored row(s) were changed outside the program and no longer match "
               "the record, first: %1. Run verify on the case file.",
               nullptr, static_cast<int>(changedRows_.size()))
                .arg(messages.front()));
        return;
    }
    if (problems_.empty()) {
        chainStatus_->setStyleSheet(QString());
        chainStatus_->setToolTip(QString());
        chainStatus_->setText(tr("Record intact: %n entries, hash chain verified; every stored "
                                 "mark and decision matches it.",
                                 nullptr, static_cast<int>(entries_.size())));
        return;
    }
    QStringList numbers;
    QStringList messages;
    std::set<qint64> seen;
    for (const RecordProblem& problem : problems_) {
        if (seen.insert(problem.seq).second)
            numbers << tr("No. %1").arg(problem.seq);
        messages << translated(problem);
    }
    chainStatus_->setStyleSheet(warningStyle);
    chainStatus_->setToolTip(messages.join(QLatin1Char('\n')));
    chainStatus_->setText(tr("Warning: the record was changed outside the program. The hash chain "
                             "breaks at %1: do not rely on what the record says there.")
                              .arg(QLocale().createSeparatedList(numbers)));
}

void RecordDialog::showSelectedEntry() {
    const QModelIndex current = table_->currentIndex();
    if (!current.isValid()) {
        before_->clear();
        after_->clear();
        return;
    }
    auto text = [&](int column) {
        return model_->index(current.row(), column).data(RecordTableModel::FullTextRole).toString();
    };
    before_->setPlainText(text(RecordTableModel::BeforeColumn));
    after_->setPlainText(text(RecordTableModel::AfterColumn));
}

void RecordDialog::updateExportButton() {
    QString why;
    if (caseFile_.isReadOnly())
        why = tr("The case file is open read-only: the export could not be entered in the record.");
    else if (member_.trimmed().isEmpty())
        why = tr("Sign in first: the export is entered in the record under your name.");
    else if (shownEntries().empty())
        why = tr("No entry to export: change the filters.");
    export_->setEnabled(why.isEmpty());
    export_->setToolTip(why.isEmpty() ? tr("Write the entries shown to a CSV file; the export is "
                                           "entered in the record.")
                                      : why);
}

QString RecordDialog::suggestedExportPath() const {
    const QFileInfo caseInfo(caseFile_.path());
    QString name = caseInfo.completeBaseName() + QStringLiteral("-record");
    const QString candidate = candidateFilter_->currentData().toString();
    if (!candidate.isEmpty()) {
        static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
        name += QLatin1Char('-') + QString(candidate).replace(unsafe, QStringLiteral("-"));
    }
    return caseInfo.absoluteDir().filePath(name + QStringLiteral(".csv"));
}

// Entered in the record, which is kept in English like every other entry.
QString RecordDialog::exportDetail(size_t entries, const QString& fileName) const {
    const QString candidate = candidateFilter_->currentData().toString();
    const QString actor = memberFilter_->currentData().toString();
    const QString text = textFilter_->text().trimmed();
    return QStringLiteral("%1 entries to %2; candidate: %3; member: %4; text: %5")
        .arg(entries)
        .arg(fileName, candidate.isEmpty() ? QStringLiteral("any") : candidate,
             actor.isEmpty() ? QStringLiteral("everyone") : actor,
             text.isEmpty() ? QStringLiteral("any") : QLatin1Char('"') + text + QLatin1Char('"'));
}

void RecordDialog::exportShown() {
    updateExportButton();
    if (!export_->isEnabled())
        return;
    const QString suggested = suggestedExportPath();
    const QString path = exportPathResponder()
                             ? exportPathResponder()(suggested)
                             : QFileDialog::getSaveFileName(this, tr("Export the record"),
                                                            suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const std::vector<RecordEntry> entries = shownEntries();
    try {
        writeFileReplacing(path, recordCsv(entries));
        // The record names candidates and members: for the owner's eyes only.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    } catch (const std::exception& e) {
        Prompt::error(this, tr("Record not exported"),
                      tr("The record could not be written to %1: %2")
                          .arg(QDir::toNativeSeparators(path), translatedWhat(e)));
        return;
    }
    NoteInRecordAct noted(caseFile_, member_.trimmed(), QStringLiteral("record_exported"),
                          exportDetail(entries.size(), QFileInfo(path).fileName()));
    if (const auto refusal = edits_.perform(noted)) {
        // An export the record does not know of must not stay behind.
        QFile::remove(path);
        Prompt::error(this, tr("Record not exported"),
                      tr("The export could not be entered in the record, so %1 was removed: %2")
                          .arg(QDir::toNativeSeparators(path), *refusal));
        reload();
        return;
    }
    exportStatus_->setText(
        tr("%n entries exported to %1.", nullptr, static_cast<int>(entries.size()))
            .arg(QDir::toNativeSeparators(path)));
    reload();
}

} // namespace sp::ui
