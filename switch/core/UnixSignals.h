#pragma once

#include <QObject>
#include <memory>

class QSocketNotifier;

namespace rebound::core {

// Turns SIGINT and SIGTERM into a Qt signal on the thread that created this
// object (self-pipe trick: the handler only writes one byte). One instance
// per process.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(QObject* parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readPipe();
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace rebound::core
