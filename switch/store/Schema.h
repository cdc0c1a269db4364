#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::store {

// One step of the schema history. Statements are literal SQL, written out in
// full, so a later rename in the code can never change an old migration.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

class Schema
{
public:
    // Every migration, oldest first; the last one's version is the schema
    // this code writes.
    static QList<Migration> migrations();
    static int latestVersion();
};

} // namespace rebound::store
