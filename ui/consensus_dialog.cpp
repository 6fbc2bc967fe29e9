#include "consensus_dialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <algorithm>

namespace sp::ui {

std::optional<ConsensusAnswer> ConsensusDialog::ask(QWidget* parent,
                                                    const ConsensusRequest& request) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("consensusDialog"));
    dialog.setWindowTitle(tr("Consensus mark for %1").arg(request.candidate));
    auto* criterion = new QComboBox(&dialog);
    criterion->setObjectName(QStringLiteral("consensusCriterion"));
    for (const Criterion& c : request.criteria)
        criterion->addItem(
            request.flagged.contains(c.id) ? QStringLiteral("\u26a0 ") + c.label : c.label, c.id);
    auto* mark = new QSpinBox(&dialog);
    mark->setObjectName(QStringLiteral("consensusMark"));
    const auto limitMark = [&] {
        const size_t i = size_t(std::max(0, criterion->currentIndex()));
        mark->setRange(0, i < request.criteria.size() ? request.criteria[i].maxMark : 0);
    };
    QObject::connect(criterion, &QComboBox::currentIndexChanged, &dialog, limitMark);
    for (int i = 0; i < int(request.criteria.size()); ++i)
        if (request.flagged.contains(request.criteria[size_t(i)].id)) {
            criterion->setCurrentIndex(i);
            break;
        }
    limitMark();
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("consensusReason"));
    reason->setPlaceholderText(tr("What the panel agreed after discussing the marks"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Criterion:"), criterion);
    form->addRow(tr("&Mark:"), mark);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(buttons);
    dialog.resize(460, 0);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ConsensusAnswer{criterion->currentData().toString(), mark->value(),
                           reason->text().trimmed()};
}

} // namespace sp::ui
