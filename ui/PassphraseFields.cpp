#include "PassphraseFields.h"

#include <QLineEdit>

namespace medilock::ui {

QLineEdit* passphraseField(const char* objectName, const QString& accessibleName, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(objectName));
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace medilock::ui
