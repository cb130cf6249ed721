#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace medilock::ui {

// The frame shared by the dialogs of a long maintenance job (backup, re-key, restore): an
// explanation, the job's own fields, a status line, a progress bar, the result, and Start and
// Close. A job that runs cannot be cancelled half-way, so the dialog refuses to close until
// it has ended. Widgets are named <name>Explanation, <name><statusName>, <name>Progress,
// <name>Result, <name>Start and <name>Close, the dialog <name>Dialog.
class MaintenanceJobDialog : public QDialog
{
    Q_OBJECT
public:
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void reject() override;

protected:
    MaintenanceJobDialog(const QString& name, const QString& statusName, const QString& startText, QWidget* parent);

    void setExplanation(const QString& text);
    // Where the job's own fields go: between the explanation and the status line.
    QVBoxLayout* fieldsArea() const { return m_fields; }
    // Sizes the window once the fields are in: wide enough, and as tall as its wrapped text.
    void finishLayout();

    // The job starts: Start, Close and `fields` disabled, the progress bar from 0, `notice` as
    // the result line (say there that it cannot be cancelled).
    void beginRun(const QString& notice, const QList<QWidget*>& fields = {});
    // The job ended: Close (and `fields`) usable again; Start is the job's to decide.
    void endRun(const QList<QWidget*>& fields = {});
    void setStatus(const QString& text); // empty: the line is hidden
    // A failure: no progress bar, no status, the message in red.
    void showFailure(const QString& message);
    void showResult(const QString& text, bool problem = false); // empty: hidden

    QLabel* statusLine() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* resultLine() const { return m_result; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* closeButton() const { return m_close; }

private:
    QLabel* m_explanation;
    QVBoxLayout* m_fields;
    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_start;
    QPushButton* m_close;
    bool m_running = false;
};

} // namespace medilock::ui
