#include "store/StoreError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rebound::store {

StoreError::StoreError(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
{
}

StoreError StoreError::unknownWord(const QString& fact)
{
    return {Kind::Invalid,
            QCoreApplication::translate("StoreError", "%1, which this version of Rebound does not know: the "
                                                      "database was changed outside Rebound or by a newer "
                                                      "version. Open it with the version that wrote it.")
                .arg(fact)};
}

StoreError StoreError::fromSql(const QSqlError& error, const QString& context)
{
    const QString text = error.databaseText();
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: ([\\w., ]+)"));
    static const QRegularExpression notNull(QStringLiteral("NOT NULL constraint failed: ([\\w.]+)"));
    static const QRegularExpression check(QStringLiteral("CHECK constraint failed: (.+)"));

    if (const auto m = unique.match(text); m.hasMatch())
        return {Kind::Duplicate, QCoreApplication::translate("StoreError", "%1: %2 is already in use.")
                                     .arg(context, m.captured(1).trimmed())};
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return {Kind::InUse,
                QCoreApplication::translate("StoreError", "%1: other records still refer to it, or it refers "
                                                          "to a record that does not exist.")
                    .arg(context)};
    if (const auto m = notNull.match(text); m.hasMatch())
        return {Kind::Invalid, QCoreApplication::translate("StoreError", "%1: %2 must not be empty.")
                                   .arg(context, m.captured(1))};
    if (const auto m = check.match(text); m.hasMatch())
        return {Kind::Invalid, QCoreApplication::translate("StoreError", "%1: the value breaks the rule %2.")
                                   .arg(context, m.captured(1).trimmed())};
    return {Kind::Sql,
            QCoreApplication::translate("StoreError", "%1: database error: %2").arg(context, error.text())};
}

} // namespace rebound::store
