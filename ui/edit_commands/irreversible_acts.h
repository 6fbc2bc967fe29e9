#pragma once

#include "casefile/case_file.h"
#include "irreversible_act.h"

#include <QByteArray>
#include <QString>

// The acts of the window that cannot be undone, each the one call of the case file it makes.
namespace sp::ui {

// A member submits their draft as it stands: final.
class SubmitMarksAct : public IrreversibleAct {
public:
    SubmitMarksAct(CaseFile& caseFile, const QString& reference, Stage stage,
                   const QString& member);

private:
    void apply() override;
    CaseFile& caseFile_;
    QString reference_;
    Stage stage_;
    QString member_;
};

// The chair records the mark the panel agreed on for a criterion.
class RecordConsensusAct : public IrreversibleAct {
public:
    RecordConsensusAct(CaseFile& caseFile, const ConsensusMark& consensus, const QString& member);

private:
    void apply() override;
    CaseFile& caseFile_;
    ConsensusMark consensus_;
    QString member_;
};

// The chair records whether a candidate is invited to interview, with the reason.
class DecideShortlistAct : public IrreversibleAct {
public:
    DecideShortlistAct(CaseFile& caseFile, const ShortlistDecision& decision,
                       const QString& member);

private:
    void apply() override;
    CaseFile& caseFile_;
    ShortlistDecision decision_;
    QString member_;
};

// The chair records the panel's recommendation.
class RecommendAct : public IrreversibleAct {
public:
    RecommendAct(CaseFile& caseFile, const QString& reference, const QString& member,
                 const QString& justification);

private:
    void apply() override;
    CaseFile& caseFile_;
    QString reference_;
    QString member_;
    QString justification_;
};

// Every prepared application in one transaction. The plan (PDFs and all) is not copied: it must
// outlive the act.
class ImportApplicationsAct : public IrreversibleAct {
public:
    ImportApplicationsAct(CaseFile& caseFile, const ImportPlan& plan);
    const ImportOutcome& outcome() const { return outcome_; } // once performed

private:
    void apply() override;
    CaseFile& caseFile_;
    const ImportPlan& plan_;
    ImportOutcome outcome_;
};

// A member's signed return: their sheets submitted in the case.
class ImportReturnAct : public IrreversibleAct {
public:
    ImportReturnAct(CaseFile& caseFile, const QByteArray& bytes, const QString& source);
    const ImportedReturn& result() const { return result_; } // once performed

private:
    void apply() override;
    CaseFile& caseFile_;
    QByteArray bytes_;
    QString source_;
    ImportedReturn result_;
};

// An entry in the record of something done outside the case file (an export): it changes
// nothing the steps on the undo stack depend on.
class NoteInRecordAct : public IrreversibleAct {
public:
    NoteInRecordAct(CaseFile& caseFile, const QString& actor, const QString& action,
                    const QString& detail);
    bool endsUndoHistory() const override { return false; }

private:
    void apply() override;
    CaseFile& caseFile_;
    QString actor_;
    QString action_;
    QString detail_;
};

} // namespace sp::ui
