#include "cli/terminal_passphrase.h"

#include "domain/error.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace sp::cli {

namespace {

// Echo off for as long as it lives, back as it was afterwards.
class EchoOff {
public:
    EchoOff() {
#ifdef _WIN32
        input_ = GetStdHandle(STD_INPUT_HANDLE);
        saved_ = GetConsoleMode(input_, &mode_) != 0;
        if (saved_)
            SetConsoleMode(input_, mode_ & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
#else
        saved_ = tcgetattr(STDIN_FILENO, &mode_) == 0;
        if (saved_) {
            termios silent = mode_;
            silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
#endif
    }
    ~EchoOff() {
        if (!saved_)
            return;
#ifdef _WIN32
        SetConsoleMode(input_, mode_);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &mode_);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool saved_ = false;
#ifdef _WIN32
    HANDLE input_;
    DWORD mode_ = 0;
#else
    termios mode_{};
#endif
};

} // namespace

bool haveTerminal() {
#ifdef _WIN32
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

QByteArray readHiddenLine(const QString& prompt) {
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    {
        EchoOff echoOff;
        if (!std::getline(std::cin, line))
            throw Error(ErrorKind::BadInput, QStringLiteral("no passphrase was entered"));
    }
    std::fputs("\n", stderr);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QByteArray::fromStdString(line);
}

} // namespace sp::cli
