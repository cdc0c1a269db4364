#pragma once

#include "core/Clock.h"
#include "triggers/CallbackRequests.h"

#include <QCoreApplication>

namespace rebound::store {
class Database;
}

namespace rebound::triggers {

// An SMS (over SIP MESSAGE or an HTTP SMS gateway) from a subscriber's phone:
// understood by SmsParser, acted on, and answered with a short reply text.
// Callback requests need the sender to be one of the account's registered
// phones, or the callback number to be: knowing an account code alone must
// not let a stranger spend someone's balance.
class SmsTrigger
{
    Q_DECLARE_TR_FUNCTIONS(SmsTrigger)

public:
    SmsTrigger(const store::Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    struct Result
    {
        QString reply;          // always set: what to send back
        RequestOutcome outcome; // for callback commands
    };
    // sender: the phone number the SMS came from, as the gateway wrote it.
    Result handle(const QString& sender, const QString& text, const QString& source);

private:
    const store::Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::triggers
