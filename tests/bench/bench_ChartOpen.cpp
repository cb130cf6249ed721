// Opening the chart of a patient with 2,000 entries in the desktop application (issue 5):
// how long until the chart is shown (ChartPage::loaded: banner, summary, access log, the pane
// in view), until every pane is filled (completed), p50/p95 over repeated openings, and the
// longest stretch the window's event loop did not run while it opened (a freeze).
//
// Built with the tests, never run as a timed ctest: the figures depend on the machine.
// Usage: bench_ChartOpen [--openings N] (offscreen by default).

#include "../gui/GuiFixture.h"

#include "ui/ChartPage.h"

#include "app/ClinicalRecords.h"
#include "app/SessionImpl.h"
#include "app/bench/SyntheticClinic.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace medilock;

namespace {
double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::clamp(p * static_cast<double>(values.size()) - 1, 0.0,
                                                           static_cast<double>(values.size() - 1)));
    return values[index];
}
} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    int openings = 40;
    const QStringList args = QApplication::arguments();
    if (const auto i = args.indexOf(QStringLiteral("--openings")); i > 0 && i + 1 < args.size())
        openings = std::max(5, args.at(i + 1).toInt());

    testing::GuiNode node;
    if (const QString error = node.create(); !error.isEmpty()) {
        std::fprintf(stderr, "setting up the node failed: %s\n", qPrintable(error));
        return 1;
    }
    // One patient with 2,000 signed records (vitals, blood-pressure panels, problems,
    // allergies, medications, encounters), appended in a few group commits.
    app::SyntheticClinic clinic;
    std::vector<ledger::EntryDraft> drafts{clinic.registerPatient()};
    for (int i = 0; i < 2000; ++i)
        drafts.push_back(clinic.record(clinic.patients().front()));
    for (std::size_t at = 0; at < drafts.size(); at += 500) {
        const auto count = std::min<std::size_t>(500, drafts.size() - at);
        if (auto r = node.physician->impl().append(std::span(drafts).subspan(at, count)); !r) {
            std::fprintf(stderr, "appending failed: %s\n", qPrintable(r.error()));
            return 1;
        }
    }
    const QByteArray patient = ledger::toBytes(clinic.patients().front().id);

    ui::ChartPage page(std::make_shared<app::ClinicalRecords>(node.physician));
    page.resize(1280, 860);
    page.setVisible(true);

    // A heartbeat on the GUI thread: the longest gap between beats is the longest freeze.
    QElapsedTimer beat;
    qint64 lastBeat = 0, longestGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = beat.nsecsElapsed();
        longestGap = std::max(longestGap, now - lastBeat);
        lastBeat = now;
    });

    std::vector<double> shown, complete, freezes;
    for (int i = 0; i < openings + 3; ++i) { // three warm-up openings
        QEventLoop loop;
        QElapsedTimer timer;
        double shownMs = 0;
        const auto connection = QObject::connect(&page, &ui::ChartPage::loaded, &loop, [&] {
            shownMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        });
        const auto done = QObject::connect(&page, &ui::ChartPage::completed, &loop, &QEventLoop::quit);
        const auto failure = QObject::connect(&page, &ui::ChartPage::failed, &loop, [&](const QString& message) {
            std::fprintf(stderr, "opening failed: %s\n", qPrintable(message));
            loop.exit(1);
        });
        beat.start();
        lastBeat = 0;
        longestGap = 0;
        heartbeat.start();
        timer.start();
        page.open(patient);
        if (loop.exec() != 0)
            return 1;
        const double completeMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents(); // the last paint, then stop the heartbeat
        heartbeat.stop();
        longestGap = std::max(longestGap, beat.nsecsElapsed() - lastBeat);
        QObject::disconnect(connection);
        QObject::disconnect(failure);
        QObject::disconnect(done);
        if (i >= 3) {
            shown.push_back(shownMs);
            complete.push_back(completeMs);
            freezes.push_back(static_cast<double>(longestGap) / 1e6);
        }
    }
    std::printf("{\"entries\": %d, \"openings\": %d, \"chart_shown_p50_ms\": %.1f, \"chart_shown_p95_ms\": %.1f, "
                "\"gui_freeze_p95_ms\": %.1f, \"gui_freeze_max_ms\": %.1f}\n",
                2000, openings, percentile(shown, 0.50), percentile(shown, 0.95), percentile(freezes, 0.95),
                *std::max_element(freezes.begin(), freezes.end()));
    return 0;
}
