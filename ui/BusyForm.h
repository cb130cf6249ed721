#pragma once

#include <QWidget>

namespace medilock::ui {

// Disables (or enables again) every widget of a dialog and shows the busy cursor over it:
// while an entry is being signed nothing may change, nor be signed twice.
inline void setFormBusy(QWidget* dialog, bool busy)
{
    for (QWidget* child : dialog->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        child->setEnabled(!busy);
    if (busy)
        dialog->setCursor(Qt::BusyCursor);
    else
        dialog->unsetCursor();
}

} // namespace medilock::ui
