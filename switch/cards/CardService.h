#pragma once

#include "accounts/AccountService.h"
#include "cards/AttemptLimiter.h"
#include "core/Clock.h"
#include "store/AuditLog.h"
#include "store/Card.h"
#include "store/CardRepository.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <variant>

class QRandomGenerator;

namespace rebound::cards {

// What a batch should be, as chosen in the console or on the command line.
struct BatchSpec
{
    store::CardKind kind = store::CardKind::ChargeUp;
    int count = 0;
    core::Money faceValue;
    QString currency; // empty = the installation's currency
    QString sellPlan; // PPCC: name of the sell plan the new accounts get
    QString language = QStringLiteral("en");
    int pinLength = 12;
    QString serialPrefix;
    std::int64_t serialStart = 0; // 0 = right after the last batch with this prefix
    store::ExpiryMode expiryMode = store::ExpiryMode::None;
    std::optional<std::int64_t> expiresAt; // Fixed: ms since epoch
    std::optional<int> expiryDays;         // AfterCreation / AfterFirstUse
    QString name;
};

struct GeneratedCard
{
    QString serial;
    QString pin; // plaintext: exists only here, for the printer, never stored
    std::optional<std::int64_t> expiresAt;
};

// A batch right after generation: the only moment its PINs are known.
struct GeneratedBatch
{
    store::CardBatch batch;
    QList<GeneratedCard> cards;
};

struct RedeemResult
{
    enum class Error
    {
        None,
        LockedOut,
        InvalidPin,
        Unknown,
        AlreadyUsed,
        Expired,
        Void,
        WrongKind,
        NoAccount
    };
    Error error = Error::None;
    QString message; // for the person redeeming: what happened, what to do
    core::Money amount;
    core::Money balance; // after the top-up (or the new account's)
    std::int64_t accountId = 0;
    QString accountCode; // the account topped up or created
    QString serial;
    std::int64_t lockedForMs = 0;
    bool ok() const { return error == Error::None; }
};

// Card batches and their one-time use. Generation uses a CSPRNG; redemption
// is atomic (one UPDATE ... WHERE status is still usable, inside a write
// transaction, so of two simultaneous redemptions of one PIN exactly one
// wins), locked out after repeated failures per account and per source, and
// every failure is audited. Used by the console, the command line, and the
// web, SMS and IVR triggers.
class CardService : public store::AuditedService
{
    Q_DECLARE_TR_FUNCTIONS(CardService)

public:
    CardService(const store::Database& db, const core::Clock& clock);

    QList<accounts::FieldError> validate(const BatchSpec& spec) const;
    // Throws accounts::ValidationError or store::StoreError. `random` is the
    // PIN source; leave it null for QRandomGenerator::system().
    GeneratedBatch generate(const BatchSpec& spec, const QString& actor, QRandomGenerator* random = nullptr);

    // Charge-up card: adds its value to the account. `source` names where
    // the attempt came from ("web:203.0.113.9", "sms:+447700900123").
    RedeemResult redeem(const QString& pin, std::int64_t accountId, const QString& source,
                        const QString& actor);
    // Prepaid calling card: creates a ready-to-use account holding the
    // card's value and returns its account code. The account's member id is
    // its account code and its portal password and IVR PIN are the card PIN.
    // When `serial` is given (the web form asks for both), it must be the
    // card's own, or the attempt fails like a wrong PIN.
    RedeemResult activate(const QString& pin, const QString& source, const QString& actor,
                          const QString& callbackNumber = {}, const QString& serial = {});

    // Void unused cards (a lost box, a returned batch). An activated PPCC
    // card's account is suspended with it. Throw store::StoreError.
    void voidCard(const QString& serial, const QString& actor);
    int voidBatch(std::int64_t batchId, const QString& actor);
    // Marks cards past their expiry as expired, suspending the accounts of
    // expired PPCC cards. The switch runs it every minute (and hangs up the
    // calls of the accounts it suspends); the Cards page and `cards list`
    // before they show statuses.
    store::CardRepository::Expired expireDue(const QString& actor);
    // The same for one account, when it triggers a callback, so an expired
    // card is refused at once rather than at the switch's next sweep. Inside
    // the write transaction of that callback's request, which the caller
    // holds and rolls back if this throws: a trigger's path, so no savepoint
    // of its own and no service to build (its lock-out policy is read from
    // the settings).
    static store::CardRepository::Expired expireDueFor(const store::Database& db, const core::Clock& clock,
                                                       std::int64_t accountId, const QString& actor);

    // The installation's secret for PIN hashes (cards::PinKey), created on
    // first use. Throws store::StoreError when its file is missing or bad.
    QByteArray pinKey() const;

private:
    struct Attempt;
    struct Refusal;
    using Outcome = std::variant<Refusal, RedeemResult>;
    void insertCard(store::CardRepository::NewCards& cards, std::int64_t batchId, const QString& serial,
                    int pinLength, const QByteArray& key, std::optional<std::int64_t> expiry,
                    std::int64_t now, QRandomGenerator& rng, const QString& firstSerial,
                    const QString& lastSerial, GeneratedBatch* result);
    RedeemResult use(const QString& pin, store::CardKind kind, std::optional<std::int64_t> accountId,
                     const QString& source, const QString& actor, const QString& callbackNumber,
                     const QString& serial = {});
    std::optional<RedeemResult> lockedOut(const Attempt& attempt);
    // Inside one write transaction: finds the card, checks it and uses it.
    Outcome useInTransaction(const Attempt& attempt);
    std::optional<Refusal> refusalFor(const Attempt& attempt, const store::Card* card,
                                      const store::CardBatch* batch) const;
    Refusal alreadyUsed(const store::Card& card) const;
    Outcome chargeUp(const Attempt& attempt, store::CardRepository& repo, const store::Card& card,
                     const store::CardBatch& batch);
    Outcome activateCard(const Attempt& attempt, store::CardRepository& repo, const store::Card& card,
                         const store::CardBatch& batch);
    RedeemResult fail(const Attempt& attempt, RedeemResult::Error error, const QString& message,
                      const QString& why);
    store::Account createCardAccount(const QString& pin, const store::Card& card,
                                     const store::CardBatch& batch, const QString& callbackNumber,
                                     const QString& actor);

    AttemptLimiter m_limiter;
    mutable QByteArray m_pinKey; // read once per service
};

} // namespace rebound::cards
