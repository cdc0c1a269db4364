#include "triggers/DidTrigger.h"

#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "triggers/TrustedSources.h"

#include <utility>

namespace rebound::triggers {

const core::DialPlan& DidTrigger::dialPlan() const
{
    if (!m_dialPlan)
        m_dialPlan = store::SettingsRepository(m_db).dialPlan();
    return *m_dialPlan;
}

bool DidTrigger::callerAllowed(const store::Account& account, const QString& callerUser) const
{
    if (!account.didRegisteredCallersOnly)
        return true;
    // Carriers write caller IDs their own way (+44…, 0044…, national).
    const auto caller = dialPlan().normalise(callerUser);
    if (caller.ok()) {
        // The default phone came with the account: most triggers come from
        // it and need no statement; another phone is one index lookup.
        if (caller.number == account.callbackNumber)
            return true;
        if (store::AccountRepository(m_db, m_clock).hasCallbackNumber(account.id, caller.number))
            return true;
    }
    // No phone registered (yet, or any more): nothing to compare the caller
    // with, and no callback number either, so the request is refused anyway.
    return account.callbackNumber.isEmpty() &&
           store::AccountRepository(m_db, m_clock).callbackNumbers(account.id).isEmpty();
}

namespace {
QString sourceOf(const DidTrigger::Invite& invite)
{
    return QStringLiteral("%1:%2:%3").arg(invite.transport, invite.source.toString()).arg(invite.sourcePort);
}
} // namespace

DidTrigger::Result DidTrigger::handleInvite(const QString& requestUser, const QString& callerUser,
                                            const QHostAddress& source, int sourcePort,
                                            const QString& transport)
{
    return handleInvites({{requestUser, callerUser, source, sourcePort, transport}}).constFirst();
}

QList<DidTrigger::Result> DidTrigger::handleInvites(const QList<Invite>& invites)
{
    std::optional<TrustedSources> loaded;
    const TrustedSources& trusted =
        m_trusted ? *m_trusted : loaded.emplace(TrustedSources::load(m_db, m_clock));
    QList<Result> results(invites.size());
    // The INVITEs that touch the database, and the gateway each came from.
    QList<std::pair<qsizetype, std::optional<store::Gateway>>> recorded;
    recorded.reserve(invites.size());
    for (qsizetype i = 0; i < invites.size(); ++i) {
        const Invite& invite = invites[i];
        auto gateway = trusted.gatewayFor(invite.source, false, invite.sourcePort);
        if (!gateway && m_untrusted)
            results[i] = refuseUntrusted(invite, sourceOf(invite)); // counted, not written
        else
            recorded.append({i, std::move(gateway)});
    }
    if (recorded.isEmpty())
        return results;
    try {
        // One write lock and one commit for the batch: no lock taken and
        // dropped per statement or per trigger, and no fsync (see
        // callback::Admission::request).
        store::Database::Transaction batch(m_db, store::Database::Sync::Deferred);
        // Not announced by Admission: the batch's commit is still to come.
        callback::Admission admission(m_db, m_clock, m_rates);
        for (const auto& [i, gateway] : std::as_const(recorded))
            results[i] = handleInSavepoint(invites[i], gateway ? &*gateway : nullptr, admission);
        batch.commit();
    } catch (const store::StoreError& error) {
        // BEGIN or COMMIT failed: no row of the batch exists.
        for (const auto& [i, gateway] : std::as_const(recorded))
            results[i] = failed(error.message());
        return results;
    }
    // Only now do the rows exist for the call flow to read.
    if (m_admitted)
        for (const Result& result : std::as_const(results))
            if (result.outcome.created())
                m_admitted->announce(result.outcome.requestId);
    return results;
}

DidTrigger::Result DidTrigger::handleInSavepoint(const Invite& invite, const store::Gateway* gateway,
                                                 callback::Admission& admission)
{
    const QString from = sourceOf(invite);
    try {
        store::Database::Transaction savepoint(m_db);
        Result result = gateway
                            ? handleTrusted(invite.requestUser, invite.callerUser, from, *gateway, admission)
                            : refuseUntrusted(invite, from);
        savepoint.commit();
        return result;
    } catch (const store::StoreError& error) {
        return failed(error.message()); // its savepoint rolled back
    }
}

DidTrigger::Result DidTrigger::refuseUntrusted(const Invite& invite, const QString& from)
{
    if (m_untrusted)
        m_untrusted->count(invite.source.toString(), invite.requestUser, m_clock.nowMs());
    else
        store::AuditLog(m_db, m_clock)
            .record(QStringLiteral("sip"), QStringLiteral("sip.untrusted"), QStringLiteral("did"),
                    invite.requestUser.left(32), QStringLiteral("INVITE from an address no gateway trusts"),
                    from);
    return {403,
            QStringLiteral("Forbidden"),
            {},
            tr("INVITE %1 from untrusted %2: 403").arg(invite.requestUser, from),
            {}};
}

DidTrigger::Result DidTrigger::failed(const QString& error)
{
    Result result;
    result.status = 500;
    result.phrase = QStringLiteral("Server Internal Error");
    result.error = error;
    return result;
}

DidTrigger::Result DidTrigger::handleTrusted(const QString& requestUser, const QString& callerUser,
                                             const QString& from, const store::Gateway& gateway,
                                             callback::Admission& admission)
{
    Result result;
    store::GatewayRepository repo(m_db, m_clock);
    QString digits = requestUser;
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    std::optional<store::Did> did = repo.findDid(digits);
    if (!did) {
        // Carriers write DIDs their own way (national format, 00 prefix ...).
        const auto normalised = dialPlan().normalise(requestUser);
        if (normalised.ok())
            did = repo.findDid(normalised.number.digits());
    }
    if (!did || !did->enabled || !did->accountId)
        return {404,
                QStringLiteral("Not Found"),
                {},
                tr("INVITE %1 from %2 (%3): no such DID, 404").arg(requestUser, from, gateway.name),
                {}};

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
    // Inside this trigger's savepoint, which also keeps Admission's rows.
    result.outcome = admission.requestWithin(trigger, account);
    result.log = result.outcome.created() ? tr("INVITE %1 from %2 (%3): 486, callback request #%4 for %5")
                                                .arg(requestUser, from, gateway.name)
                                                .arg(result.outcome.requestId)
                                                .arg(did->accountCode)
                                          : tr("INVITE %1 from %2 (%3): 486, no callback: %4")
                                                .arg(requestUser, from, gateway.name, result.outcome.reason);
    return result;
}

} // namespace rebound::triggers
