#include "triggers/DidTrigger.h"

#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "triggers/TrustedSources.h"

namespace rebound::triggers {

bool DidTrigger::callerAllowed(const store::Account& account, const QString& callerUser) const
{
    const store::AccountRepository accounts(m_db, m_clock);
    // No phone registered (yet, or any more): nothing to compare the caller
    // with, and no callback number either, so the request is refused anyway.
    if (!account.didRegisteredCallersOnly || accounts.callbackNumbers(account.id).isEmpty())
        return true;
    // Carriers write caller IDs their own way (+44…, 0044…, national).
    const auto caller = store::SettingsRepository(m_db).dialPlan().normalise(callerUser);
    return caller.ok() && accounts.hasCallbackNumber(account.id, caller.number);
}

DidTrigger::Result DidTrigger::handleInvite(const QString& requestUser, const QString& callerUser,
                                            const QHostAddress& source, int sourcePort,
                                            const QString& transport)
{
    const QString from = QStringLiteral("%1:%2:%3").arg(transport, source.toString()).arg(sourcePort);
    std::optional<TrustedSources> loaded;
    const TrustedSources& trusted =
        m_trusted ? *m_trusted : loaded.emplace(TrustedSources::load(m_db, m_clock));
    const auto gateway = trusted.gatewayFor(source, false, sourcePort);
    if (!gateway) {
        if (m_untrusted)
            m_untrusted->count(source.toString(), requestUser, m_clock.nowMs());
        else
            store::AuditLog(m_db, m_clock)
                .record(QStringLiteral("sip"), QStringLiteral("sip.untrusted"), QStringLiteral("did"),
                        requestUser.left(32), QStringLiteral("INVITE from an address no gateway trusts"),
                        from);
        return {403,
                QStringLiteral("Forbidden"),
                {},
                tr("INVITE %1 from untrusted %2: 403").arg(requestUser, from)};
    }
    // One write lock for the lookups and the request: no lock taken and
    // dropped per statement, and no fsync (see callback::Admission::request).
    store::Database::Transaction transaction(m_db, store::Database::Sync::Deferred);
    Result result = handleTrusted(requestUser, callerUser, from, *gateway);
    transaction.commit();
    return result;
}

DidTrigger::Result DidTrigger::handleTrusted(const QString& requestUser, const QString& callerUser,
                                             const QString& from, const store::Gateway& gateway)
{
    Result result;
    store::GatewayRepository repo(m_db, m_clock);
    QString digits = requestUser;
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    std::optional<store::Did> did = repo.findDid(digits);
    if (!did) {
        // Carriers write DIDs their own way (national format, 00 prefix ...).
        const auto normalised = store::SettingsRepository(m_db).dialPlan().normalise(requestUser);
        if (normalised.ok())
            did = repo.findDid(normalised.number.digits());
    }
    if (!did || !did->enabled || !did->accountId)
        return {404,
                QStringLiteral("Not Found"),
                {},
                tr("INVITE %1 from %2 (%3): no such DID, 404").arg(requestUser, from, gateway.name)};

    const bool lgw = did->mode == store::DidMode::Lgw;
    const QString kind = store::toString(lgw ? store::TriggerKind::Lgw : store::TriggerKind::Did);
    result.status = 486;
    result.phrase = QStringLiteral("Busy Here");
    // Read once for the caller check and the request, in this transaction.
    const auto account = store::AccountRepository(m_db, m_clock).findById(*did->accountId);
    if (account && !callerAllowed(*account, callerUser)) {
        const QString caller = callerUser.isEmpty() ? tr("(no caller ID)") : callerUser.left(32);
        result.outcome.reason =
            tr("caller %1 is not a registered phone of subscriber %2").arg(caller, did->accountCode);
        store::AuditLog(m_db, m_clock)
            .record(kind, QStringLiteral("callback.refused"), QStringLiteral("account"), did->accountCode,
                    QStringLiteral("DID %1 rung by %2, not a registered phone").arg(did->number, caller),
                    from);
        result.log = tr("INVITE %1 from %2 (%3): 486, no callback: %4")
                         .arg(requestUser, from, gateway.name, result.outcome.reason);
        return result;
    }

    callback::Admission::Trigger trigger;
    trigger.accountId = *did->accountId;
    trigger.kind = lgw ? store::TriggerKind::Lgw : store::TriggerKind::Did;
    trigger.source = from;
    trigger.didId = did->id;
    if (lgw)
        trigger.pinnedGatewayId = did->gatewayId; // leg A goes out where the DID is
    trigger.test = gateway.isTest;                // rung from the test phones: a test call
    result.outcome = callback::Admission(m_db, m_clock, m_rates, m_admitted)
                         .request(trigger, account ? &*account : nullptr);
    result.log = result.outcome.created() ? tr("INVITE %1 from %2 (%3): 486, callback request #%4 for %5")
                                                .arg(requestUser, from, gateway.name)
                                                .arg(result.outcome.requestId)
                                                .arg(did->accountCode)
                                          : tr("INVITE %1 from %2 (%3): 486, no callback: %4")
                                                .arg(requestUser, from, gateway.name, result.outcome.reason);
    return result;
}

} // namespace rebound::triggers
