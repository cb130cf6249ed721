#include "LanguageMenu.h"

#include "app/UiLanguage.h"

#include <QActionGroup>

namespace medilock::ui {

LanguageMenu::LanguageMenu(app::NodePaths paths, const QString& current, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_paths(std::move(paths))
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString& code : app::UiLanguage::available()) {
        QAction* action = addAction(app::UiLanguage::nativeName(code));
        action->setObjectName(QStringLiteral("language_%1").arg(code));
        action->setCheckable(true);
        action->setChecked(code == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    }
    addSeparator();
    QAction* note = addAction(tr("Applies when MediLock starts next"));
    note->setObjectName(QStringLiteral("languageNote"));
    note->setEnabled(false);
}

void LanguageMenu::choose(const QString& code)
{
    if (const auto stored = app::UiLanguage::store(m_paths, code); !stored) {
        Q_EMIT message(stored.error());
        return;
    }
    Q_EMIT message(tr("Language set to %1; it applies when MediLock starts next.").arg(app::UiLanguage::nativeName(code)));
}

} // namespace medilock::ui
