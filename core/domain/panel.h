#pragma once

#include "domain/problem.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sp {

// The chair and the members mark; the secretary keeps the record and does not mark.
enum class Role { Chair, Member, Secretary };
QString roleKey(Role role); // "chair", "member", "secretary"
std::optional<Role> roleFromKey(const QString& key);
QString roleLabel(Role role); // "Chair", "Member", "Secretary"
bool roleMarks(Role role);    // chair and member

struct PanelMember {
    QString id;   // stable key within the case file
    QString name; // shown to the panel
    Role role = Role::Member;
};

const PanelMember* findMember(const std::vector<PanelMember>& panel, const QString& id);

// Empty or repeated ids, empty names, not exactly one chair (the chair records consensus marks),
// no member who marks.
std::vector<Problem> panelProblems(const std::vector<PanelMember>& panel);
QStringList validatePanel(const std::vector<PanelMember>& panel); // English

enum class ConflictNature { Hierarchical, Family, FormerColleague, Other };
QString conflictNatureKey(ConflictNature nature); // "hierarchical", "family", "former_colleague",
                                                  // "other"
std::optional<ConflictNature> conflictNatureFromKey(const QString& key);
QString conflictNatureLabel(ConflictNature nature); // "direct hierarchical link", "family link",
                                                    // "former colleague", "other"

// A direct hierarchical or family link means the member must abstain (RULES.md); any other
// declared conflict is on the record but the member may still mark.
bool mustAbstain(ConflictNature nature);

// A conflict of interest a member declared for one candidate.
struct Conflict {
    QString member;    // PanelMember::id
    QString candidate; // the candidate's reference
    ConflictNature nature = ConflictNature::Other;
    QString note;
};

// Member not on the panel, no candidate, and "other" without a note: a conflict nobody can judge.
std::vector<Problem> conflictProblems(const Conflict& conflict,
                                      const std::vector<PanelMember>& panel);

// The declared conflict that makes the member abstain for the candidate, nullptr if none.
const Conflict* abstainingConflict(const QString& member, const QString& candidate,
                                   const std::vector<Conflict>& conflicts);
bool abstains(const QString& member, const QString& candidate,
              const std::vector<Conflict>& conflicts);

// The ids of the members expected to mark the candidate: chair and members who do not abstain,
// in panel order.
QStringList expectedMarkers(const std::vector<PanelMember>& panel, const QString& candidate,
                            const std::vector<Conflict>& conflicts);

} // namespace sp
