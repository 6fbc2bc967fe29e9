#include "casefile/candidate_rows.h"

#include "casefile/sql.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace sp::candidate_rows {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT c.id, c.reference, c.surname, c.given_names, c.email, c.nationalities, "
    "c.received_at, c.category, c.reserve_list, c.education, c.experience_years, c.languages, "
    "c.imported_at, d.file_name, d.sha256, d.size, d.page_count "
    "FROM candidate c LEFT JOIN document d ON d.candidate_id = c.id ");

std::vector<LanguageSkill> parseLanguages(const QString& text) {
    std::vector<LanguageSkill> skills;
    for (const auto& item : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto parts = item.split(QLatin1Char(':'));
        if (parts.size() != 2)
            continue;
        if (auto level = cefrFromKey(parts[1]))
            skills.push_back({parts[0], *level});
    }
    return skills;
}

Candidate fromRow(const QSqlQuery& q) {
    Candidate c;
    c.id = q.value(0).toLongLong();
    auto& a = c.application;
    a.reference = q.value(1).toString();
    a.surname = q.value(2).toString();
    a.givenNames = q.value(3).toString();
    a.email = q.value(4).toString();
    a.nationalities = q.value(5).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    a.receivedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toUTC();
    a.category = categoryFromKey(q.value(7).toString()).value_or(Category::External);
    a.reserveList = q.value(8).toString();
    if (!q.value(9).isNull())
        a.education = educationFromKey(q.value(9).toString());
    if (!q.value(10).isNull())
        a.experienceYears = q.value(10).toDouble();
    a.languages = parseLanguages(q.value(11).toString());
    c.importedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs).toUTC();
    c.pdfFileName = q.value(13).toString();
    c.pdf.sha256Hex = q.value(14).toByteArray();
    c.pdf.size = q.value(15).toLongLong();
    c.pdf.pageCount = q.value(16).toInt();
    return c;
}

int highestGeneratedNumber(QSqlDatabase& db) {
    static const QRegularExpression pattern(QStringLiteral("^APP-(\\d+)$"));
    int highest = 0;
    QSqlQuery q = sql::exec(
        db, QStringLiteral("SELECT reference FROM candidate WHERE reference LIKE 'APP-%'"));
    while (q.next()) {
        const auto match = pattern.match(q.value(0).toString());
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return highest;
}

} // namespace

QString generatedReference(int number) {
    return QStringLiteral("APP-%1").arg(number, 4, 10, QLatin1Char('0'));
}

std::vector<Candidate> selectAll(QSqlDatabase& db) {
    std::vector<Candidate> all;
    QSqlQuery q = sql::exec(db, selectColumns + QStringLiteral("ORDER BY c.reference"));
    while (q.next())
        all.push_back(fromRow(q));
    return all;
}

void selectAllInBatches(QSqlDatabase& db, size_t batch,
                        const std::function<void(std::vector<Candidate>&&)>& take) {
    std::vector<Candidate> some;
    some.reserve(batch);
    QSqlQuery q = sql::exec(db, selectColumns + QStringLiteral("ORDER BY c.reference"));
    while (q.next()) {
        some.push_back(fromRow(q));
        if (some.size() == batch) {
            take(std::move(some));
            some = {};
            some.reserve(batch);
        }
    }
    if (!some.empty())
        take(std::move(some));
}

std::optional<Candidate> selectByReference(QSqlDatabase& db, const QString& reference) {
    QSqlQuery q =
        sql::exec(db, selectColumns + QStringLiteral("WHERE c.reference = ?"), {reference});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::vector<DuplicateFlag> selectDuplicates(QSqlDatabase& db) {
    std::vector<DuplicateFlag> flags;
    QSqlQuery q = sql::exec(
        db, QStringLiteral("SELECT a.reference, b.reference, f.reason FROM duplicate_flag f "
                           "JOIN candidate a ON a.id = f.candidate_id "
                           "JOIN candidate b ON b.id = f.other_candidate_id "
                           "ORDER BY a.reference, b.reference"));
    while (q.next())
        flags.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return flags;
}

ExistingApplications selectExisting(QSqlDatabase& db) {
    ExistingApplications existing;
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT c.reference, c.email, d.sha256 FROM candidate c "
                                     "LEFT JOIN document d ON d.candidate_id = c.id"));
    while (q.next()) {
        const QString reference = q.value(0).toString();
        existing.references.insert(reference);
        existing.referenceByEmail.insert(q.value(1).toString().toLower(), reference);
        if (!q.value(2).isNull())
            existing.referenceBySha256.insert(q.value(2).toByteArray(), reference);
    }
    return existing;
}

std::vector<QString> insertPlan(QSqlDatabase& db, const ImportPlan& plan, const QString& nowUtc) {
    QSqlQuery insertBatch =
        sql::exec(db,
                  QStringLiteral(
                      "INSERT INTO import_batch (source, imported_at, candidates) VALUES (?, ?, ?) "
                      "RETURNING id"),
                  {plan.source.isEmpty() ? QStringLiteral("(unnamed)") : plan.source, nowUtc,
                   static_cast<qint64>(plan.valid.size())});
    const qint64 batch = insertBatch.next() ? insertBatch.value(0).toLongLong() : 0;

    QSqlQuery insertCandidate = sql::prepare(
        db, QStringLiteral("INSERT INTO candidate (reference, surname, given_names, email, "
                           "nationalities, received_at, category, reserve_list, education, "
                           "experience_years, languages, imported_at, import_batch_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery insertDocument = sql::prepare(
        db, QStringLiteral("INSERT INTO document (candidate_id, file_name, sha256, size, "
                           "page_count, content) VALUES (?, ?, ?, ?, ?, ?)"));

    int nextNumber = highestGeneratedNumber(db);
    std::vector<QString> references;
    QHash<int, qint64> candidateIdByRow;
    for (const auto& prepared : plan.valid) {
        const auto& a = prepared.data;
        const QString reference =
            a.reference.isEmpty() ? generatedReference(++nextNumber) : a.reference;
        sql::run(insertCandidate,
                 {reference, a.surname, a.givenNames, a.email,
                  a.nationalities.join(QLatin1Char(';')),
                  a.receivedAt.toUTC().toString(Qt::ISODateWithMs), categoryKey(a.category),
                  a.reserveList, a.education ? QVariant(educationKey(*a.education)) : QVariant(),
                  a.experienceYears ? QVariant(*a.experienceYears) : QVariant(),
                  languagesText(a.languages), nowUtc, batch});
        const qint64 candidateId =
            insertCandidate.next() ? insertCandidate.value(0).toLongLong() : 0;
        insertCandidate.finish();
        sql::run(insertDocument,
                 {candidateId, prepared.pdfFileName, QString::fromLatin1(prepared.pdf.sha256Hex),
                  prepared.pdf.size, prepared.pdf.pageCount, prepared.pdfBytes});
        candidateIdByRow.insert(prepared.row, candidateId);
        references.push_back(reference);
    }

    QSqlQuery insertFlag = sql::prepare(
        db, QStringLiteral("INSERT INTO duplicate_flag (candidate_id, other_candidate_id, reason) "
                           "SELECT CAST(? AS BIGINT), id, CAST(? AS TEXT) FROM candidate "
                           "WHERE id = ? OR reference = ? "
                           "ON CONFLICT DO NOTHING"));
    for (const auto& dup : plan.duplicates) {
        if (!candidateIdByRow.contains(dup.row))
            continue;
        const qint64 other = candidateIdByRow.value(dup.otherRow, -1);
        sql::run(insertFlag, {candidateIdByRow.value(dup.row), dup.reason, other,
                              dup.otherRow ? QString() : dup.otherReference});
    }
    return references;
}

QByteArray selectPdf(QSqlDatabase& db, qint64 candidateId) {
    QSqlQuery query = sql::exec(
        db, QStringLiteral("SELECT content FROM document WHERE candidate_id = ?"), {candidateId});
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

qint64 lastImportBatch(QSqlDatabase& db) {
    QSqlQuery batch = sql::exec(db, QStringLiteral("SELECT max(id) FROM import_batch"));
    return batch.next() ? batch.value(0).toLongLong() : 0;
}

} // namespace sp::candidate_rows
