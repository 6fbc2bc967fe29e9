#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <initializer_list>
#include <memory>
#include <type_traits>
#include <vector>

namespace sp {

// How several problems are listed: as the rules give the reasons of one refusal, "first; second";
// or one a line, as a batch refused lists what is wrong with each of its items.
enum class Listing { Semicolons, Lines };

struct Problem;

// A problem's parts, shared by its copies and never changed once made: a screening holds a
// problem for each of its reasons and is copied with every list it is in, so copying one must cost
// little more than copying the QString it replaced.
class ProblemParts {
public:
    ProblemParts() = default;
    ProblemParts(std::initializer_list<Problem> parts);
    explicit ProblemParts(std::vector<Problem> parts);

    const Problem* begin() const;
    const Problem* end() const;
    size_t size() const { return parts_ ? parts_->size() : 0; }
    bool empty() const { return size() == 0; }
    const Problem& front() const { return *begin(); }
    const Problem& operator[](size_t i) const;

private:
    std::shared_ptr<const std::vector<Problem>> parts_;
};

// A refusal or problem as core states it, for the window to translate: core speaks English (the
// command line and the logs print english()), the window its own language. Every `text` is
// marked QT_TRANSLATE_NOOP("sp::Problem", ...) where it is written, so lupdate finds it.
struct Problem {
    const char* text = "";   // the English source, with %1..%n
    QStringList args = {};   // fill %1..%n first, as they are: names, references, numbers
    QString field = {};      // what it concerns, for a dialog to point at: "reason", "mark"
    ProblemParts parts = {}; // fill the %n after the args: core's own wording, translated

    // Problem{text, {values...}}, a number written as QString::arg writes it.
    template <typename... Values> static Problem of(const char* text, const Values&... values) {
        return {text, {argumentText(values)...}};
    }
    // A text not worth translating (a driver's message): shown as it is in every language.
    static Problem verbatim(const QString& message);
    // "subject: problem" (a candidate's reference, a file's name), pointing at the problem's field.
    static Problem about(const QString& subject, const Problem& problem);
    // The problems as one, for a sentence that names them all: "first; second" or one a line.
    static Problem joined(const std::vector<Problem>& problems,
                          Listing listing = Listing::Semicolons);

    QString english() const;

private:
    template <typename Value> static QString argumentText(const Value& value) {
        if constexpr (std::is_arithmetic_v<Value>)
            return QString::number(value);
        else
            return QString(value);
    }
};

inline ProblemParts::ProblemParts(std::initializer_list<Problem> parts)
    : parts_(parts.size() == 0 ? nullptr : std::make_shared<const std::vector<Problem>>(parts)) {}
inline ProblemParts::ProblemParts(std::vector<Problem> parts)
    : parts_(parts.empty() ? nullptr
                           : std::make_shared<const std::vector<Problem>>(std::move(parts))) {}
inline const Problem* ProblemParts::begin() const {
    return parts_ ? parts_->data() : nullptr;
}
inline const Problem& ProblemParts::operator[](size_t i) const {
    return begin()[i];
}
inline const Problem* ProblemParts::end() const {
    return parts_ ? parts_->data() + parts_->size() : nullptr;
}

QString listed(const QStringList& texts, Listing listing);

// The problems joined as the rules list them: "first; second".
QString englishOf(const std::vector<Problem>& problems, Listing listing = Listing::Semicolons);
// Each problem's english().
QStringList englishTexts(const std::vector<Problem>& problems);

// `pattern` with %1..%n replaced by args in one pass, so an argument that itself contains "%2"
// (a reason the panel typed) stays as typed. A %n with no argument stays as it is.
QString fillArguments(const QString& pattern, const QStringList& args);

} // namespace sp
