#pragma once

#include "domain/vacancy.h"

#include <QString>
#include <boost/signals2/signal.hpp>
#include <vector>

namespace sp {

// Typed change events, each announced by the part of the case that made the change, after a
// successful commit, and naming what changed. Receivers hold a boost::signals2::scoped_connection
// so a destroyed view never gets called.

// Applications (applications_repository.h).
struct CandidatesImported {
    std::vector<QString> references;
};
struct ApplicationEvents {
    boost::signals2::signal<void(const CandidatesImported&)> imported;
};

// Screening (screening_repository.h): a decision, a declaration tick, a duplicate resolution.
struct ScreeningChanged {
    QString reference;
};
struct ScreeningEvents {
    boost::signals2::signal<void(const ScreeningChanged&)> changed;
};

// Panel and grid (panel_repository.h).
struct PanelChanged {
    enum class What { MemberAdded, ConflictDeclared };
    What what = What::MemberAdded;
    QString member;
    QString candidate; // the conflict's candidate; empty for a member added
};
struct GridChanged {
    // Reopened: every mark, consensus, shortlist decision and recommendation was discarded too.
    enum class What { Edited, AggregationSet, Frozen, Reopened };
    What what = What::Edited;
};
struct PanelEvents {
    boost::signals2::signal<void(const PanelChanged&)> panelChanged;
    boost::signals2::signal<void(const GridChanged&)> gridChanged;
};

// Marking (marking_repository.h): a member's marks for one candidate at one stage were saved or
// submitted, or a consensus mark recorded (reference is empty when a reopening discarded every
// mark).
struct MarksChanged {
    QString reference;
    Stage stage = Stage::Preselection;
};
struct MarkingEvents {
    boost::signals2::signal<void(const MarksChanged&)> changed;
};

// Results (results_repository.h): a consensus mark, a shortlist decision or a recommendation
// was recorded for `reference` (empty when a reopening discarded all of them).
struct ResultsChanged {
    enum class What { Consensus, ShortlistDecision, Recommendation, Discarded };
    What what = What::Discarded;
    QString reference;
};
struct ResultsEvents {
    boost::signals2::signal<void(const ResultsChanged&)> changed;
};

// The connection to a case on a server (CaseFile::checkConnection): lost, with the driver's words,
// or back (every part then announces that anything may have changed meanwhile).
struct ConnectionChanged {
    bool connected = true;
    QString problem; // why it was lost, in the driver's words
};
struct ConnectionEvents {
    boost::signals2::signal<void(const ConnectionChanged&)> changed;
};

// Every part's events, kept by the case store so that a change spanning parts (a reopening of
// the grid discards marks and results) is announced by each part it touched.
struct CaseEvents {
    ApplicationEvents applications;
    ScreeningEvents screening;
    PanelEvents panel;
    MarkingEvents marking;
    ResultsEvents results;
    ConnectionEvents connection;
};

} // namespace sp
