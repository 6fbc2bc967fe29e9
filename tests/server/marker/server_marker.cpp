#include "casefile/case_file.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

// One panel member marking on a case on a server, as fast as they can: the concurrency test's
// child process (test_server_concurrency.cpp). server_marker URL MEMBER SAVES, the password in
// SP_MARKER_PASSWORD. Saves SAVES drafts in turn on the candidates c1, c3 (c2 is left out: one
// member abstains for it), mark i % 6 on experience and (i + 1) % 6 on motivation, each save its
// own transaction and record entry; prints nothing and exits 0 when every save went through.
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: server_marker URL MEMBER SAVES\n");
        return 2;
    }
    const QString member = args[2];
    const int saves = args[3].toInt();
    try {
        auto caseFile = sp::CaseFile::openServer(args[1], sp::CaseFile::Access::ReadWrite,
                                                 qEnvironmentVariable("SP_MARKER_PASSWORD"));
        for (int i = 0; i < saves; ++i) {
            sp::MarkSheet sheet;
            sheet.member = member;
            sheet.candidate = i % 2 == 0 ? QStringLiteral("c1") : QStringLiteral("c3");
            sheet.stage = sp::Stage::Preselection;
            sheet.marks[QStringLiteral("experience")] = i % 6;
            sheet.marks[QStringLiteral("motivation")] = (i + 1) % 6;
            caseFile->marking().saveMarkSheets({sheet});
        }
    } catch (const sp::Error& e) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(member), e.what());
        return 1;
    }
    return 0;
}
