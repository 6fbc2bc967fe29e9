#pragma once

#include "demo/demo_candidates.h"

#include <QByteArray>

namespace sp {

// A one-page PDF naming the application (reference and name, in ASCII letters), written directly
// without QPdfWriter: microseconds instead of tens of milliseconds, for case files of tens of
// thousands of demo candidates. Each application's bytes differ, so no two are probable
// duplicates of each other.
QByteArray placeholderApplicationPdf(const DemoApplication& application);

} // namespace sp
