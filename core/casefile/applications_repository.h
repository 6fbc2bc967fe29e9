#pragma once

#include "domain/candidate.h"
#include "io/application_import.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>
#include <vector>

namespace sp {

struct ApplicationEvents;
struct CaseStore;

struct ImportOutcome {
    std::vector<QString> references; // assigned, in the order of the prepared applications
};

// Searching every application at once.
struct ApplicationMatch {
    QString reference;
    QList<int> pages; // 0-based, ascending: where any of the query's words or phrases is found
};
struct ApplicationSearch {
    std::vector<ApplicationMatch> matches; // by reference
    int notIndexed = 0; // PDFs whose text is not indexed yet: they cannot be found
    int hidden = 0;     // matches left out because the viewer abstains for them
};

// The applications received: the candidates, their PDFs, probable duplicates, the import, and
// the index for searching every application's text.
class ApplicationsRepository {
public:
    explicit ApplicationsRepository(CaseStore& store) : d(&store) {}

    std::vector<Candidate> candidates() const; // ordered by reference
    std::optional<Candidate> candidate(const QString& reference) const;
    QByteArray pdf(qint64 candidateId) const;
    std::vector<DuplicateFlag> duplicates() const;
    ExistingApplications existingApplications() const;

    // Writes every prepared application in one transaction: all or nothing.
    ImportOutcome importApplications(const ImportPlan& plan);

    // The candidates whose PDF holds what the query asks (search_query.h; bad syntax: BadInput
    // saying what to fix). A viewer (a panel member's id; BadInput if not on the panel) does not
    // see the candidates they abstain for (panel.h abstains); no viewer sees every candidate.
    ApplicationSearch search(const QString& query, const QString& viewer = QString()) const;
    // The index is filled from the PDFs by core/pdf/pdf_text_indexer (it needs QtPdf): the
    // candidates whose PDF is not indexed yet, by id, and storing their text, a string per page,
    // for several candidates in one transaction. Derived data: nothing goes into the record.
    std::vector<qint64> unindexed() const;
    void storeTexts(const std::vector<std::pair<qint64, QStringList>>& texts);

    ApplicationEvents& events();

private:
    CaseStore* d;
};

} // namespace sp
