#pragma once

#include <QByteArray>
#include <QString>
#include <cstdio>
#include <fmt/core.h>
#include <string>

namespace sp::cli {

inline std::string str(const QString& text) {
    return text.toStdString();
}

// Data goes to stdout, messages to stderr.
template <typename... Args> void out(fmt::format_string<Args...> format, Args&&... args) {
    fmt::print(stdout, format, std::forward<Args>(args)...);
}
template <typename... Args> void err(fmt::format_string<Args...> format, Args&&... args) {
    fmt::print(stderr, format, std::forward<Args>(args)...);
}
inline void writeStdout(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

} // namespace sp::cli
