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

QVariant RatesModel::cell(const store::Rate& r, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Prefix:
            return r.prefix;
        case Destination:
            return r.destination;
        case PerMinute:
            return r.perMinute.format(m_currency, QLocale(), 4);
        case ConnectFee:
            return r.connectFee.isZero() ? QString() : r.connectFee.format(m_currency, QLocale());
        case Increments:
            return QStringLiteral("%1/%2").arg(r.firstIncrement).arg(r.nextIncrement);
        case Minimum:
            return r.minSeconds > 0 ? tr("%1 s").arg(r.minSeconds) : QString();
        case Grace:
            return r.graceSeconds > 0 ? tr("%1 s").arg(r.graceSeconds) : QString();
        case Validity:
            return describeValidity(r);
        case Hours:
            return describeHours(r);
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (column == PerMinute || column == ConnectFee)
            return figureAlignment();
    } else if (role == Qt::UserRole) {
        if (column == PerMinute)
            return qlonglong(r.perMinute.micros());
        if (column == ConnectFee)
            return qlonglong(r.connectFee.micros());
        return cell(r, column, Qt::DisplayRole);
    }
    return {};
}

QStringList RatesModel::columnTitles() const
{
    return {tr("Prefix"),  tr("Destination"), tr("Per minute"), tr("Connect fee"), tr("Increments"),
            tr("Minimum"), tr("Grace"),       tr("Valid"),      tr("Hours")};
}

RateTablesModel::RateTablesModel(QObject* parent)
    : RowsModel(ColumnCount, parent)
{
}

int RateTablesModel::rowOf(const QString& name) const
{
    return rowWhere([&](const store::RateTable& table) { return table.name == name; });
}

QVariant RateTablesModel::cell(const store::RateTable& t, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return t.name;
        case Kind:
            return t.kind == store::RateTableKind::Sell ? tr("Sell plan") : tr("Buy table");
        case Count:
            return t.rateCount;
        }
    } else if (role == Qt::ToolTipRole) {
        return t.description;
    } else if (role == Qt::TextAlignmentRole && column == Count) {
        return figureAlignment();
    }
    return {};
}

QStringList RateTablesModel::columnTitles() const
{
    return {tr("Table"), tr("Kind"), tr("Rates")};
}

} // namespace rebound::console
