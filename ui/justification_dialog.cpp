#include "justification_dialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sp::ui {

std::optional<QString> JustificationDialog::ask(QWidget* parent,
                                                const JustificationRequest& request) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("justificationDialog"));
    dialog.setWindowTitle(tr("Recommend %1").arg(request.candidate));
    auto* hint = new QLabel(request.hint, &dialog);
    hint->setWordWrap(true);
    auto* text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("justificationText"));
    text->setAccessibleName(tr("Justification"));
    hint->setBuddy(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(480, 260);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return text->toPlainText().trimmed();
}

} // namespace sp::ui
