#include "domain/tier.h"

#include <gtest/gtest.h>

namespace {

using sp::Category;
using sp::PriorityOrder;

struct TierCase {
    Category category;
    PriorityOrder order;
    int rank;
    const char* label;
};

TEST(Tier, RankAndLabelFollowArticle29InBothSettings) {
    const TierCase cases[] = {
        {Category::CommissionOfficial, PriorityOrder::Strict, 0, "1 Commission official"},
        {Category::InstitutionOfficial, PriorityOrder::Strict, 1,
         "2 Official of another institution"},
        {Category::Laureate, PriorityOrder::Strict, 2, "3 Laureate"},
        {Category::External, PriorityOrder::Strict, 3, "4 External"},
        {Category::CommissionOfficial, PriorityOrder::Grouped, 0, "1 Priority group"},
        {Category::InstitutionOfficial, PriorityOrder::Grouped, 0, "1 Priority group"},
        {Category::Laureate, PriorityOrder::Grouped, 0, "1 Priority group"},
        {Category::External, PriorityOrder::Grouped, 1, "2 External"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(sp::categoryKey(c.category).toStdString() +
                     (c.order == PriorityOrder::Strict ? " strict" : " grouped"));
        EXPECT_EQ(sp::tierRank(c.category, c.order), c.rank);
        EXPECT_EQ(sp::tierLabel(c.category, c.order).toStdString(), c.label);
        EXPECT_LT(sp::tierRank(c.category, c.order), sp::tierCount(c.order));
    }
}

TEST(Tier, TierOfEachCategoryAndPriority) {
    EXPECT_EQ(sp::tierOf(Category::CommissionOfficial), sp::Tier::CommissionOfficials);
    EXPECT_EQ(sp::tierOf(Category::InstitutionOfficial), sp::Tier::OtherInstitutionsOfficials);
    EXPECT_EQ(sp::tierOf(Category::Laureate), sp::Tier::Laureates);
    EXPECT_EQ(sp::tierOf(Category::External), sp::Tier::External);
    EXPECT_TRUE(sp::isPriorityCategory(Category::Laureate));
    EXPECT_FALSE(sp::isPriorityCategory(Category::External));
    EXPECT_EQ(sp::tierCount(PriorityOrder::Strict), 4);
    EXPECT_EQ(sp::tierCount(PriorityOrder::Grouped), 2);
}

TEST(Tier, LaureateWithoutReserveListIsFlagged) {
    struct Case {
        Category category;
        const char* reserveList;
        bool flagged;
    };
    const Case cases[] = {
        {Category::Laureate, "", true},
        {Category::Laureate, "   ", true},
        {Category::Laureate, "EPSO/AST/150/22", false},
        {Category::External, "", false},
        {Category::CommissionOfficial, "", false},
        {Category::InstitutionOfficial, "", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(sp::categoryKey(c.category).toStdString() + " '" + c.reserveList + "'");
        sp::ApplicationData application;
        application.category = c.category;
        application.reserveList = QString::fromLatin1(c.reserveList);
        EXPECT_EQ(sp::laureateMissingReserveList(application), c.flagged);
    }
    EXPECT_EQ(sp::laureateMissingReserveListFlag().toStdString(),
              "laureate without a reserve-list reference");
}

} // namespace
