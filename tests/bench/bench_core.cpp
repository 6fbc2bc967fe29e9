// The case file's figures at competition scale.
//
//   sp_bench_core [Google Benchmark flags] CASE.selpanel...
//
// For each case file (a marked demo case: `demo --members 7 --marked`), with N its candidates:
//   consolidate_and_rank/N   the pre-selection results in memory: consolidate() every candidate's
//                            sheets (every member, every criterion of the case's grid), then rank()
//   ranking_from_file/N      ResultsRepository::ranking(): the same, reading the file's sheets
//   open_case_file/N         CaseFile::open() for writing (lock, integrity check) and closing
//   screened_candidates/N    ScreeningRepository::all(): what the list shows
#include "casefile/case_file.h"
#include "domain/consolidation.h"
#include "domain/ranking.h"

#include <QCoreApplication>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace sp;

// One candidate's sheets: every marking member's, every criterion marked, as the demo marks.
struct MarkedCandidate {
    QString reference;
    Category category = Category::External;
    std::vector<MarkSheet> sheets;
};

std::vector<MarkedCandidate> markedInMemory(const CaseFile& caseFile) {
    const std::vector<Criterion> criteria =
        criteriaOf(caseFile.vacancy().criteria, Stage::Preselection);
    std::mt19937 random(7);
    std::vector<MarkedCandidate> all;
    for (const auto& candidate : caseFile.applications().candidates()) {
        MarkedCandidate marked{candidate.application.reference, candidate.application.category, {}};
        const int level = static_cast<int>(random() % 5);
        for (const auto& member : caseFile.panel().members()) {
            MarkSheet sheet{member.id, marked.reference, Stage::Preselection, {}, {}, true};
            for (const auto& criterion : criteria)
                sheet.marks[criterion.id] =
                    std::clamp(level + static_cast<int>(random() % 3) - 1, 0, criterion.maxMark);
            marked.sheets.push_back(std::move(sheet));
        }
        all.push_back(std::move(marked));
    }
    return all;
}

void consolidateAndRank(benchmark::State& state, const QString& path) {
    const auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
    const Vacancy& vacancy = caseFile->vacancy();
    const std::vector<MarkedCandidate> candidates = markedInMemory(*caseFile);
    QStringList markers;
    for (const auto& member : caseFile->panel().members())
        markers << member.id;
    for (auto _ : state) {
        std::vector<RankingInput> inputs;
        inputs.reserve(candidates.size());
        for (const auto& c : candidates)
            inputs.push_back(rankingInput(
                consolidate(c.reference, Stage::Preselection, vacancy.criteria, c.sheets, markers,
                            {}, Aggregation::Mean, vacancy.thresholds.spreadFlag),
                c.category));
        const auto ranking = rank(inputs, vacancy.priorityOrder);
        benchmark::DoNotOptimize(ranking.data());
    }
    state.counters["candidates"] = static_cast<double>(candidates.size());
}

void rankingFromFile(benchmark::State& state, const QString& path) {
    size_t ranked = 0;
    for (auto _ : state) {
        // A case file just opened: the same one would answer from its cache (read_cache.h).
        state.PauseTiming();
        auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
        state.ResumeTiming();
        const auto ranking = caseFile->results().ranking(Stage::Preselection);
        ranked = ranking.size();
        benchmark::DoNotOptimize(ranking.data());
    }
    state.counters["candidates"] = static_cast<double>(ranked);
}

void openCaseFile(benchmark::State& state, const QString& path) {
    for (auto _ : state)
        benchmark::DoNotOptimize(CaseFile::open(path).get());
}

void screenedCandidates(benchmark::State& state, const QString& path) {
    for (auto _ : state) {
        state.PauseTiming(); // a case file just opened, not its cache (read_cache.h)
        auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
        state.ResumeTiming();
        benchmark::DoNotOptimize(caseFile->screening().all().data());
    }
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const auto count =
            CaseFile::open(path, CaseFile::Access::ReadOnly)->applications().candidates().size();
        const std::string n = std::to_string(count);
        benchmark::RegisterBenchmark(("consolidate_and_rank/" + n).c_str(), consolidateAndRank,
                                     path)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("ranking_from_file/" + n).c_str(), rankingFromFile, path)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("open_case_file/" + n).c_str(), openCaseFile, path)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("screened_candidates/" + n).c_str(), screenedCandidates, path)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
