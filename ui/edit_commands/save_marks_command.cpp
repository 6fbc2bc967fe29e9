#include "save_marks_command.h"

#include "casefile/case_file.h"
#include "domain/error.h"

namespace sp::ui {

SaveMarksCommand::SaveMarksCommand(CaseFile& caseFile, const MarkSheet& sheet)
    : EditCommand(sheet.stage == Stage::Preselection
                      ? EditCommand::tr("Save pre-selection marks for %1").arg(sheet.candidate)
                      : EditCommand::tr("Save interview marks for %1").arg(sheet.candidate)),
      caseFile_(caseFile), sheet_(sheet) {
    sheet_.submitted = false;
}

int SaveMarksCommand::id() const {
    return 0x5a7e; // any constant shared by every SaveMarksCommand
}

bool SaveMarksCommand::sameSheet(const MarkSheet& other) const {
    return other.member == sheet_.member && other.candidate == sheet_.candidate &&
           other.stage == sheet_.stage;
}

bool SaveMarksCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const SaveMarksCommand*>(other);
    if (next->isObsolete() || !sameSheet(next->sheet_) || &next->caseFile_ != &caseFile_)
        return false;
    sheet_ = next->sheet_; // undo still goes back to the draft before the first save
    return true;
}

void SaveMarksCommand::apply() {
    if (!previousKnown_) {
        previous_ = caseFile_.marking().ownSheet(sheet_.candidate, sheet_.stage, sheet_.member);
        previousKnown_ = true;
    }
    caseFile_.marking().saveMarkSheets({sheet_});
}

void SaveMarksCommand::revert() {
    const auto now = caseFile_.marking().ownSheet(sheet_.candidate, sheet_.stage, sheet_.member);
    if (now && now->submitted)
        throw Error(ErrorKind::BadInput,
                    EditCommand::tr("the marks for %1 have been submitted and are final")
                        .arg(sheet_.candidate));
    MarkSheet restored = previous_.value_or(MarkSheet{});
    // Without an earlier draft, an empty draft: the case file keeps no way to delete one.
    restored.member = sheet_.member;
    restored.candidate = sheet_.candidate;
    restored.stage = sheet_.stage;
    restored.submitted = false;
    caseFile_.marking().saveMarkSheets({restored});
}

} // namespace sp::ui
