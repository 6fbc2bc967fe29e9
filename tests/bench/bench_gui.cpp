// The candidate list at competition scale, in the real window (run with QT_QPA_PLATFORM=offscreen).
//
//   sp_bench_gui [Google Benchmark flags] CASE.selpanel
//
//   open_to_sorted_list  File > Open of the case file (MainWindow::openCaseFile) until the list is
//                        filled, sorted by reference and painted, the first candidate shown
//   filter_keystroke     one keystroke in the list's filter field, typing "novak" then erasing
//                        it, until the list is filtered and painted; max_ms: the slowest one
// and the list alone, without the window (what the figures above would be if showing a
// candidate cost nothing):
//   list_fill_and_sort   the screened candidates into the list's model, sorted by reference
//   list_filter_keystroke  the same keystrokes on the list's filter model alone
#include "candidate_filter_model.h"
#include "candidate_table_model.h"
#include "casefile/case_file.h"
#include "gui_bench_support.h"
#include "main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <benchmark/benchmark.h>
#include <vector>

namespace {

using namespace sp;

void openToSortedList(benchmark::State& state, const QString& path) {
    ui::MainWindow window;
    window.show();
    bench::settle();
    int rows = 0;
    for (auto _ : state) {
        if (!bench::openAndShow(window, path)) {
            state.SkipWithError("the case file could not be opened");
            return;
        }
        state.PauseTiming();
        rows = bench::candidateTable(window)->model()->rowCount();
        window.setCaseFile(nullptr);
        bench::settle();
        state.ResumeTiming();
    }
    state.counters["rows"] = rows;
}

void pressKey(QWidget* target, int key, const QString& text) {
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

void filterKeystroke(benchmark::State& state, const QString& path) {
    ui::MainWindow window;
    window.show();
    bench::settle();
    if (!bench::openAndShow(window, path)) {
        state.SkipWithError("the case file could not be opened");
        return;
    }
    QLineEdit* filter = bench::candidateFilter(window);
    QTableView* table = bench::candidateTable(window);
    filter->setFocus();
    const QString word = QStringLiteral("novak");
    std::vector<std::pair<int, QString>> keys;
    for (QChar c : word)
        keys.push_back({Qt::Key_A + (c.unicode() - 'a'), QString(c)});
    for (qsizetype i = 0; i < word.size(); ++i)
        keys.push_back({Qt::Key_Backspace, QString()});
    size_t next = 0;
    double slowest = 0;
    int fewestRows = table->model()->rowCount();
    for (auto _ : state) {
        const auto& [key, text] = keys[next++ % keys.size()];
        QElapsedTimer timer;
        timer.start();
        pressKey(filter, key, text);
        bench::settle();
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        state.SetIterationTime(seconds);
        slowest = std::max(slowest, seconds);
        fewestRows = std::min(fewestRows, table->model()->rowCount());
    }
    state.counters["max_ms"] = slowest * 1000;
    state.counters["fewest_rows"] = fewestRows;
}

// "n", "no", ..., "novak", "nova", ..., "": the text after each keystroke of the cycle.
QStringList typedTexts() {
    const QString word = QStringLiteral("novak");
    QStringList texts;
    for (qsizetype i = 1; i <= word.size(); ++i)
        texts << word.left(i);
    for (qsizetype i = word.size() - 1; i >= 0; --i)
        texts << word.left(i);
    return texts;
}

struct ListModels {
    ui::CandidateTableModel model;
    ui::CandidateFilterModel filter;
    ListModels() {
        filter.setSourceModel(&model);
        filter.sort(ui::CandidateTableModel::ReferenceColumn, Qt::AscendingOrder);
    }
};

void listFillAndSort(benchmark::State& state, const QString& path) {
    const auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
    const auto screened = caseFile->screening().shared();
    const auto duplicates = caseFile->applications().duplicates();
    ListModels list;
    for (auto _ : state) {
        state.PauseTiming();
        list.model.setScreenedCandidates({}, {});
        state.ResumeTiming();
        list.model.setScreenedCandidates(screened, duplicates);
        benchmark::DoNotOptimize(list.filter.index(0, 0));
    }
    state.counters["rows"] = list.filter.rowCount();
}

void listFilterKeystroke(benchmark::State& state, const QString& path) {
    const auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
    ListModels list;
    list.model.setScreenedCandidates(caseFile->screening().shared(),
                                     caseFile->applications().duplicates());
    const QStringList texts = typedTexts();
    qsizetype next = 0;
    for (auto _ : state) {
        list.filter.setSearchText(texts[next++ % texts.size()]);
        benchmark::DoNotOptimize(list.filter.rowCount());
    }
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    bench::prepareUnattendedWindow();
    benchmark::Initialize(&argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: sp_bench_gui [benchmark flags] CASE.selpanel\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    // Fixed iteration counts: at 20,000 candidates one opening takes seconds, and
    // --benchmark_repetitions gives the runs.
    benchmark::RegisterBenchmark("open_to_sorted_list", openToSortedList, path)
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
    // One cycle: "novak" typed, then erased.
    benchmark::RegisterBenchmark("filter_keystroke", filterKeystroke, path)
        ->UseManualTime()
        ->Iterations(10)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("list_fill_and_sort", listFillAndSort, path)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("list_filter_keystroke", listFilterKeystroke, path)
        ->Iterations(10)
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
