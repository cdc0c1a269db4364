#pragma once

#include "callback/Admission.h"
#include "core/Clock.h"
#include "core/DialPlan.h"
#include "store/Account.h"

#include <QCoreApplication>
#include <optional>

namespace rebound::store {
class Database;
}
namespace rebound::cards {
struct RedeemResult;
}
namespace rebound::billing {
class RateCache;
}

namespace rebound::triggers {

struct SmsCommand;

// An SMS (over SIP MESSAGE or an HTTP SMS gateway) from a subscriber's phone:
// understood by SmsParser, acted on, and answered with a short reply text.
//
// A command that names an account (a callback, BALANCE with a code) needs
// the sender to be one of that account's registered phones, or the account's
// PIN in the text: knowing an account code alone must not let a stranger
// ring the subscriber or spend their balance. A stranger learns nothing
// about the account either: an unknown code and a known code from the wrong
// phone or with the wrong PIN get the same reply after the same work (the
// PIN is always hashed when one is given). Failures are counted per sender,
// and PIN failures per account code, with cards::AttemptLimiter (settings
// sms.max_failures, default 5 in sms.failure_window_minutes 15, lock for
// sms.lockout_minutes 30).
//
// Replies are in the subscriber's language (accounts.language: en, es, fr),
// looked up per text (core::Languages), not by the process's translator.
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
        QString reply;                    // always set: what to send back
        callback::RequestOutcome outcome; // for callback commands
    };
    // sender: the phone number the SMS came from, as the gateway wrote it.
    Result handle(const QString& sender, const QString& text, const QString& source);
    // Texts from the built-in test carrier: the callbacks they ask for are test calls.
    SmsTrigger& fromTestCarrier(bool test)
    {
        m_test = test;
        return *this;
    }
    // The thread's rate cache and where admitted requests go (callback::Admission).
    SmsTrigger& admitInto(callback::AdmittedRequests* admitted, billing::RateCache* rates)
    {
        m_admitted = admitted;
        m_rates = rates;
        return *this;
    }

private:
    // The account the command names, when the sender may act on it; else
    // the reply to send, the same whether or not the account exists.
    struct Authorisation
    {
        std::optional<store::Account> account;
        QString refusal;
    };
    // `language`: the refusal's, which must not depend on the account named.
    Authorisation authorise(const SmsCommand& command, const QString& sender,
                            const core::PhoneNumber& senderNumber, const QString& source,
                            const QString& language);
    Result requestCallback(const SmsCommand& command, const store::Account& account,
                           const core::DialPlan& plan, const QString& source);

    // A reply text in `language` (en, es, fr): pass a literal marked
    // QT_TR_NOOP (QT_TR_N_NOOP with n), so lupdate files it under SmsTrigger.
    static QString say(const QString& language, const char* source, int n = -1);
    // A card refusal in `language`; CardService's own message follows the
    // process's translator, not the subscriber.
    static QString redeemMessage(const QString& language, const cards::RedeemResult& result);

    const store::Database& m_db;
    const core::Clock& m_clock;
    bool m_test = false;
    callback::AdmittedRequests* m_admitted = nullptr;
    billing::RateCache* m_rates = nullptr;
};

} // namespace rebound::triggers
