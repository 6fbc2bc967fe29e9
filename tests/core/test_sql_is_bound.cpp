#include "support/test_paths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

// OWASP: SQL only with bound parameters, and only in the case file. These checks read the
// sources, so a string-built statement fails the build's tests, not a later audit.
namespace {

struct Source {
    QString path;
    QString text;
};

std::vector<Source> sources(const QStringList& folders) {
    std::vector<Source> all;
    for (const auto& folder : folders) {
        QDirIterator it(sp::test::sourceDir() + "/" + folder, {"*.cpp", "*.h"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all.push_back({f.fileName(), QString::fromUtf8(f.readAll())});
        }
    }
    return all;
}

} // namespace

TEST(SqlIsBound, NoStatementIsBuiltFromStrings) {
    // A statement literal followed by .arg( or by + concatenation. PRAGMAs that take no
    // parameters are set from our own integer constants and are the only exception.
    static const QRegularExpression built(
        QStringLiteral(R"(QStringLiteral\(\s*"(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|)"
                       R"(VACUUM|ATTACH)\b[^"]*"\s*\)\s*(?:\.arg\(|\+))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto all = sources({"core", "app", "ui"});
    ASSERT_GT(all.size(), 20u);
    for (const auto& source : all) {
        const auto match = built.match(source.text);
        EXPECT_FALSE(match.hasMatch())
            << source.path.toStdString() << ": " << match.captured(0).toStdString();
    }
}

TEST(SqlIsBound, OnlyTheCaseFileRunsSql) {
    for (const auto& source :
         sources({"core/domain", "core/io", "core/pdf", "core/demo", "app", "ui"})) {
        EXPECT_FALSE(source.text.contains(QStringLiteral("QSqlQuery")))
            << source.path.toStdString() << " runs SQL outside core/casefile";
    }
}
