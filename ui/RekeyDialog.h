#pragma once

#include "MaintenanceJobDialog.h"

#include <memory>

namespace medilock::app {
class NodeMaintenance;
}

namespace medilock::ui {

// "Re-key database…": says what a re-key does, then runs it on a worker thread: the embedded
// sync node stops, the database is copied under a new key and swapped in, the node starts
// again. The stages show as they pass; the result names the new key generation.
class RekeyDialog : public MaintenanceJobDialog
{
    Q_OBJECT
public:
    RekeyDialog(std::shared_ptr<app::NodeMaintenance> maintenance, QWidget* parent = nullptr);

private:
    void start();

    std::shared_ptr<app::NodeMaintenance> m_maintenance;
};

} // namespace medilock::ui
