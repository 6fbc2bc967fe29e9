#pragma once

#include "casefile/duplicate_resolution.h"
#include "edit_command.h"

#include <optional>

namespace sp {
class CaseFile;
}

namespace sp::ui {

// Of probable duplicates, the panel decides whether this application counts; undo restores the
// decision there was before (none: the application is undecided again).
class ResolveDuplicateCommand : public EditCommand {
public:
    ResolveDuplicateCommand(CaseFile& caseFile, const QString& reference, bool counts,
                            const QString& reason, const QString& by);

protected:
    void apply() override;
    void revert() override;

private:
    CaseFile& caseFile_;
    QString reference_;
    bool counts_;
    QString reason_;
    QString by_;
    std::optional<DuplicateResolution> previous_;
};

} // namespace sp::ui
