#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace medilock::ui {

// A passphrase field: echo off, named for tests and for screen readers.
QLineEdit* passphraseField(const char* objectName, const QString& accessibleName, QWidget* parent);

} // namespace medilock::ui
