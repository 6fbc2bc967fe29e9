#include "domain/state_seal.h"

#include <QStringList>
#include <QUrl>
#include <map>

namespace sp {

namespace {

QString encoded(const QString& text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "/-_.*@+:"));
}

QString decoded(const QString& text) {
    return QUrl::fromPercentEncoding(text.toLatin1());
}

QString inWords(StateProblem::Kind kind, const QString& row, qint64 seq) {
    switch (kind) {
    case StateProblem::Kind::Changed:
        return QStringLiteral("%1 was changed outside the program: it differs from what record "
                              "entry %2 wrote")
            .arg(row)
            .arg(seq);
    case StateProblem::Kind::NotRecorded:
        return QStringLiteral("%1 was added outside the program: no record entry wrote it")
            .arg(row);
    case StateProblem::Kind::Deleted:
        return QStringLiteral("%1 was deleted outside the program: record entry %2 wrote it and "
                              "no entry removed it")
            .arg(row)
            .arg(seq);
    }
    return row;
}

} // namespace

QString sealText(const std::vector<RowSeal>& seals) {
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(seals.size()));
    for (const auto& seal : seals)
        lines << encoded(seal.unit) + QLatin1Char(' ') + encoded(seal.key) + QLatin1Char(' ') +
                     QString::fromLatin1(seal.hash);
    return lines.join(QLatin1Char('\n'));
}

std::vector<RowSeal> parseSealText(const QString& text) {
    std::vector<RowSeal> seals;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto parts = line.split(QLatin1Char(' '));
        if (parts.size() != 3)
            continue; // a broken line breaks the entry's hash, which the chain check names
        seals.push_back(
            {decoded(parts[0].toString()), decoded(parts[1].toString()), parts[2].toLatin1()});
    }
    return seals;
}

std::vector<StateProblem> compareStateWithRecord(const std::vector<RecordEntry>& entries,
                                                 const std::vector<RowSeal>& stored) {
    struct Recorded {
        QByteArray hash;
        qint64 seq = 0;
    };
    std::map<std::pair<QString, QString>, Recorded> recorded;
    for (const auto& entry : entries)
        for (auto& seal : parseSealText(entry.seal))
            recorded[{seal.unit, seal.key}] = {seal.hash, entry.seq};

    std::vector<StateProblem> problems;
    auto add = [&](StateProblem::Kind kind, const QString& unit, const QString& key, qint64 seq) {
        problems.push_back(
            {kind, unit, key, seq, inWords(kind, describeSealedRow(unit, key), seq)});
    };
    std::map<std::pair<QString, QString>, bool> seen;
    for (const auto& row : stored) {
        const auto id = std::make_pair(row.unit, row.key);
        seen[id] = true;
        const auto found = recorded.find(id);
        if (found == recorded.end() || found->second.hash == DeletedRow)
            add(StateProblem::Kind::NotRecorded, row.unit, row.key,
                found == recorded.end() ? 0 : found->second.seq);
        else if (found->second.hash != row.hash)
            add(StateProblem::Kind::Changed, row.unit, row.key, found->second.seq);
    }
    for (const auto& [id, last] : recorded)
        if (last.hash != DeletedRow && !seen.count(id))
            add(StateProblem::Kind::Deleted, id.first, id.second, last.seq);
    return problems;
}

QString describeSealedRow(const QString& unit, const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    const QString kind = parts.value(0);
    if (unit == ProcedureUnit) {
        if (kind == QLatin1String("procedure"))
            return QStringLiteral("the vacancy and its evaluation grid");
        if (kind == QLatin1String("grid_state"))
            return QStringLiteral("the grid's state (draft or frozen)");
        if (kind == QLatin1String("grid_reopening"))
            return QStringLiteral("reopening %1 of the grid").arg(parts.value(1));
        if (kind == QLatin1String("panel_member"))
            return QStringLiteral("panel member %1").arg(parts.value(1));
        if (kind == QLatin1String("setting"))
            return QStringLiteral("the setting %1").arg(parts.value(1));
        if (kind == QLatin1String("credential"))
            return QStringLiteral("the credentials (passphrase hash, signing key) of %1")
                .arg(parts.value(1));
        if (kind == QLatin1String("import_batch"))
            return QStringLiteral("import batch %1").arg(parts.value(1));
        return QStringLiteral("the procedure's %1").arg(key);
    }
    if (kind == QLatin1String("candidate"))
        return QStringLiteral("%1's application data").arg(unit);
    if (kind == QLatin1String("document"))
        return QStringLiteral("%1's application PDF").arg(unit);
    if (kind == QLatin1String("eligibility"))
        return QStringLiteral("the eligibility decision on %1").arg(unit);
    if (kind == QLatin1String("declaration"))
        return QStringLiteral("the declaration %1 ticked for %2").arg(parts.value(1), unit);
    if (kind == QLatin1String("duplicate_resolution"))
        return QStringLiteral("the duplicate decision on %1").arg(unit);
    if (kind == QLatin1String("conflict"))
        return QStringLiteral("%1's conflict of interest with %2").arg(parts.value(1), unit);
    if (kind == QLatin1String("sheet"))
        return QStringLiteral("the %1 mark sheet of %2 for %3")
            .arg(parts.value(2), parts.value(1), unit);
    if (kind == QLatin1String("consensus"))
        return QStringLiteral("consensus mark %1 for %2").arg(parts.value(1), unit);
    if (kind == QLatin1String("shortlist"))
        return QStringLiteral("the shortlist decision on %1").arg(unit);
    if (kind == QLatin1String("recommendation"))
        return QStringLiteral("recommendation %1 of %2").arg(parts.value(1), unit);
    return QStringLiteral("%1 of %2").arg(key, unit);
}

} // namespace sp
