#include "io/ordered_json.h"
#include "io/vacancy_json.h"

namespace sp {

using json::OrderedJson;

namespace {

OrderedJson grades(const Vacancy& v) {
    OrderedJson g = OrderedJson::object();
    g.add(QStringLiteral("min"), v.gradeMin);
    g.add(QStringLiteral("max"), v.gradeMax);
    g.add(QStringLiteral("needing_justification"),
          OrderedJson::array(v.gradesNeedingJustification));
    return g;
}

OrderedJson deadline(const Vacancy& v) {
    OrderedJson d = OrderedJson::object();
    d.add(QStringLiteral("local"), v.deadlineLocal.date().toString(Qt::ISODate) + QLatin1Char('T') +
                                       v.deadlineLocal.time().toString(QStringLiteral("HH:mm:ss")));
    d.add(QStringLiteral("zone"), v.deadlineZone);
    return d;
}

OrderedJson declarations(const EligibilityRequirements& e) {
    OrderedJson list = OrderedJson::array();
    for (qsizetype i = 0; i < e.declarations.size(); ++i) {
        OrderedJson d = OrderedJson::object();
        d.add(QStringLiteral("id"), e.declarations[i]);
        d.add(QStringLiteral("label"),
              i < e.declarationLabels.size() ? e.declarationLabels[i] : e.declarations[i]);
        list.append(std::move(d));
    }
    return list;
}

OrderedJson eligibility(const EligibilityRequirements& e) {
    OrderedJson education = OrderedJson::object();
    education.add(QStringLiteral("post_secondary_diploma"), e.postSecondaryDiploma);
    education.add(QStringLiteral("secondary_min_experience_years"), e.secondaryMinExperienceYears);

    OrderedJson languages = OrderedJson::object();
    languages.add(QStringLiteral("main_min"), cefrKey(e.mainLanguageMin));
    languages.add(QStringLiteral("second_min"), cefrKey(e.secondLanguageMin));
    languages.add(QStringLiteral("official"), OrderedJson::array(e.officialLanguages));

    OrderedJson result = OrderedJson::object();
    result.add(QStringLiteral("member_states"), OrderedJson::array(e.memberStates));
    result.add(QStringLiteral("education"), std::move(education));
    result.add(QStringLiteral("languages"), std::move(languages));
    result.add(QStringLiteral("declarations"), declarations(e));
    return result;
}

OrderedJson criteria(const std::vector<Criterion>& list) {
    OrderedJson result = OrderedJson::array();
    for (const Criterion& c : list) {
        OrderedJson item = OrderedJson::object();
        item.add(QStringLiteral("stage"), stageKey(c.stage));
        item.add(QStringLiteral("id"), c.id);
        item.add(QStringLiteral("label"), c.label);
        item.add(QStringLiteral("weight"), c.weight);
        item.add(QStringLiteral("max_mark"), c.maxMark);
        result.append(std::move(item));
    }
    return result;
}

OrderedJson thresholds(const Thresholds& t) {
    OrderedJson result = OrderedJson::object();
    if (t.interviewBestN)
        result.add(QStringLiteral("interview_best_n"), *t.interviewBestN);
    if (t.interviewMinTotal)
        result.add(QStringLiteral("interview_min_total"), *t.interviewMinTotal);
    if (t.interviewPassMark)
        result.add(QStringLiteral("interview_pass_mark"), *t.interviewPassMark);
    result.add(QStringLiteral("spread_flag"), t.spreadFlag);
    return result;
}

} // namespace

QByteArray vacancyToJson(const Vacancy& v) {
    OrderedJson root = OrderedJson::object();
    root.add(QStringLiteral("format"), "selection-panel/vacancy");
    root.add(QStringLiteral("format_version"), vacancyFormatVersion);
    root.add(QStringLiteral("reference"), v.reference);
    root.add(QStringLiteral("title"), v.title);
    root.add(QStringLiteral("dg"), v.dg);
    root.add(QStringLiteral("dg_name"), v.dgName);
    root.add(QStringLiteral("unit"), v.unit);
    root.add(QStringLiteral("place"), v.place);
    root.add(QStringLiteral("staff_category"), v.staffCategory);
    root.add(QStringLiteral("function_group"), v.functionGroup);
    root.add(QStringLiteral("grades"), grades(v));
    root.add(QStringLiteral("deadline"), deadline(v));
    root.add(QStringLiteral("eligibility"), eligibility(v.eligibility));
    root.add(QStringLiteral("criteria"), criteria(v.criteria));
    root.add(QStringLiteral("thresholds"), thresholds(v.thresholds));
    root.add(QStringLiteral("interview_questions"), OrderedJson::array(v.interviewQuestions));
    root.add(QStringLiteral("under_represented"), OrderedJson::array(v.underRepresented));
    root.add(QStringLiteral("priority_order"), v.priorityOrder == PriorityOrder::Strict
                                                   ? QStringLiteral("strict")
                                                   : QStringLiteral("grouped"));
    return root.toJson();
}

} // namespace sp
