#pragma once

#include "core/Clock.h"
#include "core/WorkerThread.h"
#include "web/WebServer.h"

#include <QObject>
#include <QString>

namespace rebound::callback {
class AdmittedRequests;
}

namespace rebound::web {

// The web side of the switch (portal, /sms, the JSON API) on a thread of
// its own, with its own database connection and rate cache. A sign-in's
// PBKDF2 (155 ms), a card redemption or a slow client then holds up only
// other web requests, never SIP and the calls on the switch thread. Callback
// requests made on the web are announced to callback::AdmittedRequests,
// queued to the switch thread.
class WebService : public QObject
{
    Q_OBJECT

public:
    // `admitted` must outlive the service.
    WebService(QString databasePath, const core::Clock& clock, callback::AdmittedRequests* admitted,
               QObject* parent = nullptr);
    ~WebService() override; // stops the server and the thread

    // Starts the server on the web thread and waits for it: empty, with the
    // portal's address in *url, or the reason it did not start.
    QString start(const WebServer::Config& config, QString* url);

private:
    class Worker;
    core::WorkerThread<Worker> m_worker; // the "web" thread
};

} // namespace rebound::web
