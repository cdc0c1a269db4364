#pragma once

#include "common/TableModel.h"
#include "store/ApiTokenRepository.h"
#include "web/ApiTokenService.h"

#include <QList>
#include <QTimeZone>

namespace rebound::console {

struct ApiTokenRow
{
    store::ApiToken token;
    web::ApiTokenState state = web::ApiTokenState::Live;
};

// The JSON API tokens, read-only: tokens are added and revoked through
// ApiTokenService so both are validated and audited. Times are shown in the
// billing time zone, as on the command line.
class ApiTokensModel : public RowsModel<ApiTokenRow>
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

    using Row = ApiTokenRow;

    explicit ApiTokensModel(QObject* parent = nullptr);

    void setTokens(QList<Row> rows, const QTimeZone& zone);
    int rowOf(std::int64_t id) const; // -1 when absent

protected:
    Columns columns() const override;
    QVariant cell(const ApiTokenRow& row, int column, int role) const override;

private:
    QString time(std::optional<std::int64_t> ms) const;
    QString scope(const store::ApiToken& token) const;
    QString expires(const store::ApiToken& token) const;
    QString status(const Row& row) const;

    QTimeZone m_zone;
};

} // namespace rebound::console
