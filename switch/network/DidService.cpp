#include "network/DidService.h"

#include "core/PhoneNumber.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/StoreError.h"

#include <QRegularExpression>

namespace rebound::network {

DidInput DidInput::from(const store::Did& did)
{
    return {QLatin1Char('+') + did.number, did.accountId, did.mode, did.gatewayId, did.enabled, did.askPin};
}

QString DidService::normaliseNumber(const QString& typed)
{
    return core::PhoneNumber::typedDigits(typed);
}

QString DidService::describe(const store::Did& d)
{
    return QStringLiteral("account=%1 mode=%2 gateway=%3 enabled=%4 ask_pin=%5")
        .arg(d.accountCode.isEmpty() ? QStringLiteral("-") : d.accountCode, store::toString(d.mode),
             d.gatewayId ? QString::number(*d.gatewayId) : QStringLiteral("-"))
        .arg(d.enabled ? 1 : 0)
        .arg(d.askPin ? 1 : 0);
}

store::Did DidService::existing(std::int64_t id) const
{
    return store::requireFound(store::GatewayRepository(m_db, m_clock).findDidById(id),
                               tr("DID #%1 does not exist.").arg(id));
}

store::Did DidService::saved(const QString& number) const
{
    return store::requireFound(store::GatewayRepository(m_db, m_clock).findDid(number),
                               tr("DID %1 does not exist.").arg(number));
}

core::FieldErrors DidService::check(const DidInput& input, std::optional<std::int64_t> existingId,
                                    store::Did* did) const
{
    core::FieldErrors errors;
    store::Did d = existingId ? existing(*existingId) : store::Did();
    const store::GatewayRepository repo(m_db, m_clock);

    d.number = normaliseNumber(input.number);
    static const QRegularExpression e164(QStringLiteral("^[1-9][0-9]{2,14}$"));
    if (d.number.isEmpty())
        errors.append({didField::Number, tr("Enter the DID number, e.g. +1 212 555 0101.")});
    else if (!e164.match(d.number).hasMatch())
        errors.append(
            {didField::Number, tr("'%1' is not an international number: use 3 to 15 digits starting "
                                  "with the country code (not 0), optionally after a +.")
                                   .arg(input.number.trimmed())});
    else if (const auto other = repo.findDid(d.number); other && other->id != d.id)
        errors.append(
            {didField::Number,
             other->accountId
                 ? tr("DID %1 already exists (subscriber %2).").arg(other->number, other->accountCode)
                 : tr("DID %1 already exists.").arg(other->number)});

    d.accountId = input.accountId;
    d.accountCode.clear();
    if (d.accountId) {
        if (const auto account = store::AccountRepository(m_db, m_clock).findById(*d.accountId))
            d.accountCode = account->accountCode;
        else
            errors.append({didField::Subscriber, tr("Subscriber #%1 does not exist.").arg(*d.accountId)});
    }

    d.mode = input.mode;
    d.gatewayId.reset();
    if (d.mode == store::DidMode::Lgw) {
        if (!input.gatewayId)
            errors.append({didField::Gateway, tr("An LGW DID needs the gateway that leg A goes out through; "
                                                 "choose one, or set the mode to DID.")});
        else if (!repo.findGateway(*input.gatewayId))
            errors.append({didField::Gateway, tr("Gateway #%1 does not exist.").arg(*input.gatewayId)});
        else
            d.gatewayId = input.gatewayId;
    }
    d.enabled = input.enabled;
    d.askPin = input.askPin;
    if (did)
        *did = d;
    return errors;
}

store::Did DidService::add(const DidInput& input, const QString& actor)
{
    store::AuditedChange change = begin(actor);
    store::Did d;
    core::throwIfAny(check(input, std::nullopt, &d));
    store::GatewayRepository(m_db, m_clock).insertDid(d);
    d = saved(d.number);
    change.commit(QStringLiteral("did.add"), QStringLiteral("did"), d.number, describe(d));
    return d;
}

store::Did DidService::update(std::int64_t id, const DidInput& input, const QString& actor)
{
    store::AuditedChange change = begin(actor);
    const store::Did before = existing(id);
    store::Did d;
    core::throwIfAny(check(input, id, &d));
    store::GatewayRepository(m_db, m_clock).updateDid(d);
    d = saved(d.number);
    change.commit(QStringLiteral("did.update"), QStringLiteral("did"), d.number,
                  store::AuditedChange::updateDetails(before.number, d.number, describe(d)));
    return d;
}

void DidService::remove(std::int64_t id, const QString& actor)
{
    store::AuditedChange change = begin(actor);
    const store::Did d = existing(id);
    store::GatewayRepository(m_db, m_clock).removeDid(id);
    change.commit(QStringLiteral("did.delete"), QStringLiteral("did"), d.number, describe(d));
}

} // namespace rebound::network
