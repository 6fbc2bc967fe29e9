#pragma once

// A procedure whose members have passphrases, with Anna's workbook exported: what the workbook
// and return tests start from.

#include "core/marking_fixture.h"
#include "support/app_runner.h"

#include <QFile>

namespace sp::test {

inline QByteArray passphraseOf(const QString& member) {
    return testPassphrase(member);
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

struct WorkbookCase {
    // Alpha and Beta for Anna to mark; Anna abstains for Gamma (family).
    MarkingCase c{{{QStringLiteral("Alpha"), QStringLiteral("Ann")},
                   {QStringLiteral("Beta"), QStringLiteral("Bob")},
                   {QStringLiteral("Gamma"), QStringLiteral("Gus")}},
                  false};
    QString workbook = c.dir.filePath(QStringLiteral("anna-workbook.selpanel"));

    WorkbookCase() {
        qputenv("SELECTION_PANEL_SIGN_IN_DELAY_MS", "0");
        for (const char* member : {"chair", "anna", "bruno", "sec"})
            c.file->identities().signIn(QString::fromLatin1(member),
                                        passphraseOf(QString::fromLatin1(member)));
        c.file->panel().declareConflict(
            {QStringLiteral("anna"), c.refs[2], ConflictNature::Family, {}});
        c.file->panel().freezeGrid(QStringLiteral("chair"));
        c.file->workbooks().exportWorkbook(QStringLiteral("anna"), Stage::Preselection, workbook);
    }

    // Anna opens her workbook, signs in, submits `mark` on every criterion of each candidate
    // given, and returns her marks.
    QByteArray annaReturns(const QStringList& references, int mark) {
        auto opened = CaseFile::open(workbook);
        opened->identities().signIn(QStringLiteral("anna"), passphraseOf(QStringLiteral("anna")));
        std::vector<MarkSheet> sheets;
        for (const auto& reference : references)
            sheets.push_back(sheetOf(*opened, QStringLiteral("anna"), reference,
                                     Stage::Preselection, mark, true));
        opened->marking().saveMarkSheets(sheets);
        return opened->workbooks().marksReturn();
    }

    bool annaSubmittedInCase(const QString& reference) const {
        const auto sheet =
            c.file->marking().ownSheet(reference, Stage::Preselection, QStringLiteral("anna"));
        return sheet && sheet->submitted;
    }
};

} // namespace sp::test
