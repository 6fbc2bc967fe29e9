#pragma once

#include "domain/panel.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sp::ui {

// Who is using the program for the open case file: a panel member (marks, decisions) or, while
// the case file has no panel, a name that signs screening decisions.
struct SessionUser {
    QString memberId; // PanelMember::id; empty when not on a panel
    QString name;
    std::optional<Role> role;

    bool signedIn() const { return !name.trimmed().isEmpty(); }
    bool onPanel() const { return !memberId.isEmpty(); }
    // "Signed in as Anna Schmidt (chair)", "Not signed in"
    QString statusText() const;
};

} // namespace sp::ui
