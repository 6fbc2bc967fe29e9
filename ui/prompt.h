#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace sp::ui {

// What a message box would have shown.
struct PromptRequest {
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QString title;
    QString text;
    QMessageBox::StandardButtons buttons;
};

// What a line of text asked for would have shown: a server's address, a password.
struct TextRequest {
    QString title;
    QString label;
    QString initial;
    bool secret = false; // a password: not shown as typed
};

// Modal message boxes, which tests answer through a responder instead of a person.
class Prompt {
public:
    using Responder = std::function<QMessageBox::StandardButton(const PromptRequest&)>;
    // The text typed, or nothing when cancelled.
    using TextResponder = std::function<std::optional<QString>(const TextRequest&)>;

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButton defaultButton);
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    // Asks for one line of text; nothing when cancelled.
    static std::optional<QString> text(QWidget* parent, const TextRequest& request);

    // While set, no box is shown: the responder sees the request and gives the answer.
    // Pass an empty function to show boxes again.
    static void setResponder(Responder responder);
    static void setTextResponder(TextResponder responder);

private:
    static QMessageBox::StandardButton ask(QWidget* parent, const PromptRequest& request,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace sp::ui
