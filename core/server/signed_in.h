#pragma once

#include <QSqlDatabase>
#include <QString>

// Who a connection to a case on a server is: the panel member its role signs in as, or the case's
// owner (the admin), as the server says. Asked where opening requires one of them and where an act
// must be in the connected member's own name.
namespace sp::server {

struct SignedIn {
    QString member; // empty unless the role is a panel member's
    QString role;   // the role signed in (session_user)
    bool owner = false;
    bool onPanelOrOwner() const { return !member.isEmpty() || owner; }
};

// With the case's schema on the search path (server_store.cpp).
SignedIn signedIn(QSqlDatabase& db);

} // namespace sp::server
