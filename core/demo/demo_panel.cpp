#include "demo/demo_panel.h"

#include "casefile/case_file.h"
#include "demo/demo_names.h"
#include "demo/demo_random.h"

#include <algorithm>

namespace sp {

namespace {

const QString chairId = QStringLiteral("chair");
const QString overrideReason =
    QStringLiteral("Load-test demo: decided eligible so that every candidate is marked");

// A candidate's level (0..1000) and a member's mark around it, within the criterion's scale.
int demoMark(DemoRandom& random, int level, int maxMark) {
    const int centre = (level * maxMark + 500) / 1000;
    return std::clamp(centre + random.between(-1, 1), 0, maxMark);
}

} // namespace

std::vector<PanelMember> demoPanel(int members, quint32 seed) {
    DemoRandom random(seed);
    std::vector<PanelMember> panel;
    for (int i = 1; i <= members; ++i) {
        const NameOrigin& origin =
            nameOrigins().at(static_cast<size_t>(random.between(0, int(nameOrigins().size()) - 1)));
        const bool female = random.chance(50);
        const QString given = random.pick(female ? origin.femaleGivenNames : origin.maleGivenNames);
        const QString surname = random.pick(female ? origin.femaleSurnames : origin.maleSurnames);
        panel.push_back({i == 1 ? chairId : QStringLiteral("member%1").arg(i),
                         given + QLatin1Char(' ') + surname, i == 1 ? Role::Chair : Role::Member});
    }
    return panel;
}

void setUpDemoPanel(CaseFile& caseFile, int members, quint32 seed) {
    for (const auto& member : demoPanel(members, seed))
        caseFile.panel().addMember(member);
    caseFile.panel().freezeGrid(chairId);
}

DemoMarking markDemoCandidates(CaseFile& caseFile, quint32 seed) {
    const std::vector<PanelMember> panel = caseFile.panel().members();
    const PanelMember* chair = findMember(panel, chairId);
    const QString decidedBy = chair ? chair->name : QStringLiteral("demo");
    DemoMarking outcome;
    QStringList marked;
    for (const auto& screened : caseFile.screening().all()) {
        if (screened.screening.status == ScreeningStatus::Inadmissible)
            continue;
        const bool confirmed = screened.screening.preCheck.overall == CriterionState::Met;
        caseFile.screening().decideEligibility(screened.candidate.application.reference, true,
                                               confirmed ? QString() : overrideReason, decidedBy);
        marked << screened.candidate.application.reference;
        ++outcome.decided;
    }

    const std::vector<Criterion> criteria =
        criteriaOf(caseFile.vacancy().criteria, Stage::Preselection);
    DemoRandom random(seed);
    std::vector<int> levels;
    for (qsizetype i = 0; i < marked.size(); ++i)
        levels.push_back(random.between(0, 1000));
    for (const auto& member : panel) {
        if (!roleMarks(member.role))
            continue;
        std::vector<MarkSheet> sheets;
        sheets.reserve(static_cast<size_t>(marked.size()));
        for (qsizetype i = 0; i < marked.size(); ++i) {
            MarkSheet sheet{member.id, marked[i], Stage::Preselection, {}, {}, true};
            for (const auto& criterion : criteria)
                sheet.marks[criterion.id] =
                    demoMark(random, levels[static_cast<size_t>(i)], criterion.maxMark);
            sheets.push_back(std::move(sheet));
        }
        caseFile.marking().saveMarkSheets(sheets);
        outcome.sheets += static_cast<int>(sheets.size());
    }
    return outcome;
}

} // namespace sp
