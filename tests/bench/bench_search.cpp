// Searching every application at once, at competition scale.
//
//   sp_bench_search [Google Benchmark flags] CASE.selpanel
//
// On a case whose PDFs are indexed (import indexes them), CaseFile::searchApplications() for a
// word, a phrase, a prefix and an OR of two rare words; the counter `matches` is how many
// applications each finds.
#include "casefile/case_file.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>
#include <memory>

namespace {

using namespace sp;

void search(benchmark::State& state, const CaseFile* caseFile, const QString& query) {
    size_t matches = 0;
    for (auto _ : state) {
        const ApplicationSearch found = caseFile->applications().search(query);
        matches = found.matches.size();
        benchmark::DoNotOptimize(matches);
    }
    state.counters["matches"] = static_cast<double>(matches);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: sp_bench_search [benchmark flags] CASE.selpanel\n");
        return 2;
    }
    const auto caseFile =
        CaseFile::open(QString::fromLocal8Bit(argv[1]), CaseFile::Access::ReadOnly);
    const std::pair<const char*, const char*> queries[] = {
        {"word", "penetration"},
        {"phrase", "\"threat modelling\""},
        {"prefix", "certif*"},
        {"or", "pentest OR oscp"},
    };
    for (const auto& [name, query] : queries)
        benchmark::RegisterBenchmark((std::string("search/") + name).c_str(), search,
                                     caseFile.get(), QString::fromUtf8(query))
            ->Unit(benchmark::kMillisecond)
            ->MeasureProcessCPUTime()
            ->UseRealTime();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
