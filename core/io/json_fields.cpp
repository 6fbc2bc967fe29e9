#include "io/json_fields.h"

#include "domain/error.h"

#include <QLocale>
#include <cmath>

namespace sp::json {

void failField(const QString& source, const QString& path, const Problem& message) {
    throw Error(ErrorKind::BadInput, Problem{QT_TRANSLATE_NOOP("sp::Problem", "%1: field '%2': %3"),
                                             {source, path},
                                             path,
                                             {message}});
}

Problem describeType(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return {QT_TRANSLATE_NOOP("sp::Problem", "null")};
    case QJsonValue::Bool:
        return {QT_TRANSLATE_NOOP("sp::Problem", "true/false")};
    case QJsonValue::Double:
        return {QT_TRANSLATE_NOOP("sp::Problem", "a number")};
    case QJsonValue::String:
        return {QT_TRANSLATE_NOOP("sp::Problem", "a string")};
    case QJsonValue::Array:
        return {QT_TRANSLATE_NOOP("sp::Problem", "an array")};
    case QJsonValue::Object:
        return {QT_TRANSLATE_NOOP("sp::Problem", "an object")};
    case QJsonValue::Undefined:
        break;
    }
    return {QT_TRANSLATE_NOOP("sp::Problem", "nothing")};
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

Problem integerRange(int min, int max) {
    return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "must be an integer from %1 to %2"), min,
                       max);
}

Problem numberRange(double min, double max, const char* note) {
    if (!note)
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "must be a number from %1 to %2"),
                           numberText(min), numberText(max));
    return {QT_TRANSLATE_NOOP("sp::Problem", "must be a number from %1 to %2 (%3)"),
            {numberText(min), numberText(max)},
            {},
            {Problem{note}}};
}

QString trimmedNonBlank(const QJsonValue& value, const QString& source, const QString& path) {
    if (!value.isString())
        failField(source, path,
                  {QT_TRANSLATE_NOOP("sp::Problem", "must be a string, not %1"),
                   {},
                   {},
                   {describeType(value)}});
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        failField(source, path, {QT_TRANSLATE_NOOP("sp::Problem", "must not be empty")});
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

void ObjectReader::fail(const QString& key, const Problem& message) const {
    failField(source_, pathOf(key), message);
}

QJsonValue ObjectReader::present(const QString& key) const {
    asked_.insert(key);
    if (!object_.contains(key))
        fail(key, {QT_TRANSLATE_NOOP("sp::Problem", "is required but missing")});
    QJsonValue value = object_.value(key);
    if (value.isNull())
        fail(key, {QT_TRANSLATE_NOOP("sp::Problem", "is required but null")});
    return value;
}

QJsonValue ObjectReader::typed(const QString& key, QJsonValue::Type type,
                               const char* expected) const {
    QJsonValue value = present(key);
    if (value.type() != type)
        fail(key, {QT_TRANSLATE_NOOP("sp::Problem", "must be %1, not %2"),
                   {},
                   {},
                   {Problem{expected}, describeType(value)}});
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
    return typed(key, QJsonValue::Bool, QT_TRANSLATE_NOOP("sp::Problem", "true or false")).toBool();
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
                                    const char* note) const {
    QJsonValue value = present(key);
    if (!value.isDouble() || !isNumberWithin(value, min, max))
        fail(key, numberRange(min, max, note));
    return value.toDouble();
}

std::optional<double> ObjectReader::optionalNumber(const QString& key, double min, double max,
                                                   const char* note) const {
    if (!has(key))
        return std::nullopt;
    return requiredNumber(key, min, max, note);
}

ObjectReader ObjectReader::requiredObject(const QString& key) const {
    return ObjectReader(
        typed(key, QJsonValue::Object, QT_TRANSLATE_NOOP("sp::Problem", "an object { ... }"))
            .toObject(),
        pathOf(key), source_);
}

ArrayReader ObjectReader::requiredArray(const QString& key) const {
    return ArrayReader(
        typed(key, QJsonValue::Array, QT_TRANSLATE_NOOP("sp::Problem", "an array [ ... ]"))
            .toArray(),
        pathOf(key), source_);
}

std::optional<ArrayReader> ObjectReader::optionalArray(const QString& key) const {
    if (!has(key))
        return std::nullopt;
    return requiredArray(key);
}

void ObjectReader::rejectUnknownFields() const {
    for (const QString& key : object_.keys())
        if (!asked_.contains(key))
            fail(key, {QT_TRANSLATE_NOOP("sp::Problem", "is not a known field (misspelt?)")});
}

ArrayReader::ArrayReader(QJsonArray array, QString path, QString source)
    : array_(std::move(array)), path_(std::move(path)), source_(std::move(source)) {}

QString ArrayReader::pathOf(int index) const {
    return path_ + QStringLiteral("[%1]").arg(index);
}

void ArrayReader::fail(const Problem& message) const {
    failField(source_, path_, message);
}

void ArrayReader::fail(int index, const Problem& message) const {
    failField(source_, pathOf(index), message);
}

QString ArrayReader::string(int index) const {
    return trimmedNonBlank(array_.at(index), source_, pathOf(index));
}

ObjectReader ArrayReader::object(int index) const {
    QJsonValue value = array_.at(index);
    if (!value.isObject())
        fail(index, {QT_TRANSLATE_NOOP("sp::Problem", "must be an object { ... }, not %1"),
                     {},
                     {},
                     {describeType(value)}});
    return ObjectReader(value.toObject(), pathOf(index), source_);
}

QStringList ArrayReader::strings() const {
    QStringList result;
    for (int i = 0; i < size(); ++i)
        result << string(i);
    return result;
}

} // namespace sp::json
