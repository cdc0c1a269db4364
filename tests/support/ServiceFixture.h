#pragma once

// A service under test on a fresh database, and what its tests read back.

#include "core/Validation.h"
#include "store/AuditLog.h"
#include "support/TempDatabase.h"

#include <QStringList>

namespace rebound::test {

// The fields a validation error names, in its order.
inline QStringList fieldNames(const core::FieldErrors& errors)
{
    QStringList names;
    for (const core::FieldError& e : errors)
        names << e.field;
    return names;
}

// A fresh database with `Service` built on it (constructed from the
// database and the mock clock), destroyed before the database.
template <typename Service>
struct ServiceFixture : TempDatabase
{
    Service service{*db, clock};

    // The newest `limit` entries, newest first.
    QList<store::AuditEntry> audit(int limit = 100) const
    {
        return store::AuditLog(*db, clock).recent(limit);
    }
};

} // namespace rebound::test
