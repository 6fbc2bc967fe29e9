// A member's workbook is searchable too: its PDFs are indexed when it is opened for writing (the
// index is derived data, not a change the workbook refuses), and only its candidates are found.

#include "core/workbook_fixture.h"
#include "pdf/pdf_text_indexer.h"

using namespace sp;
using namespace sp::test;

TEST(WorkbookSearch, AWorkbookIsIndexedAndFindsOnlyItsCandidates) {
    WorkbookCase w;
    auto workbook = CaseFile::open(w.workbook);
    // importPeople writes each PDF with the surname and its position: "Alpha0", "Gamma2".
    EXPECT_EQ(indexApplicationTexts(*workbook), 2);
    const auto alpha = workbook->applications().search(QStringLiteral("alpha0"));
    ASSERT_EQ(alpha.matches.size(), 1u);
    EXPECT_EQ(alpha.matches[0].reference, w.c.refs[0]);
    EXPECT_EQ(alpha.notIndexed, 0);
    // Gamma, whom Anna abstains for, is not in her workbook.
    EXPECT_TRUE(workbook->applications().search(QStringLiteral("gamma2")).matches.empty());
    EXPECT_TRUE(workbook->verify().ok());
}
