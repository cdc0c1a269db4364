#pragma once

#include "store/ApiTokenRepository.h"
#include "web/ApiTokenService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace rebound::console {

// The JSON API tokens, read-only: tokens are added and revoked through
// ApiTokenService so both are validated and audited. Times are shown in the
// billing time zone, as on the command line.
class ApiTokensModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Scope,
        Created,
        Expires,
        LastUsed,
        Status,
        ColumnCount
    };

    struct Row
    {
        store::ApiToken token;
        triggers::ApiTokenState state = triggers::ApiTokenState::Live;
    };

    explicit ApiTokensModel(QObject* parent = nullptr);

    void setTokens(QList<Row> rows, const QTimeZone& zone);
    const Row& rowAt(int row) const { return m_rows.at(row); }
    int rowOf(std::int64_t id) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString time(std::optional<std::int64_t> ms) const;
    QString status(const Row& row) const;

    QList<Row> m_rows;
    QTimeZone m_zone;
};

} // namespace rebound::console
