#pragma once

#include "app/NodePaths.h"
#include "crypto/Result.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace medilock::app {

// The language of MediLock's messages: English (the source text), German or Hindi. The
// choice is kept per node in <node>/settings.ini (no secret, no patient data) and applies
// at the next start; `--language` overrides it for one run.
namespace UiLanguage {

// The codes MediLock ships, English first: "en", "de", "hi".
QStringList available();

// The language's own name ("Deutsch", "हिन्दी"), for a menu that must be readable whatever
// language is showing.
QString nativeName(const QString& code);

// The stored choice of this node, or "" when none was made.
QString stored(const NodePaths& paths);
Result<void> store(const NodePaths& paths, const QString& code);

// `requested` if given, else the node's stored choice, else the system locale's language if
// MediLock has it, else English.
QString choose(const QString& requested, const NodePaths& paths);

// Installs the translators for `code` into `app` (MediLock's messages and, where the system
// has them, Qt's own dialog buttons). Fails, changing nothing, for a code MediLock lacks.
Result<void> install(QCoreApplication& app, const QString& code);

// The language install() put in place this run ("en" before any).
QString current();

} // namespace UiLanguage

} // namespace medilock::app
