// The whole round trip on the command line: three members each get a workbook, mark and submit
// in it, return their marks signed, and the secretary imports the returns. The ranking is the
// one the same marks give when given in the case itself.

#include "casefile/case_file.h"
#include "domain/grid.h"
#include "support/app_runner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace sp::test {
namespace {

const QStringList Members = {QStringLiteral("chair"), QStringLiteral("member2"),
                             QStringLiteral("member3")};

// A mark that differs by member and candidate, so the totals spread.
int markOf(int member, int candidate, int criterion, int maxMark) {
    return (member * 2 + candidate * 3 + criterion) % (maxMark + 1);
}

void expectSuccess(const AppResult& result, const QStringList& arguments) {
    EXPECT_EQ(result.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
                                  << result.errText().toStdString();
}

AppResult run(const QStringList& arguments) {
    const AppResult result = runApp(arguments);
    expectSuccess(result, arguments);
    return result;
}

TEST(WorkbookRoundTrip, ThreeMembersMarkInWorkbooksAndTheRankingIsTheCases) {
    QTemporaryDir dir;
    const QString viaWorkbooks = dir.filePath(QStringLiteral("case.selpanel"));
    const QString direct = dir.filePath(QStringLiteral("direct.selpanel"));
    run({QStringLiteral("demo"), viaWorkbooks, QStringLiteral("--candidates"), QStringLiteral("5"),
         QStringLiteral("--members"), QStringLiteral("3"), QStringLiteral("--minimal-pdfs")});
    QStringList references;
    std::vector<Criterion> criteria;
    {
        // Each member chooses their passphrase; the chair decides every candidate eligible.
        qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0");
        auto caseFile = CaseFile::open(viaWorkbooks);
        for (const auto& member : Members)
            caseFile->identities().signIn(member, testPassphrase(member));
        for (const auto& candidate : caseFile->applications().candidates()) {
            const QString& reference = candidate.application.reference;
            try {
                caseFile->screening().decideEligibility(reference, true, QStringLiteral("checked"),
                                                        QStringLiteral("chair"));
                references << reference;
            } catch (const std::exception&) {
                // Not admissible: nobody marks it.
            }
        }
        criteria = criteriaOf(caseFile->vacancy().criteria, Stage::Preselection);
    }
    ASSERT_GE(references.size(), 3);
    run({QStringLiteral("backup"), viaWorkbooks, direct});

    // In the case itself, each member marks and submits every candidate.
    {
        auto caseFile = CaseFile::open(direct);
        for (int m = 0; m < Members.size(); ++m) {
            caseFile->identities().signIn(Members[m], testPassphrase(Members[m]));
            for (int c = 0; c < references.size(); ++c) {
                MarkSheet sheet{Members[m], references[c], Stage::Preselection, {}, {}, true};
                for (size_t k = 0; k < criteria.size(); ++k)
                    sheet.marks[criteria[k].id] =
                        markOf(m, c, static_cast<int>(k), criteria[k].maxMark);
                caseFile->marking().saveMarkSheets({sheet});
            }
        }
    }

    // Through workbooks: exported, marked and submitted in each, returned, imported.
    for (int m = 0; m < Members.size(); ++m) {
        const QString& member = Members[m];
        const QString workbook = dir.filePath(member + QStringLiteral("-workbook.selpanel"));
        const QString marksReturn = dir.filePath(member + QStringLiteral("-return.json"));
        run({QStringLiteral("export-workbook"), viaWorkbooks, QStringLiteral("--member"), member,
             QStringLiteral("--out"), workbook});
        for (int c = 0; c < references.size(); ++c) {
            QStringList mark = {QStringLiteral("mark"),
                                workbook,
                                references[c],
                                QStringLiteral("--stage"),
                                QStringLiteral("preselection"),
                                QStringLiteral("--member"),
                                member};
            for (size_t k = 0; k < criteria.size(); ++k)
                mark << QStringLiteral("--criterion")
                     << QStringLiteral("%1=%2")
                            .arg(criteria[k].id)
                            .arg(markOf(m, c, static_cast<int>(k), criteria[k].maxMark));
            run(mark);
            run({QStringLiteral("submit"), workbook, references[c], QStringLiteral("--stage"),
                 QStringLiteral("preselection"), QStringLiteral("--member"), member});
        }
        run({QStringLiteral("verify"), workbook});
        run({QStringLiteral("return-marks"), workbook, QStringLiteral("--out"), marksReturn,
             QStringLiteral("--passphrase-file"), passphraseFileFor(member)});
        const AppResult imported =
            run({QStringLiteral("import-return"), viaWorkbooks, marksReturn});
        EXPECT_TRUE(imported.outText().contains(
            QStringLiteral("%1 sheet(s) submitted").arg(references.size())))
            << imported.outText().toStdString();
    }

    const QStringList rank = {QStringLiteral("rank"), QString(), QStringLiteral("--stage"),
                              QStringLiteral("preselection"), QStringLiteral("--csv")};
    QStringList rankWorkbooks = rank;
    rankWorkbooks[1] = viaWorkbooks;
    QStringList rankDirect = rank;
    rankDirect[1] = direct;
    const AppResult fromWorkbooks = run(rankWorkbooks);
    const AppResult fromCase = run(rankDirect);
    for (const auto& reference : std::as_const(references))
        EXPECT_TRUE(fromCase.outText().contains(reference)) << fromCase.outText().toStdString();
    EXPECT_EQ(fromWorkbooks.outText(), fromCase.outText());
    run({QStringLiteral("verify"), viaWorkbooks});
}

TEST(WorkbookRoundTrip, ATruncatedReturnIsRefusedNamingTheFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.selpanel"));
    const QString bogus = dir.filePath(QStringLiteral("return.json"));
    run({QStringLiteral("demo"), path, QStringLiteral("--candidates"), QStringLiteral("3"),
         QStringLiteral("--members"), QStringLiteral("2"), QStringLiteral("--minimal-pdfs")});
    QFile file(bogus);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"selection-panel-marks-return\", \"version\": 1, \"ret");
    file.close();
    const AppResult refused = runApp({QStringLiteral("import-return"), path, bogus});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errText().contains(bogus)) << refused.errText().toStdString();
    EXPECT_TRUE(refused.errText().contains(QStringLiteral("not a whole marks return")));
}

} // namespace
} // namespace sp::test
