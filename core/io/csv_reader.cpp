#include "io/csv_reader.h"

#include <QStringDecoder>
#include <algorithm>
#include <cstring>

namespace sp {

namespace {

constexpr int maxProblems = 50;
constexpr char byteOrderMark[] = "\xEF\xBB\xBF";
constexpr qsizetype utf16Sample = 4096;

// The offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode table
// 3-7: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const char* data, qsizetype size) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF)
            length = 3;
        else if (lead >= 0xF0 && lead <= 0xF4)
            length = 4;
        else
            return i;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
        else if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
        if (size - i < length || bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
        i += length;
    }
    return -1;
}

bool looksLikeUtf16(const QByteArray& bytes) {
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return true;
    const QByteArray sample = bytes.left(utf16Sample);
    const auto nuls = std::count(sample.begin(), sample.end(), '\0');
    // Text in UTF-16 has a NUL in every other byte for Latin script; a stray NUL is not UTF-16.
    return nuls > 0 && nuls * 4 >= sample.size();
}

class Parser {
public:
    Parser(const QByteArray& bytes, const QString& fileName)
        : data_(bytes.constData()), size_(bytes.size()), fileName_(fileName) {
        // Some tools add a byte-order mark to a file that already has one.
        while (size_ - pos_ >= 3 && std::memcmp(data_ + pos_, byteOrderMark, 3) == 0)
            pos_ += 3;
    }

    CsvTable run() {
        while (pos_ < size_ && !stopped_)
            parseRecord();
        if (table_.ok() && !headerSeen_)
            problem(0, {},
                    {QT_TRANSLATE_NOOP("sp::Problem", "the file is empty: it has no header row")});
        if (!table_.ok()) {
            table_.header.clear();
            table_.records.clear();
        }
        return std::move(table_);
    }

private:
    struct Field {
        QByteArray raw;
        bool quoted = false;
    };

    bool atLineEnd() const { return data_[pos_] == '\n' || data_[pos_] == '\r'; }

    void skipLineEnd() {
        if (data_[pos_] == '\r' && pos_ + 1 < size_ && data_[pos_ + 1] == '\n')
            ++pos_;
        ++pos_;
        ++line_;
    }

    void parseRecord() {
        QStringList cells;
        bool onlyEmptyUnquoted = true;
        while (!stopped_) {
            Field field = parseField(int(cells.size()));
            onlyEmptyUnquoted =
                onlyEmptyUnquoted && cells.isEmpty() && !field.quoted && field.raw.isEmpty();
            cells << decode(field.raw, int(cells.size()));
            if (pos_ >= size_)
                break;
            if (data_[pos_] == ',') {
                ++pos_;
                continue;
            }
            skipLineEnd();
            break;
        }
        if (!onlyEmptyUnquoted)
            store(std::move(cells));
        ++row_;
    }

    void store(QStringList&& cells) {
        if (!headerSeen_) {
            headerSeen_ = true;
            table_.header = std::move(cells);
            table_.headerRow = row_;
        } else {
            table_.records.push_back({row_, std::move(cells)});
        }
    }

    Field parseField(int column) {
        qsizetype start = pos_;
        while (start < size_ && (data_[start] == ' ' || data_[start] == '\t'))
            ++start;
        if (start < size_ && data_[start] == '"') {
            pos_ = start + 1;
            return parseQuoted(column);
        }
        return parseUnquoted(column);
    }

    Field parseUnquoted(int column) {
        const qsizetype start = pos_;
        while (pos_ < size_ && data_[pos_] != ',' && !atLineEnd())
            ++pos_;
        Field field{QByteArray(data_ + start, pos_ - start), false};
        if (field.raw.contains('"'))
            problem(row_, columnLabel(column),
                    {QT_TRANSLATE_NOOP("sp::Problem",
                                       "a quote (\") inside a field that does not start with one: "
                                       "put the whole field in quotes and double the inner quote "
                                       "(\"\")")});
        return field;
    }

    Field parseQuoted(int column) {
        Field field{{}, true};
        const int startLine = line_;
        for (;;) {
            const auto* found =
                static_cast<const char*>(std::memchr(data_ + pos_, '"', size_t(size_ - pos_)));
            if (!found) {
                problem(row_, columnLabel(column),
                        Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                      "the quoted field starting on line %1 of "
                                                      "the file has no closing quote"),
                                    startLine));
                pos_ = size_;
                stopped_ = true;
                return field;
            }
            const qsizetype quote = found - data_;
            line_ += int(std::count(data_ + pos_, found, '\n'));
            field.raw.append(data_ + pos_, quote - pos_);
            pos_ = quote + 1;
            if (pos_ < size_ && data_[pos_] == '"') {
                field.raw.append('"');
                ++pos_;
                continue;
            }
            break;
        }
        skipTextAfterClosingQuote(column);
        return field;
    }

    void skipTextAfterClosingQuote(int column) {
        while (pos_ < size_ && (data_[pos_] == ' ' || data_[pos_] == '\t'))
            ++pos_;
        if (pos_ >= size_ || data_[pos_] == ',' || atLineEnd())
            return;
        problem(row_, columnLabel(column),
                {QT_TRANSLATE_NOOP("sp::Problem", "text after the closing quote: a quote inside a "
                                                  "quoted field must be doubled (\"\")")});
        while (pos_ < size_ && data_[pos_] != ',' && !atLineEnd())
            ++pos_;
    }

    QString decode(const QByteArray& raw, int column) {
        if (raw.contains('\0')) {
            problem(row_, columnLabel(column),
                    {QT_TRANSLATE_NOOP("sp::Problem", "contains a NUL byte: the file is not plain "
                                                      "text; save it as CSV (UTF-8)")});
            return {};
        }
        const qsizetype bad = firstInvalidUtf8(raw.constData(), raw.size());
        if (bad >= 0) {
            // Where in the cell, not what precedes it: the cell may be a name.
            const auto position = QString::fromUtf8(raw.constData(), bad).size() + 1;
            problem(row_, columnLabel(column),
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "invalid UTF-8 (byte 0x%1 at character %2 of "
                                                  "the cell): save the file as CSV UTF-8"),
                                QString::number(uint(uchar(raw.at(bad))), 16)
                                    .rightJustified(2, QLatin1Char('0')),
                                position));
            return {};
        }
        // Not QString::fromUtf8, which drops a byte-order mark at the start of every cell.
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
        return utf8(raw);
    }

    QString columnLabel(int column) const {
        if (headerSeen_ && column < table_.header.size()) {
            const QString name = table_.header.at(column).trimmed();
            if (!name.isEmpty())
                return excerpt(name);
        }
        return QStringLiteral("column %1").arg(column + 1);
    }

    void problem(int row, const QString& column, Problem message) {
        if (table_.problems.size() == maxProblems) {
            table_.problems.push_back(ImportProblem::of(
                fileName_, row, {},
                {QT_TRANSLATE_NOOP("sp::Problem", "too many problems; stopped reading here")}));
            stopped_ = true;
            return;
        }
        if (table_.problems.size() < maxProblems)
            table_.problems.push_back(
                ImportProblem::of(fileName_, row, column, std::move(message)));
    }

    const char* data_;
    qsizetype size_;
    qsizetype pos_ = 0;
    QString fileName_;
    int row_ = 1;
    int line_ = 1;
    bool headerSeen_ = false;
    bool stopped_ = false;
    CsvTable table_;
};

} // namespace

CsvTable readCsv(const QByteArray& bytes, const QString& fileName) {
    if (looksLikeUtf16(bytes)) {
        CsvTable table;
        table.problems.push_back(ImportProblem::of(
            fileName, 0, {},
            {QT_TRANSLATE_NOOP("sp::Problem",
                               "the file is UTF-16; save it as UTF-8 (in Excel: \"CSV UTF-8\")")}));
        return table;
    }
    return Parser(bytes, fileName).run();
}

} // namespace sp
