#include "io/csv_reader.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

namespace {

using sp::readCsv;

std::string describe(const sp::CsvTable& table) {
    std::string text;
    for (const auto& problem : table.problems)
        text += problem.toString().toStdString() + "\n";
    return text;
}

struct Record {
    int row;
    QStringList cells;
};

struct ParseCase {
    const char* name;
    QByteArray input;
    QStringList header;
    std::vector<Record> records;
    int headerRow = 1;
};

class CsvParses : public testing::TestWithParam<ParseCase> {};

TEST_P(CsvParses, GivesTheCellsAndSpreadsheetRowNumbers) {
    const ParseCase& c = GetParam();
    const sp::CsvTable table = readCsv(c.input, QStringLiteral("in.csv"));
    ASSERT_TRUE(table.ok()) << describe(table);
    EXPECT_EQ(table.header, c.header);
    EXPECT_EQ(table.headerRow, c.headerRow);
    ASSERT_EQ(table.records.size(), c.records.size());
    for (size_t i = 0; i < c.records.size(); ++i) {
        EXPECT_EQ(table.records[i].row, c.records[i].row) << "record " << i;
        EXPECT_EQ(table.records[i].cells, c.records[i].cells) << "record " << i;
    }
}

const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};

INSTANTIATE_TEST_SUITE_P(
    Cases, CsvParses,
    testing::Values(
        ParseCase{"lf", "a,b\n1,2\n3,4\n", ab, {{2, {"1", "2"}}, {3, {"3", "4"}}}},
        ParseCase{"crlf", "a,b\r\n1,2\r\n3,4\r\n", ab, {{2, {"1", "2"}}, {3, {"3", "4"}}}},
        ParseCase{"cr_only", "a,b\r1,2\r", ab, {{2, {"1", "2"}}}},
        ParseCase{"no_final_line_end", "a,b\r\n1,2", ab, {{2, {"1", "2"}}}},
        ParseCase{"byte_order_mark",
                  "\xEF\xBB\xBF"
                  "a,b\r\n1,2\r\n",
                  ab,
                  {{2, {"1", "2"}}}},
        ParseCase{"quoted_comma_and_quote",
                  "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n",
                  ab,
                  {{2, {"x, y", "say \"hi\""}}}},
        ParseCase{"quoted_line_breaks_stay_one_row",
                  "a,b\r\n\"line 1\r\nline 2\",2\r\n3,\"\n\"\r\n",
                  ab,
                  {{2, {"line 1\r\nline 2", "2"}}, {3, {"3", "\n"}}}},
        ParseCase{"empty_line_in_the_middle_is_skipped_but_counted",
                  "a,b\n1,2\n\n3,4\n",
                  ab,
                  {{2, {"1", "2"}}, {4, {"3", "4"}}}},
        ParseCase{"empty_lines_at_the_end", "a,b\r\n1,2\r\n\r\n\r\n\n", ab, {{2, {"1", "2"}}}},
        ParseCase{"empty_cells", "a,b,c\n,,\n", {"a", "b", "c"}, {{2, {"", "", ""}}}},
        ParseCase{"trailing_separator_is_an_empty_cell", "a,b\n1,\n", ab, {{2, {"1", ""}}}},
        ParseCase{"quoted_empty_cell_is_a_record", "a\n\"\"\n", {"a"}, {{2, {""}}}},
        ParseCase{"spaces_around_a_quoted_field", "a,b\n \"x\" , y \n", ab, {{2, {"x", " y "}}}},
        ParseCase{"any_script",
                  "a,b\nΠαπαδοπούλου,Иванова Žofie\n",
                  ab,
                  {{2, {"Παπαδοπούλου", "Иванова Žofie"}}}},
        ParseCase{"leading_empty_lines", "\n\na,b\n1,2\n", ab, {{4, {"1", "2"}}}, 3},
        ParseCase{"header_only", "a,b\r\n", ab, {}}),
    [](const auto& info) { return std::string(info.param.name); });

struct RejectCase {
    const char* name;
    QByteArray input;
    int row;
    const char* column;
    const char* message;
};

class CsvRejects : public testing::TestWithParam<RejectCase> {};

TEST_P(CsvRejects, NamesTheRowAndWhy) {
    const RejectCase& c = GetParam();
    const sp::CsvTable table = readCsv(c.input, QStringLiteral("in.csv"));
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.header.isEmpty());
    EXPECT_TRUE(table.records.empty());
    const sp::ImportProblem& first = table.problems.front();
    EXPECT_EQ(first.file, QStringLiteral("in.csv"));
    EXPECT_EQ(first.row, c.row) << describe(table);
    EXPECT_EQ(first.column, QString::fromUtf8(c.column)) << describe(table);
    EXPECT_TRUE(first.message.contains(QString::fromUtf8(c.message))) << describe(table);
}

QByteArray utf16(const QString& text, bool bigEndian, bool byteOrderMark) {
    QByteArray bytes =
        byteOrderMark ? QByteArray(bigEndian ? "\xFE\xFF" : "\xFF\xFE") : QByteArray();
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return bytes;
}

const QString header = QStringLiteral("surname,email\r\nMüller,m@x.eu\r\n");
const char* const utf16Message = "the file is UTF-16; save it as UTF-8";

INSTANTIATE_TEST_SUITE_P(
    Cases, CsvRejects,
    testing::Values(
        RejectCase{"utf16_le_bom", utf16(header, false, true), 0, "", utf16Message},
        RejectCase{"utf16_be_bom", utf16(header, true, true), 0, "", utf16Message},
        RejectCase{"utf16_without_bom", utf16(header, false, false), 0, "", utf16Message},
        RejectCase{"latin1", "surname,email\r\nM\xFCller,m@x.eu\r\n", 2, "surname",
                   "invalid UTF-8 (byte 0xfc at character 2 of the cell)"},
        RejectCase{"invalid_utf8_in_header", "sur\xE9name,email\r\n", 1, "column 1",
                   "invalid UTF-8"},
        RejectCase{"overlong_slash", "a,b\n1,\xC0\xAF\n", 2, "b", "invalid UTF-8"},
        RejectCase{"utf16_surrogate_in_utf8", "a,b\n1,\xED\xA0\x80\n", 2, "b", "invalid UTF-8"},
        RejectCase{"above_unicode", "a,b\n1,\xF4\x90\x80\x80\n", 2, "b", "invalid UTF-8"},
        RejectCase{"cut_sequence_at_end", "a,b\n1,\xE2\x82", 2, "b", "invalid UTF-8"},
        RejectCase{"nul_byte", QByteArray("a,b\n1,2\n3,x\0y\n", 14), 3, "b", "NUL byte"},
        RejectCase{"unterminated_quote", "a,b\n1,2\n3,\"open\n4,5\n6,7\n", 3, "b",
                   "the quoted field starting on line 3 of the file has no closing quote"},
        RejectCase{"unterminated_after_quoted_break", "a,b\n\"x\ny\",2\n3,\"open\n", 3, "b",
                   "starting on line 4"},
        RejectCase{"quote_inside_unquoted_field", "a,b\n1,2\n3,5\" screen\n", 3, "b",
                   "a quote (\") inside a field that does not start with one"},
        RejectCase{"text_after_closing_quote", "a,b\n\"x\"y,2\n", 2, "a",
                   "text after the closing quote"},
        RejectCase{"empty_file", "", 0, "", "the file is empty"},
        RejectCase{"only_byte_order_mark", "\xEF\xBB\xBF", 0, "", "the file is empty"},
        RejectCase{"only_empty_lines", "\r\n\r\n", 0, "", "the file is empty"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(CsvReader, ReportsEveryBadRowUpToALimit) {
    QByteArray input = "a,b\n";
    for (int i = 0; i < 1000; ++i)
        input += "1,2\"\n";
    const sp::CsvTable table = readCsv(input, QStringLiteral("in.csv"));
    ASSERT_EQ(table.problems.size(), 51u);
    EXPECT_EQ(table.problems[0].row, 2);
    EXPECT_EQ(table.problems[1].row, 3);
    EXPECT_TRUE(table.problems.back().message.contains(QLatin1String("too many problems")));
}

TEST(CsvReader, ReadsATenMegabyteField) {
    QByteArray big(10 * 1024 * 1024, 'x');
    big[1000] = '\n';
    const QByteArray input = "a,b\r\n\"" + big + "\"\"end\",2\r\n3,4\r\n";
    const sp::CsvTable table = readCsv(input, QStringLiteral("in.csv"));
    ASSERT_TRUE(table.ok()) << describe(table);
    ASSERT_EQ(table.records.size(), 2u);
    EXPECT_EQ(table.records[0].cells[0].size(), big.size() + 4);
    EXPECT_TRUE(table.records[0].cells[0].endsWith(QLatin1String("\"end")));
    EXPECT_EQ(table.records[1].row, 3);
}

TEST(CsvReader, ReadsAHundredThousandRows) {
    QByteArray input = "reference,surname,email\r\n";
    for (int i = 0; i < 100'000; ++i)
        input += "APP-" + QByteArray::number(i) + ",\"Müller, Anna\",a" + QByteArray::number(i) +
                 "@x.eu\r\n";
    const sp::CsvTable table = readCsv(input, QStringLiteral("in.csv"));
    ASSERT_TRUE(table.ok()) << describe(table);
    ASSERT_EQ(table.records.size(), 100'000u);
    EXPECT_EQ(table.records.back().row, 100'001);
    EXPECT_EQ(table.records.back().cells,
              QStringList({"APP-99999", "Müller, Anna", "a99999@x.eu"}));
}

// Random bytes rich in CSV syntax: the reader must return, with either rows or problems.
TEST(CsvReader, SurvivesRandomInput) {
    static const char alphabet[] = {',', '"', '\r', '\n', 'a', ' ', '\0', '\xC3', '\xA9', '\xFF'};
    QRandomGenerator random(20250430);
    for (int i = 0; i < 5000; ++i) {
        QByteArray input;
        const int length = random.bounded(200);
        for (int k = 0; k < length; ++k)
            input.append(alphabet[random.bounded(int(sizeof alphabet))]);
        const sp::CsvTable table = readCsv(input, QStringLiteral("fuzz.csv"));
        if (table.ok()) {
            int previous = table.headerRow;
            for (const auto& record : table.records) {
                EXPECT_GT(record.row, previous);
                previous = record.row;
            }
        } else {
            EXPECT_TRUE(table.records.empty());
        }
    }
}

} // namespace
