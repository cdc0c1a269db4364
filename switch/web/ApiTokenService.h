#pragma once

#include "accounts/AccountService.h"
#include "store/ApiTokenRepository.h"
#include "store/AuditLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

namespace rebound::web {

// Field names in FieldError::field; also the command-line option names.
namespace apiTokenField {
inline const QString Name = QStringLiteral("name");
inline const QString Accounts = QStringLiteral("accounts");
inline const QString Expires = QStringLiteral("expires");
inline const QString ExpiresDays = QStringLiteral("expires-days");
} // namespace apiTokenField

// A new API token as the console dialog or the command line asks for it.
struct ApiTokenForm
{
    QString name;
    bool allAccounts = true;
    QStringList accountCodes; // when !allAccounts: the subscribers it may act for
    // At most one of these; neither = never expires.
    std::optional<QDate> expiresOn;   // valid through that day in billing.timezone
    std::optional<int> expiresInDays; // from now
};

// A token right after it was made: the only moment its secret is known.
struct NewApiToken
{
    store::ApiToken token;
    QString secret; // "rbt_…", never stored
};

// Where a token stands, for lists: the API refuses all but Live.
enum class ApiTokenState
{
    Live,
    Expired,
    Revoked
};

// The one way JSON API tokens are made and revoked, by the console and the
// command line alike, so the name, scope and expiry rules and the audit trail
// are the same everywhere. Each change is one transaction.
class ApiTokenService : public store::AuditedService
{
    Q_DECLARE_TR_FUNCTIONS(ApiTokenService)

public:
    using AuditedService::AuditedService;

    // Every problem with the form, or an empty list.
    QList<accounts::FieldError> validate(const ApiTokenForm& form) const;
    // Throws accounts::ValidationError (nothing written) or store::StoreError.
    NewApiToken add(const ApiTokenForm& form, const QString& actor);
    // Revokes the live token by this name; throws accounts::ValidationError
    // when there is none. With `id` (the token the caller was shown), a
    // token that took the name since is left alone and counts as none.
    void revoke(const QString& name, const QString& actor, std::optional<std::int64_t> id = {});
    QList<store::ApiToken> list() const; // live tokens first, then by name

    // Up to 64 letters, digits, '.', '_' or '-'.
    static bool isValidName(const QString& name);
    ApiTokenState state(const store::ApiToken& token) const;
    static QString stateName(ApiTokenState state); // "live", "expired", "revoked"
    // "all subscribers" or "1001, 1002" (or "no subscribers" once they were deleted).
    static QString scopeText(const store::ApiToken& token);
    // A time for people: "2026-12-02 09:40" in `zone`, or empty.
    static QString localTime(std::optional<std::int64_t> ms, const QTimeZone& zone);
    // When the token stops working, in `zone`: "never", "end of 2026-12-31"
    // for a local midnight (what an expiry date gives), else as localTime.
    static QString expiryText(const store::ApiToken& token, const QTimeZone& zone);
    // The last day the token works when its expiry is a local midnight in
    // `zone` (what an expiry date gives), for showing it as that day.
    static std::optional<QDate> expiryDay(const store::ApiToken& token, const QTimeZone& zone);

private:
    // The instant the form's expiry means, or empty for never; errors appended.
    std::optional<std::int64_t> expiry(const ApiTokenForm& form, QList<accounts::FieldError>* errors) const;
};

} // namespace rebound::web
