#pragma once

#include "casefile/case_events.h"
#include "casefile/case_file.h"

#include <boost/signals2/connection.hpp>
#include <utility>
#include <vector>

namespace sp::ui {

// A view's connections to the case file's events, held by the view so that a destroyed view is
// never called. Included only from .cpp files: moc'd headers must not see Boost.Signals2, they
// forward-declare this and hold it by unique_ptr.
struct CaseSubscriptions {
    std::vector<boost::signals2::scoped_connection> connections;

    template <typename Event, typename Receiver>
    void follow(boost::signals2::signal<void(const Event&)>& signal, Receiver receiver) {
        connections.emplace_back(signal.connect(std::move(receiver)));
    }
    // For a view that shows the whole procedure: `changed` after every event.
    template <typename Changed> void followEverything(CaseFile& caseFile, Changed changed) {
        follow(caseFile.applications().events().imported,
               [changed](const CandidatesImported&) { changed(); });
        follow(caseFile.screening().events().changed,
               [changed](const ScreeningChanged&) { changed(); });
        follow(caseFile.panel().events().panelChanged,
               [changed](const PanelChanged&) { changed(); });
        follow(caseFile.panel().events().gridChanged, [changed](const GridChanged&) { changed(); });
        follow(caseFile.marking().events().changed, [changed](const MarksChanged&) { changed(); });
        follow(caseFile.results().events().changed,
               [changed](const ResultsChanged&) { changed(); });
    }
};

} // namespace sp::ui
