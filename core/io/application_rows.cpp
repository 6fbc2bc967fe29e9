#include "io/application_rows.h"

#include "io/application_fields.h"

#include <QHash>
#include <algorithm>

namespace sp {

namespace {

// Column names, as written in the header; constant-initialised, so usable at any time.
constexpr QLatin1String reference("reference");
constexpr QLatin1String surname("surname");
constexpr QLatin1String givenNames("given_names");
constexpr QLatin1String email("email");
constexpr QLatin1String nationalities("nationalities");
constexpr QLatin1String receivedAt("received_at");
constexpr QLatin1String category("category");
constexpr QLatin1String reserveList("reserve_list");
constexpr QLatin1String education("education");
constexpr QLatin1String experienceYears("experience_years");
constexpr QLatin1String languages("languages");
constexpr QLatin1String pdf("pdf");

class RowValidator {
public:
    RowValidator(const QString& fileName, const QSet<QString>& existingReferences)
        : fileName_(fileName), existingReferences_(existingReferences) {}

    // False when the header does not allow reading any row.
    bool mapHeader(const QStringList& header, int headerRow, ApplicationRows& out) {
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header.at(i).trimmed().toLower();
            const QString label =
                name.isEmpty() ? QStringLiteral("column %1").arg(i + 1) : excerpt(name);
            if (!applicationColumns().contains(name))
                out.warnings.push_back(ImportProblem::of(
                    fileName_, headerRow, label,
                    {name.isEmpty()
                         ? QT_TRANSLATE_NOOP("sp::Problem", "column without a name: ignored")
                         : QT_TRANSLATE_NOOP("sp::Problem", "unknown column: ignored")}));
            else if (columns_.contains(name))
                out.problems.push_back(ImportProblem::of(
                    fileName_, headerRow, name,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "the column appears twice (columns %1 and %2)"),
                                columns_.value(name) + 1, i + 1)));
            else
                columns_.insert(name, i);
        }
        for (const QString& name : requiredApplicationColumns())
            if (!columns_.contains(name))
                out.problems.push_back(ImportProblem::of(
                    fileName_, headerRow, name,
                    Problem::of(
                        QT_TRANSLATE_NOOP("sp::Problem", "the required column \"%1\" is missing"),
                        name)));
        headerSize_ = int(header.size());
        return out.problems.empty();
    }

    void validate(const CsvRecord& record, ApplicationRows& out) {
        cells_ = &record.cells;
        row_ = record.row;
        if (isBlank(record.cells))
            return;
        problems_.clear();
        if (!cellCountMatches(record.cells)) {
            out.problems.insert(out.problems.end(), problems_.begin(), problems_.end());
            return;
        }
        ApplicationRow application{row_, false, {}, {}};
        readFields(application, out);
        application.valid = problems_.empty();
        out.problems.insert(out.problems.end(), problems_.begin(), problems_.end());
        out.rows.push_back(std::move(application));
    }

private:
    static bool isBlank(const QStringList& cells) {
        return std::all_of(cells.begin(), cells.end(),
                           [](const QString& cell) { return cell.trimmed().isEmpty(); });
    }

    // A short row or one with extra text means the columns have shifted: no field can be trusted.
    bool cellCountMatches(const QStringList& cells) {
        const bool extraText =
            std::any_of(cells.begin() + std::min<qsizetype>(headerSize_, cells.size()), cells.end(),
                        [](const QString& cell) { return !cell.trimmed().isEmpty(); });
        if (cells.size() >= headerSize_ && !extraText)
            return true;
        problems_.push_back(ImportProblem::of(
            fileName_, row_, {},
            Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                          "the row has %1 cells but the header has %2 columns"),
                        cells.size(), headerSize_)));
        return false;
    }

    QString cell(const QString& column) const {
        const int index = columns_.value(column, -1);
        return index >= 0 ? cells_->at(index) : QString();
    }

    // The value when valid; otherwise the problem is recorded and a default returned.
    template <class T> T take(const QString& column, Parsed<T> parsed) {
        if (!parsed.ok())
            problems_.push_back(ImportProblem::of(fileName_, row_, column, parsed.why));
        return std::move(parsed.value);
    }

    void readFields(ApplicationRow& application, ApplicationRows& out) {
        ApplicationData& data = application.data;
        data.reference = take(reference, parseReference(cell(reference)));
        checkReferenceIsUnique(data.reference);
        data.surname = take(surname, parsePersonName(cell(surname)));
        data.givenNames = take(givenNames, parsePersonName(cell(givenNames)));
        data.email = take(email, parseEmail(cell(email)));
        data.nationalities = take(nationalities, parseNationalities(cell(nationalities)));
        data.receivedAt = take(receivedAt, parseReceivedAt(cell(receivedAt)));
        const auto parsedCategory = parseCategory(cell(category));
        data.category = take(category, parsedCategory);
        data.reserveList = cell(reserveList).trimmed();
        if (parsedCategory.ok() && data.category != Category::Laureate &&
            !data.reserveList.isEmpty())
            out.warnings.push_back(ImportProblem::of(
                fileName_, row_, reserveList,
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "a reserve list is given but the "
                                                             "category is %1, not laureate: check "
                                                             "the category"),
                            categoryKey(data.category))));
        data.education = take(education, parseEducation(cell(education)));
        data.experienceYears = take(experienceYears, parseExperienceYears(cell(experienceYears)));
        data.languages = take(languages, parseLanguages(cell(languages)));
        application.pdfFileName = take(pdf, parsePdfFileName(cell(pdf)));
    }

    void checkReferenceIsUnique(const QString& value) {
        if (value.isEmpty())
            return;
        if (existingReferences_.contains(value))
            problems_.push_back(ImportProblem::of(
                fileName_, row_, reference,
                Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                              "reference \"%1\" already exists in the case file"),
                            value)));
        else if (referenceRows_.contains(value))
            problems_.push_back(ImportProblem::of(
                fileName_, row_, reference,
                Problem::of(
                    QT_TRANSLATE_NOOP("sp::Problem", "reference \"%1\" is already used in row %2"),
                    value, referenceRows_.value(value))));
        else
            referenceRows_.insert(value, row_);
    }

    QString fileName_;
    const QSet<QString>& existingReferences_;
    QHash<QString, int> columns_; // name -> index
    qsizetype headerSize_ = 0;
    QHash<QString, int> referenceRows_;
    const QStringList* cells_ = nullptr;
    int row_ = 0;
    std::vector<ImportProblem> problems_; // of the current row
};

} // namespace

const QStringList& applicationColumns() {
    static const QStringList names = {reference,     surname,         givenNames, email,
                                      nationalities, receivedAt,      category,   reserveList,
                                      education,     experienceYears, languages,  pdf};
    return names;
}

const QStringList& requiredApplicationColumns() {
    static const QStringList names = {surname,    givenNames, email,     nationalities,
                                      receivedAt, category,   education, experienceYears,
                                      languages,  pdf};
    return names;
}

ApplicationRows validateApplicationRows(const CsvTable& table, const QString& fileName,
                                        const QSet<QString>& existingReferences) {
    ApplicationRows out;
    RowValidator validator(fileName, existingReferences);
    if (!validator.mapHeader(table.header, table.headerRow, out))
        return out;
    for (const CsvRecord& record : table.records)
        validator.validate(record, out);
    return out;
}

} // namespace sp
