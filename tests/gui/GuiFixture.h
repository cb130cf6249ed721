#pragma once

// A node in a temporary directory with a physician and a reception user, for widget tests.

#include "app/ClinicalRecords.h"
#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/Role.h"
#include "app/Session.h"

#include <QFile>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

namespace medilock::testing {

// Empty when `path` is a whole PDF (more than a blank page) that only its owner may read or
// write, which is what MediLock writes patient data as; else what is wrong with it.
inline QString checkPrivatePdf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(path);
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-") || !bytes.trimmed().endsWith("%%EOF"))
        return QStringLiteral("not a whole PDF: %1").arg(QString::fromLatin1(bytes.left(16)));
    if (bytes.size() <= 2000)
        return QStringLiteral("only %1 bytes").arg(bytes.size());
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
        return QStringLiteral("readable or writable by others than its owner");
    return {};
}

// Waits for the save dialog named `name` under `window`, chooses `path` in it and accepts;
// true once the file exists.
inline bool saveThroughDialog(QWidget* window, const QString& name, const QString& path)
{
    QFileDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window->findChild<QFileDialog*>(name)) != nullptr; }))
        return false;
    if (dialog->acceptMode() != QFileDialog::AcceptSave)
        return false;
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, public through QDialog
    return QTest::qWaitFor([&] { return QFile::exists(path); });
}

struct GuiNode
{
    QTemporaryDir dir;
    app::NodePaths paths;
    std::shared_ptr<app::Session> physician;
    std::shared_ptr<app::Session> reception;

    static QString physicianPassphrase() { return QStringLiteral("physician passphrase long enough"); }

    // Returns an empty string on success, else what failed.
    QString create()
    {
        ::umask(077);
        if (!dir.isValid())
            return QStringLiteral("no temporary directory");
        paths = app::NodePaths{dir.filePath(QStringLiteral("node"))};
        const QString admin = QStringLiteral("admin passphrase long enough");
        if (auto r = app::NodeSetup::initialize(paths, QStringLiteral("Test Clinic"), QStringLiteral("admin"),
                                                app::passphraseFromString(admin));
            !r)
            return r.error();
        auto adminSession = app::Session::unlock(paths, QStringLiteral("admin"), app::passphraseFromString(admin));
        if (!adminSession)
            return adminSession.error();
        const QString receptionPass = QStringLiteral("reception passphrase long enough");
        if (auto r = (*adminSession)->addUser(QStringLiteral("drgrey"), app::Role::Physician,
                                              app::passphraseFromString(physicianPassphrase()));
            !r)
            return r.error();
        if (auto r = (*adminSession)->addUser(QStringLiteral("desk"), app::Role::Reception,
                                              app::passphraseFromString(receptionPass));
            !r)
            return r.error();
        adminSession->reset();
        auto p = app::Session::unlock(paths, QStringLiteral("drgrey"), app::passphraseFromString(physicianPassphrase()));
        if (!p)
            return p.error();
        physician = std::shared_ptr<app::Session>(std::move(p).value());
        auto r = app::Session::unlock(paths, QStringLiteral("desk"), app::passphraseFromString(receptionPass));
        if (!r)
            return r.error();
        reception = std::shared_ptr<app::Session>(std::move(r).value());
        return {};
    }

    // Registers a patient as the physician; returns the id, or empty on failure.
    QByteArray registerPatient(const QString& family, const QString& given, QDate birthDate, const QString& sex,
                               const QString& bloodGroup = {})
    {
        app::ClinicalRecords records(physician);
        app::ClinicalRecords::NewPatient p;
        p.family = family;
        p.given = given;
        p.birthDate = birthDate;
        p.sex = sex;
        p.bloodGroup = bloodGroup;
        auto registered = records.registerPatient(p);
        return registered.ok() ? registered->id : QByteArray();
    }
};

} // namespace medilock::testing
