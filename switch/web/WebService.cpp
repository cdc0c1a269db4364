#include "web/WebService.h"

#include "billing/RateCache.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "web/ApiV1.h"
#include "web/SmsHttpEndpoint.h"
#include "web/WebPortal.h"

#include <memory>

namespace rebound::web {

class WebService::Worker : public QObject
{
public:
    Worker(QString databasePath, const core::Clock& clock, callback::AdmittedRequests* admitted)
        : m_databasePath(std::move(databasePath))
        , m_clock(clock)
        , m_admitted(admitted)
    {
    }

    ~Worker() override
    {
        // The server first: it calls the handlers, which use the connection.
        m_server.reset();
        m_api.reset();
        m_sms.reset();
        m_portal.reset();
        m_rates.reset();
        m_db.reset();
    }

    QString start(const WebServer::Config& config, QString* url)
    {
        try {
            m_db = store::Database::open(m_databasePath);
        } catch (const store::StoreError& error) {
            return error.message();
        }
        m_rates = std::make_unique<billing::RateCache>(*m_db, m_clock);
        // Callbacks asked for here are announced to the switch, queued to its thread.
        m_portal = std::make_unique<WebPortal>(*m_db, m_clock, m_rates.get());
        m_portal->admitInto(m_admitted);
        m_sms = std::make_unique<SmsHttpEndpoint>(*m_db, m_clock);
        m_sms->admitInto(m_admitted, m_rates.get());
        m_api = std::make_unique<ApiV1>(*m_db, m_clock);
        m_api->admitInto(m_admitted, m_rates.get());
        m_server = std::make_unique<WebServer>();
        m_server->addHandler(m_sms.get());
        m_server->addHandler(m_api.get());
        m_server->addHandler(m_portal.get());
        if (QString error = m_server->start(config); !error.isEmpty())
            return error;
        *url = QStringLiteral("%1://%2:%3")
                   .arg(m_server->secure() ? QStringLiteral("https") : QStringLiteral("http"), config.host)
                   .arg(m_server->port());
        return {};
    }

private:
    QString m_databasePath;
    const core::Clock& m_clock;
    callback::AdmittedRequests* m_admitted;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<billing::RateCache> m_rates;
    std::unique_ptr<WebPortal> m_portal;
    std::unique_ptr<SmsHttpEndpoint> m_sms;
    std::unique_ptr<ApiV1> m_api;
    std::unique_ptr<WebServer> m_server;
};

WebService::WebService(QString databasePath, const core::Clock& clock, callback::AdmittedRequests* admitted,
                       QObject* parent)
    : QObject(parent)
    , m_worker(QStringLiteral("web"), new Worker(std::move(databasePath), clock, admitted))
{
}

// Everything the worker made lives on the web thread and goes there.
WebService::~WebService() = default;

QString WebService::start(const WebServer::Config& config, QString* url)
{
    QString error;
    m_worker.run([&] { error = m_worker.worker()->start(config, url); });
    return error;
}

} // namespace rebound::web
