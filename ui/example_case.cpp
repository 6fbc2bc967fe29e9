#include "example_case.h"

#include "casefile/case_file.h"
#include "demo/demo_case.h"
#include "domain/error.h"
#include "io/builtin_vacancy.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sp::ui {

namespace {

QString& folderOverride() {
    static QString folder;
    return folder;
}

QString exampleFolder() {
    if (!folderOverride().isEmpty())
        return folderOverride();
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty())
        documents = QDir::homePath();
    return QDir(documents).filePath(QStringLiteral("Selection Panel"));
}

} // namespace

QString exampleCasePath() {
    QString name = builtinExampleVacancy().reference;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return QDir(exampleFolder())
        .filePath(name + QStringLiteral("-example") + QLatin1String(CaseFile::Extension));
}

void setExampleCaseFolder(const QString& folder) {
    folderOverride() = folder;
}

std::unique_ptr<CaseFile> createExampleCase(const QString& path) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error(ErrorKind::Failure, QStringLiteral("%1: cannot create the folder").arg(folder));
    DemoCaseOptions options;
    // Enough for every special case of the rules (late, duplicates, laureates...), quick to make.
    options.candidates = 30;
    return createDemoCase(path, builtinExampleVacancy(), options).caseFile;
}

} // namespace sp::ui
