#pragma once

#include "core/Clock.h"
#include "store/AccountRepository.h"
#include "store/Database.h"

namespace rebound::test {

// Makes `language` account `code`'s own, written straight to the repository
// so that a language the switch does not offer ("de") can be tried too.
inline void setAccountLanguage(const store::Database& db, const core::Clock& clock, const QString& code,
                               const QString& language)
{
    store::AccountRepository accounts(db, clock);
    store::Account account = *accounts.findByCode(code);
    account.language = language;
    accounts.update(account);
}

} // namespace rebound::test
