#pragma once

#include "domain/vacancy.h"

#include <QString>
#include <boost/signals2/signal.hpp>
#include <vector>

namespace sp {

// Typed change events announced by the case file after a successful commit. Receivers hold a
// boost::signals2::scoped_connection so a destroyed view never gets called.
struct CandidatesImported {
    std::vector<QString> references;
};

// The screening of one candidate changed: a decision, a declaration tick, a duplicate resolution.
struct ScreeningChanged {
    QString reference;
};

// Panel, grid and marking (issue 4).
// The panel or a declared conflict of interest changed.
struct PanelChanged {};

// The grid changed: edited, frozen, reopened (which discards marks), or the aggregation option.
struct GridChanged {};

// A member's marks for one candidate at one stage were saved or submitted (reference is empty
// when a reopening discarded every mark).
struct MarksChanged {
    QString reference;
    Stage stage = Stage::Preselection;
};

// A consensus mark, a shortlist decision or a recommendation was recorded.
struct ResultsChanged {};

class CaseEvents {
public:
    boost::signals2::signal<void(const CandidatesImported&)> candidatesImported;
    boost::signals2::signal<void(const ScreeningChanged&)> screeningChanged;
    boost::signals2::signal<void(const PanelChanged&)> panelChanged;
    boost::signals2::signal<void(const GridChanged&)> gridChanged;
    boost::signals2::signal<void(const MarksChanged&)> marksChanged;
    boost::signals2::signal<void(const ResultsChanged&)> resultsChanged;
};

} // namespace sp
