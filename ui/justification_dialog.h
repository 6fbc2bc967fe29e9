#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace sp::ui {

// What the justification dialog asks.
struct JustificationRequest {
    QString candidate; // the reference being recommended
    QString hint;      // why a justification is (or may not be) needed
};

// Asks the chair for the justification of a recommendation ("justificationDialog":
// "justificationText").
class JustificationDialog {
    Q_DECLARE_TR_FUNCTIONS(sp::ui::JustificationDialog)

public:
    // The justification (possibly empty), or nothing when cancelled.
    static std::optional<QString> ask(QWidget* parent, const JustificationRequest& request);
};

} // namespace sp::ui
