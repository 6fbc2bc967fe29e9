#include "connection_status.h"

#include "case_subscriptions.h"

namespace sp::ui {

namespace {
// Often enough that a lost connection shows before the member has typed much; a query that reads
// nothing costs the server little.
constexpr int WatchMs = 2000;
constexpr int BackShownMs = 8000;
} // namespace

ConnectionStatus::ConnectionStatus(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("connectionStatus"));
    setAccessibleName(tr("Connection to the server"));
    hide();
    watch_.setInterval(WatchMs);
    connect(&watch_, &QTimer::timeout, this, &ConnectionStatus::check);
    fade_.setSingleShot(true);
    fade_.setInterval(BackShownMs);
    connect(&fade_, &QTimer::timeout, this, [this] {
        if (caseFile_ && !caseFile_->connectionLost())
            hide();
    });
}

ConnectionStatus::~ConnectionStatus() = default;

void ConnectionStatus::follow(CaseFile* caseFile) {
    subscriptions_.reset();
    watch_.stop();
    fade_.stop();
    hide();
    caseFile_ = caseFile && caseFile->onServer() ? caseFile : nullptr;
    if (!caseFile_)
        return;
    subscriptions_ = std::make_unique<CaseSubscriptions>();
    subscriptions_->follow(caseFile_->connectionEvents().changed,
                           [this](const ConnectionChanged& change) {
                               if (change.connected)
                                   showBack();
                               else
                                   showLost(change.problem);
                           });
    watch_.start();
}

void ConnectionStatus::check() {
    if (caseFile_)
        caseFile_->checkConnection();
}

void ConnectionStatus::showLost(const QString& problem) {
    fade_.stop();
    setText(tr("<b>Connection to the server lost</b>: reconnecting… What you type stays on "
               "screen and is saved when it is back."));
    setToolTip(problem);
    setStyleSheet(QStringLiteral("QLabel { color: #a40000; }"));
    show();
}

void ConnectionStatus::showBack() {
    setText(tr("Connected to the server again"));
    setToolTip(QString());
    setStyleSheet(QString());
    show();
    fade_.start();
}

} // namespace sp::ui
