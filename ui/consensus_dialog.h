#pragma once

#include "domain/grid.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace sp::ui {

// What the consensus dialog would have asked: a criterion of the stage (flagged ones first
// offered), a mark 0..its maximum and the reason.
struct ConsensusRequest {
    QString candidate;
    std::vector<Criterion> criteria;
    QStringList flagged; // criterion ids whose marks are far apart
};

struct ConsensusAnswer {
    QString criterion;
    int mark = 0;
    QString reason;
};

// Asks the chair for a consensus mark; tests answer through a responder.
class ConsensusDialog {
    Q_DECLARE_TR_FUNCTIONS(sp::ui::ConsensusDialog)

public:
    using Responder = std::function<std::optional<ConsensusAnswer>(const ConsensusRequest&)>;

    static std::optional<ConsensusAnswer> ask(QWidget* parent, const ConsensusRequest& request);
    // While set, no dialog is shown. Pass an empty function to show it again.
    static void setResponder(Responder responder);
};

} // namespace sp::ui
