#pragma once

#include <QString>
#include <optional>

namespace hbr::cli {

/// Reads one line from standard input. On a terminal it prints `prompt` to standard error and turns echo off
/// while the line is typed, so a secret never shows on screen; from a pipe it reads the line as is.
/// nullopt at end of input.
std::optional<QString> readSecretLine(const QString &prompt);

bool stdinIsTerminal();
bool stderrIsTerminal();

/// Writes to standard error / standard output in the locale's encoding; adds the newline.
void printError(const QString &text);
void printOut(const QString &text);

} // namespace hbr::cli
