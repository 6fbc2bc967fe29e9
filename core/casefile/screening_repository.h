#pragma once

#include "casefile/duplicate_resolution.h"
#include "domain/screening.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace sp {

struct CaseStore;
struct ScreeningEvents;
class ReadSharing;

// Screening: admissibility, the eligibility pre-check, the panel's decisions, tiers, and the
// panel's decisions on probable duplicates.
class ScreeningRepository {
public:
    explicit ScreeningRepository(CaseStore& store) : d(&store) {}

    std::vector<ScreenedCandidate> all() const; // ordered by reference
    // The same, shared rather than copied: kept until the file changes, so asking again costs
    // nothing (a copy of 20,000 candidates' screening costs milliseconds).
    std::shared_ptr<const std::vector<ScreenedCandidate>> shared() const;
    // One candidate's screening, looked up in the same; nothing if there is no such candidate.
    std::optional<ScreenedCandidate> candidate(const QString& reference) const;

    // Records the panel's decision; an override of the pre-check needs a reason (BadInput).
    void decideEligibility(const QString& reference, bool eligible, const QString& reason,
                           const QString& by);
    // Removes the panel's decision (the candidate is pending again), e.g. to undo a decision
    // taken by mistake; `by` names who withdraws it. Nothing to withdraw is not an error.
    void withdrawEligibilityDecision(const QString& reference, const QString& by);
    // A declaration the panel ticks from the documents; nullopt clears the tick.
    void tickDeclaration(const QString& reference, const QString& declaration,
                         std::optional<bool> fulfilled, const QString& by);
    // Of probable duplicates, the panel decides which application counts.
    void resolveDuplicate(const QString& reference, bool counts, const QString& reason,
                          const QString& by);
    // The panel's decision on the probable duplicate, if it took one.
    std::optional<DuplicateResolution> duplicateResolution(const QString& reference) const;
    // Removes it (the application counts again, undecided), e.g. to undo a decision taken by
    // mistake; `by` names who withdraws it. Nothing to withdraw is not an error.
    void withdrawDuplicateResolution(const QString& reference, const QString& by);

    ScreeningEvents& events();

private:
    friend class ReadSharing;
    // Takes the screening another connection read from the same state of the file (read_sharing.h).
    void useScreening(std::shared_ptr<const std::vector<ScreenedCandidate>> screening);
    std::vector<ScreenedCandidate> fromFile() const;
    CaseStore* d;
};

} // namespace sp
