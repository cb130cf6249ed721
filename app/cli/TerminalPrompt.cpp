#include "TerminalPrompt.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace medilock::app::cli {

Result<crypto::SecureBuffer> promptPassphrase(const char* prompt)
{
    if (!::isatty(STDIN_FILENO))
        return fail(QCoreApplication::translate("Cli", "no passphrase: use --passphrase-file or MEDILOCK_PASSPHRASE"));
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);

    crypto::SecureBuffer line(1024);
    std::size_t length = 0;
    char c = 0;
    while (length < line.size() && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.data()[length++] = static_cast<std::uint8_t>(c);
    c = 0;
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    if (length == 0)
        return fail(QCoreApplication::translate("Cli", "no passphrase given"));
    return crypto::SecureBuffer(line.data(), length);
}

} // namespace medilock::app::cli
