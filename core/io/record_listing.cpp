#include "io/record_listing.h"

#include "io/csv_writer.h"

namespace sp {

QStringList recordHeader() {
    return {QStringLiteral("seq"),    QStringLiteral("at_utc"),    QStringLiteral("actor"),
            QStringLiteral("action"), QStringLiteral("candidate"), QStringLiteral("before"),
            QStringLiteral("after")};
}

QStringList recordRow(const RecordEntry& entry) {
    return {QString::number(entry.seq),
            entry.at.toUTC().toString(Qt::ISODateWithMs),
            entry.actor,
            entry.action,
            entry.candidate,
            entry.before,
            entry.after};
}

QByteArray recordCsv(const std::vector<RecordEntry>& entries) {
    CsvWriter csv;
    csv.row(recordHeader());
    for (const auto& entry : entries) {
        csv.number(entry.seq);
        for (const auto& cell : recordRow(entry).mid(1))
            csv.text(cell);
        csv.endRow();
    }
    return csv.data();
}

} // namespace sp
