#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace sp::ui {

// What the justification dialog would have asked.
struct JustificationRequest {
    QString candidate; // the reference being recommended
    QString hint;      // why a justification is (or may not be) needed
};

// Asks the chair for the justification of a recommendation; tests answer through a responder.
class JustificationDialog {
    Q_DECLARE_TR_FUNCTIONS(sp::ui::JustificationDialog)

public:
    // The justification (possibly empty), or nothing when cancelled.
    using Responder = std::function<std::optional<QString>(const JustificationRequest&)>;

    static std::optional<QString> ask(QWidget* parent, const JustificationRequest& request);
    // While set, no dialog is shown. Pass an empty function to show it again.
    static void setResponder(Responder responder);
};

} // namespace sp::ui
