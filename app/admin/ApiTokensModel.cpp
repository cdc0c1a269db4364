#include "admin/ApiTokensModel.h"

#include "common/PeriodPicker.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

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

QVariant ApiTokensModel::cell(const Row& row, int column, int role) const
{
    const store::ApiToken& t = row.token;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return t.name;
        case Scope:
            if (t.allAccounts)
                return tr("All subscribers");
            return t.accountCodes.isEmpty() ? tr("None (its subscribers were deleted)")
                                            : t.accountCodes.join(QStringLiteral(", "));
        case Created:
            return time(t.createdAt);
        case Expires:
            if (const auto day = web::ApiTokenService::expiryDay(t, m_zone))
                return web::ApiTokenService::tr("end of %1")
                    .arg(QLocale().toString(*day, format::dateEditFormat()));
            return t.expiresAt ? time(t.expiresAt) : tr("never");
        case LastUsed:
            return t.lastUsedAt ? time(t.lastUsedAt) : tr("never");
        case Status:
            return status(row);
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Scope)
            return t.allAccounts
                       ? tr("May act for every subscriber, including ones added later.")
                       : tr("May act only for subscribers %1.").arg(web::ApiTokenService::scopeText(t));
        if (column == LastUsed)
            return tr("Noted at most once a minute.");
        if (column == Expires || column == Created)
            return tr("Time zone: %1").arg(QString::fromUtf8(m_zone.id()));
    } else if (role == Qt::ForegroundRole && row.state != web::ApiTokenState::Live) {
        // The API refuses these: drawn greyed, so the working tokens stand out.
        return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
    }
    return {};
}

QStringList ApiTokensModel::columnTitles() const
{
    return {tr("Name"), tr("Subscribers"), tr("Created"), tr("Expires"), tr("Last used"), tr("Status")};
}

} // namespace rebound::console
