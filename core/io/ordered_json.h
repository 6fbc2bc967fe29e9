#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace sp::json {

// A JSON value whose object members keep the order they were added in. QJsonObject sorts its
// keys, which scatters a file meant to be read by people ("format" between "eligibility" and
// "grades"); this writes them in the order of the format's documentation.
class OrderedJson {
public:
    // Scalars convert implicitly, so members read as add("weight", 3).
    OrderedJson(QJsonValue scalar);
    OrderedJson(const QString& text) : OrderedJson(QJsonValue(text)) {}
    OrderedJson(const char* text) : OrderedJson(QJsonValue(QString::fromUtf8(text))) {}
    OrderedJson(bool flag) : OrderedJson(QJsonValue(flag)) {}
    OrderedJson(int number) : OrderedJson(QJsonValue(number)) {}
    OrderedJson(double number) : OrderedJson(QJsonValue(number)) {}
    static OrderedJson object();
    static OrderedJson array();
    static OrderedJson array(const QStringList& texts);

    OrderedJson& add(const QString& key, OrderedJson value); // to an object
    OrderedJson& append(OrderedJson value);                  // to an array

    // UTF-8, two-space indentation, short scalars filling lines, ending with a newline.
    QByteArray toJson() const;

private:
    enum class Kind { Scalar, Object, Array };
    explicit OrderedJson(Kind kind) : kind_(kind) {}
    void write(QByteArray& out, int depth) const;
    bool allScalars() const;
    void writeScalarArray(QByteArray& out, int depth) const;

    Kind kind_;
    QJsonValue scalar_;
    std::vector<std::pair<QString, OrderedJson>> members_;
    std::vector<OrderedJson> items_;
};

} // namespace sp::json
