#include "store/CardRepository.h"

#include "store/Database.h"
#include "store/SqlValues.h"

namespace rebound::store {

namespace {
constexpr StoredWord<CardKind> KindWords[] = {{CardKind::Ppcc, "ppcc"}, {CardKind::ChargeUp, "charge"}};
constexpr StoredWord<CardStatus> StatusWords[] = {{CardStatus::New, "new"},
                                                  {CardStatus::Active, "active"},
                                                  {CardStatus::Used, "used"},
                                                  {CardStatus::Expired, "expired"},
                                                  {CardStatus::Void, "void"}};
constexpr StoredWord<ExpiryMode> ExpiryWords[] = {{ExpiryMode::None, "none"},
                                                  {ExpiryMode::Fixed, "fixed"},
                                                  {ExpiryMode::AfterCreation, "after_creation"},
                                                  {ExpiryMode::AfterFirstUse, "after_first_use"}};

const QString CardColumns =
    QStringLiteral("SELECT c.id, c.batch_id, c.serial, c.status, c.expires_at, c.first_used_at, c.used_at, "
                   "c.used_by_account_id, COALESCE(a.account_code, ''), c.created_at FROM cards c "
                   "LEFT JOIN accounts a ON a.id = c.used_by_account_id ");

Card cardFrom(const QSqlQuery& q)
{
    Card c;
    c.id = q.value(0).toLongLong();
    c.batchId = q.value(1).toLongLong();
    c.serial = q.value(2).toString();
    c.status = cardStatusFromString(q.value(3).toString()).value_or(CardStatus::Void);
    c.expiresAt = optionalValue(q.value(4));
    c.firstUsedAt = optionalValue(q.value(5));
    c.usedAt = optionalValue(q.value(6));
    c.usedByAccountId = optionalValue(q.value(7));
    c.usedByAccountCode = q.value(8).toString();
    c.createdAt = q.value(9).toLongLong();
    return c;
}

const QString BatchColumns = QStringLiteral(
    "SELECT b.id, b.name, b.kind, b.card_count, b.face_value_micros, b.currency, b.sell_plan_id, b.language, "
    "b.pin_length, b.serial_prefix, b.serial_start, b.expiry_mode, b.expires_at, b.expiry_days, b.status, "
    "b.created_by, b.created_at, "
    "(SELECT count(*) FROM cards c WHERE c.batch_id = b.id AND c.status = 'new'), "
    "(SELECT count(*) FROM cards c WHERE c.batch_id = b.id AND c.status = 'active'), "
    "(SELECT count(*) FROM cards c WHERE c.batch_id = b.id AND c.status = 'used'), "
    "(SELECT count(*) FROM cards c WHERE c.batch_id = b.id AND c.status = 'expired'), "
    "(SELECT count(*) FROM cards c WHERE c.batch_id = b.id AND c.status = 'void') "
    "FROM card_batches b ");

CardBatch batchFrom(const QSqlQuery& q)
{
    CardBatch b;
    b.id = q.value(0).toLongLong();
    b.name = q.value(1).toString();
    b.kind = cardKindFromString(q.value(2).toString()).value_or(CardKind::ChargeUp);
    b.count = q.value(3).toInt();
    b.faceValue = core::Money::fromMicros(q.value(4).toLongLong());
    b.currency = q.value(5).toString();
    b.sellPlanId = optionalValue(q.value(6));
    b.language = q.value(7).toString();
    b.pinLength = q.value(8).toInt();
    b.serialPrefix = q.value(9).toString();
    b.serialStart = q.value(10).toLongLong();
    b.expiryMode = expiryModeFromString(q.value(11).toString()).value_or(ExpiryMode::None);
    b.expiresAt = optionalValue(q.value(12));
    b.expiryDays = optionalValue<int>(q.value(13));
    b.isVoid = q.value(14).toString() == QLatin1String("void");
    b.createdBy = q.value(15).toString();
    b.createdAt = q.value(16).toLongLong();
    b.newCount = q.value(17).toInt();
    b.activeCount = q.value(18).toInt();
    b.usedCount = q.value(19).toInt();
    b.expiredCount = q.value(20).toInt();
    b.voidCount = q.value(21).toInt();
    return b;
}
} // namespace

QString toString(CardKind kind)
{
    return wordOf(KindWords, kind);
}

QString toString(CardStatus status)
{
    return wordOf(StatusWords, status);
}

QString toString(ExpiryMode mode)
{
    return wordOf(ExpiryWords, mode);
}

std::optional<CardKind> cardKindFromString(const QString& text)
{
    return valueOf(KindWords, text);
}

std::optional<CardStatus> cardStatusFromString(const QString& text)
{
    return valueOf(StatusWords, text);
}

std::optional<ExpiryMode> expiryModeFromString(const QString& text)
{
    return valueOf(ExpiryWords, text);
}

QList<CardBatch> CardRepository::batches() const
{
    QSqlQuery q =
        m_db.run(BatchColumns + QStringLiteral("ORDER BY b.id DESC"), {}, tr("listing card batches"));
    return allRows(q, batchFrom);
}

std::optional<CardBatch> CardRepository::findBatch(std::int64_t id) const
{
    QSqlQuery q = m_db.run(BatchColumns + QStringLiteral("WHERE b.id = ?"), {qlonglong(id)},
                           tr("reading a card batch"));
    return firstRow(q, batchFrom);
}

CardRepository::Expired CardRepository::expireDue(std::int64_t nowMs)
{
    const QString context = QStringLiteral("expiring cards");
    Expired expired;
    // Accounts created by PPCC cards end with their card.
    QSqlQuery accounts = m_db.run(
        QStringLiteral("SELECT DISTINCT a.id FROM accounts a JOIN cards c ON c.used_by_account_id = a.id "
                       "WHERE a.status = 'active' AND c.status = 'active' AND c.expires_at <= ?"),
        {qlonglong(nowMs)}, context);
    while (accounts.next())
        expired.suspendedAccounts.append(accounts.value(0).toLongLong());
    for (const std::int64_t id : expired.suspendedAccounts)
        m_db.run(QStringLiteral("UPDATE accounts SET status = 'suspended', updated_at = ? WHERE id = ?"),
                 {qlonglong(nowMs), qlonglong(id)}, context);
    QSqlQuery cards =
        m_db.run(QStringLiteral("UPDATE cards SET status = 'expired' WHERE status IN ('new', 'active') AND "
                                "expires_at IS NOT NULL AND expires_at <= ?"),
                 {qlonglong(nowMs)}, context);
    expired.cards = cards.numRowsAffected();
    return expired;
}

CardRepository::Expired CardRepository::expireDueFor(std::int64_t accountId, std::int64_t nowMs)
{
    const QString context = QStringLiteral("expiring the cards of subscriber #%1").arg(accountId);
    Expired expired;
    auto cards = m_db.cached(
        QStringLiteral(
            "UPDATE cards SET status = 'expired' WHERE used_by_account_id = ? AND status = 'active' "
            "AND expires_at IS NOT NULL AND expires_at <= ? "
            "AND batch_id IN (SELECT id FROM card_batches WHERE kind = 'ppcc')"),
        {qlonglong(accountId), qlonglong(nowMs)}, context);
    expired.cards = cards->numRowsAffected();
    if (expired.cards == 0)
        return expired;
    auto account = m_db.cached(
        QStringLiteral(
            "UPDATE accounts SET status = 'suspended', updated_at = ? WHERE id = ? AND status = 'active'"),
        {qlonglong(nowMs), qlonglong(accountId)}, context);
    if (account->numRowsAffected() > 0)
        expired.suspendedAccounts.append(accountId);
    return expired;
}

void CardRepository::discardBatch(std::int64_t batchId)
{
    for (;;) {
        Database::Transaction transaction(m_db);
        QSqlQuery q = m_db.run(QStringLiteral("DELETE FROM cards WHERE id IN (SELECT id FROM cards "
                                              "WHERE batch_id = ? LIMIT 2000)"),
                               {qlonglong(batchId)}, QStringLiteral("discarding a failed card batch"));
        const bool more = q.numRowsAffected() > 0;
        if (!more)
            m_db.run(QStringLiteral("DELETE FROM card_batches WHERE id = ?"), {qlonglong(batchId)},
                     QStringLiteral("discarding a failed card batch"));
        transaction.commit();
        if (!more)
            return;
    }
}

std::int64_t CardRepository::insertBatch(const CardBatch& b)
{
    const auto optional = [](const auto& v) { return v ? QVariant(qlonglong(*v)) : QVariant(); };
    return m_db
        .run(QStringLiteral("INSERT INTO card_batches (name, kind, card_count, face_value_micros, currency, "
                            "sell_plan_id, language, pin_length, serial_prefix, serial_start, expiry_mode, "
                            "expires_at, expiry_days, status, created_by, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)"),
             {b.name, toString(b.kind), b.count, qlonglong(b.faceValue.micros()), b.currency,
              optional(b.sellPlanId), b.language, b.pinLength, b.serialPrefix, qlonglong(b.serialStart),
              toString(b.expiryMode), optional(b.expiresAt),
              b.expiryDays ? QVariant(*b.expiryDays) : QVariant(), b.createdBy, qlonglong(b.createdAt)},
             tr("creating a card batch"))
        .lastInsertId()
        .toLongLong();
}

std::int64_t CardRepository::nextSerialStart(const QString& prefix) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT COALESCE(MAX(serial_start + card_count), 1) FROM card_batches "
                                "WHERE serial_prefix = ?"),
                 {prefix}, tr("finding the next card serial"));
    return q.next() ? q.value(0).toLongLong() : 1;
}

CardRepository::NewCards::NewCards(const Database& db)
    : m_insert(db.prepare(
          QStringLiteral("INSERT INTO cards (batch_id, serial, pin_hash, status, expires_at, created_at) "
                         "VALUES (?, ?, ?, 'new', ?, ?) ON CONFLICT (pin_hash) DO NOTHING")))
{
}

bool CardRepository::NewCards::insert(std::int64_t batchId, const QString& serial, const QString& pinHash,
                                      std::optional<std::int64_t> expiresAt, std::int64_t createdAt)
{
    m_insert.bindValue(0, qlonglong(batchId));
    m_insert.bindValue(1, serial);
    m_insert.bindValue(2, pinHash);
    m_insert.bindValue(3, expiresAt ? QVariant(qlonglong(*expiresAt)) : QVariant());
    m_insert.bindValue(4, qlonglong(createdAt));
    Database::exec(m_insert, tr("creating card %1").arg(serial));
    return m_insert.numRowsAffected() == 1;
}

void CardRepository::markExpired(const Card& card)
{
    m_db.run(QStringLiteral("UPDATE cards SET status = 'expired' WHERE id = ?"), {qlonglong(card.id)},
             tr("expiring card %1").arg(card.serial));
}

bool CardRepository::markUsed(const Card& card, std::int64_t accountId, std::int64_t nowMs)
{
    // The status condition makes the card single-use even if two
    // redemptions got this far: only one UPDATE can match.
    QSqlQuery q =
        m_db.run(QStringLiteral(
                     "UPDATE cards SET status = 'used', used_at = ?, first_used_at = COALESCE(first_used_at, "
                     "?), used_by_account_id = ? WHERE id = ? AND status IN ('new', 'active')"),
                 {qlonglong(nowMs), qlonglong(nowMs), qlonglong(accountId), qlonglong(card.id)},
                 tr("using card %1").arg(card.serial));
    return q.numRowsAffected() == 1;
}

bool CardRepository::markActivated(const Card& card, std::int64_t accountId, std::int64_t nowMs,
                                   std::optional<std::int64_t> expiresAt)
{
    QSqlQuery q =
        m_db.run(QStringLiteral("UPDATE cards SET status = 'active', used_at = ?, first_used_at = ?, "
                                "used_by_account_id = ?, expires_at = ? WHERE id = ? AND status = 'new'"),
                 {qlonglong(nowMs), qlonglong(nowMs), qlonglong(accountId),
                  expiresAt ? QVariant(qlonglong(*expiresAt)) : QVariant(), qlonglong(card.id)},
                 tr("activating card %1").arg(card.serial));
    return q.numRowsAffected() == 1;
}

void CardRepository::markVoid(const Card& card, std::int64_t nowMs)
{
    m_db.run(QStringLiteral("UPDATE cards SET status = 'void' WHERE id = ?"), {qlonglong(card.id)},
             tr("voiding card %1").arg(card.serial));
    if (card.status == CardStatus::Active && card.usedByAccountId)
        m_db.run(QStringLiteral("UPDATE accounts SET status = 'suspended', updated_at = ? WHERE id = ?"),
                 {qlonglong(nowMs), qlonglong(*card.usedByAccountId)},
                 tr("suspending the account of card %1").arg(card.serial));
}

int CardRepository::voidBatch(std::int64_t batchId)
{
    const QString context = tr("voiding card batch #%1").arg(batchId);
    QSqlQuery q =
        m_db.run(QStringLiteral("UPDATE cards SET status = 'void' WHERE batch_id = ? AND status = 'new'"),
                 {qlonglong(batchId)}, context);
    const int voided = q.numRowsAffected();
    m_db.run(QStringLiteral("UPDATE card_batches SET status = 'void' WHERE id = ?"), {qlonglong(batchId)},
             context);
    return voided;
}

QList<Card> CardRepository::cardsWhere(const QString& where, const QVariantList& values) const
{
    QSqlQuery q = m_db.run(CardColumns + where, values, tr("reading cards"));
    return allRows(q, cardFrom);
}

QList<Card> CardRepository::cards(std::int64_t batchId, std::optional<CardStatus> status) const
{
    if (status)
        return cardsWhere(QStringLiteral("WHERE c.batch_id = ? AND c.status = ? ORDER BY c.serial"),
                          {qlonglong(batchId), toString(*status)});
    return cardsWhere(QStringLiteral("WHERE c.batch_id = ? ORDER BY c.serial"), {qlonglong(batchId)});
}

std::optional<Card> CardRepository::findBySerial(const QString& serial) const
{
    return firstOf(cardsWhere(QStringLiteral("WHERE c.serial = ?"), {serial}));
}

std::optional<Card> CardRepository::findByPinHash(const QString& pinHash) const
{
    return firstOf(cardsWhere(QStringLiteral("WHERE c.pin_hash = ?"), {pinHash}));
}

QList<Card> CardRepository::redemptions(int limit) const
{
    return cardsWhere(
        QStringLiteral("WHERE c.used_at IS NOT NULL ORDER BY c.used_at DESC, c.id DESC LIMIT ?"), {limit});
}

} // namespace rebound::store
