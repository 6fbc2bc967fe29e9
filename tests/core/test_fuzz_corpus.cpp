// Replays every committed fuzz input (tests/fuzz/corpus/<target>/) through the same checks the
// libFuzzer targets run, with the normal compiler: an input that once crashed a parser or broke
// one of its promises keeps being tried in scripts/test.

#include "fuzz/fuzz_checks.h"
#include "support/test_paths.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>
#include <ostream>

namespace sp::fuzz {
// Names the target in the test list instead of printing its bytes.
void PrintTo(const Target& target, std::ostream* out) {
    *out << target.name;
}
} // namespace sp::fuzz

namespace {

class FuzzCorpus : public testing::TestWithParam<sp::fuzz::Target> {};

TEST_P(FuzzCorpus, EveryCommittedInputPassesTheTargetsChecks) {
    const sp::fuzz::Target target = GetParam();
    const QDir corpus(sp::test::sourceDir() + QStringLiteral("/tests/fuzz/corpus/") +
                      QString::fromLatin1(target.name));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty()) << "no inputs in " << corpus.path().toStdString();
    for (const auto& name : files) {
        QFile file(corpus.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        EXPECT_EQ(target.check(file.readAll()).toStdString(), "") << name.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzCorpus, testing::ValuesIn(sp::fuzz::targets()),
                         [](const auto& info) { return std::string(info.param.name); });

} // namespace
