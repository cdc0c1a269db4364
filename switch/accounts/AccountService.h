#pragma once

#include "core/Csv.h"
#include "core/Validation.h"
#include "store/Account.h"
#include "store/AuditLog.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace rebound::accounts {

// The values of AccountForm::didCallers.
namespace didCallers {
inline const QString Registered = QStringLiteral("registered");
inline const QString Any = QStringLiteral("any");
} // namespace didCallers

// A subscriber as a person types it, in the console dialog or on the command
// line. Everything is text; AccountService validates and converts.
struct AccountForm
{
    QString accountCode;
    QString name;
    QString memberId;
    QString password; // empty on edit = keep the current password
    QString pin;      // IVR and SMS PIN, digits; empty on edit = keep the current PIN
    bool removePin = false;
    QString callbackNumber;
    QString language = QStringLiteral("en");
    QString creditLimit = QStringLiteral("0");
    QString maxConcurrentCalls = QStringLiteral("1");
    QString status = QStringLiteral("active");
    QString sellPlan; // name of a sell plan; empty = none (calls are refused)
    // Who may trigger a callback by ringing the subscriber's DIDs: "registered"
    // (only the registered phones, once there is one) or "any" caller.
    QString didCallers = didCallers::Registered;
    QString notes;
    // New subscribers only: credited through the ledger (reason adjustment,
    // reference "opening balance") in the same transaction; may be negative
    // for a subscriber who owes money. Empty = 0.
    QString openingBalance;
    // Imports: a member id may come without a password, because a platform
    // being left rarely hands over clear passwords. The subscriber cannot sign
    // in to the portal until one is set.
    bool passwordOptional = false;
    // Registered phones to forget on update, as written (+E.164 or dialled).
    // The callback number the form keeps cannot be among them.
    QStringList removePhones;
    QLocale locale = QLocale::c(); // how amounts are written (decimal point)
};

// Field names used in FieldError::field (and as command-line option names).
namespace field {
inline const QString AccountCode = QStringLiteral("account-code");
inline const QString Name = QStringLiteral("name");
inline const QString MemberId = QStringLiteral("member-id");
inline const QString Password = QStringLiteral("password");
inline const QString Pin = QStringLiteral("pin");
inline const QString CallbackNumber = QStringLiteral("callback");
inline const QString Language = QStringLiteral("language");
inline const QString CreditLimit = QStringLiteral("credit-limit");
inline const QString MaxCalls = QStringLiteral("max-calls");
inline const QString Status = QStringLiteral("status");
inline const QString SellPlan = QStringLiteral("plan");
inline const QString DidCallers = QStringLiteral("did-callers");
inline const QString RegisteredPhones = QStringLiteral("phones");
inline const QString OpeningBalance = QStringLiteral("balance");
inline const QString Notes = QStringLiteral("notes");
} // namespace field

// The shared validation types (core/Validation.h), under the names this
// service has always used.
using FieldError = core::FieldError;
using ValidationError = core::ValidationError;

// The one way subscribers are created, changed and deleted — by the console,
// the command line and (later) the portal — so validation, password hashing
// and the audit trail are the same everywhere. Each call is one transaction.
class AccountService : public store::AuditedService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    using AuditedService::AuditedService;

    // Every problem with the form, or an empty list. existingId is the
    // account being edited (so its own code does not count as taken).
    QList<FieldError> validate(const AccountForm& form, std::optional<std::int64_t> existingId = {}) const;

    // Throw ValidationError or store::StoreError; on success return the saved account.
    store::Account add(const AccountForm& form, const QString& actor);

    struct ImportResult
    {
        // The first AccountCsv::MaxListedIssues problems by line, then one
        // line saying how many more there are; no secret is ever quoted.
        QList<core::CsvIssue> errors;
        int problems = 0; // every problem found; when not 0, nothing was changed
        int imported = 0; // subscribers added (or, on a dry run, that would be)
        bool ok() const { return problems == 0; }
    };
    // Adds every subscriber of an AccountCsv file, all or nothing, in one
    // transaction with one audit entry. Each row is validated as add() would
    // (plus account codes and member ids repeated within the file); a dry
    // run validates and writes nothing. Throws store::StoreError.
    ImportResult importCsv(const QByteArray& csv, const QString& actor, bool dryRun = false);
    // Every subscriber as AccountCsv, with the current balance as the
    // opening balance and without passwords or PINs.
    QByteArray exportCsv() const;
    store::Account update(std::int64_t id, const AccountForm& form, const QString& actor);
    void remove(std::int64_t id, const QString& actor);

    // The account's registered phones (store::AccountRepository::callbackNumbers).
    QList<store::RegisteredPhone> registeredPhones(std::int64_t accountId) const;
    // Why `phone` cannot be removed from the account's registered phones if
    // its callback number becomes `callbackNumber` (as typed), or "".
    QString phoneRemovalProblem(std::int64_t accountId, const QString& phone,
                                const QString& callbackNumber) const;
    // Forgets one registered phone: it can no longer ask for callbacks by SMS
    // without the PIN or ring the account's DIDs. The current callback number
    // is refused: change or clear it first. Audited. Throws store::StoreError
    // (NotFound: not a registered phone; InUse: the callback number).
    // Returns the number removed, normalised.
    core::PhoneNumber removeRegisteredPhone(std::int64_t accountId, const QString& phone,
                                            const QString& actor);

    // The form that shows an existing account (password left empty).
    AccountForm formFor(const store::Account& account, const QLocale& locale = QLocale::c()) const;
    // Names of the sell plans a subscriber can be given.
    QStringList sellPlanNames() const;

private:
    // The stored subscriber; throws store::StoreError (NotFound).
    store::Account existing(std::int64_t id) const;
    // The parts of validate(), each appending its fields' errors in order.
    void validateIdentity(const AccountForm& form, std::optional<std::int64_t> existingId,
                          QList<FieldError>& errors) const;
    void validateCalling(const AccountForm& form, std::optional<std::int64_t> existingId,
                         QList<FieldError>& errors) const;
    void validateMoney(const AccountForm& form, std::optional<std::int64_t> existingId,
                       QList<FieldError>& errors) const;
    store::Account apply(const AccountForm& form, store::Account account) const;
    // Inserts a new subscriber, apply()'d from a validated form, with the
    // form's opening balance; inside the caller's transaction.
    std::int64_t create(const store::Account& account, const AccountForm& form, const QString& actor);
    std::optional<store::StoreError> removalRefusal(std::int64_t accountId, const QString& phone,
                                                    const QString& callbackNumber) const;
    void forgetPhone(const store::Account& account, const core::PhoneNumber& phone, const QString& actor);
};

} // namespace rebound::accounts
