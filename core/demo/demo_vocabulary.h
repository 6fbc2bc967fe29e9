#pragma once

#include <QString>
#include <QStringList>

namespace sp {

// The words demo CVs are made of, drawn from the example vacancy notice (IT security assistant:
// secure code review, penetration testing, threat modelling, DevSecOps, OWASP, AWS, Java, ...).
// Employers, clients and projects are invented.
struct DemoVocabulary {
    QStringList securityJobTitles;
    QStringList otherJobTitles;
    QStringList employers;
    QStringList securityTasks;
    QStringList otherTasks;
    QStringList securitySkills;
    QStringList otherSkills;
    QStringList certifications;
    QStringList studyFields;
    QStringList bachelorDiplomas;
    QStringList masterDiplomas;
    QStringList secondaryDiplomas;
    QStringList projectSystems;
    QStringList projectClients;
    QStringList projectTechnologies;
    QStringList reserveLists; // EPSO competitions' reserve lists
    QStringList motivationOpenings;
    QStringList motivationClosings;
};

const DemoVocabulary& demoVocabulary();

QString languageName(const QString& code);           // "pt" -> "Portuguese"
QString defaultDeclarationLabel(const QString& key); // "military_service" -> "I have fulfilled ..."

// The declarations of the form: the vacancy's, or the notice's three when it names none.
QStringList formDeclarations(const QStringList& vacancyDeclarations);

} // namespace sp
