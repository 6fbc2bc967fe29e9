// What the vacancy parser's tests share: the example vacancy as JSON, edited one field at a
// time, and the refusal an input gets.
#pragma once

#include "domain/error.h"
#include "io/builtin_vacancy.h"
#include "io/vacancy_json.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>
#include <ostream>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QDateTime& time, std::ostream* os) {
    *os << time.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE

namespace sp::vacancy_test {

inline const QString source = QStringLiteral("vacancy.json");

inline QByteArray exampleJson() {
    QFile file(test::exampleVacancy());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << test::exampleVacancy().toStdString();
    return file.readAll();
}

inline QJsonObject exampleObject() {
    return QJsonDocument::fromJson(exampleJson()).object();
}

inline QByteArray toBytes(const QJsonObject& object) {
    return QJsonDocument(object).toJson();
}

// Sets (or, with no value, removes) the field at a path like "criteria[2].weight".
inline QJsonValue edited(const QJsonValue& node, QStringList steps,
                         const std::optional<QJsonValue>& value) {
    static const QRegularExpression indexed(QStringLiteral("^([a-z_]+)\\[(\\d+)\\]$"));
    const QString step = steps.takeFirst();
    QJsonObject object = node.toObject();
    const auto match = indexed.match(step);
    if (match.hasMatch()) {
        QJsonArray array = object.value(match.captured(1)).toArray();
        const int index = match.captured(2).toInt();
        if (steps.isEmpty() && !value)
            array.removeAt(index);
        else
            array[index] = steps.isEmpty() ? *value : edited(array.at(index), steps, value);
        object[match.captured(1)] = array;
    } else if (steps.isEmpty()) {
        if (value)
            object[step] = *value;
        else
            object.remove(step);
    } else {
        object[step] = edited(object.value(step), steps, value);
    }
    return object;
}

inline QByteArray exampleWith(const QString& path, const std::optional<QJsonValue>& value) {
    return toBytes(edited(exampleObject(), path.split(QLatin1Char('.')), value).toObject());
}

// The message of the BadInput error the input gets, or a note saying what happened instead.
inline QString refusal(const QByteArray& json) {
    try {
        parseVacancyJson(json, source);
        return QStringLiteral("(accepted)");
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::BadInput)
            return QStringLiteral("(not BadInput) ") + e.message();
        return e.message();
    }
}

// Field for field, with the field named when one differs.
inline void expectSameVacancy(const Vacancy& a, const Vacancy& b) {
    EXPECT_EQ(a.reference, b.reference);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.dg, b.dg);
    EXPECT_EQ(a.dgName, b.dgName);
    EXPECT_EQ(a.unit, b.unit);
    EXPECT_EQ(a.place, b.place);
    EXPECT_EQ(a.staffCategory, b.staffCategory);
    EXPECT_EQ(a.functionGroup, b.functionGroup);
    EXPECT_EQ(a.gradeMin, b.gradeMin);
    EXPECT_EQ(a.gradeMax, b.gradeMax);
    EXPECT_EQ(a.gradesNeedingJustification, b.gradesNeedingJustification);
    EXPECT_EQ(a.deadlineLocal.date(), b.deadlineLocal.date());
    EXPECT_EQ(a.deadlineLocal.time(), b.deadlineLocal.time());
    EXPECT_EQ(a.deadlineZone, b.deadlineZone);
    EXPECT_EQ(a.deadlineUtc(), b.deadlineUtc());
    const auto& ea = a.eligibility;
    const auto& eb = b.eligibility;
    EXPECT_EQ(ea.memberStates, eb.memberStates);
    EXPECT_EQ(ea.postSecondaryDiploma, eb.postSecondaryDiploma);
    EXPECT_EQ(ea.secondaryMinExperienceYears, eb.secondaryMinExperienceYears);
    EXPECT_EQ(ea.mainLanguageMin, eb.mainLanguageMin);
    EXPECT_EQ(ea.secondLanguageMin, eb.secondLanguageMin);
    EXPECT_EQ(ea.officialLanguages, eb.officialLanguages);
    EXPECT_EQ(ea.declarations, eb.declarations);
    EXPECT_EQ(ea.declarationLabels, eb.declarationLabels);
    ASSERT_EQ(a.criteria.size(), b.criteria.size());
    for (std::size_t i = 0; i < a.criteria.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(a.criteria[i].stage, b.criteria[i].stage);
        EXPECT_EQ(a.criteria[i].id, b.criteria[i].id);
        EXPECT_EQ(a.criteria[i].label, b.criteria[i].label);
        EXPECT_EQ(a.criteria[i].weight, b.criteria[i].weight);
        EXPECT_EQ(a.criteria[i].maxMark, b.criteria[i].maxMark);
    }
    EXPECT_EQ(a.thresholds.interviewBestN, b.thresholds.interviewBestN);
    EXPECT_EQ(a.thresholds.interviewMinTotal, b.thresholds.interviewMinTotal);
    EXPECT_EQ(a.thresholds.interviewPassMark, b.thresholds.interviewPassMark);
    EXPECT_EQ(a.thresholds.spreadFlag, b.thresholds.spreadFlag);
    EXPECT_EQ(a.interviewQuestions, b.interviewQuestions);
    EXPECT_EQ(a.underRepresented, b.underRepresented);
    EXPECT_EQ(a.priorityOrder, b.priorityOrder);
}

} // namespace sp::vacancy_test
