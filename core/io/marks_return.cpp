#include "io/marks_return.h"

#include "domain/error.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sp {

namespace {

constexpr auto Format = "selection-panel-marks-return";
constexpr int Version = 1;

QJsonObject returnObject(const MarksReturn& r) {
    QJsonArray sheets;
    for (const auto& sheet : r.sheets) {
        QJsonObject marks;
        for (const auto& [criterion, mark] : sheet.marks)
            marks.insert(criterion, mark);
        sheets.append(QJsonObject{{QStringLiteral("candidate"), sheet.candidate},
                                  {QStringLiteral("marks"), marks},
                                  {QStringLiteral("comment"), sheet.comment},
                                  {QStringLiteral("submitted"), sheet.submitted}});
    }
    return QJsonObject{{QStringLiteral("case_id"), r.caseId},
                       {QStringLiteral("vacancy"), r.vacancy},
                       {QStringLiteral("grid_hash"), r.gridHash},
                       {QStringLiteral("grid_reopenings"), r.gridReopenings},
                       {QStringLiteral("member"), r.member},
                       {QStringLiteral("stage"), stageKey(r.stage)},
                       {QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("sheets"), sheets}};
}

[[noreturn]] void notAReturn(const QString& source, const Problem& why) {
    throw Error(
        ErrorKind::BadInput,
        Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1 is not a whole marks return (%2): nothing was "
                                                 "imported; ask the member to send it again"),
                {source},
                {},
                {why}});
}

QString requiredText(const QJsonObject& object, const char* key, const QString& source) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString())
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no text '%1'"),
                                       QLatin1String(key)));
    return value.toString();
}

int requiredInteger(const QJsonObject& object, const char* key, const QString& source) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble() || value.toDouble() != value.toInt())
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no whole number '%1'"),
                                       QLatin1String(key)));
    return value.toInt();
}

MarkSheet sheetFrom(const QJsonValue& value, const MarksReturn& r, const QString& source) {
    if (!value.isObject())
        notAReturn(source,
                   Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "a sheet that is not an object")));
    const QJsonObject object = value.toObject();
    MarkSheet sheet;
    sheet.member = r.member;
    sheet.stage = r.stage;
    sheet.candidate = requiredText(object, "candidate", source);
    sheet.comment = requiredText(object, "comment", source);
    if (!object.value(QStringLiteral("submitted")).isBool())
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no 'submitted' for %1"),
                                       sheet.candidate));
    sheet.submitted = object.value(QStringLiteral("submitted")).toBool();
    if (!object.value(QStringLiteral("marks")).isObject())
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no marks for %1"),
                                       sheet.candidate));
    const QJsonObject marks = object.value(QStringLiteral("marks")).toObject();
    for (auto it = marks.begin(); it != marks.end(); ++it) {
        if (!it.value().isDouble() || it.value().toDouble() != it.value().toInt())
            notAReturn(source,
                       Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                     "a mark of %1 that is not a whole number"),
                                   sheet.candidate));
        sheet.marks[it.key()] = it.value().toInt();
    }
    return sheet;
}

MarksReturn returnFrom(const QJsonObject& object, const QString& source) {
    MarksReturn r;
    r.caseId = requiredText(object, "case_id", source);
    r.vacancy = requiredText(object, "vacancy", source);
    r.gridHash = requiredText(object, "grid_hash", source);
    r.gridReopenings = requiredInteger(object, "grid_reopenings", source);
    r.member = requiredText(object, "member", source);
    const auto stage = stageFromKey(requiredText(object, "stage", source));
    if (!stage)
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "an unknown stage")));
    r.stage = *stage;
    r.createdAt =
        QDateTime::fromString(requiredText(object, "created_at", source), Qt::ISODateWithMs)
            .toUTC();
    if (!object.value(QStringLiteral("sheets")).isArray())
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no 'sheets'")));
    for (const auto& sheet : object.value(QStringLiteral("sheets")).toArray())
        r.sheets.push_back(sheetFrom(sheet, r, source));
    return r;
}

QByteArray canonicalPrefix() {
    return QByteArray(Format) + ' ' + QByteArray::number(Version) + '\n';
}

} // namespace

QByteArray canonicalBytes(const MarksReturn& marksReturn) {
    return canonicalPrefix() +
           QJsonDocument(returnObject(marksReturn)).toJson(QJsonDocument::Compact);
}

MarksReturn parseCanonicalReturn(const QByteArray& canonical, const QString& source) {
    if (!canonical.startsWith(canonicalPrefix()))
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                         "not the signed text of a return")));
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(canonical.mid(canonicalPrefix().size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        notAReturn(source,
                   Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the signed text is damaged")));
    return returnFrom(document.object(), source);
}

QByteArray marksReturnFile(const MarksReturn& marksReturn, const QByteArray& signature) {
    const QJsonObject file{
        {QStringLiteral("format"), QString::fromLatin1(Format)},
        {QStringLiteral("version"), Version},
        {QStringLiteral("return"), returnObject(marksReturn)},
        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

ReadMarksReturn parseMarksReturn(const QByteArray& bytes, const QString& source) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                         "truncated or damaged: %1 at byte %2"),
                                       error.errorString(), error.offset));
    if (!document.isObject())
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "not a JSON object")));
    const QJsonObject file = document.object();
    if (file.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "not the format %1"),
                                       QLatin1String(Format)));
    if (requiredInteger(file, "version", source) != Version)
        notAReturn(source,
                   Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                 "version %1; this program reads version %2"),
                               file.value(QStringLiteral("version")).toInt(), Version));
    if (!file.value(QStringLiteral("return")).isObject())
        notAReturn(source, Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no 'return'")));
    ReadMarksReturn read;
    read.content = returnFrom(file.value(QStringLiteral("return")).toObject(), source);
    const QByteArray signature =
        QByteArray::fromBase64Encoding(requiredText(file, "signature", source).toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors)
            .decoded;
    read.signature = signature;
    read.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return read;
}

} // namespace sp
