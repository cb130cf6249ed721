#include "RegisterPatientDialog.h"

#include "PatientListModel.h"

#include "app/ClinicalRecords.h"

#include <QComboBox>
#include <QDateEdit>

#include <algorithm>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace medilock::ui {

namespace {
QLineEdit* lineEdit(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

RegisterPatientDialog::RegisterPatientDialog(std::shared_ptr<app::ClinicalRecords> records, QWidget* parent)
    : BusyDialog(parent)
    , m_records(std::move(records))
    , m_family(lineEdit(this, "familyName", tr("Family name")))
    , m_given(lineEdit(this, "givenNames", tr("Given names")))
    , m_birth(new QDateEdit(this))
    , m_sex(new QComboBox(this))
    , m_phone(lineEdit(this, "phone", tr("Phone")))
    , m_identifier(lineEdit(this, "identifier", tr("Identifier")))
    , m_address(lineEdit(this, "address", tr("Address")))
    , m_bloodGroup(new QComboBox(this))
    , m_contactName(lineEdit(this, "contactName", tr("Emergency contact name")))
    , m_contactRelation(lineEdit(this, "contactRelationship", tr("Emergency contact relationship")))
    , m_contactPhone(lineEdit(this, "contactPhone", tr("Emergency contact phone")))
    , m_duplicates(new QFrame(this))
    , m_duplicateList(new QListWidget(m_duplicates))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("registerPatientDialog"));
    setWindowTitle(tr("Register a patient"));
    m_birth->setObjectName(QStringLiteral("birthDate"));
    m_birth->setAccessibleName(tr("Birth date"));
    m_birth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birth->setCalendarPopup(true);
    m_birth->setMinimumDate(QDate(1900, 1, 1));
    m_birth->setSpecialValueText(tr("not entered"));
    m_birth->setDate(m_birth->minimumDate()); // shows "not entered" until set
    // The size hint fits a date; translated "not entered" can be longer (German, Hindi).
    const QFontMetrics metrics = m_birth->fontMetrics();
    const int extra = metrics.horizontalAdvance(m_birth->specialValueText())
        - metrics.horizontalAdvance(QStringLiteral("8888-88-88"));
    if (extra > 0)
        m_birth->setMinimumWidth(m_birth->sizeHint().width() + extra);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->setAccessibleName(tr("Sex"));
    m_sex->addItem(tr("— choose —"), QString());
    for (const char* code : {"female", "male", "other", "unknown"})
        m_sex->addItem(PatientListModel::sexText(QLatin1String(code)), QLatin1String(code));
    m_bloodGroup->setObjectName(QStringLiteral("bloodGroup"));
    m_bloodGroup->setAccessibleName(tr("Blood group"));
    m_bloodGroup->addItem(tr("unknown"), QString());
    for (const char* group : {"A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"})
        m_bloodGroup->addItem(QLatin1String(group), QLatin1String(group));

    auto* form = new QFormLayout;
    form->addRow(tr("&Family name*:"), m_family);
    form->addRow(tr("&Given names*:"), m_given);
    form->addRow(tr("&Birth date*:"), m_birth);
    form->addRow(tr("&Sex*:"), m_sex);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Identifier:"), m_identifier);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Blood gro&up:"), m_bloodGroup);
    auto* contact = new QGroupBox(tr("Emergency contact"), this);
    auto* contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("Name:"), m_contactName);
    contactForm->addRow(tr("Relationship:"), m_contactRelation);
    contactForm->addRow(tr("Phone:"), m_contactPhone);

    m_duplicates->setObjectName(QStringLiteral("duplicateWarning"));
    m_duplicates->setFrameShape(QFrame::StyledPanel);
    auto* dupLayout = new QVBoxLayout(m_duplicates);
    auto* dupText = new QLabel(tr("<b>This patient may already be registered.</b> Check the list; if it is "
                                  "a different person, choose <i>Register anyway</i>."),
                               m_duplicates);
    dupText->setWordWrap(true);
    m_duplicateList->setObjectName(QStringLiteral("duplicateList"));
    m_duplicateList->setAccessibleName(tr("Likely duplicates"));
    m_duplicateList->setMaximumHeight(110);
    dupLayout->addWidget(dupText);
    dupLayout->addWidget(m_duplicateList);
    m_duplicates->hide();

    m_error->setObjectName(QStringLiteral("registerError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = box->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("registerButton"));
    m_save->setDefault(true);
    box->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RegisterPatientDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(contact);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_error);
    layout->addWidget(box);

    // Whatever identifies the person changes: the duplicate check must run again.
    for (QLineEdit* edit : {m_family, m_given, m_phone, m_identifier})
        connect(edit, &QLineEdit::textEdited, this, &RegisterPatientDialog::clearDuplicateWarning);
    connect(m_birth, &QDateEdit::dateChanged, this, &RegisterPatientDialog::clearDuplicateWarning);
}

RegisterPatientDialog::RegisterPatientDialog(std::shared_ptr<app::ClinicalRecords> records, const app::PatientView& p,
                                             QWidget* parent)
    : RegisterPatientDialog(std::move(records), parent)
{
    setObjectName(QStringLiteral("editPatientDialog"));
    setWindowTitle(tr("Edit demographics — %1").arg(p.name));
    m_editing = p.id;
    m_family->setText(p.family);
    m_given->setText(p.given);
    if (p.birthDate.isValid())
        m_birth->setDate(p.birthDate);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(p.sex.isEmpty() ? QStringLiteral("unknown") : p.sex)));
    m_phone->setText(p.phones.value(0));
    static const QString ours = QStringLiteral("urn:medilock:identifier|");
    for (const QString& i : p.identifiers)
        if (i.startsWith(ours))
            m_identifier->setText(i.mid(ours.size()));
    m_address->setText(p.address);
    m_bloodGroup->setCurrentIndex(std::max(0, m_bloodGroup->findData(p.bloodGroup)));
    if (!p.contacts.isEmpty()) {
        m_contactName->setText(p.contacts.first().name);
        m_contactRelation->setText(p.contacts.first().relationship);
        m_contactPhone->setText(p.contacts.first().phone);
    }
    m_save->setText(tr("&Sign changes"));
    m_save->setAccessibleName(tr("Sign the changed demographics"));
}

void RegisterPatientDialog::clearDuplicateWarning()
{
    m_duplicatesShown = false;
    m_duplicates->hide();
    m_save->setText(m_editing.isEmpty() ? tr("&Register") : tr("&Sign changes"));
}

QString RegisterPatientDialog::validate() const
{
    if (m_family->text().trimmed().isEmpty())
        return tr("Enter the family name.");
    if (m_given->text().trimmed().isEmpty())
        return tr("Enter at least one given name.");
    if (m_birth->date() == m_birth->minimumDate())
        return tr("Enter the birth date.");
    if (m_birth->date() > QDate::currentDate())
        return tr("The birth date is in the future.");
    if (m_sex->currentData().toString().isEmpty())
        return tr("Choose the sex (\"Unknown\" if it is not known).");
    return {};
}

void RegisterPatientDialog::save()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    m_error->hide();
    app::ClinicalRecords::NewPatient p;
    p.family = m_family->text();
    p.given = m_given->text();
    p.birthDate = m_birth->date();
    p.sex = m_sex->currentData().toString();
    p.phone = m_phone->text();
    p.identifier = m_identifier->text();
    p.address = m_address->text();
    p.bloodGroup = m_bloodGroup->currentData().toString();
    p.emergencyContact = app::ContactView{m_contactName->text(), m_contactRelation->text(), m_contactPhone->text()};

    if (!m_editing.isEmpty())
        return signAndSave([records = m_records, id = m_editing, p] { return records->updateDemographics(id, p); });
    if (!m_duplicatesShown) {
        auto duplicates = m_records->likelyDuplicates(p);
        if (!duplicates) {
            showError(duplicates.error());
            return;
        }
        if (!duplicates->isEmpty()) {
            m_duplicateList->clear();
            for (const app::PatientView& d : *duplicates)
                m_duplicateList->addItem(tr("%1 — born %2 — %3 — %4")
                                             .arg(d.name, QLocale().toString(d.birthDate, QLocale::ShortFormat),
                                                  d.phones.join(QStringLiteral(", ")), d.homeClinic));
            m_duplicates->show();
            m_duplicatesShown = true;
            m_save->setText(tr("Register &anyway"));
            return;
        }
    }
    signAndSave([records = m_records, p] { return records->registerPatient(p); });
}

template<typename Task>
void RegisterPatientDialog::signAndSave(Task task)
{
    runBusy(std::move(task), [this](Result<app::PatientView> saved) { m_registered = std::move(saved).value(); });
}

void RegisterPatientDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace medilock::ui
