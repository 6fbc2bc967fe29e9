#include "sign_in_dialog.h"

#include "casefile/case_file.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sp::ui {

namespace {

SignInDialog::Responder& responder() {
    static SignInDialog::Responder instance;
    return instance;
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

std::optional<SessionUser> SignInDialog::ask(QWidget* parent, const CaseFile& caseFile) {
    const std::vector<PanelMember> panel = caseFile.panel();
    const SessionUser before = remembered(caseFile.path());
    std::optional<SessionUser> answer;
    if (responder()) {
        answer = responder()(panel, before);
    } else {
        SignInDialog dialog(panel, before, parent);
        if (dialog.exec() == QDialog::Accepted)
            answer = dialog.chosen();
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

SignInDialog::SignInDialog(const std::vector<PanelMember>& panel, const SessionUser& remembered,
                           QWidget* parent)
    : QDialog(parent), panel_(panel) {
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
