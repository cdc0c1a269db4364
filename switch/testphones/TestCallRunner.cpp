#include "testphones/TestCallRunner.h"

#include "Switch.h"
#include "core/PhoneNumber.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

namespace rebound::testphones {

namespace {
QString minutesSeconds(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString TestCalls::carrierName()
{
    // A stored name, the same in every language (it names a gateway row).
    return QStringLiteral("Test phones (built-in)");
}

TestCallPlan TestCalls::plan(const store::Database& db, const core::Clock& clock, const QString& kind,
                             const QString& accountCode, const QString& destination, QString* error)
{
    using store::TriggerKind;
    const std::optional<TriggerKind> known = store::triggerKindFromString(kind);
    if (!known || (*known != TriggerKind::Did && *known != TriggerKind::Sms && *known != TriggerKind::Web &&
                   *known != TriggerKind::Api)) {
        *error = tr("The kind of test callback is did, sms, web or api, not '%1'.").arg(kind);
        return {};
    }
    return plan(db, clock, *known, accountCode, destination, error);
}

TestCallPlan TestCalls::plan(const store::Database& db, const core::Clock& clock, store::TriggerKind kind,
                             const QString& accountCode, const QString& destination, QString* error)
{
    using store::TriggerKind;
    TestCallPlan p;
    error->clear();
    p.kind = kind;
    const auto account = store::AccountRepository(db, clock).findByCode(accountCode.trimmed());
    if (!account) {
        *error = tr("There is no subscriber %1.").arg(accountCode);
        return p;
    }
    if (account->status != store::AccountStatus::Active) {
        *error = tr("Subscriber %1 is not active.").arg(account->accountCode);
        return p;
    }
    if (account->callbackNumber.isEmpty()) {
        *error = tr("Subscriber %1 has no callback number for phone A.").arg(account->accountCode);
        return p;
    }
    p.accountId = account->id;
    p.accountCode = account->accountCode;
    p.callback = account->callbackNumber.digits();
    const store::SettingsRepository settings(db);
    const core::DialPlan dialPlan = settings.dialPlan();
    const auto normalised = dialPlan.normalise(destination);
    if (!normalised.ok()) {
        *error = tr("The destination: %1").arg(normalised.error);
        return p;
    }
    p.destination = normalised.number.digits();
    if (p.destination == p.callback) {
        *error = tr("The destination is the subscriber's own callback number.");
        return p;
    }
    if (p.kind == TriggerKind::Did) {
        for (const store::Did& did : store::GatewayRepository(db, clock).didsOf(account->id))
            if (did.enabled) {
                p.did = did.number;
                break;
            }
        if (p.did.isEmpty()) {
            *error = tr("Subscriber %1 has no DID to ring.").arg(account->accountCode);
            return p;
        }
        const QString prefix = dialPlan.internationalPrefixes.value(0);
        p.keys = (prefix.isEmpty() ? p.destination : prefix + p.destination) + QLatin1Char('#');
    }
    if (p.kind == TriggerKind::Sms)
        p.smsText = QStringLiteral("%1 %2").arg(account->accountCode, core::PhoneNumber::plus(p.destination));
    return p;
}

void TestCalls::pointCarrier(const store::Database& db, const core::Clock& clock, const TestPhones& phones)
{
    store::GatewayRepository(db, clock).pointTestCarrier(carrierName(), phones.host(), phones.port(),
                                                         phones.isRunning());
}

std::optional<QString> TestCalls::didRefusal(const store::Database& db, const core::Clock& clock,
                                             const QString& accountCode, std::int64_t sinceMs)
{
    store::AuditFilter filter;
    filter.actor = store::AuditMatch::parse(QStringLiteral("did"));
    filter.action = store::AuditMatch::parse(QStringLiteral("callback."));
    filter.objectType = QStringLiteral("account");
    filter.objectId = accountCode;
    filter.fromMs = sinceMs;
    const QList<store::AuditEntry> refusals = store::AuditLog(db, clock).entries(filter, 1);
    if (refusals.isEmpty())
        return std::nullopt;
    return refusals.first().details;
}

QStringList TestCalls::record(const store::Database& db, const core::Clock& clock, qint64 requestId,
                              const QLocale& locale)
{
    const store::CdrRepository cdrs(db, clock);
    const store::GatewayRepository gateways(db, clock);
    const store::SettingsRepository settings(db);
    const QString currency = settings.currency();
    const std::optional<store::CallRecord> call = cdrs.callOfRequest(requestId);
    if (!call)
        return {};
    QStringList lines;
    const QString state = store::displayName(call->state);
    lines << (call->test ? tr("Call #%1 (test call), %2").arg(call->id).arg(state)
                         : tr("Call #%1, %2").arg(call->id).arg(state));
    for (const store::LegRecord& leg : cdrs.legs(call->id)) {
        QString gateway;
        if (leg.gatewayId)
            if (const auto g = gateways.findGateway(*leg.gatewayId))
                gateway = g->name;
        lines << tr("  leg %1 %2 via %3: SIP %4, %5 talked, %6 s charged, price %7, cost %8")
                     .arg(leg.leg)
                     .arg(core::PhoneNumber::plus(leg.number),
                          gateway.isEmpty() ? QStringLiteral("-") : gateway)
                     .arg(leg.sipStatus)
                     .arg(minutesSeconds(leg.durationMs))
                     .arg(leg.chargedSeconds)
                     .arg(leg.sell.format(currency, locale, 4), leg.buy.format(currency, locale, 4));
    }
    lines << tr("Price %1, cost %2, profit %3")
                 .arg(call->sell.format(currency, locale, 4), call->buy.format(currency, locale, 4),
                      (call->sell - call->buy).format(currency, locale, 4));
    if (const auto account = store::AccountRepository(db, clock).findById(call->accountId))
        lines << tr("Charged to %1: %2; balance now %3")
                     .arg(account->accountCode, call->sell.format(currency, locale, 4),
                          account->balance.format(currency, locale, 4));
    return lines;
}

TestCallRunner::TestCallRunner(Switch& theSwitch, TestPhones& phones, const store::Database& db,
                               const core::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_switch(theSwitch)
    , m_phones(phones)
    , m_db(db)
    , m_clock(clock)
{
    m_talk.setSingleShot(true);
    connect(&m_talk, &QTimer::timeout, this, [this] {
        Q_EMIT step(tr("Phone A hangs up"));
        m_phones.hangup(TestPhones::Phone::A);
    });
}

void TestCallRunner::fail(const QString& why)
{
    Q_EMIT step(why);
    finish(false);
}

void TestCallRunner::finish(bool ok)
{
    if (m_done)
        return;
    m_done = true;
    m_talk.stop();
    disconnect(&m_switch, nullptr, this, nullptr);
    disconnect(&m_phones, nullptr, this, nullptr);
    Q_EMIT finished(ok);
}

void TestCallRunner::run(const TestCallPlan& plan, const QString& switchHost, int switchPort, int talkSeconds)
{
    using Phone = TestPhones::Phone;
    using State = TestPhones::State;
    m_plan = plan;
    m_startedMs = m_clock.nowMs();
    m_talkSeconds = talkSeconds;
    m_phones.setNumber(Phone::A, plan.callback);
    m_phones.setNumber(Phone::B, plan.destination);
    m_phones.setAutoAnswer(Phone::A, true);
    m_phones.setAutoAnswer(Phone::B, true);
    try {
        TestCalls::pointCarrier(m_db, m_clock, m_phones);
    } catch (const store::StoreError& error) {
        return fail(error.message());
    }
    Q_EMIT step(tr("Test phones on %1:%2, reached through the test carrier \"%3\"")
                    .arg(m_phones.host())
                    .arg(m_phones.port())
                    .arg(TestCalls::carrierName()));
    Q_EMIT step(tr("Phone A is %1 (subscriber %2's callback number); phone B is %3")
                    .arg(core::PhoneNumber::plus(plan.callback), plan.accountCode,
                         core::PhoneNumber::plus(plan.destination)));

    connect(&m_switch, &Switch::callbackRequested, this, [this](qint64 requestId) {
        if (m_requestId)
            return;
        m_requestId = requestId;
        Q_EMIT step(tr("Callback #%1 requested (a test call)").arg(requestId));
    });
    connect(&m_switch, &Switch::callbackStateChanged, this, &TestCallRunner::onState);
    connect(&m_switch, &Switch::testCallbackRefused, this,
            [this](const QString& reason) { fail(tr("Refused: %1").arg(reason)); });
    connect(&m_phones, &TestPhones::stateChanged, this,
            [this](Phone phone, State state, const QString& peer) {
                const QString name = phone == Phone::A ? tr("Phone A") : tr("Phone B");
                if (state == State::Ringing)
                    Q_EMIT step(tr("%1 rings, caller ID %2").arg(name, TestPhones::shown(peer)));
                else if (state == State::Talking && phone == Phone::A && m_requestId)
                    Q_EMIT step(tr("Phone A answers"));
                else if (state == State::Talking && phone == Phone::B)
                    Q_EMIT step(tr("Phone B answers"));
            });
    connect(&m_phones, &TestPhones::callFailed, this, [this](Phone phone, int status, const QString& phrase) {
        if (phone != Phone::A || m_plan.kind != store::TriggerKind::Did)
            return;
        Q_EMIT step(tr("The DID answered %1 %2: the trigger call costs nothing").arg(status).arg(phrase));
        QString why;
        if (status != 486)
            why = tr("A DID trigger should be answered 486 Busy Here.");
        else if (const auto refusal = TestCalls::didRefusal(m_db, m_clock, m_plan.accountCode, m_startedMs))
            why = tr("Refused: %1").arg(*refusal);
        // Failing stops the phones, which must not happen inside their own
        // SIP callback (nua cannot be destroyed from within it).
        if (!why.isEmpty())
            QMetaObject::invokeMethod(
                this, [this, why] { fail(why); }, Qt::QueuedConnection);
    });
    connect(&m_phones, &TestPhones::smsSent, this, [this](Phone, int status) {
        Q_EMIT step(tr("The switch took the SMS: %1").arg(status));
        if (status >= 300)
            fail(tr("The switch refused the SMS."));
    });
    connect(&m_phones, &TestPhones::smsReceived, this, [this](Phone, const QString&, const QString& text) {
        Q_EMIT step(tr("SMS reply to phone A: \"%1\"").arg(text));
    });

    if (plan.kind == store::TriggerKind::Did) {
        Q_EMIT step(tr("Phone A rings DID %1").arg(core::PhoneNumber::plus(plan.did)));
        m_phones.call(Phone::A, plan.did, switchHost, switchPort);
    } else if (plan.kind == store::TriggerKind::Sms) {
        Q_EMIT step(tr("Phone A texts \"%1\" to the switch").arg(plan.smsText));
        m_phones.sendSms(Phone::A, plan.smsText, switchHost, switchPort);
    } else {
        Q_EMIT step(plan.kind == store::TriggerKind::Web
                        ? tr("A web callback to %1").arg(core::PhoneNumber::plus(plan.destination))
                        : tr("An API callback to %1").arg(core::PhoneNumber::plus(plan.destination)));
        m_switch.requestTestCallback(plan.accountId, plan.kind, plan.destination);
    }
}

void TestCallRunner::onState(qint64 requestId, store::RequestState state)
{
    using store::RequestState;
    if (requestId != m_requestId || m_done)
        return;
    if (state == RequestState::Ivr && !m_plan.keys.isEmpty() && !m_keyed) {
        m_keyed = true;
        Q_EMIT step(tr("The IVR asks for the destination; phone A keys %1").arg(m_plan.keys));
        for (QChar key : std::as_const(m_plan.keys))
            m_phones.pressKey(TestPhones::Phone::A, key);
        return;
    }
    if (state == RequestState::DialingB)
        Q_EMIT step(tr("The switch calls the destination"));
    else if (state == RequestState::Bridged) {
        Q_EMIT step(tr("Phones A and B are connected: talking for %1 s").arg(m_talkSeconds));
        m_talk.start(m_talkSeconds * 1000);
    }
    if (!store::isFinal(state))
        return;
    Q_EMIT step(tr("Callback #%1 %2").arg(requestId).arg(store::stateWord(state)));
    try {
        const QStringList record = TestCalls::record(m_db, m_clock, requestId);
        for (const QString& line : record)
            Q_EMIT step(line);
        finish(state == RequestState::Completed && !record.isEmpty());
    } catch (const store::StoreError& error) {
        fail(error.message());
    }
}

} // namespace rebound::testphones
