#include "admin/ApiTokensModel.h"

#include "common/PeriodPicker.h"

#include <QLocale>

namespace rebound::console {

ApiTokensModel::ApiTokensModel(QObject* parent)
    : RowsModel(ColumnCount, parent)
{
}

void ApiTokensModel::setTokens(QList<Row> rows, const QTimeZone& zone)
{
    replaceRows(std::move(rows), [&] { m_zone = zone; });
}

int ApiTokensModel::rowOf(std::int64_t id) const
{
    return rowWhere([id](const Row& row) { return row.token.id == id; });
}

QString ApiTokensModel::time(std::optional<std::int64_t> ms) const
{
    return ms ? format::dateTime(*ms, m_zone, false) : QString();
}

QString ApiTokensModel::status(const Row& row) const
{
    switch (row.state) {
    case web::ApiTokenState::Live:
        return tr("Live");
    case web::ApiTokenState::Expired:
        return tr("Expired");
    case web::ApiTokenState::Revoked:
        return tr("Revoked %1").arg(time(row.token.revokedAt));
    }
    return {};
}

QString ApiTokensModel::scope(const store::ApiToken& t) const
{
    if (t.allAccounts)
        return tr("All subscribers");
    return t.accountCodes.isEmpty() ? tr("None (its subscribers were deleted)")
                                    : t.accountCodes.join(QStringLiteral(", "));
}

QString ApiTokensModel::expires(const store::ApiToken& t) const
{
    if (const auto day = web::ApiTokenService::expiryDay(t, m_zone))
        return web::ApiTokenService::tr("end of %1").arg(QLocale().toString(*day, format::dateEditFormat()));
    return t.expiresAt ? time(t.expiresAt) : tr("never");
}

ApiTokensModel::Columns ApiTokensModel::columns() const
{
    return {
        {tr("Name"), [](const Row& r) { return r.token.name; }},
        {tr("Subscribers"), [this](const Row& r) { return scope(r.token); }},
        {tr("Created"), [this](const Row& r) { return time(r.token.createdAt); }},
        {tr("Expires"), [this](const Row& r) { return expires(r.token); }},
        {tr("Last used"),
         [this](const Row& r) { return r.token.lastUsedAt ? time(r.token.lastUsedAt) : tr("never"); }},
        {tr("Status"), [this](const Row& r) { return status(r); }},
    };
}

QVariant ApiTokensModel::cell(const Row& row, int column, int role) const
{
    const store::ApiToken& t = row.token;
    if (role == Qt::ToolTipRole) {
        if (column == Scope)
            return t.allAccounts
                       ? tr("May act for every subscriber, including ones added later.")
                       : tr("May act only for subscribers %1.").arg(web::ApiTokenService::scopeText(t));
        if (column == LastUsed)
            return tr("Noted at most once a minute.");
        if (column == Expires || column == Created)
            return tr("Time zone: %1").arg(QString::fromUtf8(m_zone.id()));
    } else if (role == Qt::ForegroundRole && row.state != web::ApiTokenState::Live) {
        return disabledText(); // the API refuses these
    }
    return RowsModel::cell(row, column, role);
}

} // namespace rebound::console
