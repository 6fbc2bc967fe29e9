#pragma once

#include <QLabel>
#include <QTimer>
#include <memory>

namespace sp {
class CaseFile;
}

namespace sp::ui {

struct CaseSubscriptions;

// The status bar's word on the connection to a case on a server: it checks the connection every
// few seconds, says when it is lost (what was typed stays on screen, saved once it is back) and
// connects again by itself. Hidden for a case file.
class ConnectionStatus : public QLabel {
    Q_OBJECT

public:
    explicit ConnectionStatus(QWidget* parent = nullptr);
    ~ConnectionStatus() override;

    void follow(CaseFile* caseFile);

private:
    void check();
    void showLost(const QString& problem);
    void showBack();

    CaseFile* caseFile_ = nullptr;
    QTimer watch_;
    QTimer fade_;
    std::unique_ptr<CaseSubscriptions> subscriptions_;
};

} // namespace sp::ui
