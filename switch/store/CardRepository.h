#pragma once

#include "store/Card.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace rebound::store {

class Database;

// Card batches and cards. Generation and redemption logic live in
// cards::CardService; this class only reads and writes rows.
class CardRepository
{
    Q_DECLARE_TR_FUNCTIONS(CardRepository)

public:
    explicit CardRepository(const Database& db)
        : m_db(db)
    {
    }

    QList<CardBatch> batches() const; // newest first, with status counts
    std::optional<CardBatch> findBatch(std::int64_t id) const;
    std::int64_t insertBatch(const CardBatch& batch);
    // Cards past their expiry at `nowMs` become expired, and the active
    // accounts their PPCC cards opened are suspended (one transaction is the
    // caller's). Returns the expired cards and the suspended account ids.
    struct Expired
    {
        int cards = 0;
        QList<std::int64_t> suspendedAccounts;
    };
    Expired expireDue(std::int64_t nowMs);
    // The same for one account, at each of its callback triggers: its PPCC
    // cards past their expiry become expired and, when one did and the
    // account is active, it is suspended.
    Expired expireDueFor(std::int64_t accountId, std::int64_t nowMs);
    // Removes a batch whose generation failed half-way, with its cards (no
    // PIN of it was ever handed out). Runs in short transactions.
    void discardBatch(std::int64_t batchId);
    // The first free serial number after every batch with this prefix.
    std::int64_t nextSerialStart(const QString& prefix) const;

    // Cards of a batch, by serial; status filter optional.
    QList<Card> cards(std::int64_t batchId, std::optional<CardStatus> status = std::nullopt) const;
    std::optional<Card> findBySerial(const QString& serial) const;
    std::optional<Card> findByPinHash(const QString& pinHash) const;
    // Cards that were used, newest first: the redemption history.
    QList<Card> redemptions(int limit = 500) const;

private:
    QList<Card> cardsWhere(const QString& where, const QVariantList& values) const;

    const Database& m_db;
};

} // namespace rebound::store
