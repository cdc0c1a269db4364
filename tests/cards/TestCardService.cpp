#include "cards/CardCsv.h"
#include "cards/CardService.h"
#include "cards/Pin.h"
#include "cards/PinKey.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/CardRepository.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "support/Accounts.h"
#include "support/RacingConnections.h"
#include "support/RateTables.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace rebound;
using cards::BatchSpec;
using cards::CardService;
using cards::RedeemResult;
using core::Money;

namespace {
constexpr std::int64_t Day = 86'400'000;

BatchSpec chargeSpec(int count, Money value = Money::fromUnits(10))
{
    BatchSpec spec;
    spec.kind = store::CardKind::ChargeUp;
    spec.count = count;
    spec.faceValue = value;
    spec.serialPrefix = QStringLiteral("CU");
    return spec;
}

QByteArray rawDatabaseBytes(const QString& path)
{
    QByteArray all;
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-journal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

class TestCardService : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;
    std::int64_t m_account = 0;

    QString source(int n = 1) const { return QStringLiteral("test:%1").arg(n); }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::TempDatabase>();
        test::rateTable(*m_t->db, m_t->clock, QStringLiteral("Retail"), store::RateTableKind::Sell);
        m_account = test::addAccount(*m_t->db, m_t->clock, QStringLiteral("1001"));
    }
    void cleanup() { m_t.reset(); }

    void generatesUniqueCheckedPinsAndSerials()
    {
        CardService service(*m_t->db, m_t->clock);
        const auto batch = service.generate(chargeSpec(2000), QStringLiteral("test"));
        QCOMPARE(batch.cards.size(), 2000);
        QSet<QString> pins;
        QSet<QString> serials;
        for (const auto& c : batch.cards) {
            QCOMPARE(c.pin.size(), 12);
            QVERIFY(cards::Pin::check(c.pin).isEmpty());
            pins.insert(c.pin);
            serials.insert(c.serial);
        }
        QCOMPARE(pins.size(), 2000);
        QCOMPARE(serials.size(), 2000);
        QCOMPARE(batch.cards.first().serial, QStringLiteral("CU000001"));
        QCOMPARE(batch.cards.last().serial, QStringLiteral("CU002000"));
        // The next batch with this prefix continues the range.
        const auto next = service.generate(chargeSpec(3), QStringLiteral("test"));
        QCOMPARE(next.cards.first().serial, QStringLiteral("CU002001"));
        const auto stored = store::CardRepository(*m_t->db).batches();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.last().newCount, 2000);
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().action,
                 QStringLiteral("cards.generate"));
    }

    void duplicatePinsAreDrawnAgain()
    {
        // A generator that repeats itself: every PIN of the second batch
        // collides with the first until the stream moves on.
        CardService service(*m_t->db, m_t->clock);
        QRandomGenerator first(1);
        QRandomGenerator again(1);
        const auto a = service.generate(chargeSpec(50), QStringLiteral("t"), &first);
        auto spec = chargeSpec(50);
        spec.serialPrefix = QStringLiteral("XX");
        const auto b = service.generate(spec, QStringLiteral("t"), &again);
        QSet<QString> all;
        for (const auto& c : a.cards + b.cards)
            all.insert(c.pin);
        QCOMPARE(all.size(), 100);
    }

    void overlappingSerialsChangeNothing()
    {
        CardService service(*m_t->db, m_t->clock);
        service.generate(chargeSpec(10), QStringLiteral("t"));
        auto spec = chargeSpec(10);
        spec.serialStart = 5;
        try {
            service.generate(spec, QStringLiteral("t"));
            QFAIL("overlapping serials accepted");
        } catch (const store::StoreError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("overlap")), qPrintable(e.message()));
        }
        QCOMPARE(store::CardRepository(*m_t->db).batches().size(), 1);
    }

    void aBatchFailingAfterSeveralChunksLeavesNothing()
    {
        // Big batches are written in chunks of short transactions; one that
        // fails after some chunks were committed is removed entirely.
        CardService service(*m_t->db, m_t->clock);
        auto blocker = chargeSpec(1);
        blocker.serialStart = 4500; // inside the third chunk of the next batch
        service.generate(blocker, QStringLiteral("t"));
        auto big = chargeSpec(5000);
        big.serialStart = 1; // CU000001 to CU005000: CU004500 is taken
        try {
            service.generate(big, QStringLiteral("t"));
            QFAIL("overlapping serials accepted");
        } catch (const store::StoreError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("overlap")), qPrintable(e.message()));
        }
        const auto batches = store::CardRepository(*m_t->db).batches();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(store::CardRepository(*m_t->db).cards(batches.first().id).size(), 1);
        QSqlQuery all =
            m_t->db->run(QStringLiteral("SELECT count(*) FROM cards"), {}, QStringLiteral("test"));
        QVERIFY(all.next());
        QCOMPARE(all.value(0).toInt(), 1);
    }

    void invalidSpecsAreFieldErrors()
    {
        CardService service(*m_t->db, m_t->clock);
        BatchSpec spec = chargeSpec(0, Money());
        spec.pinLength = 8;
        spec.expiryMode = store::ExpiryMode::AfterFirstUse;
        spec.expiryDays = 30;
        QStringList fields;
        for (const auto& e : service.validate(spec))
            fields << e.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("count"), QStringLiteral("value"),
                                      QStringLiteral("pin-length"), QStringLiteral("expiry")}));
        BatchSpec ppcc = chargeSpec(1);
        ppcc.kind = store::CardKind::Ppcc;
        QCOMPARE(service.validate(ppcc).first().field, QStringLiteral("plan"));
        QVERIFY_THROWS_EXCEPTION(accounts::ValidationError, service.generate(spec, QStringLiteral("t")));
    }

    void noPlaintextPinInTheDatabaseFile()
    {
        CardService service(*m_t->db, m_t->clock);
        const auto batch = service.generate(chargeSpec(300), QStringLiteral("t"));
        const QByteArray raw = rawDatabaseBytes(m_t->path());
        QVERIFY(raw.size() > 10'000);
        for (const auto& c : batch.cards) {
            QVERIFY2(!raw.contains(c.pin.toLatin1()), qPrintable(c.serial));
            QVERIFY(!raw.contains(cards::CardCsv::groupedPin(c.pin).toLatin1()));
        }
        QVERIFY(raw.contains(batch.cards.first().serial.toLatin1())); // the search itself works
        // Redeeming writes no PIN either (audit, ledger).
        QVERIFY(service.redeem(batch.cards[0].pin, m_account, source(), QStringLiteral("t")).ok());
        QVERIFY(!service.redeem(batch.cards[0].pin, m_account, source(), QStringLiteral("t")).ok());
        const QByteArray after = rawDatabaseBytes(m_t->path());
        QVERIFY(!after.contains(batch.cards[0].pin.toLatin1()));
    }

    void thePinKeyLivesOwnerOnlyBesideTheDatabase()
    {
        // A copy of the database alone cannot test PINs offline: the HMAC
        // key is in "<db>.pin-key", 0600, and nowhere in the database.
        CardService service(*m_t->db, m_t->clock);
        const auto batch = service.generate(chargeSpec(3), QStringLiteral("t"));
        const QString keyPath = cards::PinKey::pathFor(m_t->path());
        QVERIFY(QFile::exists(keyPath));
        QCOMPARE(QFile::permissions(keyPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QByteArray key = service.pinKey();
        QCOMPARE(key.size(), 32);
        const QByteArray raw = rawDatabaseBytes(m_t->path());
        QVERIFY(!raw.contains(key.toHex()));
        QVERIFY(store::SettingsRepository(*m_t->db).value(QStringLiteral("cards.pin_key")).isEmpty());
        // Another service (another process) reads the same key.
        QVERIFY(CardService(*m_t->db, m_t->clock)
                    .redeem(batch.cards[0].pin, m_account, source(), QStringLiteral("t"))
                    .ok());

        // Without the key file, cards cannot be checked: a clear error, and
        // no new key that would make the printed PINs worthless.
        QVERIFY(QFile::remove(keyPath));
        try {
            CardService(*m_t->db, m_t->clock)
                .redeem(batch.cards[1].pin, m_account, source(), QStringLiteral("t"));
            QFAIL("a missing key must be an error");
        } catch (const store::StoreError& e) {
            QVERIFY2(e.message().contains(QStringLiteral("restore")), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(keyPath));
    }

    void aKeyKeptInTheDatabaseMovesToItsFile()
    {
        // Older versions kept the key in the settings table: it is moved to
        // the file on first use, and the cards made with it still redeem.
        const QByteArray key =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        store::SettingsRepository(*m_t->db).setValue(QStringLiteral("cards.pin_key"),
                                                     QString::fromLatin1(key.toHex()));
        CardService service(*m_t->db, m_t->clock);
        QCOMPARE(service.pinKey(), key);
        QVERIFY(store::SettingsRepository(*m_t->db).value(QStringLiteral("cards.pin_key")).isEmpty());
        QFile file(cards::PinKey::pathFor(m_t->path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QByteArray::fromHex(file.readLine().trimmed()), key);
    }

    void redeemTopsUpOnce()
    {
        CardService service(*m_t->db, m_t->clock);
        const auto batch = service.generate(chargeSpec(2, Money::fromCents(500)), QStringLiteral("t"));
        const QString typed = cards::CardCsv::groupedPin(batch.cards[0].pin); // with spaces, as printed
        const RedeemResult r = service.redeem(typed, m_account, source(), QStringLiteral("web"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.amount, Money::fromCents(500));
        QCOMPARE(r.balance, Money::fromCents(500));
        QCOMPARE(r.serial, batch.cards[0].serial);
        const RedeemResult again =
            service.redeem(batch.cards[0].pin, m_account, source(), QStringLiteral("web"));
        QVERIFY(again.error == RedeemResult::Error::AlreadyUsed);
        const auto ledger = store::LedgerRepository(*m_t->db, m_t->clock).entries(m_account);
        QCOMPARE(ledger.size(), 1);
        QVERIFY(ledger.first().reason == store::LedgerReason::Card);
        QCOMPARE(ledger.first().reference, QStringLiteral("card ") + batch.cards[0].serial);
        const auto card = store::CardRepository(*m_t->db).findBySerial(batch.cards[0].serial);
        QVERIFY(card->status == store::CardStatus::Used);
        QCOMPARE(card->usedByAccountCode, QStringLiteral("1001"));
        QCOMPARE(store::CardRepository(*m_t->db).redemptions().size(), 1);
    }

    void typoIsRefusedWithoutTouchingCards()
    {
        CardService service(*m_t->db, m_t->clock);
        const auto batch = service.generate(chargeSpec(1), QStringLiteral("t"));
        QString typo = batch.cards[0].pin;
        typo[3] = QChar(u'0' + (typo[3].digitValue() + 1) % 10);
        const RedeemResult r = service.redeem(typo, m_account, source(), QStringLiteral("t"));
        QVERIFY(r.error == RedeemResult::Error::InvalidPin);
        QVERIFY(r.message.contains(QStringLiteral("check the digits")));
        QCOMPARE(store::AuditLog(*m_t->db, m_t->clock).recent().first().action,
                 QStringLiteral("card.redeem_failed"));
    }

    void lockOutPerSourceAndPerAccount()
    {
        CardService service(*m_t->db, m_t->clock);
        const auto batch = service.generate(chargeSpec(1), QStringLiteral("t"));
        QRandomGenerator rng(3);
        // Five wrong (but well-formed) PINs from one source lock it out.
        for (int i = 0; i < 5; ++i) {
            const auto r =
                service.redeem(cards::Pin::generate(12, rng), m_account, source(1), QStringLiteral("t"));
            QVERIFY(r.error == RedeemResult::Error::Unknown);
        }
        // Now even the right PIN is refused, from that source and for that account.
        auto locked = service.redeem(batch.cards[0].pin, m_account, source(1), QStringLiteral("t"));
        QVERIFY(locked.error == RedeemResult::Error::LockedOut);
        QVERIFY(locked.message.contains(QStringLiteral("minute")));
        locked = service.redeem(batch.cards[0].pin, m_account, source(2), QStringLiteral("t"));
        QVERIFY2(locked.error == RedeemResult::Error::LockedOut, qPrintable(locked.message));
        // Another account from another source is not affected.
        const auto otherId = test::addAccount(*m_t->db, m_t->clock, QStringLiteral("1002"));
        QVERIFY(
            service.redeem(cards::Pin::generate(12, rng), otherId, source(3), QStringLiteral("t")).error ==
            RedeemResult::Error::Unknown);
        // After the lock-out the right PIN works.
        m_t->clock.advance(31 * 60'000);
        QVERIFY(service.redeem(batch.cards[0].pin, m_account, source(1), QStringLiteral("t")).ok());
    }

    void expiryModes()
    {
        CardService service(*m_t->db, m_t->clock);
        auto fixed = chargeSpec(1);
        fixed.expiryMode = store::ExpiryMode::Fixed;
        fixed.expiresAt = m_t->clock.nowMs() + 10 * Day;
        const auto a = service.generate(fixed, QStringLiteral("t"));
        auto relative = chargeSpec(2);
        relative.serialPrefix = QStringLiteral("R");
        relative.expiryMode = store::ExpiryMode::AfterCreation;
        relative.expiryDays = 5;
        const auto b = service.generate(relative, QStringLiteral("t"));
        QCOMPARE(*b.cards[0].expiresAt, m_t->clock.nowMs() + 5 * Day);

        m_t->clock.advance(5 * Day - 1);
        QVERIFY(service.redeem(b.cards[0].pin, m_account, source(), QStringLiteral("t")).ok()); // last moment
        m_t->clock.advance(1);
        QVERIFY(service.redeem(b.cards[1].pin, m_account, source(), QStringLiteral("t")).error ==
                RedeemResult::Error::Expired);
        QVERIFY(store::CardRepository(*m_t->db).findBySerial(b.cards[1].serial)->status ==
                store::CardStatus::Expired);
        m_t->clock.advance(5 * Day);
        QCOMPARE(service.expireDue(QStringLiteral("t")).cards, 1); // the fixed-date card
        QVERIFY(service.redeem(a.cards[0].pin, m_account, source(), QStringLiteral("t")).error ==
                RedeemResult::Error::Expired);
    }

    void ppccActivationCreatesAnAccount()
    {
        CardService service(*m_t->db, m_t->clock);
        BatchSpec spec = chargeSpec(2, Money::fromUnits(20));
        spec.kind = store::CardKind::Ppcc;
        spec.sellPlan = QStringLiteral("Retail");
        spec.language = QStringLiteral("es");
        spec.serialPrefix = QStringLiteral("PC");
        spec.expiryMode = store::ExpiryMode::AfterFirstUse;
        spec.expiryDays = 30;
        const auto batch = service.generate(spec, QStringLiteral("t"));
        // A charge-up use of a PPCC PIN is refused and tells what to do.
        QVERIFY(service.redeem(batch.cards[0].pin, m_account, source(), QStringLiteral("t")).error ==
                RedeemResult::Error::WrongKind);
        // The web form asks for the serial too: another card's is refused.
        const RedeemResult mismatch =
            service.activate(batch.cards[0].pin, source(8), QStringLiteral("web"), {}, batch.cards[1].serial);
        QVERIFY(mismatch.error == RedeemResult::Error::Unknown);
        QVERIFY(mismatch.message.contains(QStringLiteral("serial")));
        // ... with the very answer an unknown PIN gets, so the form does not
        // confirm that a guessed PIN is real.
        const QString payload = QStringLiteral("98765432109");
        const QString unknownPin = payload + QString::number(cards::Pin::luhnCheckDigit(payload));
        QCOMPARE(
            service.activate(unknownPin, source(8), QStringLiteral("web"), {}, batch.cards[1].serial).message,
            mismatch.message);
        const RedeemResult r = service.activate(batch.cards[0].pin, source(9), QStringLiteral("sms"),
                                                QStringLiteral("+447700900123"), batch.cards[0].serial);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.accountCode.size(), 8);
        const auto account = store::AccountRepository(*m_t->db, m_t->clock).findByCode(r.accountCode);
        QVERIFY(account);
        QCOMPARE(account->balance, Money::fromUnits(20));
        QCOMPARE(account->language, QStringLiteral("es"));
        QCOMPARE(account->memberId, r.accountCode);
        QVERIFY(account->sellPlanId.has_value());
        QCOMPARE(account->callbackNumber.digits(), QStringLiteral("447700900123"));
        QVERIFY(core::PasswordHash::verify(batch.cards[0].pin, account->passwordHash));
        QVERIFY(core::PasswordHash::verify(batch.cards[0].pin, account->pinHash));
        QVERIFY(service.activate(batch.cards[0].pin, source(9), QStringLiteral("sms")).error ==
                RedeemResult::Error::AlreadyUsed);
        // Expiry counts from activation; when it passes, the account stops.
        const auto card = store::CardRepository(*m_t->db).findBySerial(batch.cards[0].serial);
        QCOMPARE(*card->expiresAt, m_t->clock.nowMs() + 30 * Day);
        m_t->clock.advance(30 * Day);
        const auto expired = service.expireDue(QStringLiteral("t"));
        QCOMPARE(expired.cards, 1);
        QCOMPARE(expired.suspendedAccounts,
                 QList<std::int64_t>{
                     store::AccountRepository(*m_t->db, m_t->clock).findByCode(r.accountCode)->id});
        QVERIFY(store::AccountRepository(*m_t->db, m_t->clock).findByCode(r.accountCode)->status ==
                store::AccountStatus::Suspended);
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
    }

    void badCallbackNumberLeavesTheCardUnused()
    {
        CardService service(*m_t->db, m_t->clock);
        BatchSpec spec = chargeSpec(1);
        spec.kind = store::CardKind::Ppcc;
        spec.sellPlan = QStringLiteral("Retail");
        const auto batch = service.generate(spec, QStringLiteral("t"));
        const auto r =
            service.activate(batch.cards[0].pin, source(), QStringLiteral("t"), QStringLiteral("12"));
        QVERIFY(!r.ok());
        QVERIFY(r.message.contains(QStringLiteral("Callback number")));
        QVERIFY(store::CardRepository(*m_t->db).findBySerial(batch.cards[0].serial)->status ==
                store::CardStatus::New);
        QVERIFY(service.activate(batch.cards[0].pin, source(), QStringLiteral("t")).ok());
    }

    void voidCardsAndBatches()
    {
        CardService service(*m_t->db, m_t->clock);
        const auto batch = service.generate(chargeSpec(5), QStringLiteral("t"));
        QVERIFY(service.redeem(batch.cards[0].pin, m_account, source(), QStringLiteral("t")).ok());
        service.voidCard(batch.cards[1].serial, QStringLiteral("t"));
        QVERIFY(service.redeem(batch.cards[1].pin, m_account, source(), QStringLiteral("t")).error ==
                RedeemResult::Error::Void);
        QVERIFY_THROWS_EXCEPTION(store::StoreError,
                                 service.voidCard(batch.cards[0].serial, QStringLiteral("t")));
        QCOMPARE(service.voidBatch(batch.batch.id, QStringLiteral("t")), 3);
        const auto stored = store::CardRepository(*m_t->db).findBatch(batch.batch.id);
        QVERIFY(stored->isVoid);
        QCOMPARE(stored->voidCount, 4);
        QCOMPARE(stored->usedCount, 1);
    }

    // Two redemptions of one PIN at the same moment, through separate
    // connections: exactly one wins, the balance moves once.
    void simultaneousRedemptionsOneWins()
    {
        CardService service(*m_t->db, m_t->clock);
        const auto batch = service.generate(chargeSpec(20, Money::fromUnits(1)), QStringLiteral("t"));
        const QString path = m_t->path();
        for (const auto& card : batch.cards) {
            QAtomicInteger<int> wins = 0;
            const int errors = test::raceOnConnections(
                path, 2, [&](const store::Database& db, const core::Clock& clock, int t) {
                    if (CardService(db, clock)
                            .redeem(card.pin, m_account, QStringLiteral("race:%1").arg(t),
                                    QStringLiteral("t"))
                            .ok())
                        ++wins;
                });
            QCOMPARE(errors, 0);
            QCOMPARE(wins.loadRelaxed(), 1);
        }
        QCOMPARE(store::AccountRepository(*m_t->db, m_t->clock).findById(m_account)->balance,
                 Money::fromUnits(20));
        QVERIFY(store::LedgerRepository(*m_t->db, m_t->clock).findMismatches().isEmpty());
    }

    void csvExports()
    {
        CardService service(*m_t->db, m_t->clock);
        const auto batch = service.generate(chargeSpec(3, Money::fromCents(1250)), QStringLiteral("t"));
        const QStringList lines =
            QString::fromUtf8(cards::CardCsv::withPins(batch)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QStringLiteral("serial,pin,value,currency,expires"));
        const QStringList first = lines[1].split(QLatin1Char(','));
        QCOMPARE(first[0], batch.cards[0].serial);
        QCOMPARE(first[1], batch.cards[0].pin);
        QCOMPARE(first[2], QStringLiteral("12.50"));
        QCOMPARE(first[3], QStringLiteral("USD"));

        QVERIFY(service.redeem(batch.cards[2].pin, m_account, source(), QStringLiteral("t")).ok());
        const auto stored = store::CardRepository(*m_t->db).findBatch(batch.batch.id);
        const QString inventory = QString::fromUtf8(
            cards::CardCsv::inventory(*stored, store::CardRepository(*m_t->db).cards(batch.batch.id)));
        for (const auto& c : batch.cards)
            QVERIFY(!inventory.contains(c.pin)); // later exports carry no PINs
        QVERIFY(inventory.contains(batch.cards[2].serial + QStringLiteral(",used,12.50,USD,,")));
        QVERIFY(inventory.contains(QStringLiteral(",1001")));
    }
};

QTEST_GUILESS_MAIN(TestCardService)
#include "TestCardService.moc"
