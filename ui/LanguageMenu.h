#pragma once

#include "app/NodePaths.h"

#include <QMenu>

class QActionGroup;

namespace medilock::ui {

// Settings > Language: one checkable entry per shipped language, each in its own script so
// it can be found whatever language is showing. Choosing one stores it in the node's
// settings; it applies at the next start, and the menu says so.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    LanguageMenu(app::NodePaths paths, const QString& current, QWidget* parent = nullptr);

Q_SIGNALS:
    // After a choice was stored (or could not be): a sentence for the status bar.
    void message(const QString& text);

private:
    void choose(const QString& code);

    app::NodePaths m_paths;
    QActionGroup* m_group;
};

} // namespace medilock::ui
