#include "domain/panel.h"

#include <gtest/gtest.h>

namespace {

using sp::ConflictNature;
using sp::Role;

std::vector<sp::PanelMember> examplePanel() {
    return {{"clara", "Clara Chair", Role::Chair},
            {"marek", "Marek Member", Role::Member},
            {"mona", "Mona Member", Role::Member},
            {"sam", "Sam Secretary", Role::Secretary}};
}

TEST(Panel, RoleKeysLabelsAndWhoMarks) {
    struct Case {
        Role role;
        const char* key;
        const char* label;
        bool marks;
    };
    const Case cases[] = {
        {Role::Chair, "chair", "Chair", true},
        {Role::Member, "member", "Member", true},
        {Role::Secretary, "secretary", "Secretary", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.key);
        EXPECT_EQ(sp::roleKey(c.role).toStdString(), c.key);
        EXPECT_EQ(sp::roleFromKey(QString::fromLatin1(c.key)), c.role);
        EXPECT_EQ(sp::roleLabel(c.role).toStdString(), c.label);
        EXPECT_EQ(sp::roleMarks(c.role), c.marks);
    }
    EXPECT_FALSE(sp::roleFromKey(QStringLiteral("Chair")).has_value());
    EXPECT_FALSE(sp::roleFromKey(QStringLiteral("observer")).has_value());
}

TEST(Panel, HierarchicalAndFamilyLinksMeanAbstainingOthersAreOnlyDeclared) {
    struct Case {
        ConflictNature nature;
        const char* key;
        const char* label;
        bool abstain;
    };
    const Case cases[] = {
        {ConflictNature::Hierarchical, "hierarchical", "direct hierarchical link", true},
        {ConflictNature::Family, "family", "family link", true},
        {ConflictNature::FormerColleague, "former_colleague", "former colleague", false},
        {ConflictNature::Other, "other", "other", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.key);
        EXPECT_EQ(sp::conflictNatureKey(c.nature).toStdString(), c.key);
        EXPECT_EQ(sp::conflictNatureFromKey(QString::fromLatin1(c.key)), c.nature);
        EXPECT_EQ(sp::conflictNatureLabel(c.nature).toStdString(), c.label);
        EXPECT_EQ(sp::mustAbstain(c.nature), c.abstain);
    }
    EXPECT_FALSE(sp::conflictNatureFromKey(QStringLiteral("friend")).has_value());
}

TEST(Panel, AbstainingIsPerMemberAndCandidate) {
    const std::vector<sp::Conflict> conflicts = {
        {"mona", "C-2", ConflictNature::Family, "sister-in-law"},
        {"marek", "C-2", ConflictNature::FormerColleague, "same unit until 2021"},
        {"clara", "C-3", ConflictNature::Hierarchical, "her direct report"},
    };
    struct Case {
        const char* member;
        const char* candidate;
        bool abstains;
    };
    const Case cases[] = {
        {"mona", "C-2", true},  {"mona", "C-1", false},  {"marek", "C-2", false},
        {"clara", "C-3", true}, {"clara", "C-2", false}, {"sam", "C-2", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.member) + " " + c.candidate);
        EXPECT_EQ(sp::abstains(c.member, c.candidate, conflicts), c.abstains);
    }
    const sp::Conflict* found = sp::abstainingConflict("mona", "C-2", conflicts);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->note.toStdString(), "sister-in-law");
}

TEST(Panel, ExpectedMarkersAreChairAndMembersWhoDoNotAbstain) {
    const std::vector<sp::Conflict> conflicts = {
        {"mona", "C-2", ConflictNature::Family, ""},
        {"marek", "C-2", ConflictNature::FormerColleague, ""},
    };
    EXPECT_EQ(sp::expectedMarkers(examplePanel(), "C-1", conflicts),
              QStringList({"clara", "marek", "mona"}));
    EXPECT_EQ(sp::expectedMarkers(examplePanel(), "C-2", conflicts),
              QStringList({"clara", "marek"}));
}

TEST(Panel, ValidationNamesEveryProblem) {
    struct Case {
        const char* name;
        std::vector<sp::PanelMember> panel;
        QStringList problems;
    };
    const Case cases[] = {
        {"valid", examplePanel(), {}},
        {"two chairs",
         {{"a", "A", Role::Chair}, {"b", "B", Role::Chair}},
         {"the panel must have exactly one chair, it has 2"}},
        {"no chair",
         {{"a", "A", Role::Member}, {"s", "S", Role::Secretary}},
         {"the panel must have exactly one chair, it has 0"}},
        {"repeated id and empty name",
         {{"a", "A", Role::Chair}, {"a", "", Role::Member}},
         {"panel member id 'a' is used twice", "panel member 'a' has no name"}},
        {"no id", {{"", "A", Role::Chair}}, {"a panel member has no id"}},
        {"empty",
         {},
         {"the panel must have exactly one chair, it has 0", "the panel has no member who marks"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(sp::validatePanel(c.panel), c.problems);
    }
}

TEST(Panel, ConflictValidation) {
    struct Case {
        sp::Conflict conflict;
        QStringList problems;
    };
    const Case cases[] = {
        {{"mona", "C-2", ConflictNature::Family, ""}, {}},
        {{"mona", "C-2", ConflictNature::Other, "  "},
         {"a conflict of nature \"other\" needs a note saying what it is"}},
        {{"mona", "C-2", ConflictNature::Other, "shares a flat"}, {}},
        {{"zoe", "C-2", ConflictNature::Family, ""}, {"'zoe' is not a panel member"}},
        {{"mona", "", ConflictNature::Hierarchical, ""}, {"the conflict names no candidate"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.conflict.member.toStdString() + " " + c.conflict.candidate.toStdString());
        EXPECT_EQ(sp::englishTexts(sp::conflictProblems(c.conflict, examplePanel())), c.problems);
    }
}

} // namespace
