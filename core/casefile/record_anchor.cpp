#include "casefile/record_anchor.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace sp::record_anchor {

namespace {

QString anchorPath(const QString& caseId) {
    // The id is a UUID written by the program; anything else is not used as a file name.
    QString safe = caseId;
    safe.remove(QRegularExpression(QStringLiteral("[^0-9A-Za-z-]")));
    return safe.isEmpty() ? QString() : folder() + QLatin1Char('/') + safe;
}

} // namespace

QString folder() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/selection-panel/record-anchors");
}

std::optional<Anchor> load(const QString& caseId) {
    const QString path = anchorPath(caseId);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> fields = file.read(512).trimmed().split(' ');
    bool numeric = false;
    Anchor anchor;
    anchor.head.entries = fields.value(0).toLongLong(&numeric);
    anchor.head.hash = fields.value(1);
    anchor.seenAt = QDateTime::fromString(QString::fromLatin1(fields.value(2)), Qt::ISODateWithMs);
    if (!numeric || anchor.head.entries < 1 || anchor.head.hash.isEmpty())
        return std::nullopt;
    return anchor;
}

void advance(const QString& caseId, const RecordHead& head) {
    const QString path = anchorPath(caseId);
    if (path.isEmpty() || head.entries < 1)
        return;
    if (const auto known = load(caseId); known && known->head.entries >= head.entries)
        return;
    QDir().mkpath(folder());
    QFile::setPermissions(folder(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QByteArray::number(head.entries) + ' ' + head.hash + ' ' +
               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + '\n');
    file.commit();
}

} // namespace sp::record_anchor
