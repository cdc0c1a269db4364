#pragma once

#include "HandlerClient.h"
#include "LoopbackServer.h"
#include "callback/Admission.h"
#include "demo/DemoData.h"
#include "store/CallbackRequestRepository.h"
#include "support/TempDatabase.h"

#include <QTest>
#include <memory>

namespace rebound::test {

// An HTTP trigger (ApiV1, SmsHttpEndpoint) on a demo-seeded database, served
// on loopback to a HandlerClient, and the requests it admits. start() makes
// the handler; the client and handler go before the database.
template <typename Handler>
struct HttpTriggerFixture : TempDatabase
{
    QList<qint64> admittedIds; // every request admitted since the fixture was made, in order
    std::unique_ptr<callback::AdmittedRequests> admitted;
    std::unique_ptr<Handler> handler;
    std::unique_ptr<HandlerClient> client;

    HttpTriggerFixture()
    {
        if (!demo::DemoData::seed(*db, clock))
            qFatal("the demo data did not seed");
    }
    HttpTriggerFixture(const HttpTriggerFixture&) = delete;
    HttpTriggerFixture& operator=(const HttpTriggerFixture&) = delete;

    // (Re)creates the handler, so it reads its settings again, and serves it.
    void start()
    {
        client.reset();
        handler = std::make_unique<Handler>(*db, clock);
        admitted = recordAdmitted(admittedIds);
        handler->admitInto(admitted.get(), nullptr);
        client = std::make_unique<HandlerClient>(*handler);
        QVERIFY2(client->startError().isEmpty(), qPrintable(client->startError()));
    }

    // How many callback requests there are, admitted or not.
    int requestCount() const { return int(store::CallbackRequestRepository(*db, clock).recent().size()); }
};

} // namespace rebound::test
