#include "io/csv_reader.h"
#include "io/csv_writer.h"

#include <gtest/gtest.h>

namespace {

using sp::CsvWriter;

TEST(CsvWriter, StartsWithAByteOrderMarkForExcel) {
    EXPECT_EQ(CsvWriter().row({QStringLiteral("a")}).data(), QByteArray("\xEF\xBB\xBF"
                                                                        "a\r\n"));
    EXPECT_EQ(CsvWriter(false).row({QStringLiteral("a")}).data(), QByteArray("a\r\n"));
}

struct QuotingCase {
    const char* name;
    QString cell;
    QByteArray written;
};

class CsvWriterQuotes : public testing::TestWithParam<QuotingCase> {};

TEST_P(CsvWriterQuotes, QuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(CsvWriter(false).text(GetParam().cell).data(), GetParam().written);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, CsvWriterQuotes,
    testing::Values(QuotingCase{"plain", QStringLiteral("Müller"), "M\xC3\xBCller"},
                    QuotingCase{"empty", QString(), ""},
                    QuotingCase{"comma", QStringLiteral("Müller, Anna"), "\"M\xC3\xBCller, Anna\""},
                    QuotingCase{"quote", QStringLiteral("5\" screen"), "\"5\"\" screen\""},
                    QuotingCase{"line_break", QStringLiteral("a\nb"), "\"a\nb\""},
                    QuotingCase{"carriage_return", QStringLiteral("a\rb"), "\"a\rb\""},
                    QuotingCase{"leading_space", QStringLiteral(" a"), "\" a\""},
                    QuotingCase{"formula", QStringLiteral("=1+1"), "'=1+1"},
                    QuotingCase{"formula_with_comma", QStringLiteral("=SUM(A1,B1)"),
                                "\"'=SUM(A1,B1)\""}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CsvWriter, WritesNumbersAsTheyAre) {
    CsvWriter writer(false);
    writer.number(qint64(-1)).number(2.5).number(1.0 / 3, 2).endRow();
    EXPECT_EQ(writer.data(), QByteArray("-1,2.5,0.33\r\n"));
}

TEST(CsvWriter, SeparatesCellsAndRows) {
    CsvWriter writer(false);
    writer.text(QStringLiteral("a"))
        .text(QStringLiteral("b"))
        .endRow()
        .row({QStringLiteral("c"), QString()});
    EXPECT_EQ(writer.data(), QByteArray("a,b\r\nc,\r\n"));
}

// OWASP "CSV injection": every payload comes back from a reader as text with a leading '.
TEST(CsvWriter, NeutralisedFormulasComeBackAsTextWithALeadingQuote) {
    const QStringList payloads = {QStringLiteral("=1+1"),  QStringLiteral("+1"),
                                  QStringLiteral("-1"),    QStringLiteral("@SUM(A1)"),
                                  QStringLiteral("\t=1"),  QStringLiteral("\r=1"),
                                  QStringLiteral("\n=1"),  QStringLiteral("=HYPERLINK(\"x\")"),
                                  QStringLiteral("Müller")};
    QStringList header;
    for (int i = 0; i < payloads.size(); ++i)
        header << QStringLiteral("c%1").arg(i);
    CsvWriter writer;
    writer.row(header).row(payloads);

    const sp::CsvTable table = sp::readCsv(writer.data(), QStringLiteral("export.csv"));
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table.header, header);
    ASSERT_EQ(table.records.size(), 1u);
    const QStringList& cells = table.records[0].cells;
    ASSERT_EQ(cells.size(), payloads.size());
    for (int i = 0; i < payloads.size() - 1; ++i)
        EXPECT_EQ(cells[i], QLatin1Char('\'') + payloads[i]) << payloads[i].toStdString();
    EXPECT_EQ(cells.last(), QStringLiteral("Müller"));
}

TEST(CsvWriter, RoundTripsAnyTextThroughTheReader) {
    const QStringList cells = {QStringLiteral("Παπαδοπούλου"), QStringLiteral("say \"hi\", twice"),
                               QStringLiteral("line 1\r\nline 2"), QStringLiteral(" padded "),
                               QString()};
    CsvWriter writer;
    writer.row({"a", "b", "c", "d", "e"}).row(cells);
    const sp::CsvTable table = sp::readCsv(writer.data(), QStringLiteral("export.csv"));
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table.records.size(), 1u);
    EXPECT_EQ(table.records[0].cells, cells);
}

} // namespace

TEST(CsvWriterNul, NulBytesAreDroppedAndWhatFollowsIsStillNeutralised) {
    EXPECT_EQ(sp::CsvWriter::neutralised(QString(QChar(u'\0')) + QStringLiteral("=1+1")),
              QStringLiteral("'=1+1"));
    EXPECT_EQ(sp::CsvWriter::neutralised(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")),
              QStringLiteral("ab"));
}
