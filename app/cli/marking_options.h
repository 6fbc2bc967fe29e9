#pragma once

#include "domain/error.h"
#include "domain/vacancy.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace sp::cli {

// The options the panel's commands share: who acts, at which stage, why.
inline const QCommandLineOption& memberOption() {
    static const QCommandLineOption option(QStringLiteral("member"),
                                           QStringLiteral("The panel member you are (their id)."),
                                           QStringLiteral("ID"));
    return option;
}
inline const QCommandLineOption& stageOption() {
    static const QCommandLineOption option(QStringLiteral("stage"),
                                           QStringLiteral("preselection or interview."),
                                           QStringLiteral("STAGE"));
    return option;
}
inline const QCommandLineOption& reasonOption() {
    static const QCommandLineOption option(QStringLiteral("reason"),
                                           QStringLiteral("Why: it goes into the record."),
                                           QStringLiteral("TEXT"));
    return option;
}

inline QString requiredValue(const QCommandLineParser& p, const QCommandLineOption& option) {
    if (!p.isSet(option))
        throw Error(ErrorKind::BadInput, QStringLiteral("--%1 %2 is required")
                                             .arg(option.names().constFirst(), option.valueName()));
    return p.value(option);
}

inline QString requiredMember(const QCommandLineParser& p) {
    return requiredValue(p, memberOption());
}

inline Stage requiredStage(const QCommandLineParser& p) {
    const QString key = requiredValue(p, stageOption());
    const auto stage = stageFromKey(key);
    if (!stage)
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("--stage must be preselection or interview, not '%1'").arg(key));
    return *stage;
}

} // namespace sp::cli
