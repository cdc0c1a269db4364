#include "subscribers/SubscriberModel.h"

#include "billing/CreditManager.h"
#include "common/ConsoleActor.h"
#include "common/PeriodPicker.h"
#include "store/AccountRepository.h"
#include "store/SettingsRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace rebound::console {

SubscriberModel::SubscriberModel(const store::Database& db, const core::Clock& clock, QObject* parent)
    : RowsModel(ColumnCount, parent)
    , m_db(db)
    , m_clock(clock)
    , m_service(db, clock)
{
    reload();
}

void SubscriberModel::reload()
{
    beginResetModel();
    m_currency = store::SettingsRepository(m_db).currency();
    m_rows = store::AccountRepository(m_db, m_clock).list();
    endResetModel();
}

SubscriberModel::Columns SubscriberModel::columns() const
{
    using A = store::Account;
    return {
        {tr("Account"), &A::accountCode},
        {tr("Name"), &A::name},
        {tr("Member id"), &A::memberId},
        {tr("Callback number"),
         [](const A& a) { return a.callbackNumber.isEmpty() ? QString() : a.callbackNumber.toPlus(); }},
        {tr("Balance"), [this](const A& a) { return a.balance.format(m_currency, QLocale()); },
         Content::Figure, [](const A& a) { return qlonglong(a.balance.micros()); }},
        {tr("Credit limit"), [this](const A& a) { return a.creditLimit.format(m_currency, QLocale()); },
         Content::Figure, [](const A& a) { return qlonglong(a.creditLimit.micros()); }},
        {tr("Language"), [](const A& a) { return format::languageName(a.language); }},
        {tr("Status"), [](const A& a) { return store::displayName(a.status); }},
    };
}

QVariant SubscriberModel::cell(const store::Account& a, int column, int role) const
{
    if (role == Qt::ForegroundRole) {
        if (column == Balance && a.balance.isNegative())
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (a.status != store::AccountStatus::Active)
            return greyedOut();
    } else if (role == Qt::ToolTipRole && a.isDemo) {
        return tr("Demo subscriber created on first start");
    }
    return RowsModel::cell(a, column, role);
}

int SubscriberModel::insertionRow(const QString& accountCode) const
{
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), accountCode,
                         [](const store::Account& a, const QString& code) { return a.accountCode < code; });
    return static_cast<int>(it - m_rows.cbegin());
}

store::Account SubscriberModel::add(const accounts::AccountForm& form)
{
    const store::Account added = m_service.add(form, ConsoleActor);
    const int row = insertionRow(added.accountCode);
    beginInsertRows({}, row, row);
    m_rows.insert(row, added);
    endInsertRows();
    return added;
}

store::Account SubscriberModel::update(std::int64_t id, const accounts::AccountForm& form)
{
    const store::Account updated = m_service.update(id, form, ConsoleActor);
    const int oldRow = rowOf(id);
    if (oldRow < 0) {
        reload();
        return updated;
    }
    if (m_rows[oldRow].accountCode == updated.accountCode) {
        m_rows[oldRow] = updated;
        Q_EMIT dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
        return updated;
    }
    // A new account code moves the row to keep the list sorted.
    beginRemoveRows({}, oldRow, oldRow);
    m_rows.removeAt(oldRow);
    endRemoveRows();
    const int newRow = insertionRow(updated.accountCode);
    beginInsertRows({}, newRow, newRow);
    m_rows.insert(newRow, updated);
    endInsertRows();
    return updated;
}

void SubscriberModel::adjustBalance(std::int64_t id, core::Money amount, store::LedgerReason reason,
                                    const QString& note)
{
    billing::CreditManager(m_db, m_clock).adjust(id, amount, reason, note, ConsoleActor);
    const int row = rowOf(id);
    if (const auto fresh = store::AccountRepository(m_db, m_clock).findById(id); fresh && row >= 0) {
        m_rows[row] = *fresh;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void SubscriberModel::remove(std::int64_t id)
{
    m_service.remove(id, ConsoleActor);
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace rebound::console
