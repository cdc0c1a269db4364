#pragma once

#include "common/TableModel.h"
#include "store/Rate.h"

#include <QList>

namespace rebound::console {

// The rates of one table, read-only in the console: rates change by import
// or the markup tool, whole tables at a time, so every change is audited.
class RatesModel : public RowsModel<store::Rate>
{
    Q_OBJECT
public:
    enum Column
    {
        Prefix,
        Destination,
        PerMinute,
        ConnectFee,
        Increments,
        Minimum,
        Grace,
        Validity,
        Hours,
        ColumnCount
    };

    explicit RatesModel(QObject* parent = nullptr);

    void setRates(QList<store::Rate> rates, const QString& currency);

    // "Mon-Fri 08:00-19:00", "all day": for the Hours column and the tester.
    static QString describeHours(const store::Rate& rate);
    static QString describeValidity(const store::Rate& rate);

protected:
    Columns columns() const override;

private:
    QString m_currency;
};

// The rate tables, for the list on the left of the Rates page.
class RateTablesModel : public RowsModel<store::RateTable>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Count,
        ColumnCount
    };

    explicit RateTablesModel(QObject* parent = nullptr);
    using RowsModel::setRows;
    int rowOf(const QString& name) const;
    const QList<store::RateTable>& tables() const { return m_rows; }

protected:
    Columns columns() const override;
    QVariant cell(const store::RateTable& row, int column, int role) const override;
};

} // namespace rebound::console
