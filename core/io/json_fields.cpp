#include "io/json_fields.h"

#include "domain/error.h"

#include <QLocale>
#include <cmath>

namespace sp::json {

void failField(const QString& source, const QString& path, const QString& message) {
    throw Error(ErrorKind::BadInput,
                QStringLiteral("%1: field '%2': %3").arg(source, path, message));
}

QString describeType(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString numberText(double value) {
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

namespace {

bool isIntegerWithin(const QJsonValue& value, int min, int max) {
    const double d = value.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= min && d <= max;
}

bool isNumberWithin(const QJsonValue& value, double min, double max) {
    const double d = value.toDouble();
    return std::isfinite(d) && d >= min && d <= max;
}

QString integerRange(int min, int max) {
    return QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max);
}

QString numberRange(double min, double max) {
    return QStringLiteral("must be a number from %1 to %2").arg(numberText(min), numberText(max));
}

QString trimmedNonBlank(const QJsonValue& value, const QString& source, const QString& path) {
    if (!value.isString())
        failField(source, path,
                  QStringLiteral("must be a string, not %1").arg(describeType(value)));
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        failField(source, path, QStringLiteral("must not be empty"));
    return text;
}

} // namespace

ObjectReader::ObjectReader(QJsonObject object, QString path, QString source)
    : object_(std::move(object)), path_(std::move(path)), source_(std::move(source)) {}

QString ObjectReader::pathOf(const QString& key) const {
    return path_.isEmpty() ? key : path_ + QLatin1Char('.') + key;
}

bool ObjectReader::has(const QString& key) const {
    asked_.insert(key);
    return object_.contains(key) && !object_.value(key).isNull();
}

void ObjectReader::fail(const QString& key, const QString& message) const {
    failField(source_, pathOf(key), message);
}

QJsonValue ObjectReader::present(const QString& key) const {
    asked_.insert(key);
    if (!object_.contains(key))
        fail(key, QStringLiteral("is required but missing"));
    QJsonValue value = object_.value(key);
    if (value.isNull())
        fail(key, QStringLiteral("is required but null"));
    return value;
}

QJsonValue ObjectReader::typed(const QString& key, QJsonValue::Type type,
                               const char* expected) const {
    QJsonValue value = present(key);
    if (value.type() != type)
        fail(
            key,
            QStringLiteral("must be %1, not %2").arg(QLatin1String(expected), describeType(value)));
    return value;
}

QString ObjectReader::requiredString(const QString& key) const {
    return trimmedNonBlank(present(key), source_, pathOf(key));
}

std::optional<QString> ObjectReader::optionalString(const QString& key) const {
    if (!has(key))
        return std::nullopt;
    return requiredString(key);
}

bool ObjectReader::requiredBool(const QString& key) const {
    return typed(key, QJsonValue::Bool, "true or false").toBool();
}

int ObjectReader::requiredInt(const QString& key, int min, int max) const {
    QJsonValue value = present(key);
    if (!value.isDouble() || !isIntegerWithin(value, min, max))
        fail(key, integerRange(min, max));
    return static_cast<int>(value.toDouble());
}

std::optional<int> ObjectReader::optionalInt(const QString& key, int min, int max) const {
    if (!has(key))
        return std::nullopt;
    return requiredInt(key, min, max);
}

double ObjectReader::requiredNumber(const QString& key, double min, double max,
                                    const QString& note) const {
    QJsonValue value = present(key);
    if (!value.isDouble() || !isNumberWithin(value, min, max))
        fail(key, note.isEmpty() ? numberRange(min, max)
                                 : numberRange(min, max) + QStringLiteral(" (%1)").arg(note));
    return value.toDouble();
}

std::optional<double> ObjectReader::optionalNumber(const QString& key, double min, double max,
                                                   const QString& note) const {
    if (!has(key))
        return std::nullopt;
    return requiredNumber(key, min, max, note);
}

ObjectReader ObjectReader::requiredObject(const QString& key) const {
    return ObjectReader(typed(key, QJsonValue::Object, "an object { ... }").toObject(), pathOf(key),
                        source_);
}

ArrayReader ObjectReader::requiredArray(const QString& key) const {
    return ArrayReader(typed(key, QJsonValue::Array, "an array [ ... ]").toArray(), pathOf(key),
                       source_);
}

std::optional<ArrayReader> ObjectReader::optionalArray(const QString& key) const {
    if (!has(key))
        return std::nullopt;
    return requiredArray(key);
}

void ObjectReader::rejectUnknownFields() const {
    for (const QString& key : object_.keys())
        if (!asked_.contains(key))
            fail(key, QStringLiteral("is not a known field (misspelt?)"));
}

ArrayReader::ArrayReader(QJsonArray array, QString path, QString source)
    : array_(std::move(array)), path_(std::move(path)), source_(std::move(source)) {}

QString ArrayReader::pathOf(int index) const {
    return path_ + QStringLiteral("[%1]").arg(index);
}

void ArrayReader::fail(const QString& message) const {
    failField(source_, path_, message);
}

void ArrayReader::fail(int index, const QString& message) const {
    failField(source_, pathOf(index), message);
}

QString ArrayReader::string(int index) const {
    return trimmedNonBlank(array_.at(index), source_, pathOf(index));
}

ObjectReader ArrayReader::object(int index) const {
    QJsonValue value = array_.at(index);
    if (!value.isObject())
        fail(index, QStringLiteral("must be an object { ... }, not %1").arg(describeType(value)));
    return ObjectReader(value.toObject(), pathOf(index), source_);
}

QStringList ArrayReader::strings() const {
    QStringList result;
    for (int i = 0; i < size(); ++i)
        result << string(i);
    return result;
}

} // namespace sp::json
