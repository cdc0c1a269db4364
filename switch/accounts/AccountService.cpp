#include "accounts/AccountService.h"

#include "accounts/AccountCsv.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace rebound::accounts {

namespace {
constexpr int MinPasswordLength = 8;
constexpr int MaxConcurrentCallsLimit = 100;
} // namespace

QList<FieldError> AccountService::validate(const AccountForm& form,
                                           std::optional<std::int64_t> existingId) const
{
    QList<FieldError> errors;
    validateIdentity(form, existingId, errors);
    validateCalling(form, existingId, errors);
    validateMoney(form, existingId, errors);
    return errors;
}

// The account code, name, member id, password and PIN.
void AccountService::validateIdentity(const AccountForm& form, std::optional<std::int64_t> existingId,
                                      QList<FieldError>& errors) const
{
    const store::AccountRepository accounts(m_db, m_clock);
    const auto isOther = [&](const std::optional<store::Account>& found) {
        return found && (!existingId || found->id != *existingId);
    };

    static const QRegularExpression codePattern(QStringLiteral("^[0-9]{3,12}$"));
    const QString code = form.accountCode.trimmed();
    if (code.isEmpty())
        errors.append({field::AccountCode, AccountService::tr("Enter an account code (3 to 12 digits).")});
    else if (!codePattern.match(code).hasMatch())
        errors.append({field::AccountCode,
                       AccountService::tr(
                           "The account code must be 3 to 12 digits, because subscribers type it on a phone "
                           "keypad and in SMS.")});
    else if (isOther(accounts.findByCode(code)))
        errors.append(
            {field::AccountCode,
             AccountService::tr("Account code %1 is already used by another subscriber.").arg(code)});

    if (form.name.trimmed().size() > 100)
        errors.append({field::Name, AccountService::tr("The name is longer than 100 characters.")});

    static const QRegularExpression memberPattern(QStringLiteral("^[A-Za-z0-9._@-]{3,64}$"));
    const QString memberId = form.memberId.trimmed();
    std::optional<store::Account> existing;
    if (existingId)
        existing = accounts.findById(*existingId);
    if (!memberId.isEmpty()) {
        if (!memberPattern.match(memberId).hasMatch())
            errors.append({field::MemberId,
                           AccountService::tr("The member id must be 3 to 64 letters, digits or . _ @ -.")});
        else if (isOther(accounts.findByMemberId(memberId)))
            errors.append(
                {field::MemberId,
                 AccountService::tr("Member id %1 is already used by another subscriber.").arg(memberId)});
        const bool hasPassword = existing && !existing->passwordHash.isEmpty();
        if (form.password.isEmpty() && !hasPassword && !form.passwordOptional)
            errors.append(
                {field::Password,
                 AccountService::tr("Set a password so the subscriber can log in with the member id.")});
    }
    if (!form.password.isEmpty() && form.password.size() < MinPasswordLength)
        errors.append(
            {field::Password,
             AccountService::tr("The password must have at least %1 characters.").arg(MinPasswordLength)});

    // Six digits at least: SMS and IVR attempts are locked out after a few
    // failures, and a million guesses is far beyond what that lets through.
    static const QRegularExpression pinPattern(QStringLiteral("^[0-9]{6,12}$"));
    if (!form.pin.isEmpty() && form.removePin)
        errors.append({field::Pin, AccountService::tr("Either set a new PIN or remove the PIN, not both.")});
    else if (!form.pin.isEmpty() && !pinPattern.match(form.pin).hasMatch())
        errors.append(
            {field::Pin, AccountService::tr("The PIN must be 6 to 12 digits, because subscribers key it on a "
                                            "phone keypad and write it in SMS.")});
    else if (!form.pin.isEmpty() && form.pin == code)
        errors.append({field::Pin, AccountService::tr("The PIN must not be the account code.")});
}

// DID callers, the callback number, registered phones and the language.
void AccountService::validateCalling(const AccountForm& form, std::optional<std::int64_t> existingId,
                                     QList<FieldError>& errors) const
{
    if (form.didCallers != didCallers::Registered && form.didCallers != didCallers::Any)
        errors.append({field::DidCallers,
                       AccountService::tr("DID callers must be registered (only the subscriber's registered "
                                          "phones may trigger a callback by ringing a DID) or any.")});

    if (!form.callbackNumber.trimmed().isEmpty()) {
        const auto result = store::SettingsRepository(m_db).dialPlan().normalise(form.callbackNumber);
        if (!result.ok())
            errors.append(
                {field::CallbackNumber, AccountService::tr("Callback number: %1").arg(result.error)});
    }

    if (!form.removePhones.isEmpty() && !existingId)
        errors.append({field::RegisteredPhones,
                       AccountService::tr("A new subscriber has no registered phones to remove.")});
    else
        for (const QString& phone : form.removePhones)
            if (const QString problem = phoneRemovalProblem(*existingId, phone, form.callbackNumber);
                !problem.isEmpty())
                errors.append({field::RegisteredPhones, problem});

    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}$"));
    if (!languagePattern.match(form.language).hasMatch() || QLocale(form.language).language() == QLocale::C)
        errors.append({field::Language,
                       AccountService::tr("'%1' is not a language code; use a code such as en, de or es.")
                           .arg(form.language)});
}

// The credit limit, call limit, opening balance, status and sell plan.
void AccountService::validateMoney(const AccountForm& form, std::optional<std::int64_t> existingId,
                                   QList<FieldError>& errors) const
{
    const auto limit = core::Money::parse(form.creditLimit, form.locale);
    if (!limit.value)
        errors.append({field::CreditLimit, AccountService::tr("Credit limit: %1").arg(limit.error)});
    else if (limit.value->isNegative())
        errors.append({field::CreditLimit,
                       AccountService::tr("The credit limit cannot be negative; 0 means prepaid only.")});

    bool ok = false;
    const int maxCalls = form.maxConcurrentCalls.trimmed().toInt(&ok);
    if (!ok || maxCalls < 0 || maxCalls > MaxConcurrentCallsLimit)
        errors.append(
            {field::MaxCalls, AccountService::tr("Concurrent calls must be a whole number from 0 to %1.")
                                  .arg(MaxConcurrentCallsLimit)});

    if (!form.openingBalance.trimmed().isEmpty()) {
        const auto opening = core::Money::parse(form.openingBalance, form.locale);
        if (existingId)
            errors.append({field::OpeningBalance,
                           AccountService::tr("An opening balance is only for a new subscriber; adjust the "
                                              "balance of an existing one instead.")});
        else if (!opening.value)
            errors.append(
                {field::OpeningBalance, AccountService::tr("Opening balance: %1").arg(opening.error)});
    }

    if (!store::accountStatusFromString(form.status))
        errors.append({field::Status, AccountService::tr("Status must be active, suspended or closed.")});

    if (!form.sellPlan.trimmed().isEmpty()) {
        const auto plan = store::RateRepository(m_db, m_clock).findTableByName(form.sellPlan.trimmed());
        if (!plan)
            errors.append(
                {field::SellPlan,
                 AccountService::tr("There is no rate table called '%1'.").arg(form.sellPlan.trimmed())});
        else if (plan->kind != store::RateTableKind::Sell)
            errors.append({field::SellPlan, AccountService::tr("'%1' is a buy table; choose a sell plan.")
                                                .arg(form.sellPlan.trimmed())});
    }
}

store::Account AccountService::apply(const AccountForm& form, store::Account account) const
{
    account.accountCode = form.accountCode.trimmed();
    account.name = form.name.trimmed();
    account.memberId = form.memberId.trimmed();
    if (!form.password.isEmpty())
        account.passwordHash = core::PasswordHash::hash(form.password);
    if (!form.pin.isEmpty())
        account.pinHash = core::PasswordHash::hash(form.pin);
    else if (form.removePin)
        account.pinHash.clear();
    account.didRegisteredCallersOnly = form.didCallers != didCallers::Any;
    account.language = form.language;
    account.creditLimit = *core::Money::parse(form.creditLimit, form.locale).value;
    account.maxConcurrentCalls = form.maxConcurrentCalls.trimmed().toInt();
    account.status = *store::accountStatusFromString(form.status);
    account.notes = form.notes;
    if (form.sellPlan.trimmed().isEmpty())
        account.sellPlanId.reset();
    else
        account.sellPlanId =
            store::RateRepository(m_db, m_clock).findTableByName(form.sellPlan.trimmed())->id;
    account.callbackNumber =
        form.callbackNumber.trimmed().isEmpty()
            ? core::PhoneNumber()
            : store::SettingsRepository(m_db).dialPlan().normalise(form.callbackNumber).number;
    return account;
}

store::Account AccountService::add(const AccountForm& form, const QString& actor)
{
    core::throwIfAny(validate(form));
    // Hashing is slow on purpose: done before the write lock is taken.
    const store::Account account = apply(form, store::Account());
    store::AuditedChange change = begin(actor);
    const std::int64_t id = create(account, form, actor);
    change.commit(QStringLiteral("account.add"), QStringLiteral("account"), form.accountCode.trimmed());
    return *store::AccountRepository(m_db, m_clock).findById(id);
}

std::int64_t AccountService::create(const store::Account& account, const AccountForm& form,
                                    const QString& actor)
{
    const std::int64_t id = store::AccountRepository(m_db, m_clock).insert(account);
    if (!form.openingBalance.trimmed().isEmpty()) {
        const core::Money opening = *core::Money::parse(form.openingBalance, form.locale).value;
        if (!opening.isZero())
            store::LedgerRepository(m_db, m_clock)
                .append(id, opening, store::LedgerReason::Adjustment, QStringLiteral("opening balance"),
                        actor);
    }
    return id;
}

AccountService::ImportResult AccountService::importCsv(const QByteArray& csv, const QString& actor,
                                                       bool dryRun)
{
    AccountCsvResult parsed = AccountCsv::parse(csv);
    QList<core::CsvIssue> issues = parsed.errors;
    // Where each account code and member id first appears, so a repeat
    // names the line it repeats.
    QHash<QString, int> codeLines;
    QHash<QString, int> memberLines;
    const auto repeated = [&](QHash<QString, int>& seen, const QString& value, int line) {
        if (value.isEmpty())
            return 0;
        const int first = seen.value(value);
        if (first == 0)
            seen.insert(value, line);
        return first;
    };
    for (AccountCsvRow& row : parsed.rows) {
        row.form.passwordOptional = true;
        for (const FieldError& error : validate(row.form))
            issues << AccountCsv::issue(row.line, error.field, error.message);
        const QString code = row.form.accountCode.trimmed();
        if (const int first = repeated(codeLines, code, row.line))
            issues << AccountCsv::issue(
                row.line, field::AccountCode,
                AccountService::tr("Account code %1 is also on line %2.").arg(code).arg(first));
        const QString memberId = row.form.memberId.trimmed();
        if (const int first = repeated(memberLines, memberId, row.line))
            issues << AccountCsv::issue(
                row.line, field::MemberId,
                AccountService::tr("Member id %1 is also on line %2.").arg(memberId).arg(first));
    }

    ImportResult result;
    result.problems = int(issues.size());
    if (!issues.isEmpty()) {
        result.errors = AccountCsv::listed(issues);
        return result;
    }
    result.imported = int(parsed.rows.size());
    if (dryRun)
        return result;
    // Every password and PIN is hashed before the write lock is taken: at
    // a fraction of a second each, holding it would stall the switch's
    // billing for the whole import.
    QList<store::Account> accounts;
    accounts.reserve(parsed.rows.size());
    for (const AccountCsvRow& row : parsed.rows)
        accounts << apply(row.form, store::Account());
    store::AuditedChange change = begin(actor);
    for (qsizetype i = 0; i < accounts.size(); ++i)
        create(accounts.at(i), parsed.rows.at(i).form, actor);
    change.commit(QStringLiteral("accounts.import"), QStringLiteral("account"), QString(),
                  QStringLiteral("%1 subscribers imported").arg(result.imported));
    return result;
}

QByteArray AccountService::exportCsv() const
{
    QList<AccountForm> forms;
    for (const store::Account& account : store::AccountRepository(m_db, m_clock).list()) {
        AccountForm form = formFor(account);
        form.creditLimit = account.creditLimit.toPlainString(2);
        form.openingBalance = account.balance.toPlainString(2);
        forms << form;
    }
    return AccountCsv::write(forms);
}

store::Account AccountService::existing(std::int64_t id) const
{
    return store::requireFound(store::AccountRepository(m_db, m_clock).findById(id),
                               AccountService::tr("Subscriber #%1 does not exist.").arg(id));
}

store::Account AccountService::update(std::int64_t id, const AccountForm& form, const QString& actor)
{
    store::AccountRepository accounts(m_db, m_clock);
    const store::Account before = existing(id);
    core::throwIfAny(validate(form, id));
    const store::Account updated = apply(form, before);
    QStringList changed;
    if (updated.accountCode != before.accountCode)
        changed << QStringLiteral("account code %1 -> %2").arg(before.accountCode, updated.accountCode);
    if (updated.passwordHash != before.passwordHash)
        changed << QStringLiteral("password changed"); // never the password itself
    if (updated.pinHash != before.pinHash)
        changed << (updated.pinHash.isEmpty() ? QStringLiteral("PIN removed")
                                              : QStringLiteral("PIN changed"));
    if (updated.language != before.language)
        changed << QStringLiteral("language %1 -> %2").arg(before.language, updated.language);
    if (updated.didRegisteredCallersOnly != before.didRegisteredCallersOnly)
        changed << (updated.didRegisteredCallersOnly ? QStringLiteral("DID callers any -> registered")
                                                     : QStringLiteral("DID callers registered -> any"));
    if (updated.creditLimit != before.creditLimit)
        changed << QStringLiteral("credit limit %1 -> %2")
                       .arg(before.creditLimit.toPlainString(2), updated.creditLimit.toPlainString(2));
    if (updated.sellPlanId != before.sellPlanId)
        changed << QStringLiteral("sell plan changed");
    if (updated.status != before.status)
        changed << QStringLiteral("status %1 -> %2").arg(toString(before.status), toString(updated.status));
    if (updated.callbackNumber != before.callbackNumber) {
        const auto shown = [](const core::PhoneNumber& n) {
            return n.isEmpty() ? QStringLiteral("(none)") : n.toPlus();
        };
        changed << QStringLiteral("callback number %1 -> %2")
                       .arg(shown(before.callbackNumber), shown(updated.callbackNumber));
    }

    store::AuditedChange change = begin(actor);
    accounts.update(updated);
    const core::DialPlan plan = store::SettingsRepository(m_db).dialPlan();
    for (const QString& phone : form.removePhones)
        forgetPhone(updated, plan.normalise(phone).number, actor);
    change.commit(QStringLiteral("account.update"), QStringLiteral("account"), updated.accountCode,
                  changed.join(QStringLiteral("; ")));
    return *accounts.findById(id);
}

void AccountService::remove(std::int64_t id, const QString& actor)
{
    const store::Account account = existing(id);
    store::AuditedChange change = begin(actor);
    try {
        store::AccountRepository(m_db, m_clock).remove(id);
    } catch (const store::StoreError& error) {
        if (error.kind() != store::StoreError::Kind::InUse)
            throw;
        throw store::StoreError(
            store::StoreError::Kind::InUse,
            AccountService::tr("Subscriber %1 has balance history and cannot be deleted; set the status "
                               "to Closed instead.")
                .arg(account.accountCode));
    }
    change.commit(QStringLiteral("account.delete"), QStringLiteral("account"), account.accountCode);
}

QList<store::RegisteredPhone> AccountService::registeredPhones(std::int64_t accountId) const
{
    return store::AccountRepository(m_db, m_clock).callbackNumbers(accountId);
}

std::optional<store::StoreError> AccountService::removalRefusal(std::int64_t accountId, const QString& phone,
                                                                const QString& callbackNumber) const
{
    const core::DialPlan plan = store::SettingsRepository(m_db).dialPlan();
    const auto number = plan.normalise(phone);
    const store::AccountRepository accounts(m_db, m_clock);
    if (!number.ok() || !accounts.hasCallbackNumber(accountId, number.number)) {
        const auto account = accounts.findById(accountId);
        return store::StoreError(
            store::StoreError::Kind::NotFound,
            AccountService::tr("%1 is not a registered phone of subscriber %2.")
                .arg(phone.trimmed(), account ? account->accountCode : QStringLiteral("#%1").arg(accountId)));
    }
    // Removing it would leave callbacks with nowhere to go: the person
    // removing it says where they go instead, or clears it on purpose.
    const auto callback = plan.normalise(callbackNumber);
    if (!callbackNumber.trimmed().isEmpty() && callback.ok() && callback.number == number.number)
        return store::StoreError(store::StoreError::Kind::InUse,
                                 AccountService::tr("%1 is the callback number, so it cannot be removed; "
                                                    "change or clear the callback number first.")
                                     .arg(number.number.toPlus()));
    return std::nullopt;
}

QString AccountService::phoneRemovalProblem(std::int64_t accountId, const QString& phone,
                                            const QString& callbackNumber) const
{
    const auto refusal = removalRefusal(accountId, phone, callbackNumber);
    return refusal ? refusal->message() : QString();
}

core::PhoneNumber AccountService::removeRegisteredPhone(std::int64_t accountId, const QString& phone,
                                                        const QString& actor)
{
    store::Database::Transaction transaction(m_db);
    const store::Account account = existing(accountId);
    const QString callback = account.callbackNumber.isEmpty() ? QString() : account.callbackNumber.toPlus();
    if (const auto refusal = removalRefusal(accountId, phone, callback))
        throw *refusal;
    const core::PhoneNumber number = store::SettingsRepository(m_db).dialPlan().normalise(phone).number;
    forgetPhone(account, number, actor);
    transaction.commit();
    return number;
}

void AccountService::forgetPhone(const store::Account& account, const core::PhoneNumber& phone,
                                 const QString& actor)
{
    // The same phone written twice in one form is removed once.
    if (!store::AccountRepository(m_db, m_clock).removeCallbackNumber(account.id, phone))
        return;
    store::AuditLog(m_db, m_clock)
        .record(actor, QStringLiteral("account.phone_remove"), QStringLiteral("account"), account.accountCode,
                QStringLiteral("registered phone %1 removed: no more SMS without the PIN, no DID triggers")
                    .arg(phone.toPlus()));
}

QStringList AccountService::sellPlanNames() const
{
    QStringList names;
    for (const store::RateTable& t : store::RateRepository(m_db, m_clock).tables())
        if (t.kind == store::RateTableKind::Sell)
            names << t.name;
    return names;
}

AccountForm AccountService::formFor(const store::Account& account, const QLocale& locale) const
{
    AccountForm form;
    form.accountCode = account.accountCode;
    form.name = account.name;
    form.memberId = account.memberId;
    form.callbackNumber = account.callbackNumber.isEmpty() ? QString() : account.callbackNumber.toPlus();
    form.language = account.language;
    form.creditLimit = account.creditLimit.format(QString(), locale).trimmed();
    form.maxConcurrentCalls = QString::number(account.maxConcurrentCalls);
    form.status = store::toString(account.status);
    form.didCallers = account.didRegisteredCallersOnly ? didCallers::Registered : didCallers::Any;
    form.notes = account.notes;
    form.locale = locale;
    if (account.sellPlanId)
        if (const auto plan = store::RateRepository(m_db, m_clock).findTable(*account.sellPlanId))
            form.sellPlan = plan->name;
    return form;
}

} // namespace rebound::accounts
