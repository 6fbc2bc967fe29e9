#include "irreversible_acts.h"

namespace sp::ui {

SubmitMarksAct::SubmitMarksAct(CaseFile& caseFile, const QString& reference, Stage stage,
                               const QString& member)
    : IrreversibleAct(stage == Stage::Preselection
                          ? IrreversibleAct::tr("Submit pre-selection marks for %1").arg(reference)
                          : IrreversibleAct::tr("Submit interview marks for %1").arg(reference)),
      caseFile_(caseFile), reference_(reference), stage_(stage), member_(member) {}

void SubmitMarksAct::apply() {
    caseFile_.marking().submitMarks(reference_, stage_, member_);
}

RecordConsensusAct::RecordConsensusAct(CaseFile& caseFile, const ConsensusMark& consensus,
                                       const QString& member)
    : IrreversibleAct(
          IrreversibleAct::tr("Record a consensus mark for %1").arg(consensus.candidate)),
      caseFile_(caseFile), consensus_(consensus), member_(member) {}

void RecordConsensusAct::apply() {
    caseFile_.marking().recordConsensus(consensus_, member_);
}

DecideShortlistAct::DecideShortlistAct(CaseFile& caseFile, const ShortlistDecision& decision,
                                       const QString& member)
    : IrreversibleAct(decision.invited
                          ? IrreversibleAct::tr("Invite %1 to interview").arg(decision.candidate)
                          : IrreversibleAct::tr("Decide not to invite %1 to interview")
                                .arg(decision.candidate)),
      caseFile_(caseFile), decision_(decision), member_(member) {}

void DecideShortlistAct::apply() {
    caseFile_.results().decideShortlist(decision_, member_);
}

RecommendAct::RecommendAct(CaseFile& caseFile, const QString& reference, const QString& member,
                           const QString& justification)
    : IrreversibleAct(IrreversibleAct::tr("Recommend %1").arg(reference)), caseFile_(caseFile),
      reference_(reference), member_(member), justification_(justification) {}

void RecommendAct::apply() {
    caseFile_.results().recommend(reference_, member_, justification_);
}

ImportApplicationsAct::ImportApplicationsAct(CaseFile& caseFile, const ImportPlan& plan)
    : IrreversibleAct(IrreversibleAct::tr("Import %n application(s)", nullptr,
                                          static_cast<int>(plan.valid.size()))),
      caseFile_(caseFile), plan_(plan) {}

void ImportApplicationsAct::apply() {
    outcome_ = caseFile_.applications().importApplications(plan_);
}

ImportReturnAct::ImportReturnAct(CaseFile& caseFile, const QByteArray& bytes, const QString& source)
    : IrreversibleAct(IrreversibleAct::tr("Import the return %1").arg(source)), caseFile_(caseFile),
      bytes_(bytes), source_(source) {}

void ImportReturnAct::apply() {
    result_ = caseFile_.workbooks().importReturn(bytes_, source_);
}

NoteInRecordAct::NoteInRecordAct(CaseFile& caseFile, const QString& actor, const QString& action,
                                 const QString& detail)
    : IrreversibleAct(IrreversibleAct::tr("Note in the record: %1").arg(detail)),
      caseFile_(caseFile), actor_(actor), action_(action), detail_(detail) {}

void NoteInRecordAct::apply() {
    caseFile_.record().noteAction(actor_, action_, detail_);
}

} // namespace sp::ui
