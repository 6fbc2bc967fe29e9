#pragma once

#include "domain/application.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace sp {

enum class Stage { Preselection, Interview };
QString stageKey(Stage s); // "preselection", "interview"
std::optional<Stage> stageFromKey(const QString& key);

// Article 29: strict order (Commission officials, officials of other institutions, laureates,
// external) or grouped (the three priority categories together, then external).
enum class PriorityOrder { Strict, Grouped };

struct Criterion {
    Stage stage = Stage::Preselection;
    QString id;    // stable key, [a-z0-9_]+
    QString label; // shown to the panel
    int weight = 1;
    int maxMark = 4;
};

struct Thresholds {
    std::optional<int> interviewBestN;       // invite the best N to interview
    std::optional<double> interviewMinTotal; // and/or everyone at or above this weighted total
    std::optional<double> interviewPassMark; // weighted interview total to be suitable
    double spreadFlag = 2;                   // max - min of a criterion's marks that is flagged
};

struct EligibilityRequirements {
    QStringList memberStates;               // accepted nationalities (EU-27, "EL" for Greece)
    bool postSecondaryDiploma = true;       // path 1
    double secondaryMinExperienceYears = 3; // path 2: secondary diploma + this many years
    CefrLevel mainLanguageMin = CefrLevel::C1;
    CefrLevel secondLanguageMin = CefrLevel::B2;
    QStringList officialLanguages; // lower case
    QStringList declarations;      // keys the panel ticks: "military_service", ...
    QStringList declarationLabels; // shown to the panel, same order as declarations
};

struct Vacancy {
    QString reference; // "CLIMA/COM/2025/814"
    QString title;
    QString dg;     // "CLIMA"
    QString dgName; // "Directorate-General for Climate Action"
    QString unit;
    QString place;
    QString staffCategory;
    QString functionGroup;                  // "AST"
    QString gradeMin;                       // "AST1"
    QString gradeMax;                       // "AST4"
    QStringList gradesNeedingJustification; // e.g. AST4 "under very exceptional circumstances"
    QDateTime deadlineLocal; // wall-clock time in deadlineZone (Qt::LocalTime spec ignored)
    QString deadlineZone;    // IANA zone, "Europe/Brussels"
    EligibilityRequirements eligibility;
    std::vector<Criterion> criteria;
    Thresholds thresholds;
    QStringList interviewQuestions;
    QStringList underRepresented; // Member States, for reporting only
    PriorityOrder priorityOrder = PriorityOrder::Strict;

    // The deadline as a UTC instant, daylight saving included.
    QDateTime deadlineUtc() const;
};

} // namespace sp
