#include "rates/RatesModel.h"

#include <QDateTime>
#include <QLocale>
#include <QTime>

namespace rebound::console {

RatesModel::RatesModel(QObject* parent)
    : RowsModel(ColumnCount, parent)
{
}

void RatesModel::setRates(QList<store::Rate> rates, const QString& currency)
{
    replaceRows(std::move(rates), [&] { m_currency = currency; });
}

QString RatesModel::describeHours(const store::Rate& r)
{
    QStringList parts;
    if ((r.daysMask & 0x7f) != 0x7f) {
        QStringList days;
        for (int d = 0; d < 7; ++d)
            if (r.daysMask & (1 << d))
                days << QLocale().dayName(d + 1, QLocale::ShortFormat);
        parts << days.join(QLatin1Char(','));
    }
    if (r.timeFrom && r.timeTo)
        parts << QStringLiteral("%1–%2").arg(
            QTime(0, 0).addSecs(*r.timeFrom * 60).toString(QStringLiteral("HH:mm")),
            *r.timeTo == 1440 ? QStringLiteral("24:00")
                              : QTime(0, 0).addSecs(*r.timeTo * 60).toString(QStringLiteral("HH:mm")));
    return parts.isEmpty() ? tr("any time") : parts.join(QLatin1Char(' '));
}

QString RatesModel::describeValidity(const store::Rate& r)
{
    const auto date = [](std::int64_t ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(), QLocale::ShortFormat);
    };
    if (r.validFrom && r.validTo)
        return tr("%1 to %2").arg(date(*r.validFrom), date(*r.validTo));
    if (r.validFrom)
        return tr("from %1").arg(date(*r.validFrom));
    if (r.validTo)
        return tr("until %1").arg(date(*r.validTo));
    return {};
}

RatesModel::Columns RatesModel::columns() const
{
    using R = store::Rate;
    const auto seconds = [](int s) { return s > 0 ? tr("%1 s").arg(s) : QString(); };
    return {
        {tr("Prefix"), &R::prefix},
        {tr("Destination"), &R::destination},
        {tr("Per minute"), [this](const R& r) { return r.perMinute.format(m_currency, QLocale(), 4); },
         Content::Figure, [](const R& r) { return qlonglong(r.perMinute.micros()); }},
        {tr("Connect fee"),
         [this](const R& r) {
             return r.connectFee.isZero() ? QString() : r.connectFee.format(m_currency, QLocale());
         },
         Content::Figure, [](const R& r) { return qlonglong(r.connectFee.micros()); }},
        {tr("Increments"),
         [](const R& r) { return QStringLiteral("%1/%2").arg(r.firstIncrement).arg(r.nextIncrement); }},
        {tr("Minimum"), [seconds](const R& r) { return seconds(r.minSeconds); }},
        {tr("Grace"), [seconds](const R& r) { return seconds(r.graceSeconds); }},
        {tr("Valid"), [](const R& r) { return describeValidity(r); }},
        {tr("Hours"), [](const R& r) { return describeHours(r); }},
    };
}

RateTablesModel::RateTablesModel(QObject* parent)
    : RowsModel(ColumnCount, parent)
{
}

int RateTablesModel::rowOf(const QString& name) const
{
    return rowWhere([&](const store::RateTable& table) { return table.name == name; });
}

RateTablesModel::Columns RateTablesModel::columns() const
{
    using T = store::RateTable;
    return {
        {tr("Table"), &T::name},
        {tr("Kind"),
         [](const T& t) { return t.kind == store::RateTableKind::Sell ? tr("Sell plan") : tr("Buy table"); }},
        {tr("Rates"), &T::rateCount, Content::Figure},
    };
}

QVariant RateTablesModel::cell(const store::RateTable& t, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return t.description;
    return RowsModel::cell(t, column, role);
}

} // namespace rebound::console
