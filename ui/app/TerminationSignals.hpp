#pragma once

#include <QObject>

class QSocketNotifier;

namespace dtx::ui {

// Turns SIGTERM and SIGHUP (a logout, `kill`, a closed terminal) into a Qt
// signal delivered by the event loop, so that the explorer can store its
// session as a normal quit does instead of dying with the work in memory.
// The handler only writes one byte to a socket (all a signal handler may
// safely do); the notifier reads it in the main thread.
class TerminationSignals : public QObject {
    Q_OBJECT
public:
    // Installs the handlers; one instance per process.
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* notifier_ = nullptr;
};

} // namespace dtx::ui
