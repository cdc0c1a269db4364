#pragma once

#include "core/Clock.h"
#include "core/WorkerThread.h"

#include <QObject>
#include <QString>

namespace rebound::callback {
class AdmittedRequests;
}

namespace rebound::triggers {

// SMS texts that came as SIP MESSAGE, read on a thread of their own with its
// own database connection. A text with a PIN costs a full PBKDF2 (155 ms),
// whether or not the account exists; done on the switch thread, a gateway
// passing on a flood of them would stall SIP and every call. The MESSAGE is
// answered 200 at once; the reply text follows as its own MESSAGE when the
// text has been read.
class SmsService : public QObject
{
    Q_OBJECT

public:
    // Callbacks the texts ask for are announced to `admitted`, which must
    // outlive this service.
    SmsService(QString databasePath, const core::Clock& clock, callback::AdmittedRequests* admitted,
               QObject* parent = nullptr);
    ~SmsService() override; // waits for the text being read, drops the rest

    // Queues one text; handled() follows. `test`: it came from the test carrier.
    void submit(const QString& sender, const QString& text, const QString& source, const QString& gateway,
                const QString& replyHost, int replyPort, bool test = false);

Q_SIGNALS:
    // The reply to send to `sender` through replyHost:replyPort and a line
    // for the log (a callback it asked for has gone to AdmittedRequests).
    void handled(const QString& sender, const QString& replyHost, int replyPort, const QString& reply,
                 const QString& logLine);

private:
    class Worker;
    core::WorkerThread<Worker> m_worker; // the "sms" thread
};

} // namespace rebound::triggers
