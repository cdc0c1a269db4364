#include "billing/RateService.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"

namespace rebound::billing {

RateService::ImportResult RateService::importCsv(const QString& tableName,
                                                 std::optional<store::RateTableKind> kind,
                                                 const QString& currency, const QByteArray& csv,
                                                 const QString& actor)
{
    ImportResult result;
    if (tableName.trimmed().isEmpty())
        throw RateServiceError(tr("Name the rate table to import into."));
    const RateCsvResult parsed = RateCsv::parse(csv);
    if (!parsed.ok()) {
        result.errors = parsed.errors;
        return result;
    }

    store::RateRepository repo(m_db, m_clock);
    store::AuditedChange change = begin(actor);
    auto table = repo.findTableByName(tableName.trimmed());
    if (table) {
        if (kind && *kind != table->kind)
            throw RateServiceError(
                tr("'%1' is a %2 table, not %3.")
                    .arg(table->name, store::toString(table->kind), store::toString(*kind)));
        result.replaced = table->rateCount;
        result.tableId = table->id;
    } else {
        if (!kind)
            throw RateServiceError(
                tr("'%1' is a new table: choose whether it is a sell plan (what subscribers "
                   "pay) or a buy table (what a gateway charges).")
                    .arg(tableName.trimmed()));
        const QString code =
            currency.isEmpty() ? store::SettingsRepository(m_db).currency() : currency.toUpper();
        result.tableId = repo.createTable(store::RateTable::named(tableName.trimmed(), *kind, code));
        result.created = true;
    }
    repo.replaceRates(result.tableId, parsed.rates);
    result.imported = static_cast<int>(parsed.rates.size());
    change.commit(QStringLiteral("rates.import"), QStringLiteral("rate_table"), tableName.trimmed(),
                  QStringLiteral("%1 rates imported, %2 replaced").arg(result.imported).arg(result.replaced));
    return result;
}

QByteArray RateService::exportCsv(std::int64_t tableId) const
{
    return RateCsv::write(store::RateRepository(m_db, m_clock).rates(tableId));
}

int RateService::markup(std::int64_t fromTableId, const QString& toName, const MarkupRule& rule,
                        const QString& actor)
{
    store::RateRepository repo(m_db, m_clock);
    const auto from = repo.findTable(fromTableId);
    if (!from)
        throw RateServiceError(tr("Rate table #%1 does not exist.").arg(fromTableId));
    if (toName.trimmed().isEmpty())
        throw RateServiceError(tr("Name the sell plan to write."));
    if (toName.trimmed() == from->name)
        throw RateServiceError(tr("The sell plan must be a different table from %1.").arg(from->name));
    const QList<store::Rate> sell = applyMarkup(repo.rates(fromTableId), rule);

    store::AuditedChange change = begin(actor);
    const auto to = repo.findTableByName(toName.trimmed());
    if (to && to->kind != store::RateTableKind::Sell)
        throw RateServiceError(tr("'%1' is a buy table; the markup tool writes sell plans.").arg(to->name));
    const std::int64_t toId = to ? to->id
                                 : repo.createTable(store::RateTable::named(
                                       toName.trimmed(), store::RateTableKind::Sell, from->currency,
                                       tr("Made from %1 by the markup tool").arg(from->name)));
    repo.replaceRates(toId, sell);
    change.commit(QStringLiteral("rates.markup"), QStringLiteral("rate_table"), toName.trimmed(),
                  QStringLiteral("from %1: %2 bp + %3/min, step %4")
                      .arg(from->name)
                      .arg(rule.percentBasisPoints)
                      .arg(rule.fixedPerMinute.toPlainString(), rule.roundUpTo.toPlainString()));
    return static_cast<int>(sell.size());
}

} // namespace rebound::billing
