#pragma once

#include "domain/grid.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QWidget;

namespace sp::ui {

// What the consensus dialog asks: a criterion of the stage (flagged ones first
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

// Asks the chair for a consensus mark ("consensusDialog": "consensusCriterion",
// "consensusMark", "consensusReason").
class ConsensusDialog {
    Q_DECLARE_TR_FUNCTIONS(sp::ui::ConsensusDialog)

public:
    static std::optional<ConsensusAnswer> ask(QWidget* parent, const ConsensusRequest& request);
};

} // namespace sp::ui
