#include "domain/panel.h"

#include <algorithm>
#include <set>

namespace sp {

QString roleKey(Role role) {
    switch (role) {
    case Role::Chair:
        return QStringLiteral("chair");
    case Role::Member:
        return QStringLiteral("member");
    case Role::Secretary:
        return QStringLiteral("secretary");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key) {
    for (Role role : {Role::Chair, Role::Member, Role::Secretary})
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

QString roleLabel(Role role) {
    switch (role) {
    case Role::Chair:
        return QStringLiteral("Chair");
    case Role::Member:
        return QStringLiteral("Member");
    case Role::Secretary:
        return QStringLiteral("Secretary");
    }
    return {};
}

bool roleMarks(Role role) {
    return role != Role::Secretary;
}

const PanelMember* findMember(const std::vector<PanelMember>& panel, const QString& id) {
    auto it = std::find_if(panel.begin(), panel.end(),
                           [&](const PanelMember& member) { return member.id == id; });
    return it == panel.end() ? nullptr : &*it;
}

std::vector<Problem> panelProblems(const std::vector<PanelMember>& panel) {
    std::vector<Problem> problems;
    std::set<QString> seen;
    int chairs = 0;
    int markers = 0;
    for (const auto& member : panel) {
        if (member.id.trimmed().isEmpty())
            problems.push_back(
                {QT_TRANSLATE_NOOP("sp::Problem", "a panel member has no id"), {}, "id"});
        else if (!seen.insert(member.id).second)
            problems.push_back(
                {QT_TRANSLATE_NOOP("sp::Problem", "panel member id '%1' is used twice"),
                 {member.id},
                 "id"});
        if (member.name.trimmed().isEmpty())
            problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "panel member '%1' has no name"),
                                {member.id},
                                "name"});
        chairs += member.role == Role::Chair ? 1 : 0;
        markers += roleMarks(member.role) ? 1 : 0;
    }
    if (chairs != 1)
        problems.push_back(
            {QT_TRANSLATE_NOOP("sp::Problem", "the panel must have exactly one chair, it has %1"),
             {QString::number(chairs)},
             "role"});
    if (markers == 0)
        problems.push_back(
            {QT_TRANSLATE_NOOP("sp::Problem", "the panel has no member who marks"), {}, "role"});
    return problems;
}

QStringList validatePanel(const std::vector<PanelMember>& panel) {
    return englishTexts(panelProblems(panel));
}

QString conflictNatureKey(ConflictNature nature) {
    switch (nature) {
    case ConflictNature::Hierarchical:
        return QStringLiteral("hierarchical");
    case ConflictNature::Family:
        return QStringLiteral("family");
    case ConflictNature::FormerColleague:
        return QStringLiteral("former_colleague");
    case ConflictNature::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ConflictNature> conflictNatureFromKey(const QString& key) {
    for (ConflictNature nature : {ConflictNature::Hierarchical, ConflictNature::Family,
                                  ConflictNature::FormerColleague, ConflictNature::Other})
        if (conflictNatureKey(nature) == key)
            return nature;
    return std::nullopt;
}

QString conflictNatureLabel(ConflictNature nature) {
    switch (nature) {
    case ConflictNature::Hierarchical:
        return QStringLiteral("direct hierarchical link");
    case ConflictNature::Family:
        return QStringLiteral("family link");
    case ConflictNature::FormerColleague:
        return QStringLiteral("former colleague");
    case ConflictNature::Other:
        return QStringLiteral("other");
    }
    return {};
}

bool mustAbstain(ConflictNature nature) {
    return nature == ConflictNature::Hierarchical || nature == ConflictNature::Family;
}

std::vector<Problem> conflictProblems(const Conflict& conflict,
                                      const std::vector<PanelMember>& panel) {
    std::vector<Problem> problems;
    if (!findMember(panel, conflict.member))
        problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "'%1' is not a panel member"),
                            {conflict.member},
                            "member"});
    if (conflict.candidate.trimmed().isEmpty())
        problems.push_back(
            {QT_TRANSLATE_NOOP("sp::Problem", "the conflict names no candidate"), {}, "candidate"});
    if (conflict.nature == ConflictNature::Other && conflict.note.trimmed().isEmpty())
        problems.push_back({QT_TRANSLATE_NOOP("sp::Problem", "a conflict of nature \"other\" "
                                                             "needs a note saying what it is"),
                            {},
                            "note"});
    return problems;
}

const Conflict* abstainingConflict(const QString& member, const QString& candidate,
                                   const std::vector<Conflict>& conflicts) {
    auto it = std::find_if(conflicts.begin(), conflicts.end(), [&](const Conflict& c) {
        return c.member == member && c.candidate == candidate && mustAbstain(c.nature);
    });
    return it == conflicts.end() ? nullptr : &*it;
}

bool abstains(const QString& member, const QString& candidate,
              const std::vector<Conflict>& conflicts) {
    return abstainingConflict(member, candidate, conflicts) != nullptr;
}

QStringList expectedMarkers(const std::vector<PanelMember>& panel, const QString& candidate,
                            const std::vector<Conflict>& conflicts) {
    QStringList ids;
    for (const auto& member : panel)
        if (roleMarks(member.role) && !abstains(member.id, candidate, conflicts))
            ids << member.id;
    return ids;
}

} // namespace sp
