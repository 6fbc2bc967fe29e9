#pragma once

#include "edit_command.h"

#include <optional>

namespace sp {
class CaseFile;
}

namespace sp::ui {

// The panel ticks a declaration fulfilled, not fulfilled or clears the tick; undo restores the
// previous tick.
class TickDeclarationCommand : public EditCommand {
public:
    TickDeclarationCommand(CaseFile& caseFile, const QString& reference, const QString& declaration,
                           std::optional<bool> fulfilled, const QString& by);

protected:
    void apply() override;
    void revert() override;

private:
    std::optional<bool> currentTick() const;

    CaseFile& caseFile_;
    QString reference_;
    QString declaration_;
    std::optional<bool> fulfilled_;
    QString by_;
    std::optional<bool> previous_;
};

} // namespace sp::ui
