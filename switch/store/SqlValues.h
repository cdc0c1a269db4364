#pragma once

#include "store/StoreError.h"

#include <QLatin1String>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>

// How the repositories put values into SQL and read them back: an enum's
// stored words, nullable columns and optional parameters, written once.
namespace rebound::store {

// One value of an enum and the word the schema stores for it (the words its
// CHECK constraints allow). A repository keeps one table per enum and reads
// it both ways with wordOf() and valueOf().
template <typename Enum>
struct StoredWord
{
    Enum value;
    const char* word;
};

template <typename Enum, std::size_t N>
QString wordOf(const StoredWord<Enum> (&words)[N], Enum value)
{
    for (const StoredWord<Enum>& w : words)
        if (w.value == value)
            return QString::fromLatin1(w.word);
    return {};
}

// nullopt for a word the table does not hold.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const StoredWord<Enum> (&words)[N], const QString& word)
{
    for (const StoredWord<Enum>& w : words)
        if (word == QLatin1String(w.word))
            return w.value;
    return std::nullopt;
}

// A nullable integer column (an id, a moment, minutes).
template <typename T = std::int64_t>
std::optional<T> optionalValue(const QVariant& column)
{
    if (column.isNull())
        return std::nullopt;
    return static_cast<T>(column.toLongLong());
}

// An optional value as a parameter: NULL when absent.
inline QVariant nullable(const std::optional<std::int64_t>& value)
{
    return value ? QVariant(qlonglong(*value)) : QVariant();
}
inline QVariant nullable(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}
// Empty text as NULL, for columns whose UNIQUE or CHECK treats "" as a value.
inline QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Every row a SELECT returns, in order, each read by `read` (a repository's
// `xFrom(const QSqlQuery&)`).
template <typename Read>
auto allRows(QSqlQuery& query, Read read) -> QList<std::decay_t<decltype(read(query))>>
{
    QList<std::decay_t<decltype(read(query))>> rows;
    while (query.next())
        rows.append(read(query));
    return rows;
}

// The first row a SELECT returns, read by `read`; nullopt when there is none.
template <typename Read>
auto firstRow(QSqlQuery& query, Read read) -> std::optional<std::decay_t<decltype(read(query))>>
{
    if (!query.next())
        return std::nullopt;
    return read(query);
}

// The first of the rows a repository read (its find by a unique column);
// nullopt when there is none.
template <typename Row>
std::optional<Row> firstOf(const QList<Row>& rows)
{
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

// After an UPDATE or DELETE of one row by its id: a StoreError NotFound
// with `notFound` when no row changed.
inline void requireChange(const QSqlQuery& query, const QString& notFound)
{
    if (query.numRowsAffected() == 0)
        throw StoreError(StoreError::Kind::NotFound, notFound);
}

// The conditions of a WHERE clause, joined by AND, with their values in
// order; a filter's Where adds its own.
struct WhereClause
{
    QStringList clauses;
    QVariantList values;

    void add(const QString& clause, const QVariant& value)
    {
        clauses.append(clause);
        values.append(value);
    }

    // " WHERE a AND b", or empty without a condition.
    QString sql() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

} // namespace rebound::store
