#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace medilock::ui {

// A selectable label in a fixed-width font, for fingerprints people compare digit by digit.
QLabel* monospaceLabel(const QString& text, QWidget* parent);

} // namespace medilock::ui
