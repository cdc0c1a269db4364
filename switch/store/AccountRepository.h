#pragma once

#include "core/Clock.h"
#include "store/Account.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace rebound::store {

class Database;

// Reads and writes subscribers and their callback numbers (registered phones). Writes that
// touch two tables must run inside a Database::Transaction the caller owns.
// Every failure is a StoreError with a message for people.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    AccountRepository(const Database& db, const core::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    QList<Account> list() const; // ordered by account code
    std::optional<Account> findById(std::int64_t id) const;
    std::optional<Account> findByCode(const QString& accountCode) const;
    std::optional<Account> findByMemberId(const QString& memberId) const;
    // The account this phone is registered to as a callback number, if any.
    std::optional<Account> findByCallbackNumber(const core::PhoneNumber& number) const;
    // Whether `number` is one of the account's callback numbers.
    bool hasCallbackNumber(std::int64_t accountId, const core::PhoneNumber& number) const;
    // Every callback number the account has had and still keeps: its
    // registered phones, the current callback number first.
    QList<RegisteredPhone> callbackNumbers(std::int64_t accountId) const;
    // Forgets a registered phone; false when it was not one. Removing the
    // current callback number leaves the account without one.
    bool removeCallbackNumber(std::int64_t accountId, const core::PhoneNumber& number);
    int count() const;

    // Inserts and returns the new id; account.balance is ignored (starts at 0).
    std::int64_t insert(const Account& account);
    // Updates everything but the balance. Throws NotFound for a missing id.
    void update(const Account& account);
    // Throws NotFound, or InUse when ledger rows keep the account.
    void remove(std::int64_t id);

private:
    void saveCallbackNumber(std::int64_t accountId, const core::PhoneNumber& number);
    std::optional<Account> findOne(const QString& where, const QVariant& value) const;

    const Database& m_db;
    const core::Clock& m_clock;
};

} // namespace rebound::store
