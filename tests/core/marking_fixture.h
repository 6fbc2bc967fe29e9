#pragma once

// A small procedure for the marking tests: the example vacancy, candidates of chosen Article 29
// categories decided eligible, a panel of chair + two members + secretary.

#include "casefile/case_file.h"
#include "domain/error.h"
#include "domain/grid.h"
#include "io/application_import.h"
#include "io/builtin_vacancy.h"
#include "pdf/pdf_inspector.h"
#include "support/case_fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace sp::test {

struct Person {
    QString surname;
    QString givenNames;
    QString category = QStringLiteral("external");
    QString nationality = QStringLiteral("DE");
    QString receivedAt = QStringLiteral("2025-04-20T10:00:00Z"); // the deadline is 30 April
};

// Imports the people through the real import path; returns their references in order.
inline QStringList importPeople(CaseFile& caseFile, const QString& dir,
                                const std::vector<Person>& people) {
    const QString pdfDir = QDir(dir).filePath(QStringLiteral("people-pdfs"));
    QDir().mkpath(pdfDir);
    QStringList rows;
    for (size_t i = 0; i < people.size(); ++i) {
        const Person& p = people[i];
        const QString file = QStringLiteral("person-%1.pdf").arg(i + 1);
        QFile pdf(QDir(pdfDir).filePath(file));
        pdf.open(QIODevice::WriteOnly);
        pdf.write(makePdf(1, p.surname + QString::number(i)));
        pdf.close();
        // The CSV quotes every text cell, so a surname may hold commas or quotes.
        QString surname = p.surname;
        surname.replace(QLatin1Char('"'), QLatin1String("\"\""));
        rows << QStringLiteral(",\"%1\",%2,person%3@example.eu,%4,%5,%6,%7,"
                               "post_secondary,4.5,en:C1 fr:B2,%8")
                    .arg(surname, p.givenNames)
                    .arg(i + 1)
                    .arg(p.nationality, p.receivedAt, p.category,
                         p.category == QLatin1String("laureate") ? QStringLiteral("EPSO/AST/1")
                                                                 : QString(),
                         file);
    }
    const QString csv = writeCsv(dir, QStringLiteral("people.csv"), rows);
    ImportPlan plan =
        prepareImport(csv, pdfDir, caseFile.applications().existingApplications(), pdfChecker());
    if (!plan.problems.empty())
        throw Error(ErrorKind::BadInput, plan.problems.front().toString());
    QStringList references;
    for (const auto& r : caseFile.applications().importApplications(plan).references)
        references << r;
    return references;
}

inline void addStandardPanel(CaseFile& caseFile) {
    caseFile.panel().addMember({"chair", "Clara Chair", Role::Chair});
    caseFile.panel().addMember({"anna", "Anna Member", Role::Member});
    caseFile.panel().addMember({"bruno", "Bruno Member", Role::Member});
    caseFile.panel().addMember({"sec", "Sam Secretary", Role::Secretary});
}

// Every criterion of the stage given the same mark.
inline Marks allMarks(const CaseFile& caseFile, Stage stage, int mark) {
    Marks marks;
    for (const auto& c : criteriaOf(caseFile.vacancy().criteria, stage))
        marks[c.id] = mark;
    return marks;
}

inline MarkSheet sheetOf(const CaseFile& caseFile, const QString& member, const QString& reference,
                         Stage stage, int mark, bool submitted) {
    return {member, reference, stage, allMarks(caseFile, stage, mark), {}, submitted};
}

// The message of the sp::Error(BadInput) the action throws; a failure if it throws none.
inline QString refusal(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput) << e.what();
        return e.message();
    }
    ADD_FAILURE() << "the action was not refused";
    return {};
}

struct MarkingCase {
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> file;
    QStringList refs;

    // The people decided eligible; the panel added; the grid frozen unless asked not to.
    explicit MarkingCase(const std::vector<Person>& people, bool freeze = true,
                         const std::function<void(Grid&)>& adjustGrid = {}) {
        file = CaseFile::create(dir.filePath(QStringLiteral("case.selpanel")),
                                builtinExampleVacancy());
        refs = importPeople(*file, dir.path(), people);
        for (const auto& ref : refs)
            file->screening().decideEligibility(ref, true, {}, QStringLiteral("chair"));
        addStandardPanel(*file);
        if (adjustGrid) {
            Grid grid = file->panel().grid();
            adjustGrid(grid);
            file->panel().changeGrid(grid, QStringLiteral("chair"));
        }
        if (freeze)
            file->panel().freezeGrid(QStringLiteral("chair"));
    }

    // Every marking member submits the same mark on every criterion of the stage.
    void markAll(const QString& reference, Stage stage, int chair, int anna, int bruno) {
        file->marking().saveMarkSheets({sheetOf(*file, "chair", reference, stage, chair, true),
                                        sheetOf(*file, "anna", reference, stage, anna, true),
                                        sheetOf(*file, "bruno", reference, stage, bruno, true)});
    }
};

inline std::vector<Person> fivePeople() {
    return {{"Müller", "Jürgen"},
            {"Papadopoulou", "Eleni"},
            {"Ivanova", "Maria"},
            {"Łukasiewicz", "Zofia"},
            {"Ó Súilleabháin", "Seán"}};
}

} // namespace sp::test
