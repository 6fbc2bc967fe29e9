#include "identity/imported_returns.h"

#include "domain/error.h"
#include "identity/act_signatures.h"
#include "identity/member_key.h"
#include "io/marks_return.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace sp::identity {

namespace {

const QRegularExpression& importedPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("^return of (\\S+) \\(sha256 ([0-9a-f]{64})\\): (\\d+) sheet\\(s\\); signed "
                       "with (ed25519:[0-9a-f]{64}), signature ([0-9a-f]{128}) over: (.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

const QRegularExpression& fromReturnPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("; from the signed return of (\\S+) \\(sha256 ([0-9a-f]{64})\\)$"));
    return pattern;
}

std::optional<ImportedReturnText> parseImported(const QString& text) {
    const auto m = importedPattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return ImportedReturnText{m.captured(1),
                              m.captured(2),
                              m.captured(3).toInt(),
                              publicKeyFromText(m.captured(4)),
                              QByteArray::fromHex(m.captured(5).toLatin1()),
                              m.captured(6).toUtf8()};
}

// A sheet an import wrote: the "marks_submitted" entry, and its text without the return's mark.
struct WrittenSheet {
    const RecordEntry* entry;
    QString sheetText;
};

QString returnKey(const QString& member, const QString& sha256) {
    return member + QLatin1Char(' ') + sha256;
}

Problem returnDescription(const RecordEntry& e, const QString& member) {
    return Problem::of(QT_TRANSLATE_NOOP("sp::Problem", "entry %1 (return of %2 imported by %3)"),
                       e.seq, member, e.actor);
}

} // namespace

QString importedReturnText(const ImportedReturnText& r) {
    return QStringLiteral("return of %1 (sha256 %2): %3 sheet(s); signed with %4, signature %5 "
                          "over: %6")
        .arg(r.member, r.sha256)
        .arg(r.sheets)
        .arg(publicKeyText(r.publicKey), QString::fromLatin1(r.signature.toHex()),
             QString::fromUtf8(r.signedText));
}

QString fromReturnText(const QString& member, const QString& sha256) {
    return QStringLiteral("; from the signed return of %1 (sha256 %2)").arg(member, sha256);
}

bool vouchedByReturn(const RecordEntry& e) {
    return e.action == QLatin1String(ReturnImportedAction) ||
           (e.action == QLatin1String("marks_submitted") &&
            fromReturnPattern().match(e.after).hasMatch());
}

ReturnSignatures checkImportedReturns(const std::vector<RecordEntry>& entries) {
    ReturnSignatures result;
    QHash<QString, std::vector<QByteArray>> keys;
    QHash<QString, std::vector<WrittenSheet>> written; // by returnKey
    for (const auto& e : entries) {
        if (const auto registration = keyRegisteredIn(e))
            keys[registration->member].push_back(registration->key);
        if (e.action == QLatin1String("marks_submitted"))
            if (const auto m = fromReturnPattern().match(e.after); m.hasMatch())
                written[returnKey(m.captured(1), m.captured(2))].push_back(
                    {&e, e.after.left(m.capturedStart())});
        if (e.action != QLatin1String(ReturnImportedAction))
            continue;
        ++result.returnsChecked;
        const auto imported = parseImported(e.after);
        if (!imported) {
            result.problems.push_back(recordProblem(
                e.seq, Problem::of(QT_TRANSLATE_NOOP("sp::Problem",
                                                     "entry %1 (return imported by %2): not the "
                                                     "text of an imported return: changed with "
                                                     "another tool"),
                                   e.seq, e.actor)));
            continue;
        }
        const Problem description = returnDescription(e, imported->member);
        const QString what = description.english();
        const std::vector<QByteArray>& memberKeys = keys[imported->member];
        if (std::find(memberKeys.begin(), memberKeys.end(), imported->publicKey) ==
            memberKeys.end()) {
            result.problems.push_back(recordProblem(
                e.seq, about(description,
                             QT_TRANSLATE_NOOP("sp::Problem", "%1: signed with a key the "
                                                              "record never registered for "
                                                              "%2"),
                             {imported->member})));
            continue;
        }
        if (!signatureValid(imported->publicKey, imported->signedText, imported->signature)) {
            result.problems.push_back(recordProblem(
                e.seq,
                about(description,
                      QT_TRANSLATE_NOOP("sp::Problem", "%1: %2's signature does not match the "
                                                       "return's text: it was changed after %2 "
                                                       "signed it"),
                      {imported->member})));
            continue;
        }
        MarksReturn signedReturn;
        try {
            signedReturn = parseCanonicalReturn(imported->signedText, what);
        } catch (const Error& error) {
            result.problems.push_back({e.seq, error.message(), error.problem()});
            continue;
        }
        if (signedReturn.member != imported->member) {
            result.problems.push_back(recordProblem(
                e.seq,
                about(description,
                      QT_TRANSLATE_NOOP("sp::Problem", "%1: the signed return is %2's, not %3's"),
                      {signedReturn.member, imported->member})));
            continue;
        }
        std::vector<WrittenSheet> sheets =
            written.take(returnKey(imported->member, imported->sha256));
        for (MarkSheet sheet : signedReturn.sheets) {
            sheet.comment = sheet.comment.trimmed(); // as the import stores it
            const auto found =
                std::find_if(sheets.begin(), sheets.end(), [&sheet](const WrittenSheet& w) {
                    return w.entry->candidate == sheet.candidate;
                });
            if (found == sheets.end()) {
                result.problems.push_back(recordProblem(
                    e.seq,
                    about(description,
                          QT_TRANSLATE_NOOP("sp::Problem", "%1: %2's signed sheet for %3 is not in "
                                                           "the record"),
                          {imported->member, sheet.candidate})));
                continue;
            }
            if (found->sheetText == markSheetText(sheet))
                ++result.sheetsChecked;
            else
                result.problems.push_back(recordProblem(
                    found->entry->seq,
                    about(entryDescription(*found->entry),
                          QT_TRANSLATE_NOOP("sp::Problem",
                                            "%1: not the sheet %2 signed for %3 in their "
                                            "return (entry %4): changed with another tool"),
                          {imported->member, sheet.candidate, QString::number(e.seq)})));
            sheets.erase(found);
        }
        for (const auto& extra : sheets)
            result.problems.push_back(recordProblem(
                extra.entry->seq,
                about(entryDescription(*extra.entry),
                      QT_TRANSLATE_NOOP("sp::Problem",
                                        "%1: says it comes from %2's return (entry %3), "
                                        "which holds no sheet for %4"),
                      {imported->member, QString::number(e.seq), extra.entry->candidate})));
    }
    // What is left claims a return that was never imported.
    for (const auto& sheets : std::as_const(written))
        for (const auto& orphan : sheets)
            result.problems.push_back(recordProblem(
                orphan.entry->seq,
                about(entryDescription(*orphan.entry),
                      QT_TRANSLATE_NOOP("sp::Problem", "%1: says it comes from a signed "
                                                       "return that was never imported"),
                      {})));
    std::sort(result.problems.begin(), result.problems.end(),
              [](const RecordProblem& a, const RecordProblem& b) { return a.seq < b.seq; });
    return result;
}

} // namespace sp::identity
