#pragma once

#include "identity/credentials.h"
#include "session_user.h"

#include <QDialog>
#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;

namespace sp {
class CaseFile;
}

namespace sp::ui {

// Asks which panel member is using the program (or, without a panel, a name for screening
// decisions) and, for a panel member, their passphrase (issue 16): the member is then signed in
// on the case file, so their acts are signed. A member without one chooses it here; with a
// one-time code they choose a new one. The answer is remembered per case file and offered first
// the next time (never the passphrase).
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    // Tests answer instead of a person: the responder gets the panel and the remembered user.
    using Responder = std::function<std::optional<SessionUser>(
        const std::vector<PanelMember>& panel, const SessionUser& remembered)>;
    static void setResponder(Responder responder); // empty: show the dialog again
    // Tests type the passphrase (and, after a one-time code, the new one) through this hook.
    struct Passphrase {
        QByteArray passphrase;
        QByteArray newPassphrase;
    };
    using PassphraseResponder = std::function<std::optional<Passphrase>(
        const QString& memberId, identity::Credentials credentials)>;
    static void setPassphraseResponder(PassphraseResponder responder);
    // Why the last sign-in was refused (empty if it was not), as the dialog showed it.
    static QString lastRefusal();

    // nullopt when the user cancels, or the passphrase is refused. Remembers the answer for
    // this case file; the other members are signed out.
    static std::optional<SessionUser> ask(QWidget* parent, CaseFile& caseFile);
    static SessionUser remembered(const QString& caseFilePath);

private:
    SignInDialog(const CaseFile& caseFile, const SessionUser& remembered, QWidget* parent);
    SessionUser chosen() const;
    Passphrase typed() const;
    void showPassphraseFields();
    static void remember(const QString& caseFilePath, const SessionUser& user);

    const CaseFile& caseFile_;
    std::vector<PanelMember> panel_;
    QListWidget* members_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLabel* passphraseLabel_ = nullptr;
    QLineEdit* passphrase_ = nullptr;
    QLabel* newPassphraseLabel_ = nullptr;
    QLineEdit* newPassphrase_ = nullptr;
};

} // namespace sp::ui
