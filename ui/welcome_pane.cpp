#include "welcome_pane.h"

#include "recent_files.h"
#include "server/server_address.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp::ui {

namespace {

QPushButton* actionButton(const QString& text, const char* name, QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setMinimumWidth(260);
    return button;
}

QLabel* explanation(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    // The centred grid sizes its rows by the widgets' hints, not by the wrapped text's height.
    label->setFixedWidth(420);
    label->setMinimumHeight(label->heightForWidth(420));
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

WelcomePane::WelcomePane(QWidget* parent)
    : QWidget(parent), recent_(new QListWidget(this)), noRecent_(new QLabel(this)) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* title = new QLabel(tr("Selection Panel"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* hint = new QLabel(tr("Open the case file of a selection procedure to start."), this);

    QPushButton* open = actionButton(tr("Open case file…"), "welcomeOpenButton", this);
    open->setAccessibleName(tr("Open case file"));
    connect(open, &QPushButton::clicked, this, &WelcomePane::openRequested);
    QPushButton* create = actionButton(tr("New case from a vacancy…"), "welcomeNewButton", this);
    connect(create, &QPushButton::clicked, this, &WelcomePane::newCaseRequested);
    QPushButton* example = actionButton(tr("Try the example"), "welcomeExampleButton", this);
    connect(example, &QPushButton::clicked, this, &WelcomePane::exampleRequested);

    auto* actions = new QGridLayout;
    actions->setHorizontalSpacing(16);
    actions->setVerticalSpacing(10);
    actions->addWidget(open, 0, 0);
    actions->addWidget(explanation(tr("A .selpanel file a colleague gave you or you saved."), this),
                       0, 1);
    actions->addWidget(create, 1, 0);
    actions->addWidget(
        explanation(tr("A new procedure: the vacancy built into the program or a vacancy "
                       "definition (JSON)."),
                    this),
        1, 1);
    actions->addWidget(example, 2, 0);
    actions->addWidget(
        explanation(tr("A case of the example vacancy with invented candidates and their "
                       "applications, kept in your documents folder, to see how the panel "
                       "works."),
                    this),
        2, 1);

    auto* recentTitle = new QLabel(tr("Open recent"), this);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    recent_->setObjectName(QStringLiteral("welcomeRecentList"));
    recent_->setAccessibleName(tr("Recent case files"));
    recent_->setMaximumWidth(700);
    recent_->setMaximumHeight(180);
    noRecent_->setObjectName(QStringLiteral("welcomeNoRecent"));
    noRecent_->setText(tr("No case file opened yet."));
    noRecent_->setForegroundRole(QPalette::PlaceholderText);
    const auto openItem = [this](QListWidgetItem* item) {
        emit recentRequested(item->data(Qt::UserRole).toString());
    };
    connect(recent_, &QListWidget::itemActivated, this, openItem);
    connect(recent_, &QListWidget::itemClicked, this, openItem);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addLayout(actions);
    layout->setAlignment(actions, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(recentTitle, 0, Qt::AlignHCenter);
    layout->addWidget(recent_, 0, Qt::AlignHCenter);
    layout->addWidget(noRecent_, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    refreshRecent();
}

void WelcomePane::refreshRecent() {
    recent_->clear();
    for (const QString& path : RecentFiles::list()) {
        const QFileInfo file(path);
        auto* item = new QListWidgetItem(
            server::looksLikeServerUrl(path)
                ? tr("%1 — on a server").arg(path)
                : tr("%1 — %2").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
            recent_);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    recent_->setVisible(recent_->count() > 0);
    noRecent_->setVisible(recent_->count() == 0);
}

} // namespace sp::ui
