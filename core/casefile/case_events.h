#pragma once

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

class CaseEvents {
public:
    boost::signals2::signal<void(const CandidatesImported&)> candidatesImported;
    boost::signals2::signal<void(const ScreeningChanged&)> screeningChanged;
};

} // namespace sp
