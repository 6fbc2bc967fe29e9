#include "io/csv_writer.h"

namespace sp {

CsvWriter::CsvWriter(bool byteOrderMark) {
    if (byteOrderMark)
        data_.append("\xEF\xBB\xBF");
}

QString CsvWriter::neutralised(const QString& value) {
    // A NUL byte has no place in a spreadsheet cell and would end the text in some readers.
    QString cleaned = value;
    cleaned.remove(QChar(u'\0'));
    if (cleaned.isEmpty())
        return cleaned;
    // ' itself: a cell the user began with one must not lose it when read back.
    static const QString guarded = QStringLiteral("=+-@\t\r\n'");
    return guarded.contains(cleaned.front()) ? QLatin1Char('\'') + cleaned : cleaned;
}

QString CsvWriter::restored(const QString& cell) {
    return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
}

void CsvWriter::separator() {
    if (rowStarted_)
        data_.append(',');
    rowStarted_ = true;
}

CsvWriter& CsvWriter::text(const QString& value) {
    separator();
    const QString safe = neutralised(value);
    // A leading U+FEFF left unquoted would read back as a byte-order mark at the file's start.
    const bool quote = safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) ||
                       safe.contains(QLatin1Char('\n')) || safe.contains(QLatin1Char('\r')) ||
                       safe.startsWith(QLatin1Char(' ')) || safe.endsWith(QLatin1Char(' ')) ||
                       safe.startsWith(QChar(0xFEFF));
    if (quote) {
        QString escaped = safe;
        escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
        data_.append('"').append(escaped.toUtf8()).append('"');
    } else {
        data_.append(safe.toUtf8());
    }
    return *this;
}

CsvWriter& CsvWriter::number(double value, int decimals) {
    separator();
    data_.append(decimals < 0 ? QByteArray::number(value, 'g', 15)
                              : QByteArray::number(value, 'f', decimals));
    return *this;
}

CsvWriter& CsvWriter::number(qint64 value) {
    separator();
    data_.append(QByteArray::number(value));
    return *this;
}

CsvWriter& CsvWriter::endRow() {
    data_.append("\r\n");
    rowStarted_ = false;
    return *this;
}

CsvWriter& CsvWriter::row(const QStringList& textCells) {
    for (const auto& cell : textCells)
        text(cell);
    return endRow();
}

} // namespace sp
