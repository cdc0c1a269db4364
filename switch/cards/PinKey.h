#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rebound::store {
class Database;
}

namespace rebound::cards {

// The installation's secret for card-PIN hashes (an HMAC key). It lives in
// a file beside the database, owner-only, and not in the database itself:
// a copy of the database alone (a backup sent somewhere, a stolen laptop's
// file) cannot be used to test PINs offline. Back the two up together.
class PinKey
{
    Q_DECLARE_TR_FUNCTIONS(PinKey)

public:
    // "<database>.pin-key".
    static QString pathFor(const QString& databasePath);

    // The key: read from its file; moved there from the database where an
    // older Rebound kept it; created on first use when no card exists yet.
    // Throws store::StoreError when the file is unreadable, or missing while
    // cards exist (a new key would make every printed PIN worthless).
    static QByteArray load(const store::Database& db);
};

} // namespace rebound::cards
