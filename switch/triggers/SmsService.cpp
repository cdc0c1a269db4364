#include "triggers/SmsService.h"

#include "billing/RateCache.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "triggers/SmsParser.h"
#include "triggers/SmsTrigger.h"

#include <memory>

namespace rebound::triggers {

class WorkerTr
{
    Q_DECLARE_TR_FUNCTIONS(SmsService)
};

class SmsService::Worker : public QObject
{
public:
    Worker(QString databasePath, const core::Clock& clock, SmsService& service,
           callback::AdmittedRequests* admitted)
        : m_databasePath(std::move(databasePath))
        , m_clock(clock)
        , m_service(service)
        , m_admitted(admitted)
    {
    }

    void read(const QString& sender, const QString& text, const QString& source, const QString& gateway,
              const QString& replyHost, int replyPort, bool test)
    {
        QString reply;
        try {
            if (!m_db) {
                m_db = store::Database::open(m_databasePath);
                m_rates = std::make_unique<billing::RateCache>(*m_db, m_clock);
            }
            reply = SmsTrigger(*m_db, m_clock)
                        .fromTestCarrier(test)
                        .admitInto(m_admitted, m_rates.get())
                        .handle(sender, text, source)
                        .reply;
        } catch (const store::StoreError& error) {
            reply =
                WorkerTr::tr("Sorry, we could not take your text just now. Please try again in a minute.");
            Q_EMIT m_service.handled(
                sender, replyHost, replyPort, reply,
                WorkerTr::tr("SMS from %1 via %2 not read: %3").arg(sender, gateway, error.message()));
            return;
        }
        Q_EMIT m_service.handled(sender, replyHost, replyPort, reply,
                                 WorkerTr::tr("SMS from %1 via %2: \"%3\" -> \"%4\"")
                                     .arg(sender, gateway, SmsParser::forLog(text).left(80), reply));
    }

private:
    QString m_databasePath;
    const core::Clock& m_clock;
    SmsService& m_service;
    callback::AdmittedRequests* m_admitted;
    std::unique_ptr<store::Database> m_db;       // opened on this thread, at the first text
    std::unique_ptr<billing::RateCache> m_rates; // goes before the connection it uses
};

SmsService::SmsService(QString databasePath, const core::Clock& clock, callback::AdmittedRequests* admitted,
                       QObject* parent)
    : QObject(parent)
    , m_worker(QStringLiteral("sms"), new Worker(std::move(databasePath), clock, *this, admitted))
{
}

SmsService::~SmsService() = default;

void SmsService::submit(const QString& sender, const QString& text, const QString& source,
                        const QString& gateway, const QString& replyHost, int replyPort, bool test)
{
    m_worker.post([worker = m_worker.worker(), sender, text, source, gateway, replyHost, replyPort, test] {
        worker->read(sender, text, source, gateway, replyHost, replyPort, test);
    });
}

} // namespace rebound::triggers
