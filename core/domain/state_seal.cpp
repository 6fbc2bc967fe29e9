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

const char* wordsFor(StateProblem::Kind kind) {
    switch (kind) {
    case StateProblem::Kind::Changed:
        return QT_TRANSLATE_NOOP("sp::Problem", "%1 was changed outside the program: it differs "
                                                "from what record entry %2 wrote");
    case StateProblem::Kind::NotRecorded:
        return QT_TRANSLATE_NOOP("sp::Problem",
                                 "%1 was added outside the program: no record entry wrote it");
    case StateProblem::Kind::Deleted:
        break;
    }
    return QT_TRANSLATE_NOOP("sp::Problem", "%1 was deleted outside the program: record entry %2 "
                                            "wrote it and no entry removed it");
}

Problem inWords(StateProblem::Kind kind, const Problem& row, qint64 seq) {
    return {wordsFor(kind), {}, {}, {row, Problem::verbatim(QString::number(seq))}};
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
        Problem what = inWords(kind, sealedRowDescription(unit, key), seq);
        QString message = what.english();
        problems.push_back({kind, unit, key, seq, std::move(message), std::move(what)});
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

Problem sealedRowDescription(const QString& unit, const QString& key) {
    const QStringList parts = key.split(QLatin1Char('/'));
    const QString kind = parts.value(0);
    if (unit == ProcedureUnit) {
        if (kind == QLatin1String("procedure"))
            return Problem::of(
                QT_TRANSLATE_NOOP("sp::Problem", "the vacancy and its evaluation grid"));
        if (kind == QLatin1String("grid_state"))
            return Problem::of(
                QT_TRANSLATE_NOOP("sp::Problem", "the grid's state (draft or frozen)"));
        if (kind == QLatin1String("grid_reopening"))
            return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "reopening %1 of the grid"),
                               parts.value(1));
        if (kind == QLatin1String("panel_member"))
            return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "panel member %1"), parts.value(1));
        if (kind == QLatin1String("setting"))
            return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the setting %1"), parts.value(1));
        if (kind == QLatin1String("credential"))
            return Problem::of(
                QT_TRANSLATE_NOOP("sp::Problem",
                                  "the credentials (passphrase hash, signing key) of %1"),
                parts.value(1));
        if (kind == QLatin1String("import_batch"))
            return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "import batch %1"), parts.value(1));
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the procedure's %1"), key);
    }
    if (kind == QLatin1String("candidate"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1's application data"), unit);
    if (kind == QLatin1String("document"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1's application PDF"), unit);
    if (kind == QLatin1String("eligibility"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the eligibility decision on %1"),
                           unit);
    if (kind == QLatin1String("declaration"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the declaration %1 ticked for %2"),
                           parts.value(1), unit);
    if (kind == QLatin1String("duplicate_resolution"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the duplicate decision on %1"), unit);
    if (kind == QLatin1String("conflict"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1's conflict of interest with %2"),
                           parts.value(1), unit);
    if (kind == QLatin1String("sheet"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the %1 mark sheet of %2 for %3"),
                           parts.value(2), parts.value(1), unit);
    if (kind == QLatin1String("consensus"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "consensus mark %1 for %2"),
                           parts.value(1), unit);
    if (kind == QLatin1String("shortlist"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "the shortlist decision on %1"), unit);
    if (kind == QLatin1String("recommendation"))
        return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "recommendation %1 of %2"),
                           parts.value(1), unit);
    return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "%1 of %2"), key, unit);
}

} // namespace sp
