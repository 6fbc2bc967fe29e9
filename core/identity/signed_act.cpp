#include "identity/signed_act.h"

namespace sp::identity {

QByteArray signedActText(const RecordEntry& entry) {
    return "selection-panel signed act v1\n" + recordEntryHash(entry);
}

} // namespace sp::identity
