#include "cards/CardCsv.h"

#include "core/Csv.h"

#include <QDateTime>

namespace rebound::cards {

namespace {
QString isoDate(const std::optional<std::int64_t>& ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QString();
}
} // namespace

QString CardCsv::groupedPin(const QString& pin)
{
    QString out;
    for (qsizetype i = 0; i < pin.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char(' ');
        out += pin[i];
    }
    return out;
}

QByteArray CardCsv::withPins(const GeneratedBatch& generated)
{
    QString out = QStringLiteral("serial,pin,value,currency,expires\n");
    const QString value = generated.batch.faceValue.toPlainString(2);
    for (const GeneratedCard& c : generated.cards)
        out += QStringList{c.serial, c.pin, value, generated.batch.currency, isoDate(c.expiresAt)}.join(
                   QLatin1Char(',')) +
               QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray CardCsv::inventory(const store::CardBatch& batch, const QList<store::Card>& cards)
{
    QString out = QStringLiteral("serial,status,value,currency,expires,used_at,account\n");
    const QString value = batch.faceValue.toPlainString(2);
    for (const store::Card& c : cards)
        out += QStringList{c.serial,
                           store::toString(c.status),
                           value,
                           batch.currency,
                           isoDate(c.expiresAt),
                           isoDate(c.usedAt),
                           core::csv::field(c.usedByAccountCode)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace rebound::cards
