#include "cards/CardService.h"

#include "cards/Pin.h"
#include "cards/PinKey.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CardRepository.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <variant>

namespace rebound::cards {

namespace {
constexpr int MaxBatchSize = 1'000'000;
constexpr std::int64_t CardsPerTransaction = 2'000; // a few milliseconds of the write lock
constexpr std::int64_t MsPerDay = 86'400'000;

QString serialFor(const QString& prefix, std::int64_t number, int width)
{
    return prefix + QStringLiteral("%1").arg(number, width, 10, QLatin1Char('0'));
}
} // namespace

// One use of a card: who tries it, from where, and what they ask for.
struct CardService::Attempt
{
    QStringList keys; // the lock-out counters it counts against
    QString source;
    QString actor;
    QString action;
    QString pin; // normalised
    store::CardKind kind = store::CardKind::ChargeUp;
    std::optional<std::int64_t> accountId;
    std::optional<store::Account> account; // the account a charge-up card tops up
    QString callbackNumber;
    QString serial;
    std::int64_t now = 0;
};

// Why a use was refused, counted against the lock-out and audited.
struct CardService::Refusal
{
    RedeemResult::Error error;
    QString message;
    QString why;
};

CardService::CardService(const store::Database& db, const core::Clock& clock)
    : AuditedService(db, clock)
    , m_limiter(db, clock, AttemptLimiter::policyFromSettings(db))
{
}

QByteArray CardService::pinKey() const
{
    if (m_pinKey.isEmpty())
        m_pinKey = PinKey::load(m_db);
    return m_pinKey;
}

QList<accounts::FieldError> CardService::validate(const BatchSpec& spec) const
{
    QList<accounts::FieldError> errors;
    if (spec.count < 1 || spec.count > MaxBatchSize)
        errors.append({QStringLiteral("count"), tr("A batch has 1 to %L1 cards.").arg(MaxBatchSize)});
    if (spec.faceValue <= core::Money())
        errors.append({QStringLiteral("value"), tr("The face value must be more than zero.")});
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    if (!spec.currency.isEmpty() && !currencyPattern.match(spec.currency).hasMatch())
        errors.append(
            {QStringLiteral("currency"), tr("The currency is a three-letter ISO code such as USD.")});
    if (spec.pinLength < Pin::MinLength || spec.pinLength > Pin::MaxLength)
        errors.append({QStringLiteral("pin-length"),
                       tr("PINs have %1 to %2 digits; shorter ones are too easy to guess.")
                           .arg(Pin::MinLength)
                           .arg(Pin::MaxLength)});
    static const QRegularExpression prefixPattern(QStringLiteral("^[A-Za-z0-9]{0,10}$"));
    if (!prefixPattern.match(spec.serialPrefix).hasMatch())
        errors.append(
            {QStringLiteral("serial-prefix"), tr("The serial prefix is up to 10 letters or digits.")});
    if (spec.serialStart < 0 || spec.serialStart > 999'999'999'999LL)
        errors.append({QStringLiteral("serial-start"), tr("The first serial number must be 1 or more.")});
    if (spec.kind == store::CardKind::Ppcc) {
        const auto plan = store::RateRepository(m_db, m_clock).findTableByName(spec.sellPlan);
        if (spec.sellPlan.isEmpty())
            errors.append(
                {QStringLiteral("plan"), tr("Prepaid calling cards need the sell plan their accounts use.")});
        else if (!plan || plan->kind != store::RateTableKind::Sell)
            errors.append(
                {QStringLiteral("plan"), tr("There is no sell plan called '%1'.").arg(spec.sellPlan)});
        if (QLocale(spec.language).language() == QLocale::C)
            errors.append(
                {QStringLiteral("language"), tr("'%1' is not a language code.").arg(spec.language)});
    }
    const auto days = spec.expiryDays.value_or(0);
    switch (spec.expiryMode) {
    case store::ExpiryMode::None:
        break;
    case store::ExpiryMode::Fixed:
        if (!spec.expiresAt || *spec.expiresAt <= m_clock.nowMs())
            errors.append({QStringLiteral("expiry"), tr("A fixed expiry date must be in the future.")});
        break;
    case store::ExpiryMode::AfterFirstUse:
        if (spec.kind != store::CardKind::Ppcc)
            errors.append({QStringLiteral("expiry"),
                           tr("Charge-up cards are used up at once; expiry after first use is for prepaid "
                              "calling cards.")});
        [[fallthrough]];
    case store::ExpiryMode::AfterCreation:
        if (days < 1 || days > 3650)
            errors.append({QStringLiteral("expiry"), tr("Expiry is 1 to 3650 days.")});
        break;
    }
    return errors;
}

GeneratedBatch CardService::generate(const BatchSpec& spec, const QString& actor, QRandomGenerator* random)
{
    core::throwIfAny(validate(spec));
    QRandomGenerator& rng = random ? *random : *QRandomGenerator::system();
    const QByteArray key = pinKey();
    const std::int64_t now = m_clock.nowMs();
    store::CardRepository repo(m_db);

    GeneratedBatch result;
    store::CardBatch& batch = result.batch;
    batch.name = spec.name;
    batch.kind = spec.kind;
    batch.count = spec.count;
    batch.faceValue = spec.faceValue;
    batch.currency = spec.currency.isEmpty() ? store::SettingsRepository(m_db).currency() : spec.currency;
    if (spec.kind == store::CardKind::Ppcc)
        batch.sellPlanId = store::RateRepository(m_db, m_clock).findTableByName(spec.sellPlan)->id;
    batch.language = spec.language;
    batch.pinLength = spec.pinLength;
    batch.serialPrefix = spec.serialPrefix;
    batch.serialStart = spec.serialStart > 0 ? spec.serialStart : repo.nextSerialStart(spec.serialPrefix);
    batch.expiryMode = spec.expiryMode;
    batch.expiresAt = spec.expiryMode == store::ExpiryMode::Fixed ? spec.expiresAt : std::nullopt;
    if (spec.expiryMode == store::ExpiryMode::AfterCreation ||
        spec.expiryMode == store::ExpiryMode::AfterFirstUse)
        batch.expiryDays = spec.expiryDays;
    batch.createdBy = actor;
    batch.createdAt = now;
    std::optional<std::int64_t> cardExpiry = batch.expiresAt;
    if (spec.expiryMode == store::ExpiryMode::AfterCreation)
        cardExpiry = now + std::int64_t(*spec.expiryDays) * MsPerDay;

    const std::int64_t last = batch.serialStart + spec.count - 1;
    const int width = std::max(6, static_cast<int>(QString::number(last).size()));
    const QString firstSerial = serialFor(batch.serialPrefix, batch.serialStart, width);
    const QString lastSerial = serialFor(batch.serialPrefix, last, width);

    if (batch.name.trimmed().isEmpty())
        batch.name = QStringLiteral("%1 – %2").arg(firstSerial, lastSerial);
    {
        store::Database::Transaction transaction(m_db);
        batch.id = repo.insertBatch(batch);
        transaction.commit();
    }
    try {
        // Written in chunks, each its own short transaction, so a batch of a
        // million cards never holds the write lock long enough (5 s) to make
        // a live call's write fail. Until it is done nobody holds a PIN of
        // it; if it fails, what was written is removed again.
        store::CardRepository::NewCards cards(m_db);
        result.cards.reserve(spec.count);
        std::int64_t n = batch.serialStart;
        while (n <= last) {
            store::Database::Transaction chunk(m_db);
            for (const std::int64_t end = std::min(last, n + CardsPerTransaction - 1); n <= end; ++n)
                insertCard(cards, batch.id, serialFor(batch.serialPrefix, n, width), spec.pinLength, key,
                           cardExpiry, now, rng, firstSerial, lastSerial, &result);
            chunk.commit();
        }
        store::Database::Transaction transaction(m_db);
        store::AuditLog(m_db, m_clock)
            .record(actor, QStringLiteral("cards.generate"), QStringLiteral("card_batch"),
                    QString::number(batch.id),
                    QStringLiteral("%1 %2 cards of %3 %4, serials %5 to %6")
                        .arg(spec.count)
                        .arg(store::toString(spec.kind), spec.faceValue.toPlainString(2), batch.currency,
                             firstSerial, lastSerial));
        transaction.commit();
    } catch (const store::StoreError&) {
        repo.discardBatch(batch.id);
        throw;
    }
    batch.newCount = spec.count;
    return result;
}

void CardService::insertCard(store::CardRepository::NewCards& cards, std::int64_t batchId,
                             const QString& serial, int pinLength, const QByteArray& key,
                             std::optional<std::int64_t> expiry, std::int64_t now, QRandomGenerator& rng,
                             const QString& firstSerial, const QString& lastSerial, GeneratedBatch* result)
{
    // A PIN that happens to equal another live card's is drawn again; the
    // UNIQUE index on pin_hash is the judge, so no PIN is ever shared.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString pin = Pin::generate(pinLength, rng);
        bool inserted = false;
        try {
            inserted = cards.insert(batchId, serial, Pin::hash(pin, key), expiry, now);
        } catch (const store::StoreError& error) {
            if (error.kind() == store::StoreError::Kind::Duplicate)
                throw store::StoreError(
                    store::StoreError::Kind::Duplicate,
                    tr("Serials %1 to %2 overlap an existing batch; choose another serial "
                       "prefix or first number.")
                        .arg(firstSerial, lastSerial));
            throw;
        }
        if (inserted) {
            result->cards.append({serial, pin, expiry});
            return;
        }
    }
    throw store::StoreError(store::StoreError::Kind::Sql,
                            tr("Could not find a free PIN for card %1.").arg(serial));
}

RedeemResult CardService::fail(const Attempt& attempt, RedeemResult::Error error, const QString& message,
                               const QString& why)
{
    bool locked = false;
    for (const QString& key : attempt.keys)
        locked = m_limiter.recordFailure(key) || locked;
    // The PIN itself is never written anywhere, not even to the audit log.
    store::AuditLog(m_db, m_clock)
        .record(attempt.actor, attempt.action + QStringLiteral("_failed"), QStringLiteral("card"), QString(),
                why + (locked ? QStringLiteral("; locked out") : QString()), attempt.source);
    RedeemResult result;
    result.error = error;
    result.message = message;
    if (locked)
        result.message += QLatin1Char(' ') + tr("Too many failed attempts: try again later.");
    return result;
}

RedeemResult CardService::redeem(const QString& pin, std::int64_t accountId, const QString& source,
                                 const QString& actor)
{
    return use(pin, store::CardKind::ChargeUp, accountId, source, actor, {});
}

RedeemResult CardService::activate(const QString& pin, const QString& source, const QString& actor,
                                   const QString& callbackNumber, const QString& serial)
{
    return use(pin, store::CardKind::Ppcc, std::nullopt, source, actor, callbackNumber, serial);
}

RedeemResult CardService::use(const QString& typedPin, store::CardKind kind,
                              std::optional<std::int64_t> accountId, const QString& source,
                              const QString& actor, const QString& callbackNumber, const QString& serial)
{
    Attempt attempt;
    attempt.source = source;
    attempt.actor = actor;
    attempt.action =
        kind == store::CardKind::Ppcc ? QStringLiteral("card.activate") : QStringLiteral("card.redeem");
    if (!source.isEmpty())
        attempt.keys << QStringLiteral("source:") + source;
    if (accountId)
        attempt.keys << QStringLiteral("account:%1").arg(*accountId);
    attempt.kind = kind;
    attempt.accountId = accountId;
    attempt.callbackNumber = callbackNumber;
    attempt.serial = serial;

    if (auto locked = lockedOut(attempt))
        return *locked;

    attempt.pin = Pin::normalise(typedPin);
    if (const QString problem = Pin::check(attempt.pin); !problem.isEmpty())
        return fail(attempt, RedeemResult::Error::InvalidPin, problem, QStringLiteral("malformed PIN"));

    if (accountId) {
        attempt.account = store::AccountRepository(m_db, m_clock).findById(*accountId);
        if (!attempt.account || attempt.account->status == store::AccountStatus::Closed) {
            RedeemResult result;
            result.error = RedeemResult::Error::NoAccount;
            result.message = tr("This account cannot be topped up; it does not exist or is closed.");
            return result;
        }
    }

    attempt.now = m_clock.nowMs();
    // Everything about the card happens in one transaction; a refusal is
    // recorded only after it rolled back, so the lock-out count and the
    // audit entry survive.
    const Outcome outcome = useInTransaction(attempt);
    if (const auto* refusal = std::get_if<Refusal>(&outcome))
        return fail(attempt, refusal->error, refusal->message, refusal->why);
    const RedeemResult& result = std::get<RedeemResult>(outcome);
    if (result.ok())
        for (const QString& key : std::as_const(attempt.keys))
            m_limiter.recordSuccess(key);
    return result;
}

std::optional<RedeemResult> CardService::lockedOut(const Attempt& attempt)
{
    for (const QString& key : std::as_const(attempt.keys)) {
        if (const std::int64_t ms = m_limiter.lockedFor(key); ms > 0) {
            store::AuditLog(m_db, m_clock)
                .record(attempt.actor, attempt.action + QStringLiteral("_locked"), QStringLiteral("card"),
                        QString(), key, attempt.source);
            RedeemResult result;
            result.error = RedeemResult::Error::LockedOut;
            result.lockedForMs = ms;
            result.message = tr("Too many failed attempts. Try again in %n minute(s).", nullptr,
                                AttemptLimiter::minutesLeft(ms));
            return result;
        }
    }
    return std::nullopt;
}

CardService::Outcome CardService::useInTransaction(const Attempt& attempt)
{
    store::CardRepository repo(m_db);
    store::Database::Transaction transaction(m_db);
    const auto card = repo.findByPinHash(Pin::hash(attempt.pin, pinKey()));
    const auto batch = card ? repo.findBatch(card->batchId) : std::nullopt;
    if (auto refusal = refusalFor(attempt, card ? &*card : nullptr, batch ? &*batch : nullptr))
        return *refusal;
    const QString why = QStringLiteral("card %1: ").arg(card->serial);
    if (card->expiresAt && attempt.now >= *card->expiresAt) {
        repo.markExpired(*card);
        transaction.commit();
        return Refusal{RedeemResult::Error::Expired, tr("This card has expired."),
                       why + QStringLiteral("expired")};
    }

    Outcome outcome = attempt.kind == store::CardKind::ChargeUp ? chargeUp(attempt, repo, *card, *batch)
                                                                : activateCard(attempt, repo, *card, *batch);
    auto* result = std::get_if<RedeemResult>(&outcome);
    if (!result || !result->ok())
        return outcome;
    store::AuditLog(m_db, m_clock)
        .record(attempt.actor, attempt.action, QStringLiteral("card"), card->serial,
                QStringLiteral("%1 %2 to account %3")
                    .arg(batch->faceValue.toPlainString(2), batch->currency, result->accountCode),
                attempt.source);
    transaction.commit();
    return outcome;
}

std::optional<CardService::Refusal> CardService::refusalFor(const Attempt& attempt, const store::Card* card,
                                                            const store::CardBatch* batch) const
{
    // With a serial (the web form), an unknown PIN and another card's
    // PIN get the same answer, so the form cannot confirm a PIN exists.
    const QString unknown =
        attempt.serial.isEmpty()
            ? tr("That PIN does not belong to a card that can be used. Check it and try again.")
            : tr("That serial number and PIN are not of one card that can be used. Check both "
                 "and try again.");
    if (!card || !batch)
        return Refusal{RedeemResult::Error::Unknown, unknown, QStringLiteral("unknown PIN")};
    const QString why = QStringLiteral("card %1: ").arg(card->serial);
    if (!attempt.serial.isEmpty() && attempt.serial.trimmed().compare(card->serial, Qt::CaseInsensitive) != 0)
        return Refusal{RedeemResult::Error::Unknown, unknown, why + QStringLiteral("serial does not match")};
    if (batch->kind != attempt.kind)
        return Refusal{RedeemResult::Error::WrongKind,
                       attempt.kind == store::CardKind::Ppcc
                           ? tr("This is a charge-up card: use it to top up an existing account.")
                           : tr("This is a prepaid calling card: activate it to get a new account."),
                       why + QStringLiteral("wrong kind")};
    if (card->status == store::CardStatus::Void)
        return Refusal{RedeemResult::Error::Void, tr("This card has been cancelled."),
                       why + QStringLiteral("void")};
    if (card->status == store::CardStatus::Expired)
        return Refusal{RedeemResult::Error::Expired, tr("This card has expired."),
                       why + QStringLiteral("expired")};
    const bool usable =
        card->status == store::CardStatus::New ||
        (attempt.kind == store::CardKind::ChargeUp && card->status == store::CardStatus::Active);
    if (!usable)
        return alreadyUsed(*card);
    return std::nullopt;
}

CardService::Refusal CardService::alreadyUsed(const store::Card& card) const
{
    return Refusal{RedeemResult::Error::AlreadyUsed, tr("This card has already been used."),
                   QStringLiteral("card %1: already used").arg(card.serial)};
}

CardService::Outcome CardService::chargeUp(const Attempt& attempt, store::CardRepository& repo,
                                           const store::Card& card, const store::CardBatch& batch)
{
    // Only one of two redemptions that got this far can mark the card used.
    if (!repo.markUsed(card, *attempt.accountId, attempt.now))
        return alreadyUsed(card);
    RedeemResult result;
    result.serial = card.serial;
    result.amount = batch.faceValue;
    result.accountId = *attempt.accountId;
    result.accountCode = attempt.account->accountCode;
    result.balance = store::LedgerRepository(m_db, m_clock)
                         .append(*attempt.accountId, batch.faceValue, store::LedgerReason::Card,
                                 QStringLiteral("card %1").arg(card.serial), attempt.actor);
    return result;
}

CardService::Outcome CardService::activateCard(const Attempt& attempt, store::CardRepository& repo,
                                               const store::Card& card, const store::CardBatch& batch)
{
    RedeemResult result;
    result.serial = card.serial;
    result.amount = batch.faceValue;
    try {
        const store::Account created =
            createCardAccount(attempt.pin, card, batch, attempt.callbackNumber, attempt.actor);
        result.accountId = created.id;
        result.accountCode = created.accountCode;
    } catch (const accounts::ValidationError& error) {
        RedeemResult invalid; // the person's input, not a guess: not counted
        invalid.error = RedeemResult::Error::NoAccount;
        invalid.message = error.message();
        return invalid;
    }
    std::optional<std::int64_t> expiry = card.expiresAt;
    if (batch.expiryMode == store::ExpiryMode::AfterFirstUse && batch.expiryDays)
        expiry = attempt.now + std::int64_t(*batch.expiryDays) * MsPerDay;
    if (!repo.markActivated(card, result.accountId, attempt.now, expiry))
        return alreadyUsed(card);
    result.balance = store::LedgerRepository(m_db, m_clock)
                         .append(result.accountId, batch.faceValue, store::LedgerReason::Ppcc,
                                 QStringLiteral("card %1").arg(card.serial), attempt.actor);
    return result;
}

store::Account CardService::createCardAccount(const QString& pin, const store::Card& card,
                                              const store::CardBatch& batch, const QString& callbackNumber,
                                              const QString& actor)
{
    store::AccountRepository accounts(m_db, m_clock);
    QString code;
    do {
        code = QString::number(QRandomGenerator::system()->bounded(10'000'000, 100'000'000));
    } while (accounts.findByCode(code) || accounts.findByMemberId(code));

    accounts::AccountForm form;
    form.accountCode = code;
    form.name = tr("Card %1").arg(card.serial);
    form.memberId = code;
    form.password = pin;
    form.callbackNumber = callbackNumber;
    form.language = batch.language;
    if (batch.sellPlanId)
        if (const auto plan = store::RateRepository(m_db, m_clock).findTable(*batch.sellPlanId))
            form.sellPlan = plan->name;
    form.maxConcurrentCalls = QStringLiteral("1");
    form.notes = tr("Prepaid calling card %1").arg(card.serial);
    store::Account created = accounts::AccountService(m_db, m_clock).add(form, actor);
    created.pinHash = core::PasswordHash::hash(pin);
    accounts.update(created);
    return created;
}

void CardService::voidCard(const QString& serial, const QString& actor)
{
    store::CardRepository repo(m_db);
    store::AuditedChange change = begin(actor);
    const store::Card card =
        store::requireFound(repo.findBySerial(serial), tr("There is no card with serial %1.").arg(serial));
    if (card.status != store::CardStatus::New && card.status != store::CardStatus::Active)
        throw store::StoreError(
            store::StoreError::Kind::Invalid,
            tr("Card %1 is %2 and cannot be voided.").arg(serial, store::toString(card.status)));
    repo.markVoid(card, m_clock.nowMs());
    change.commit(QStringLiteral("card.void"), QStringLiteral("card"), serial, store::toString(card.status));
}

int CardService::voidBatch(std::int64_t batchId, const QString& actor)
{
    store::CardRepository repo(m_db);
    store::AuditedChange change = begin(actor);
    store::requireFound(repo.findBatch(batchId), tr("Card batch #%1 does not exist.").arg(batchId));
    const int voided = repo.voidBatch(batchId);
    change.commit(QStringLiteral("cards.void_batch"), QStringLiteral("card_batch"), QString::number(batchId),
                  QStringLiteral("%1 unused cards voided").arg(voided));
    return voided;
}

store::CardRepository::Expired CardService::expireDue(const QString& actor)
{
    store::Database::Transaction transaction(m_db);
    const auto expired = store::CardRepository(m_db).expireDue(m_clock.nowMs());
    if (expired.cards > 0)
        store::AuditLog(m_db, m_clock)
            .record(actor, QStringLiteral("cards.expire"), QStringLiteral("card"), QString(),
                    QStringLiteral("%1 cards expired, %2 accounts suspended")
                        .arg(expired.cards)
                        .arg(expired.suspendedAccounts.size()));
    transaction.commit();
    return expired;
}

store::CardRepository::Expired CardService::expireDueFor(const store::Database& db, const core::Clock& clock,
                                                         std::int64_t accountId, const QString& actor)
{
    const auto expired = store::CardRepository(db).expireDueFor(accountId, clock.nowMs());
    if (expired.cards > 0) {
        const auto account = store::AccountRepository(db, clock).findById(accountId);
        store::AuditLog(db, clock).record(
            actor, QStringLiteral("cards.expire"), QStringLiteral("account"),
            account ? account->accountCode : QString::number(accountId),
            QStringLiteral("%1 prepaid card(s) of the account expired at a trigger%2")
                .arg(expired.cards)
                .arg(expired.suspendedAccounts.isEmpty() ? QString()
                                                         : QStringLiteral("; account suspended")));
    }
    return expired;
}

} // namespace rebound::cards
