#pragma once

#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace medilock::ui {

// Asks where to save a PDF without blocking in a nested event loop; `chosen` runs with the
// path once the person accepts. The dialog is a child of `window` (so that the idle lock
// dismisses it with the others), named `objectName` for tests, and deletes itself on close.
void askPdfPath(QWidget* window, const QString& objectName, const QString& title, const QString& suggestedName,
                const QObject* context, const std::function<void(const QString&)>& chosen);

} // namespace medilock::ui
