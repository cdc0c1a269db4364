#pragma once

#include "store/Rate.h"

#include <QAbstractTableModel>
#include <QList>

namespace rebound::console {

// The rates of one table, read-only in the console: rates change by import
// or the markup tool, whole tables at a time, so every change is audited.
class RatesModel : public QAbstractTableModel
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
    const store::Rate& rateAt(int row) const { return m_rates.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Mon-Fri 08:00-19:00", "all day": for the Hours column and the tester.
    static QString describeHours(const store::Rate& rate);
    static QString describeValidity(const store::Rate& rate);

private:
    QList<store::Rate> m_rates;
    QString m_currency;
};

// The rate tables, for the list on the left of the Rates page.
class RateTablesModel : public QAbstractTableModel
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
    void setTables(QList<store::RateTable> tables);
    const store::RateTable& tableAt(int row) const { return m_tables.at(row); }
    int rowOf(const QString& name) const;
    const QList<store::RateTable>& tables() const { return m_tables; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<store::RateTable> m_tables;
};

} // namespace rebound::console
