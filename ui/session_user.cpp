#include "session_user.h"

namespace sp::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SessionUser)
};

} // namespace

QString SessionUser::statusText() const {
    if (!signedIn())
        return Text::tr("Not signed in");
    if (!role)
        return Text::tr("Signed in as %1").arg(name);
    return Text::tr("Signed in as %1 (%2)").arg(name, roleLabel(*role).toLower());
}

} // namespace sp::ui
