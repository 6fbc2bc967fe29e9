#include "tick_declaration_command.h"

#include "casefile/case_file.h"
#include "domain/error.h"

namespace sp::ui {

namespace {

QString tickText(const QString& reference, const QString& declaration,
                 std::optional<bool> fulfilled) {
    const QString label = declarationLabel(declaration);
    if (!fulfilled)
        return EditCommand::tr("Clear %1 for %2").arg(label, reference);
    return *fulfilled ? EditCommand::tr("Tick %1 fulfilled for %2").arg(label, reference)
                      : EditCommand::tr("Tick %1 not fulfilled for %2").arg(label, reference);
}

} // namespace

TickDeclarationCommand::TickDeclarationCommand(CaseFile& caseFile, const QString& reference,
                                               const QString& declaration,
                                               std::optional<bool> fulfilled, const QString& by)
    : EditCommand(tickText(reference, declaration, fulfilled)), caseFile_(caseFile),
      reference_(reference), declaration_(declaration), fulfilled_(fulfilled), by_(by) {}

std::optional<bool> TickDeclarationCommand::currentTick() const {
    if (const auto s = caseFile_.screening().candidate(reference_)) {
        // A ticked declaration is part of the pre-check; an unticked one is not.
        const CriterionOutcome* ticked = s->screening.preCheck.criterion(declaration_);
        if (!ticked || ticked->state == CriterionState::Unknown)
            return std::nullopt;
        return ticked->state == CriterionState::Met;
    }
    throw Error(ErrorKind::NotFound, QStringLiteral("no candidate %1").arg(reference_));
}

void TickDeclarationCommand::apply() {
    previous_ = currentTick();
    caseFile_.screening().tickDeclaration(reference_, declaration_, fulfilled_, by_);
}

void TickDeclarationCommand::revert() {
    caseFile_.screening().tickDeclaration(reference_, declaration_, previous_, by_);
}

} // namespace sp::ui
