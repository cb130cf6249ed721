#pragma once

#include <QLayout>
#include <QWidget>

namespace medilock::ui {

// A window whose word-wrapped labels (long in German and Hindi) must not be cut: Qt does
// not give a top-level window the height its wrapped text needs at its width, so ask the
// layout and grow to it. Call again after a label's text changed.
inline void fitWrappedText(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout || !layout->hasHeightForWidth())
        return;
    layout->activate();
    const int needed = layout->totalHeightForWidth(window->width());
    window->setMinimumHeight(needed);
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

} // namespace medilock::ui
