#include "prompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace sp::ui {

namespace {

Prompt::Responder& responder() {
    static Prompt::Responder instance;
    return instance;
}

Prompt::TextResponder& textResponder() {
    static Prompt::TextResponder instance;
    return instance;
}

} // namespace

std::optional<QString> Prompt::text(QWidget* parent, const TextRequest& request) {
    if (textResponder())
        return textResponder()(request);
    bool ok = false;
    const QString typed = QInputDialog::getText(
        parent, request.title, request.label,
        request.secret ? QLineEdit::Password : QLineEdit::Normal, request.initial, &ok);
    if (!ok)
        return std::nullopt;
    return typed;
}

void Prompt::setTextResponder(TextResponder r) {
    textResponder() = std::move(r);
}

QMessageBox::StandardButton Prompt::question(QWidget* parent, const QString& title,
                                             const QString& text,
                                             QMessageBox::StandardButton defaultButton) {
    return ask(parent, {QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No},
               defaultButton);
}

void Prompt::error(QWidget* parent, const QString& title, const QString& text) {
    ask(parent, {QMessageBox::Critical, title, text, QMessageBox::Ok}, QMessageBox::Ok);
}

void Prompt::information(QWidget* parent, const QString& title, const QString& text) {
    ask(parent, {QMessageBox::Information, title, text, QMessageBox::Ok}, QMessageBox::Ok);
}

void Prompt::setResponder(Responder r) {
    responder() = std::move(r);
}

QMessageBox::StandardButton Prompt::ask(QWidget* parent, const PromptRequest& request,
                                        QMessageBox::StandardButton defaultButton) {
    if (responder())
        return responder()(request);
    QMessageBox box(request.icon, request.title, request.text, request.buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace sp::ui
