#include "casefile/screening_repository.h"

#include "casefile/candidate_rows.h"
#include "casefile/case_events.h"
#include "casefile/case_store.h"
#include "casefile/record_rows.h"
#include "casefile/screening_rows.h"
#include "casefile/seal_rows.h"
#include "casefile/sql.h"
#include "domain/error.h"

#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>
#include <deque>
#include <iterator>

namespace sp {

namespace {

QString decisionText(const std::optional<EligibilityDecision>& d) {
    if (!d)
        return {};
    QString text = d->eligible ? QStringLiteral("eligible") : QStringLiteral("not eligible");
    text += QStringLiteral(" (pre-check %1)").arg(criterionStateKey(d->preCheckAtDecision));
    if (!d->reason.isEmpty())
        text += QStringLiteral("; reason: ") + d->reason;
    return text;
}

std::optional<EligibilityDecision> storedDecision(QSqlDatabase& db, qint64 candidateId) {
    return screening_rows::selectDecision(db, candidateId);
}

QString resolutionText(bool counts, const QString& reason) {
    return (counts ? QStringLiteral("counts") : QStringLiteral("set aside")) +
           (reason.isEmpty() ? QString() : QStringLiteral("; reason: ") + reason);
}

QString tickText(std::optional<bool> fulfilled) {
    return fulfilled ? (*fulfilled ? QStringLiteral("fulfilled") : QStringLiteral("not fulfilled"))
                     : QStringLiteral("not ticked");
}

} // namespace

std::shared_ptr<const std::vector<ScreenedCandidate>> ScreeningRepository::shared() const {
    d->cache.validate(d->db);
    if (!d->cache.screened)
        d->cache.keepScreening(std::make_shared<const std::vector<ScreenedCandidate>>(fromFile()));
    return d->cache.screened;
}

void ScreeningRepository::useScreening(
    std::shared_ptr<const std::vector<ScreenedCandidate>> screening) {
    d->cache.validate(d->db);
    if (screening)
        d->cache.keepScreening(std::move(screening));
}

std::vector<ScreenedCandidate> ScreeningRepository::all() const {
    return *shared();
}

std::optional<ScreenedCandidate> ScreeningRepository::candidate(const QString& reference) const {
    const auto all = shared();
    const auto it = d->cache.screenedByReference.constFind(reference);
    if (it == d->cache.screenedByReference.constEnd())
        return std::nullopt;
    return (*all)[static_cast<size_t>(*it)];
}

std::vector<ScreenedCandidate> ScreeningRepository::fromFile() const {
    const auto decisions = screening_rows::selectDecisions(d->db);
    const auto ticks = screening_rows::selectTicks(d->db);
    const auto resolutions = screening_rows::selectDuplicateResolutions(d->db);
    const auto screenOne = [&](ScreenedCandidate& s) {
        const qint64 id = s.candidate.id;
        const auto decision = decisions.constFind(id);
        s.screening =
            screen(s.candidate, d->vacancy, ticks.value(id),
                   decision == decisions.constEnd() ? std::nullopt
                                                    : std::optional<EligibilityDecision>(*decision),
                   !resolutions.value(id, true));
    };
    // Each candidate's screening depends on nothing but its own rows and the vacancy: at 20,000
    // candidates it is a good part of opening the case file, so batches are screened on the
    // other cores while the next ones are read. (A deque: a batch being screened never moves.)
    std::deque<std::vector<ScreenedCandidate>> batches;
    std::vector<QFuture<void>> screening;
    // Should reading fail half-way, the batches are not freed under the threads screening them.
    struct WaitForAll {
        std::vector<QFuture<void>>& futures;
        ~WaitForAll() {
            for (auto& future : futures)
                future.waitForFinished();
        }
    } waitForAll{screening};
    candidate_rows::selectAllInBatches(d->db, 1000, [&](std::vector<Candidate>&& candidates) {
        auto& batch = batches.emplace_back();
        batch.reserve(candidates.size());
        for (auto& candidate : candidates)
            batch.push_back({std::move(candidate), {}});
        screening.push_back(QtConcurrent::map(batch, screenOne));
    });
    std::vector<ScreenedCandidate> screened;
    size_t count = 0;
    for (const auto& batch : batches)
        count += batch.size();
    screened.reserve(count);
    for (size_t i = 0; i < batches.size(); ++i) {
        screening[i].waitForFinished();
        std::move(batches[i].begin(), batches[i].end(), std::back_inserter(screened));
        batches[i] = {}; // each batch freed as it is moved: not two lists at once
    }
    return screened;
}

void ScreeningRepository::decideEligibility(const QString& reference, bool eligible,
                                            const QString& reason, const QString& by) {
    requireWritable(*d);
    const auto candidate = candidate_rows::selectByReference(d->db, reference);
    if (!candidate)
        throw Error(ErrorKind::NotFound,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "no candidate %1"), reference));
    const auto ticks = screening_rows::selectTicks(d->db).value(candidate->id);
    const auto check = screeningCheck(candidate->application, d->vacancy.eligibility, ticks);
    if (const auto refusal = eligibilityDecisionProblem(check.overall, eligible, reason, by))
        throw Error(ErrorKind::BadInput, Problem::about(reference, *refusal));
    EligibilityDecision decision{eligible, reason.trimmed(), by.trimmed(),
                                 QDateTime::currentDateTimeUtc(), check.overall};
    {
        sql::Transaction transaction(d->db);
        const QString before = decisionText(storedDecision(d->db, candidate->id));
        screening_rows::upsertDecision(d->db, candidate->id, decision);
        record_rows::append(d->db, decision.decidedBy, QStringLiteral("eligibility_decision"),
                            reference, before, decisionText(decision),
                            seal_rows::sealRow(d->db, reference, QStringLiteral("eligibility")));
        transaction.commit();
    }
    d->events.screening.changed(ScreeningChanged{reference});
}

void ScreeningRepository::withdrawEligibilityDecision(const QString& reference, const QString& by) {
    requireWritable(*d);
    if (by.trimmed().isEmpty())
        throw Error(ErrorKind::BadInput, Problem::of(QT_TRANSLATE_NOOP(
                                             "sp::Problem", "say who withdraws the decision")));
    {
        sql::Transaction transaction(d->db);
        const qint64 id = candidateIdOf(d->db, reference);
        const QString before = decisionText(storedDecision(d->db, id));
        screening_rows::deleteDecision(d->db, id);
        record_rows::append(d->db, by.trimmed(), QStringLiteral("eligibility_decision_withdrawn"),
                            reference, before, QString(),
                            seal_rows::sealRow(d->db, reference, QStringLiteral("eligibility")));
        transaction.commit();
    }
    d->events.screening.changed(ScreeningChanged{reference});
}

void ScreeningRepository::tickDeclaration(const QString& reference, const QString& declaration,
                                          std::optional<bool> fulfilled, const QString& by) {
    requireWritable(*d);
    if (!d->vacancy.eligibility.declarations.contains(declaration))
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "unknown declaration '%1'; this vacancy has: %2"),
                                declaration, d->vacancy.eligibility.declarations.join(", ")));
    if (by.trimmed().isEmpty())
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "say who ticks the declaration")));
    {
        sql::Transaction transaction(d->db);
        const qint64 id = candidateIdOf(d->db, reference);
        const auto ticks = screening_rows::selectTicks(d->db).value(id).ticks;
        const auto previous = ticks.find(declaration);
        const std::optional<bool> before =
            previous == ticks.end() ? std::nullopt : previous->second;
        screening_rows::upsertTick(d->db, id, declaration, fulfilled, by.trimmed(), nowUtcText());
        record_rows::append(
            d->db, by.trimmed(), QStringLiteral("declaration_ticked"), reference,
            declaration + QStringLiteral(": ") + tickText(before),
            declaration + QStringLiteral(": ") + tickText(fulfilled),
            seal_rows::sealRow(d->db, reference, QStringLiteral("declaration/") + declaration));
        transaction.commit();
    }
    d->events.screening.changed(ScreeningChanged{reference});
}

void ScreeningRepository::resolveDuplicate(const QString& reference, bool counts,
                                           const QString& reason, const QString& by) {
    requireWritable(*d);
    if (by.trimmed().isEmpty())
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "say who decides")));
    bool flagged = false;
    for (const auto& flag : candidate_rows::selectDuplicates(d->db))
        flagged = flagged || flag.reference == reference || flag.otherReference == reference;
    if (!flagged)
        throw Error(ErrorKind::BadInput,
                    Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                  "%1 is not flagged as a probable duplicate"),
                                reference));
    if (!counts && reason.trimmed().isEmpty())
        throw Error(
            ErrorKind::BadInput,
            Problem::of(
                QT_TRANSLATE_NOOP("sp::Problem", "%1: setting an application aside needs a reason"),
                reference));
    {
        sql::Transaction transaction(d->db);
        const qint64 id = candidateIdOf(d->db, reference);
        screening_rows::upsertDuplicateResolution(d->db, id, counts, reason.trimmed(), by.trimmed(),
                                                  nowUtcText());
        record_rows::append(
            d->db, by.trimmed(), QStringLiteral("duplicate_resolved"), reference, QString(),
            resolutionText(counts, reason.trimmed()),
            seal_rows::sealRow(d->db, reference, QStringLiteral("duplicate_resolution")));
        transaction.commit();
    }
    d->events.screening.changed(ScreeningChanged{reference});
}

std::optional<DuplicateResolution>
ScreeningRepository::duplicateResolution(const QString& reference) const {
    return screening_rows::selectDuplicateResolution(d->db, candidateIdOf(d->db, reference));
}

void ScreeningRepository::withdrawDuplicateResolution(const QString& reference, const QString& by) {
    requireWritable(*d);
    if (by.trimmed().isEmpty())
        throw Error(ErrorKind::BadInput, Problem::of(QT_TRANSLATE_NOOP(
                                             "sp::Problem", "say who withdraws the decision")));
    {
        sql::Transaction transaction(d->db);
        const qint64 id = candidateIdOf(d->db, reference);
        const auto before = screening_rows::selectDuplicateResolution(d->db, id);
        if (!before)
            return;
        screening_rows::deleteDuplicateResolution(d->db, id);
        record_rows::append(
            d->db, by.trimmed(), QStringLiteral("duplicate_resolution_withdrawn"), reference,
            resolutionText(before->counts, before->reason), QString(),
            seal_rows::sealRow(d->db, reference, QStringLiteral("duplicate_resolution")));
        transaction.commit();
    }
    d->events.screening.changed(ScreeningChanged{reference});
}

ScreeningEvents& ScreeningRepository::events() {
    return d->events.screening;
}

} // namespace sp
