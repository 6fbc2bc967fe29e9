#include "prompt.h"

namespace sp::ui {

namespace {

Prompt::Responder& responder() {
    static Prompt::Responder instance;
    return instance;
}

} // namespace

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
