#pragma once

#include <QSqlError>
#include <QString>
#include <optional>
#include <stdexcept>

namespace rebound::store {

// Typed failure from the store. message() is written for the person who
// caused it (what was wrong, what to do); what() carries the same text.
class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        CannotOpen,  // file missing/unreadable, driver missing
        NewerSchema, // database written by a newer Rebound: refused, untouched
        MigrationFailed,
        Duplicate, // a UNIQUE constraint: e.g. account code already used
        InUse,     // a foreign key still points at the row
        Invalid,   // a CHECK / NOT NULL constraint or validation failure
        NotFound,
        Sql, // anything else the database reported
    };

    StoreError(Kind kind, const QString& message);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

    // Classifies a failed query. `context` says what was being done
    // ("saving subscriber 1001"); constraint failures become Duplicate/InUse/
    // Invalid with the offending table.column named.
    static StoreError fromSql(const QSqlError& error, const QString& context);
    // A row holding a word this build does not know (a state, a trigger):
    // the database was changed by hand or by a newer Rebound, which is said,
    // never guessed. `fact` names the row and the word: "Call #7 is in the
    // state \"paused\"". Kind Invalid.
    static StoreError unknownWord(const QString& fact);

private:
    Kind m_kind;
    QString m_message;
};

// The row a find returned, or a StoreError NotFound saying `notFound` (what
// does not exist) when there was none.
template <typename Row>
Row requireFound(std::optional<Row> row, const QString& notFound)
{
    if (!row)
        throw StoreError(StoreError::Kind::NotFound, notFound);
    return std::move(*row);
}

} // namespace rebound::store
