// The seals kept in record entries and their comparison with the stored rows, without a database.

#include "domain/record.h"
#include "domain/state_seal.h"

#include <gtest/gtest.h>

using namespace sp;

namespace {

RecordEntry entry(qint64 seq, const std::vector<RowSeal>& seals) {
    RecordEntry e;
    e.seq = seq;
    e.seal = sealText(seals);
    return e;
}

} // namespace

TEST(StateSeal, TheTextRoundTripsAnyUnitAndKey) {
    const std::vector<RowSeal> seals = {{"APP-0001", "sheet/anna/preselection", "abcd"},
                                        {ProcedureUnit, "panel_member/m é\n x", "01"},
                                        {"A B%C", "conflict/x y", DeletedRow}};
    EXPECT_EQ(parseSealText(sealText(seals)), seals);
    EXPECT_TRUE(sealText({}).isEmpty());
}

TEST(StateSeal, TheLastSealOfEachRowIsWhatTheStoredRowMustMatch) {
    const std::vector<RecordEntry> entries = {
        entry(1, {{"APP-1", "eligibility", "aa"}, {"APP-1", "sheet/anna/preselection", "s1"}}),
        entry(2, {{"APP-1", "sheet/anna/preselection", "s2"}}),
        entry(3, {{"APP-2", "eligibility", "bb"}}),
        entry(4, {{"APP-2", "eligibility", DeletedRow}}),
    };
    EXPECT_TRUE(compareStateWithRecord(entries, {{"APP-1", "eligibility", "aa"},
                                                 {"APP-1", "sheet/anna/preselection", "s2"}})
                    .empty());

    const auto changed = compareStateWithRecord(
        entries, {{"APP-1", "eligibility", "aa"}, {"APP-1", "sheet/anna/preselection", "s1"}});
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0].kind, StateProblem::Kind::Changed);
    EXPECT_EQ(changed[0].lastSealedBy, 2);
    EXPECT_EQ(changed[0].message.toStdString(),
              "the preselection mark sheet of anna for APP-1 was changed outside the program: it "
              "differs from what record entry 2 wrote");

    const auto deletedAndAdded = compareStateWithRecord(
        entries, {{"APP-1", "eligibility", "aa"}, {"APP-2", "eligibility", "bb"}});
    ASSERT_EQ(deletedAndAdded.size(), 2u);
    EXPECT_EQ(deletedAndAdded[0].kind, StateProblem::Kind::NotRecorded) << "deleted at entry 4";
    EXPECT_EQ(deletedAndAdded[1].kind, StateProblem::Kind::Deleted);
    EXPECT_TRUE(deletedAndAdded[1].message.contains("was deleted outside the program"));
}

TEST(StateSeal, ANotedHeadIsCheckedAgainstTheRecord) {
    std::vector<RecordEntry> entries(3);
    for (int i = 0; i < 3; ++i) {
        entries[i].seq = i + 1;
        entries[i].hash = QByteArray("0123456789abcdef0123") + QByteArray::number(i);
    }
    EXPECT_EQ(headText(headOf(entries)), "3:0123456789abcdef");
    EXPECT_FALSE(checkNotedHead(entries, "2:01234567"));
    EXPECT_TRUE(checkNotedHead(entries, "2:fedcba98")->contains("rewritten"));
    EXPECT_TRUE(checkNotedHead(entries, "5:01234567")->contains("deleted"));
    EXPECT_TRUE(checkNotedHead(entries, "2:0123")->contains("not of the form"));
    EXPECT_TRUE(checkNotedHead(entries, "two")->contains("not of the form"));
}
