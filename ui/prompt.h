#pragma once

#include <QMessageBox>
#include <QString>
#include <functional>

class QWidget;

namespace sp::ui {

// What a message box would have shown.
struct PromptRequest {
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QString title;
    QString text;
    QMessageBox::StandardButtons buttons;
};

// Modal message boxes, which tests answer through a responder instead of a person.
class Prompt {
public:
    using Responder = std::function<QMessageBox::StandardButton(const PromptRequest&)>;

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButton defaultButton);
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // While set, no box is shown: the responder sees the request and gives the answer.
    // Pass an empty function to show boxes again.
    static void setResponder(Responder responder);

private:
    static QMessageBox::StandardButton ask(QWidget* parent, const PromptRequest& request,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace sp::ui
