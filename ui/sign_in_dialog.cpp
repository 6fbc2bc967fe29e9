#include "sign_in_dialog.h"

#include "casefile/case_file.h"
#include "domain/error.h"
#include "problem_text.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sp::ui {

namespace {

SignInDialog::Responder& responder() {
    static SignInDialog::Responder instance;
    return instance;
}

SignInDialog::PassphraseResponder& passphraseResponder() {
    static SignInDialog::PassphraseResponder instance;
    return instance;
}

QString& refusalText() {
    static QString text;
    return text;
}

// Signs the chosen member in; the refusal's words when it is refused.
std::optional<QString> signIn(CaseFile& caseFile, const QString& memberId,
                              const SignInDialog::Passphrase& typed) {
    try {
        caseFile.identities().signIn(memberId, typed.passphrase, typed.newPassphrase);
    } catch (const Error& e) {
        return translated(e);
    }
    for (const PanelMember& other : caseFile.panel().members())
        if (other.id != memberId)
            caseFile.identities().signOut(other.id);
    return std::nullopt;
}

QString settingsKey(const QString& caseFilePath) {
    // QSettings keys treat '/' as a group separator: keep the path in one key.
    QString path = QFileInfo(caseFilePath).absoluteFilePath();
    return QStringLiteral("signIn/") +
           QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                      QByteArray::OmitTrailingEquals));
}

} // namespace

void SignInDialog::setResponder(Responder r) {
    responder() = std::move(r);
}

void SignInDialog::setPassphraseResponder(PassphraseResponder r) {
    passphraseResponder() = std::move(r);
}

QString SignInDialog::lastRefusal() {
    return refusalText();
}

SessionUser SignInDialog::remembered(const QString& caseFilePath) {
    QSettings settings;
    const QString key = settingsKey(caseFilePath);
    return {settings.value(key + QStringLiteral("/member")).toString(),
            settings.value(key + QStringLiteral("/name")).toString(), std::nullopt};
}

void SignInDialog::remember(const QString& caseFilePath, const SessionUser& user) {
    QSettings settings;
    const QString key = settingsKey(caseFilePath);
    settings.setValue(key + QStringLiteral("/member"), user.memberId);
    settings.setValue(key + QStringLiteral("/name"), user.name);
}

std::optional<SessionUser> SignInDialog::ask(QWidget* parent, CaseFile& caseFile) {
    const std::vector<PanelMember> panel = caseFile.panel().members();
    // On a server the member signed in as their own role: nobody else to choose.
    if (const auto connected = caseFile.identities().connectedMember())
        if (const PanelMember* member = findMember(panel, *connected))
            return SessionUser{member->id, member->name, member->role};
    const SessionUser before = remembered(caseFile.path());
    refusalText().clear();
    std::optional<SessionUser> answer;
    if (responder()) {
        answer = responder()(panel, before);
        if (answer && findMember(panel, answer->memberId)) {
            const auto typed =
                passphraseResponder()
                    ? passphraseResponder()(answer->memberId,
                                            caseFile.identities().credentials(answer->memberId))
                    : std::nullopt;
            const auto refused = typed ? signIn(caseFile, answer->memberId, *typed)
                                       : std::optional<QString>(tr("no passphrase was entered"));
            if (refused) {
                refusalText() = *refused;
                return std::nullopt;
            }
        }
    } else {
        SignInDialog dialog(caseFile, before, parent);
        while (dialog.exec() == QDialog::Accepted) {
            const SessionUser chosen = dialog.chosen();
            if (chosen.onPanel()) {
                if (const auto refused = signIn(caseFile, chosen.memberId, dialog.typed())) {
                    refusalText() = *refused;
                    QMessageBox::warning(&dialog, tr("Sign-in refused"), *refused);
                    dialog.showPassphraseFields();
                    continue;
                }
            }
            answer = chosen;
            break;
        }
    }
    if (!answer)
        return answer;
    // The name and role come from the panel, never from the remembered answer.
    if (const PanelMember* member = findMember(panel, answer->memberId)) {
        answer->name = member->name;
        answer->role = member->role;
    } else {
        answer->memberId.clear();
        answer->role.reset();
    }
    if (answer->signedIn())
        remember(caseFile.path(), *answer);
    return answer;
}

SignInDialog::SignInDialog(const CaseFile& caseFile, const SessionUser& remembered, QWidget* parent)
    : QDialog(parent), caseFile_(caseFile), panel_(caseFile.panel().members()) {
    setWindowTitle(tr("Who is using Selection Panel?"));
    setObjectName(QStringLiteral("signInDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!panel_.empty()) {
        layout->addWidget(new QLabel(tr("Choose your name on the panel:"), this));
        members_ = new QListWidget(this);
        members_->setObjectName(QStringLiteral("signInMembers"));
        members_->setAccessibleName(tr("Panel members"));
        for (const PanelMember& m : panel_) {
            auto* item =
                new QListWidgetItem(tr("%1 (%2)").arg(m.name, roleLabel(m.role)), members_);
            item->setData(Qt::UserRole, m.id);
            if (m.id == remembered.memberId)
                members_->setCurrentItem(item);
        }
        if (!members_->currentItem())
            members_->setCurrentRow(0);
        connect(members_, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
        layout->addWidget(members_);
        passphraseLabel_ = new QLabel(this);
        layout->addWidget(passphraseLabel_);
        passphrase_ = new QLineEdit(this);
        passphrase_->setObjectName(QStringLiteral("signInPassphrase"));
        passphrase_->setEchoMode(QLineEdit::Password);
        passphrase_->setAccessibleName(tr("Passphrase"));
        passphraseLabel_->setBuddy(passphrase_);
        layout->addWidget(passphrase_);
        newPassphraseLabel_ =
            new QLabel(tr("Choose your passphrase (at least 8 characters):"), this);
        layout->addWidget(newPassphraseLabel_);
        newPassphrase_ = new QLineEdit(this);
        newPassphrase_->setObjectName(QStringLiteral("signInNewPassphrase"));
        newPassphrase_->setEchoMode(QLineEdit::Password);
        newPassphrase_->setAccessibleName(tr("New passphrase"));
        newPassphraseLabel_->setBuddy(newPassphrase_);
        layout->addWidget(newPassphrase_);
        connect(members_, &QListWidget::currentItemChanged, this,
                &SignInDialog::showPassphraseFields);
        showPassphraseFields();
    } else {
        layout->addWidget(new QLabel(
            tr("This case file has no panel yet. Your name signs the screening decisions:"), this));
        name_ = new QLineEdit(remembered.name, this);
        name_->setObjectName(QStringLiteral("signInName"));
        name_->setAccessibleName(tr("Your name"));
        layout->addWidget(name_);
        auto updateOk = [this, buttons] {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!name_->text().trimmed().isEmpty());
        };
        connect(name_, &QLineEdit::textChanged, this, updateOk);
        updateOk();
    }
    layout->addWidget(buttons);
}

// What to type depends on the member: a passphrase to choose, a one-time code, or theirs.
void SignInDialog::showPassphraseFields() {
    if (!passphrase_)
        return;
    const identity::Credentials credentials = caseFile_.identities().credentials(chosen().memberId);
    passphraseLabel_->setText(credentials == identity::Credentials::None
                                  ? tr("Choose your passphrase (at least 8 characters):")
                              : credentials == identity::Credentials::OneTimeCode
                                  ? tr("The one-time code you were given:")
                                  : tr("Your passphrase:"));
    const bool codeGiven = credentials == identity::Credentials::OneTimeCode;
    newPassphraseLabel_->setVisible(codeGiven);
    newPassphrase_->setVisible(codeGiven);
    passphrase_->clear();
    newPassphrase_->clear();
    passphrase_->setFocus();
}

SignInDialog::Passphrase SignInDialog::typed() const {
    if (!passphrase_)
        return {};
    return {passphrase_->text().toUtf8(),
            newPassphrase_->isVisible() ? newPassphrase_->text().toUtf8() : QByteArray()};
}

SessionUser SignInDialog::chosen() const {
    if (members_ && members_->currentItem()) {
        const QString id = members_->currentItem()->data(Qt::UserRole).toString();
        if (const PanelMember* m = findMember(panel_, id))
            return {m->id, m->name, m->role};
    }
    if (name_)
        return {QString(), name_->text().trimmed(), std::nullopt};
    return {};
}

} // namespace sp::ui
