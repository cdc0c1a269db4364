#include "web/ApiTokenService.h"

#include "core/SecretToken.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "web/ApiV1.h"

#include <QDateTime>
#include <QRegularExpression>

namespace rebound::web {

namespace {
constexpr std::int64_t MsPerDay = 86'400'000;
constexpr int MaxDays = 3650;

QString isoUtc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

std::optional<std::int64_t> ApiTokenService::expiry(const ApiTokenForm& form,
                                                    QList<accounts::FieldError>* errors) const
{
    if (form.expiresOn && form.expiresInDays) {
        errors->append({apiTokenField::Expires, tr("Give an expiry date or a number of days, not both.")});
        return std::nullopt;
    }
    if (form.expiresInDays) {
        const int days = *form.expiresInDays;
        if (days < 1 || days > MaxDays)
            errors->append(
                {apiTokenField::ExpiresDays, tr("A token expires after 1 to %1 days.").arg(MaxDays)});
        return m_clock.nowMs() + std::int64_t(days) * MsPerDay;
    }
    if (!form.expiresOn)
        return std::nullopt;
    if (!form.expiresOn->isValid()) {
        errors->append({apiTokenField::Expires, tr("Give the expiry as a date such as 2027-06-30.")});
        return std::nullopt;
    }
    // A date means "valid through that day", in the zone the business runs on.
    const QTimeZone zone = store::SettingsRepository(m_db).billingTimeZone();
    const std::int64_t at = form.expiresOn->addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    if (at <= m_clock.nowMs())
        errors->append(
            {apiTokenField::Expires, tr("%1 has passed; choose today or a later day, or no expiry.")
                                         .arg(form.expiresOn->toString(Qt::ISODate))});
    else if (at > m_clock.nowMs() + std::int64_t(MaxDays + 1) * MsPerDay)
        errors->append({apiTokenField::Expires, tr("Choose a day within %1 days from today.").arg(MaxDays)});
    return at;
}

QList<accounts::FieldError> ApiTokenService::validate(const ApiTokenForm& form) const
{
    QList<accounts::FieldError> errors;
    const QString name = form.name.trimmed();
    if (name.isEmpty())
        errors.append(
            {apiTokenField::Name, tr("Give the token a name that says who uses it, such as website.")});
    else if (!isValidName(name))
        errors.append(
            {apiTokenField::Name,
             tr("'%1' is not a token name: use up to 64 letters, digits, '.', '_' or '-'.").arg(name)});
    else if (const auto taken = store::ApiTokenRepository(m_db, m_clock).findLive(name))
        errors.append(
            {apiTokenField::Name,
             taken->isExpired(m_clock.nowMs())
                 ? tr("Token %1 has expired but keeps its name until it is revoked; revoke it first "
                      "or pick another name.")
                       .arg(name)
                 : tr("There is already a live token called %1; revoke it first or pick another name.")
                       .arg(name)});

    if (!form.allAccounts) {
        QStringList unknown;
        QStringList codes;
        const store::AccountRepository accounts(m_db, m_clock);
        for (const QString& typed : form.accountCodes) {
            const QString code = typed.trimmed();
            if (code.isEmpty())
                continue;
            codes.append(code);
            if (!accounts.findByCode(code))
                unknown.append(code);
        }
        if (codes.isEmpty())
            errors.append({apiTokenField::Accounts,
                           tr("Choose the subscribers the token may act for, or all subscribers.")});
        else if (!unknown.isEmpty())
            errors.append({apiTokenField::Accounts,
                           unknown.size() == 1
                               ? tr("There is no subscriber with account code %1.").arg(unknown.first())
                               : tr("There are no subscribers with account codes %1.")
                                     .arg(unknown.join(QStringLiteral(", ")))});
    }
    expiry(form, &errors);
    return errors;
}

NewApiToken ApiTokenService::add(const ApiTokenForm& form, const QString& actor)
{
    // Checked inside the write transaction, so the name cannot be taken
    // and no subscriber deleted between the check and the insert.
    store::AuditedChange change = begin(actor);
    QList<accounts::FieldError> errors = validate(form);
    core::throwIfAny(errors);

    NewApiToken created;
    store::ApiToken& token = created.token;
    token.name = form.name.trimmed();
    token.expiresAt = expiry(form, &errors);
    token.allAccounts = form.allAccounts;
    if (!form.allAccounts) {
        const store::AccountRepository accounts(m_db, m_clock);
        for (const QString& typed : form.accountCodes) {
            if (const auto account = accounts.findByCode(typed.trimmed());
                account && !token.accountIds.contains(account->id))
                token.accountIds.append(account->id);
        }
    }
    created.secret = core::SecretToken::generate(ApiV1::TokenPrefix);
    token.tokenHash = core::SecretToken::digest(created.secret);

    store::ApiTokenRepository tokens(m_db, m_clock);
    tokens.insert(token);
    token = *tokens.findByHash(token.tokenHash); // as every later read has it: codes in order
    change.commit(
        QStringLiteral("api_token.add"), QStringLiteral("api_token"), token.name,
        QStringLiteral("accounts=%1 expires=%2")
            .arg(token.allAccounts ? QStringLiteral("all") : token.accountCodes.join(QLatin1Char(',')),
                 token.expiresAt ? isoUtc(*token.expiresAt) : QStringLiteral("never")));
    return created;
}

void ApiTokenService::revoke(const QString& name, const QString& actor, std::optional<std::int64_t> id)
{
    store::ApiTokenRepository tokens(m_db, m_clock);
    store::AuditedChange change = begin(actor);
    const auto live = tokens.findLive(name);
    if (!live || (id && live->id != *id))
        throw accounts::ValidationError(
            {{apiTokenField::Name, tr("There is no live API token called %1.").arg(name)}});
    tokens.revoke(live->id);
    change.commit(QStringLiteral("api_token.revoke"), QStringLiteral("api_token"), name);
}

QList<store::ApiToken> ApiTokenService::list() const
{
    return store::ApiTokenRepository(m_db, m_clock).list();
}

bool ApiTokenService::isValidName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return valid.match(name).hasMatch();
}

ApiTokenState ApiTokenService::state(const store::ApiToken& token) const
{
    if (token.isRevoked())
        return ApiTokenState::Revoked;
    return token.isExpired(m_clock.nowMs()) ? ApiTokenState::Expired : ApiTokenState::Live;
}

QString ApiTokenService::stateName(ApiTokenState state)
{
    switch (state) {
    case ApiTokenState::Live:
        return QStringLiteral("live");
    case ApiTokenState::Expired:
        return QStringLiteral("expired");
    case ApiTokenState::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

QString ApiTokenService::localTime(std::optional<std::int64_t> ms, const QTimeZone& zone)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              : QString();
}

QString ApiTokenService::expiryText(const store::ApiToken& token, const QTimeZone& zone)
{
    if (!token.expiresAt)
        return tr("never");
    if (const auto day = expiryDay(token, zone))
        return tr("end of %1").arg(day->toString(Qt::ISODate));
    return localTime(token.expiresAt, zone);
}

std::optional<QDate> ApiTokenService::expiryDay(const store::ApiToken& token, const QTimeZone& zone)
{
    if (!token.expiresAt)
        return std::nullopt;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(*token.expiresAt, zone);
    // "Works through 2026-12-31" is stored as the next local midnight; say it the way it was given.
    if (at.time() != QTime(0, 0))
        return std::nullopt;
    return at.date().addDays(-1);
}

QString ApiTokenService::scopeText(const store::ApiToken& token)
{
    if (token.allAccounts)
        return tr("all subscribers");
    return token.accountCodes.isEmpty() ? tr("no subscribers")
                                        : token.accountCodes.join(QStringLiteral(", "));
}

} // namespace rebound::web
