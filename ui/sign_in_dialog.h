#pragma once

#include "session_user.h"

#include <QDialog>
#include <functional>
#include <optional>
#include <vector>

class QLineEdit;
class QListWidget;

namespace sp {
class CaseFile;
}

namespace sp::ui {

// Asks which panel member is using the program (or, without a panel, a name for screening
// decisions). The answer is remembered per case file and offered first the next time.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    // Tests answer instead of a person: the responder gets the panel and the remembered user.
    using Responder = std::function<std::optional<SessionUser>(
        const std::vector<PanelMember>& panel, const SessionUser& remembered)>;
    static void setResponder(Responder responder); // empty: show the dialog again

    // nullopt when the user cancels. Remembers the answer for this case file.
    static std::optional<SessionUser> ask(QWidget* parent, const CaseFile& caseFile);
    static SessionUser remembered(const QString& caseFilePath);

private:
    SignInDialog(const std::vector<PanelMember>& panel, const SessionUser& remembered,
                 QWidget* parent);
    SessionUser chosen() const;
    static void remember(const QString& caseFilePath, const SessionUser& user);

    std::vector<PanelMember> panel_;
    QListWidget* members_ = nullptr;
    QLineEdit* name_ = nullptr;
};

} // namespace sp::ui
