#pragma once

#include "core/Clock.h"
#include "store/AccountRepository.h"
#include "store/Database.h"

namespace rebound::test {

// A subscriber with account code `code` and every other field at its
// default, written straight to the repository (nothing audited); its id.
inline std::int64_t addAccount(const store::Database& db, const core::Clock& clock, const QString& code)
{
    store::Account account;
    account.accountCode = code;
    return store::AccountRepository(db, clock).insert(account);
}

} // namespace rebound::test
