#pragma once

#include "core/Clock.h"
#include "core/PasswordHash.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace rebound::test {

// A fresh database in its own temporary folder, removed afterwards. Password
// hashing is made cheap, since tests hash many passwords.
struct TempDatabase
{
    QTemporaryDir dir;
    core::MockClock clock;
    std::unique_ptr<store::Database> db;

    TempDatabase()
    {
        core::PasswordHash::setDefaultIterationsForTesting(1000);
        db = store::Database::open(path());
    }
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
};

} // namespace rebound::test
