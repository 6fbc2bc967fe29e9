#pragma once

#include <QString>

namespace sp {

struct CaseStore;

// Follows the other members' changes to a case on a server: LISTEN on the case's channel
// (case_notify_sql.cpp), and each change another connection committed announced through the
// part's own events (case_events.h), as if this connection had made it, so the window and its
// panes update the same way. Needs the Qt event loop of the connection's thread; the commands,
// which have none, read the case as it is when they run.
void followChangesElsewhere(CaseStore& store, const QString& channel);

// Connected again after a lost connection: the case's channel followed again, and every part
// announces that anything may have changed, as nothing was heard meanwhile.
void followChangesAgain(CaseStore& store, const QString& channel);
// The part's event for one announcement "table/candidate id/stage" (exposed for the tests).
void announceChangeElsewhere(CaseStore& store, const QString& payload);

} // namespace sp
