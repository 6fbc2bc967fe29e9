#pragma once

#include "domain/problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <optional>

namespace sp::json {

// Reading a JSON file that a person wrote: every refusal is an sp::Error(BadInput) whose message
// names the source and the field path, e.g. "vacancy.json: field 'criteria[2].weight': must be an
// integer from 1 to 10", so the author can find the mistake.

// The problem's field is the path.
[[noreturn]] void failField(const QString& source, const QString& path, const Problem& message);
Problem describeType(const QJsonValue& value); // "a string", "a number", "null", ...
QString numberText(double value);              // 48, 21.6

class ArrayReader;

class ObjectReader {
public:
    ObjectReader(QJsonObject object, QString path, QString source);

    const QString& source() const { return source_; }
    const QString& path() const { return path_; }
    QString pathOf(const QString& key) const;
    bool has(const QString& key) const; // present and not null
    [[noreturn]] void fail(const QString& key, const Problem& message) const;

    // Strings are trimmed; an empty or blank required string is refused.
    QString requiredString(const QString& key) const;
    std::optional<QString> optionalString(const QString& key) const;
    bool requiredBool(const QString& key) const;
    int requiredInt(const QString& key, int min, int max) const;
    std::optional<int> optionalInt(const QString& key, int min, int max) const;
    // A note (marked for translation) explains a bound that is not obvious: "must be a number
    // from 0 to 48 (NOTE)".
    double requiredNumber(const QString& key, double min, double max,
                          const char* note = nullptr) const;
    std::optional<double> optionalNumber(const QString& key, double min, double max,
                                         const char* note = nullptr) const;
    ObjectReader requiredObject(const QString& key) const;
    ArrayReader requiredArray(const QString& key) const;
    std::optional<ArrayReader> optionalArray(const QString& key) const;

    // Refuses any field that none of the calls above asked for: a misspelt optional field
    // would otherwise be silently ignored.
    void rejectUnknownFields() const;

private:
    QJsonValue present(const QString& key) const; // refuses a missing or null field
    QJsonValue typed(const QString& key, QJsonValue::Type type, const char* expected) const;

    QJsonObject object_;
    QString path_;
    QString source_;
    mutable QSet<QString> asked_;
};

class ArrayReader {
public:
    ArrayReader(QJsonArray array, QString path, QString source);

    int size() const { return static_cast<int>(array_.size()); }
    const QString& path() const { return path_; }
    QString pathOf(int index) const;
    [[noreturn]] void fail(const Problem& message) const; // about the array as a whole
    [[noreturn]] void fail(int index, const Problem& message) const;

    QString string(int index) const; // trimmed, not blank
    ObjectReader object(int index) const;
    QStringList strings() const;

private:
    QJsonArray array_;
    QString path_;
    QString source_;
};

} // namespace sp::json
