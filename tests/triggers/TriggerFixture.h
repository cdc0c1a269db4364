#pragma once

// The trigger tests' database: the demo data (subscriber 1001 with $25, phone
// +447700900123 and DID +12125550101), the requests the triggers made, and
// the account edits a subscriber would make in the console.

#include "accounts/AccountService.h"
#include "demo/DemoData.h"
#include "store/AccountRepository.h"
#include "store/CallbackRequestRepository.h"
#include "support/TempDatabase.h"

#include <functional>

namespace rebound::test {

struct TriggerFixture : TempDatabase
{
    TriggerFixture()
    {
        if (!demo::DemoData::seed(*db, clock))
            qFatal("the demo data did not seed");
    }

    // Newest first.
    QList<store::CallbackRequest> requests() const
    {
        return store::CallbackRequestRepository(*db, clock).recent();
    }

    // Ends every request still in progress and lets `waitMs` pass, by
    // default out of the anti-repeat window, so the next trigger is judged
    // on its own.
    void finishRequests(std::int64_t waitMs = 120'000)
    {
        store::CallbackRequestRepository repo(*db, clock);
        for (const auto& request : repo.recent())
            if (!request.isFinished())
                repo.setState(request.id, store::RequestState::Completed);
        clock.advance(waitMs);
    }

    // Saves the account `code` through AccountService once `edit` has changed
    // its form; the account as saved.
    store::Account editAccount(const QString& code, const std::function<void(accounts::AccountForm&)>& edit)
    {
        accounts::AccountService service(*db, clock);
        const auto account = store::AccountRepository(*db, clock).findByCode(code);
        if (!account)
            qFatal("no account %s", qPrintable(code));
        accounts::AccountForm form = service.formFor(*account);
        edit(form);
        return service.update(account->id, form, QStringLiteral("test"));
    }
};

} // namespace rebound::test
