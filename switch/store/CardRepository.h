#pragma once

#include "store/Card.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
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

    // Writes the cards of a new batch through one prepared statement, reused
    // for every card (a batch may hold a million). Transactions are the
    // caller's.
    class NewCards
    {
        Q_DECLARE_TR_FUNCTIONS(CardRepository)

    public:
        explicit NewCards(const Database& db);
        // A new card. False, writing nothing, when a card already has this
        // PIN hash (the caller draws another PIN). Throws StoreError,
        // Duplicate when the serial is taken.
        bool insert(std::int64_t batchId, const QString& serial, const QString& pinHash,
                    std::optional<std::int64_t> expiresAt, std::int64_t createdAt);

    private:
        QSqlQuery m_insert;
    };

    // One card's way through its life; one transaction around each redemption
    // is the caller's. markUsed and markActivated return false, changing
    // nothing, when the card is no longer usable (another redemption won).
    void markExpired(const Card& card);
    // A charge-up card tops up `accountId`.
    bool markUsed(const Card& card, std::int64_t accountId, std::int64_t nowMs);
    // A prepaid calling card opened `accountId` and now expires at `expiresAt`.
    bool markActivated(const Card& card, std::int64_t accountId, std::int64_t nowMs,
                       std::optional<std::int64_t> expiresAt);
    // The card becomes void; when it was an activated card, the account it
    // opened is suspended.
    void markVoid(const Card& card, std::int64_t nowMs);
    // The batch's unused cards and the batch itself become void. Returns how
    // many cards were voided.
    int voidBatch(std::int64_t batchId);

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
