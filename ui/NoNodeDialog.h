#pragma once

#include "app/NodePaths.h"

#include <QDialog>

namespace medilock::ui {

// The first screen when the application starts on a directory that holds no node yet (a new
// workstation, or one whose disk was replaced): it offers to restore the node from a backup
// into that directory. Accepted once a restore succeeded and the user chose to sign in.
class NoNodeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NoNodeDialog(app::NodePaths paths, QWidget* parent = nullptr);
    // Whom the restore was done as: the sign-in window starts with that name.
    QString userName() const { return m_userName; }

private:
    void restore();

    app::NodePaths m_paths;
    QString m_userName;
};

} // namespace medilock::ui
