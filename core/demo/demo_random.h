#pragma once

#include <QList>
#include <cstdint>
#include <random>
#include <utility>

namespace sp {

// Seeded choices that come out the same with every standard library: std::mt19937's output is
// fixed by the standard, its distributions are not, so the ranges are mapped here.
class DemoRandom {
public:
    explicit DemoRandom(std::uint32_t seed) : engine_(seed) {}

    // lo..hi, both included.
    int between(int lo, int hi) {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<int>((static_cast<std::uint64_t>(engine_()) * span) >> 32);
    }
    bool chance(int percent) { return between(0, 99) < percent; }

    template <typename T> const T& pick(const QList<T>& items) {
        return items.at(between(0, static_cast<int>(items.size()) - 1));
    }

    // Fisher-Yates.
    template <typename Container> void shuffle(Container& items) {
        for (auto i = static_cast<int>(items.size()) - 1; i > 0; --i)
            std::swap(items[i], items[between(0, i)]);
    }

    // count distinct items of the list, in random order.
    template <typename T> QList<T> sample(QList<T> items, int count) {
        shuffle(items);
        return items.mid(0, count);
    }

private:
    std::mt19937 engine_;
};

} // namespace sp
