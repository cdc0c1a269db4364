#pragma once

#include "accounts/AccountService.h"
#include "common/TableModel.h"
#include "store/Account.h"
#include "store/LedgerRepository.h"

#include <QList>

namespace rebound::store {
class Database;
}

namespace rebound::console {

// Subscribers as a table, read from the database. Edits go through
// AccountService (validated, audited) and then update exactly the rows they
// touched, so views keep their selection and scroll position. Rows are kept
// sorted by account code.
class SubscriberModel : public RowsModel<store::Account>
{
    Q_OBJECT
public:
    enum Column
    {
        AccountCode,
        Name,
        MemberId,
        CallbackNumber,
        Balance,
        CreditLimit,
        Language,
        Status,
        ColumnCount
    };

    SubscriberModel(const store::Database& db, const core::Clock& clock, QObject* parent = nullptr);

    // Throw accounts::ValidationError or store::StoreError; the model is
    // unchanged then.
    store::Account add(const accounts::AccountForm& form);
    store::Account update(std::int64_t id, const accounts::AccountForm& form);
    void remove(std::int64_t id);

    // Top-up or correction: one ledger row; the row shows the new balance.
    // Throws store::StoreError.
    void adjustBalance(std::int64_t id, core::Money amount, store::LedgerReason reason, const QString& note);
    // Re-reads everything (after changes made elsewhere, e.g. the CLI).
    void reload();
    const accounts::AccountService& service() const { return m_service; }
    const QString& currency() const { return m_currency; }

protected:
    Columns columns() const override;
    QVariant cell(const store::Account& row, int column, int role) const override;

private:
    int insertionRow(const QString& accountCode) const;

    const store::Database& m_db;
    const core::Clock& m_clock;
    accounts::AccountService m_service;
    QString m_currency;
};

} // namespace rebound::console
