#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sp {

// Writes CSV that opens cleanly in Excel and LibreOffice: UTF-8 with a byte-order mark,
// RFC 4180 quoting, CRLF line ends, and text cells a spreadsheet would run as a formula
// (starting with = + - @ tab CR LF) prefixed with ' (OWASP "CSV injection"); NUL bytes are
// dropped, so a cell can neither start with one nor be cut short by one. A cell that itself
// starts with ' is prefixed too, so that restored() can always take one off.
class CsvWriter {
public:
    explicit CsvWriter(bool byteOrderMark = true);

    // A text cell: neutralised and quoted as needed.
    CsvWriter& text(const QString& value);
    // A number the program computed: written as is, never neutralised.
    CsvWriter& number(double value, int decimals = -1);
    CsvWriter& number(qint64 value);
    CsvWriter& endRow();
    CsvWriter& row(const QStringList& textCells); // text() each, then endRow()

    const QByteArray& data() const { return data_; }

    static QString neutralised(const QString& value);
    // A text cell this writer wrote, as it was given: the leading ' neutralised() added, taken
    // off (a file we read back, e.g. a mark sheet; NUL bytes stay dropped).
    static QString restored(const QString& cell);

private:
    void separator();
    QByteArray data_;
    bool rowStarted_ = false;
};

} // namespace sp
