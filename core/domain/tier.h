#pragma once

#include "domain/application.h"
#include "domain/problem.h"
#include "domain/vacancy.h"

#include <QString>

namespace sp {

// Article 29(1) of the Staff Regulations, in its order: the Commission's own officials, officials
// of other institutions, laureates of competitions (reserve lists); then external candidates.
enum class Tier { CommissionOfficials, OtherInstitutionsOfficials, Laureates, External };

Tier tierOf(Category category);
bool isPriorityCategory(Category category); // every category but External

// 0 is the highest tier. Strict: 0 Commission officials, 1 other institutions, 2 laureates,
// 3 external. Grouped: 0 the three priority categories together, 1 external.
int tierRank(Category category, PriorityOrder order);
int tierCount(PriorityOrder order); // 4 strict, 2 grouped

// Rank + 1 and a name, so that sorting the labels sorts the tiers: "1 Commission official",
// "2 Official of another institution", "3 Laureate", "4 External"; grouped: "1 Priority group",
// "2 External".
QString tierLabel(Category category, PriorityOrder order);
// The same, for the window to translate.
Problem tierName(Category category, PriorityOrder order);

// A laureate's priority rests on a valid reserve list: without its reference the panel must check.
bool laureateMissingReserveList(const ApplicationData& application);
QString laureateMissingReserveListFlag(); // "laureate without a reserve-list reference"

} // namespace sp
