#include "store/AccountRepository.h"

#include "store/Database.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace rebound::store {

namespace {
const QString SelectColumns = QStringLiteral(
    "SELECT a.id, a.account_code, a.name, a.member_id, a.password_hash, a.pin_hash, a.language, "
    "a.balance_micros, a.credit_limit_micros, a.sell_plan_id, a.max_concurrent_calls, a.status, a.notes, "
    "a.is_demo, a.created_at, a.updated_at, "
    // The oldest default phone, found by min() rather than ORDER BY c.id
    // LIMIT 1: the index by account is not in id order, and that sorted
    // through a temporary B-tree on every read of an account (a trigger's).
    "(SELECT c.number FROM callback_numbers c WHERE c.id = (SELECT min(d.id) FROM callback_numbers d "
    " WHERE d.account_id = a.id AND d.is_default = 1)), "
    "a.did_registered_callers_only "
    "FROM accounts a ");

Account fromQuery(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.accountCode = q.value(1).toString();
    a.name = q.value(2).toString();
    a.memberId = q.value(3).toString();
    a.passwordHash = q.value(4).toString();
    a.pinHash = q.value(5).toString();
    a.language = q.value(6).toString();
    a.balance = core::Money::fromMicros(q.value(7).toLongLong());
    a.creditLimit = core::Money::fromMicros(q.value(8).toLongLong());
    a.sellPlanId = optionalValue(q.value(9));
    a.maxConcurrentCalls = q.value(10).toInt();
    a.status = accountStatusFromString(q.value(11).toString()).value_or(AccountStatus::Suspended);
    a.notes = q.value(12).toString();
    a.isDemo = q.value(13).toBool();
    a.createdAt = q.value(14).toLongLong();
    a.updatedAt = q.value(15).toLongLong();
    a.callbackNumber = core::PhoneNumber::fromE164(q.value(16).toString());
    a.didRegisteredCallersOnly = q.value(17).toBool();
    return a;
}

constexpr StoredWord<AccountStatus> StatusWords[] = {{AccountStatus::Active, "active"},
                                                     {AccountStatus::Suspended, "suspended"},
                                                     {AccountStatus::Closed, "closed"}};
} // namespace

QString toString(AccountStatus status)
{
    return wordOf(StatusWords, status);
}

std::optional<AccountStatus> accountStatusFromString(const QString& text)
{
    return valueOf(StatusWords, text);
}

QString displayName(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return AccountRepository::tr("Active");
    case AccountStatus::Suspended:
        return AccountRepository::tr("Suspended");
    case AccountStatus::Closed:
        return AccountRepository::tr("Closed");
    }
    return {};
}

QList<Account> AccountRepository::list() const
{
    QSqlQuery q = m_db.run(SelectColumns + QStringLiteral("ORDER BY a.account_code"), {},
                           AccountRepository::tr("listing subscribers"));
    return allRows(q, fromQuery);
}

std::optional<Account> AccountRepository::findOne(const QString& where, const QVariant& value) const
{
    auto q = m_db.cached(SelectColumns + where, {value}, AccountRepository::tr("reading a subscriber"));
    if (!q->next())
        return std::nullopt;
    return fromQuery(*q);
}

std::optional<Account> AccountRepository::findById(std::int64_t id) const
{
    return findOne(QStringLiteral("WHERE a.id = ?"), qlonglong(id));
}

std::optional<Account> AccountRepository::findByCode(const QString& accountCode) const
{
    return findOne(QStringLiteral("WHERE a.account_code = ?"), accountCode);
}

std::optional<Account> AccountRepository::findByMemberId(const QString& memberId) const
{
    return findOne(QStringLiteral("WHERE a.member_id = ?"), memberId);
}

std::optional<Account> AccountRepository::findByCallbackNumber(const core::PhoneNumber& number) const
{
    return findOne(
        QStringLiteral("WHERE a.id = (SELECT c.account_id FROM callback_numbers c WHERE c.number = ? "
                       "ORDER BY c.is_default DESC, c.id LIMIT 1)"),
        number.digits());
}

bool AccountRepository::hasCallbackNumber(std::int64_t accountId, const core::PhoneNumber& number) const
{
    auto q = m_db.cached(QStringLiteral("SELECT 1 FROM callback_numbers WHERE account_id = ? AND number = ?"),
                         {qlonglong(accountId), number.digits()}, tr("reading callback numbers"));
    return q->next();
}

QList<RegisteredPhone> AccountRepository::callbackNumbers(std::int64_t accountId) const
{
    auto q = m_db.cached(QStringLiteral("SELECT number, is_default, created_at FROM callback_numbers "
                                        "WHERE account_id = ? ORDER BY is_default DESC, created_at, id"),
                         {qlonglong(accountId)}, tr("reading callback numbers"));
    QList<RegisteredPhone> phones;
    while (q->next())
        phones.append({core::PhoneNumber::fromE164(q->value(0).toString()), q->value(1).toBool(),
                       q->value(2).toLongLong()});
    return phones;
}

bool AccountRepository::removeCallbackNumber(std::int64_t accountId, const core::PhoneNumber& number)
{
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM callback_numbers WHERE account_id = ? AND number = ?"),
                           {qlonglong(accountId), number.digits()},
                           tr("removing a callback number of subscriber #%1").arg(accountId));
    return q.numRowsAffected() > 0;
}

int AccountRepository::count() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT count(*) FROM accounts"), {},
                           AccountRepository::tr("counting subscribers"));
    return q.next() ? q.value(0).toInt() : 0;
}

std::int64_t AccountRepository::insert(const Account& a)
{
    const qlonglong now = m_clock.nowMs();
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "INSERT INTO accounts (account_code, name, member_id, password_hash, pin_hash, language, "
            "balance_micros, credit_limit_micros, sell_plan_id, max_concurrent_calls, status, notes, "
            "is_demo, did_registered_callers_only, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.accountCode, a.name, nullIfEmpty(a.memberId), nullIfEmpty(a.passwordHash), nullIfEmpty(a.pinHash),
         a.language, qlonglong(a.creditLimit.micros()), nullable(a.sellPlanId), a.maxConcurrentCalls,
         toString(a.status), a.notes, a.isDemo ? 1 : 0, a.didRegisteredCallersOnly ? 1 : 0, now, now},
        AccountRepository::tr("adding subscriber %1").arg(a.accountCode));
    const std::int64_t id = q.lastInsertId().toLongLong();
    saveCallbackNumber(id, a.callbackNumber);
    return id;
}

void AccountRepository::update(const Account& a)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("UPDATE accounts SET account_code = ?, name = ?, member_id = ?, password_hash = ?, "
                       "pin_hash = ?, language = ?, credit_limit_micros = ?, sell_plan_id = ?, "
                       "max_concurrent_calls = ?, status = ?, notes = ?, is_demo = ?, "
                       "did_registered_callers_only = ?, updated_at = ? WHERE id = ?"),
        {a.accountCode, a.name, nullIfEmpty(a.memberId), nullIfEmpty(a.passwordHash), nullIfEmpty(a.pinHash),
         a.language, qlonglong(a.creditLimit.micros()), nullable(a.sellPlanId), a.maxConcurrentCalls,
         toString(a.status), a.notes, a.isDemo ? 1 : 0, a.didRegisteredCallersOnly ? 1 : 0,
         qlonglong(m_clock.nowMs()), qlonglong(a.id)},
        AccountRepository::tr("saving subscriber %1").arg(a.accountCode));
    requireChange(q, AccountRepository::tr("Subscriber #%1 does not exist.").arg(a.id));
    saveCallbackNumber(a.id, a.callbackNumber);
}

void AccountRepository::remove(std::int64_t id)
{
    QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM accounts WHERE id = ?"), {qlonglong(id)},
                           AccountRepository::tr("deleting subscriber #%1").arg(id));
    requireChange(q, AccountRepository::tr("Subscriber #%1 does not exist.").arg(id));
}

void AccountRepository::saveCallbackNumber(std::int64_t accountId, const core::PhoneNumber& number)
{
    const QString context =
        AccountRepository::tr("saving the callback number of subscriber #%1").arg(accountId);
    m_db.run(QStringLiteral("UPDATE callback_numbers SET is_default = 0 WHERE account_id = ?"),
             {qlonglong(accountId)}, context);
    if (number.isEmpty())
        return;
    m_db.run(QStringLiteral("INSERT INTO callback_numbers (account_id, number, is_default, created_at) "
                            "VALUES (?, ?, 1, ?) "
                            "ON CONFLICT (account_id, number) DO UPDATE SET is_default = 1"),
             {qlonglong(accountId), number.digits(), qlonglong(m_clock.nowMs())}, context);
}

} // namespace rebound::store
