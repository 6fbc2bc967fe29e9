#include "io/ordered_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace sp::json {

namespace {

// QJsonDocument only writes arrays and objects; wrapping the scalar reuses its escaping and its
// shortest round-trip form of numbers.
QByteArray scalarText(const QJsonValue& value) {
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void newline(QByteArray& out, int depth) {
    out += '\n';
    out += QByteArray(depth * 2, ' ');
}

} // namespace

OrderedJson::OrderedJson(QJsonValue scalar) : kind_(Kind::Scalar), scalar_(std::move(scalar)) {}

OrderedJson OrderedJson::object() {
    return OrderedJson(Kind::Object);
}

OrderedJson OrderedJson::array() {
    return OrderedJson(Kind::Array);
}

OrderedJson OrderedJson::array(const QStringList& texts) {
    OrderedJson result(Kind::Array);
    for (const QString& text : texts)
        result.append(text);
    return result;
}

OrderedJson& OrderedJson::add(const QString& key, OrderedJson value) {
    members_.emplace_back(key, std::move(value));
    return *this;
}

OrderedJson& OrderedJson::append(OrderedJson value) {
    items_.push_back(std::move(value));
    return *this;
}

QByteArray OrderedJson::toJson() const {
    QByteArray out;
    write(out, 0);
    out += '\n';
    return out;
}

bool OrderedJson::allScalars() const {
    for (const auto& item : items_)
        if (item.kind_ != Kind::Scalar)
            return false;
    return true;
}

// Codes ("AT", "BE", ...) fill lines; longer texts (questions) get one line each.
void OrderedJson::writeScalarArray(QByteArray& out, int depth) const {
    constexpr qsizetype lineWidth = 100;
    constexpr qsizetype shortItem = 12;
    QByteArrayList texts;
    qsizetype total = 0;
    qsizetype longest = 0;
    for (const auto& item : items_) {
        texts << scalarText(item.scalar_);
        total += texts.last().size() + 2;
        longest = std::max(longest, texts.last().size());
    }
    const qsizetype column = out.size() - out.lastIndexOf('\n') - 1;
    if (column + total <= lineWidth) {
        out += '[' + texts.join(", ") + ']';
        return;
    }
    out += '[';
    qsizetype lineEnd = lineWidth;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const bool last = i + 1 == texts.size();
        const QByteArray piece = texts[i] + (last ? "" : ",");
        if (longest > shortItem || lineEnd + 1 + piece.size() > lineWidth) {
            newline(out, depth + 1);
            lineEnd = (depth + 1) * 2;
        } else {
            out += ' ';
            ++lineEnd;
        }
        out += piece;
        lineEnd += piece.size();
    }
    newline(out, depth);
    out += ']';
}

void OrderedJson::write(QByteArray& out, int depth) const {
    switch (kind_) {
    case Kind::Scalar:
        out += scalarText(scalar_);
        return;
    case Kind::Object:
        if (members_.empty()) {
            out += "{}";
            return;
        }
        out += '{';
        for (std::size_t i = 0; i < members_.size(); ++i) {
            newline(out, depth + 1);
            out += scalarText(members_[i].first) + ": ";
            members_[i].second.write(out, depth + 1);
            if (i + 1 < members_.size())
                out += ',';
        }
        newline(out, depth);
        out += '}';
        return;
    case Kind::Array:
        if (allScalars()) {
            writeScalarArray(out, depth);
            return;
        }
        out += '[';
        for (std::size_t i = 0; i < items_.size(); ++i) {
            newline(out, depth + 1);
            items_[i].write(out, depth + 1);
            if (i + 1 < items_.size())
                out += ',';
        }
        newline(out, depth);
        out += ']';
        return;
    }
}

} // namespace sp::json
