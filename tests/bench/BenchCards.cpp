// Card generation benchmark: CardService::generate on a 100,000-card batch
// with the system CSPRNG, twice into one database (the second time the
// UNIQUE pin_hash index already holds the first batch), a breakdown of where
// the time goes (drawing PINs, HMAC, the SQLite insert), and the naive way
// (one autocommit transaction per card) measured in the same run. Prints
// figures; the exit code only reports a correctness failure (a wrong count, a
// duplicate serial or PIN, a malformed PIN, a PIN readable in the database
// files), never a missed speed target, because the machines it runs on are
// shared and noisy.

#include "BenchSupport.h"
#include "accounts/AccountService.h"
#include "cards/CardService.h"
#include "cards/Pin.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "store/Card.h"
#include "store/CardRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace rebound;
using namespace rebound::bench;
using cards::Pin;

namespace {

// ---------------------------------------------------------------- options

struct Options
{
    std::size_t cards = 100'000;
    int pinLength = Pin::DefaultLength;
    std::size_t micro = 100'000;
    std::size_t baselineCards = 2'000;
    // Every autocommit insert waits for its own fsync (the database runs with
    // synchronous = FULL): a fraction of a millisecond on a disk with a write
    // cache, several milliseconds on one that honours every flush. The
    // baseline stops at this budget and reports how many cards it managed.
    double baselineSeconds = 30;
};

// Medians of a few rounds for the micro-measurements, so one noisy round on a
// shared machine does not decide a figure. The batches and the baseline run
// once: they write to disk and are the slow part.
constexpr int Rounds = 3;

constexpr std::size_t MaxBatch = 1'000'000; // CardService's limit
constexpr double TargetCards = 100'000;
constexpr double FewSeconds = 5; // what "a few seconds" is taken to mean

// ---------------------------------------------------------------- number formatting

QString ratio(double r)
{
    return r < 10 ? QStringLiteral("%1x").arg(r, 0, 'f', 1) : QStringLiteral("%1x").arg(grouped(r));
}

QString nsEach(std::int64_t nanoseconds, std::size_t count)
{
    return QStringLiteral("%1 ns").arg(
        grouped(count > 0 ? static_cast<double>(nanoseconds) / static_cast<double>(count) : 0.0));
}

QString percent(double part, double whole)
{
    return QStringLiteral("%1%").arg(whole > 0 ? 100.0 * part / whole : 0.0, 0, 'f', 0);
}

// ---------------------------------------------------------------- helpers

QString okOrFailed(bool ok)
{
    return ok ? QStringLiteral("ok") : QStringLiteral("FAILED");
}

std::int64_t fileSize(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

// Copies what the WAL holds into the database file, as SQLite's automatic
// checkpoint would, so the file size is that of the data. PASSIVE leaves the
// WAL file and its frames in place, so the plaintext search still reads them.
void checkpoint(const store::Database& db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        throw std::runtime_error("the WAL checkpoint failed");
    q.finish();
}

std::int64_t countOf(const store::Database& db, const QString& sql, std::int64_t batchId)
{
    QSqlQuery q = db.run(sql, {qlonglong(batchId)}, QStringLiteral("counting cards"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

cards::BatchSpec chargeUpBatch(std::size_t count, int pinLength, const QString& name)
{
    cards::BatchSpec spec;
    spec.kind = store::CardKind::ChargeUp;
    spec.count = static_cast<int>(count);
    spec.faceValue = core::Money::fromUnits(10);
    spec.pinLength = pinLength;
    spec.name = name;
    return spec;
}

// A card_batches row for the cards the benchmark inserts itself.
std::int64_t insertBatchRow(const store::Database& db, std::size_t count, int pinLength, const QString& name,
                            const QString& serialPrefix)
{
    store::CardBatch batch;
    batch.name = name;
    batch.kind = store::CardKind::ChargeUp;
    batch.count = static_cast<int>(count);
    batch.faceValue = core::Money::fromUnits(10);
    batch.pinLength = pinLength;
    batch.serialPrefix = serialPrefix;
    batch.createdBy = QStringLiteral("bench");
    return store::CardRepository(db).insertBatch(batch);
}

// The statement CardService::generate uses.
QSqlQuery prepareCardInsert(const store::Database& db)
{
    return db.prepare(
        QStringLiteral("INSERT INTO cards (batch_id, serial, pin_hash, status, expires_at, created_at) "
                       "VALUES (?, ?, ?, 'new', ?, ?) ON CONFLICT (pin_hash) DO NOTHING"));
}

void insertCard(QSqlQuery& insert, std::int64_t batchId, const QString& serial, const QString& pinHash)
{
    insert.bindValue(0, qlonglong(batchId));
    insert.bindValue(1, serial);
    insert.bindValue(2, pinHash);
    insert.bindValue(3, QVariant());
    insert.bindValue(4, qlonglong(0));
    store::Database::exec(insert, QStringLiteral("inserting a card"));
    if (insert.numRowsAffected() != 1)
        throw std::runtime_error("a benchmark card was not inserted (duplicate PIN hash)");
}

// ---------------------------------------------------------------- plaintext search

// Counts the windows of `length` consecutive digits in `data` that are one of
// `pins`: ASCII digits (step 1), or UTF-16LE digits (step 2: each digit byte
// followed by a zero byte, at either alignment). Only runs of at least
// `length` digits are looked up, which is what keeps a full search of every
// PIN fast: the files hold few such runs (the hex hashes now and then).
std::size_t findPins(const QByteArray& data, const QSet<QByteArray>& pins, int length, int step,
                     std::size_t& windows)
{
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t found = 0;
    QByteArray window(length, '0');
    for (int alignment = 0; alignment < step; ++alignment) {
        int run = 0;
        for (qsizetype i = alignment; i + step - 1 < data.size(); i += step) {
            const bool digit = isDigit(data[i]) && (step == 1 || data[i + 1] == '\0');
            run = digit ? run + 1 : 0;
            if (run < length)
                continue;
            ++windows;
            const qsizetype first = i - qsizetype(length - 1) * step;
            for (int d = 0; d < length; ++d)
                window[d] = data[first + qsizetype(d) * step];
            found += pins.contains(window);
        }
    }
    return found;
}

// Proves the search can find a PIN at all, so "none found" means something.
bool searchFindsPlantedPin(const QString& pin)
{
    const QSet<QByteArray> pins{pin.toLatin1()};
    QByteArray ascii = QByteArrayLiteral("x7") + pin.toLatin1() + QByteArrayLiteral("9y");
    const QByteArray wide = QByteArrayLiteral("\x01") +
                            QByteArray(reinterpret_cast<const char*>(pin.utf16()), pin.size() * 2) +
                            QByteArrayLiteral("z");
    std::size_t windows = 0;
    return findPins(ascii, pins, int(pin.size()), 1, windows) == 1 &&
           findPins(wide, pins, int(pin.size()), 2, windows) == 1;
}

// ---------------------------------------------------------------- options

std::optional<Options> parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Card generation benchmark: CardService::generate on large charge-up batches vs. one "
                       "autocommit transaction per card. Prints figures; exits non-zero only when a "
                       "correctness check fails."));
    parser.addHelpOption();
    const QCommandLineOption cardsOption(QStringLiteral("cards"), QStringLiteral("Cards in each batch."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption pinLength(QStringLiteral("pin-length"), QStringLiteral("Digits per PIN."),
                                       QStringLiteral("N"), QString::number(Pin::DefaultLength));
    const QCommandLineOption micro(QStringLiteral("micro"),
                                   QStringLiteral("Iterations of each micro-measurement."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption baselineCards(QStringLiteral("baseline-cards"),
                                           QStringLiteral("Most cards for the autocommit baseline."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption baselineSeconds(QStringLiteral("baseline-seconds"),
                                             QStringLiteral("Time budget of the autocommit baseline."),
                                             QStringLiteral("S"), QStringLiteral("30"));
    parser.addOptions({cardsOption, pinLength, micro, baselineCards, baselineSeconds});
    parser.process(app);

    Options o;
    bench::OptionValues values(parser);
    o.cards = values.count(cardsOption);
    o.micro = values.count(micro);
    o.baselineCards = values.count(baselineCards);
    if (values.ok() && o.cards > MaxBatch)
        values.fail(QStringLiteral("--cards is at most %1 (a batch's limit)").arg(grouped(MaxBatch)));
    bool valid = false;
    o.pinLength = parser.value(pinLength).toInt(&valid);
    if (!valid || o.pinLength < Pin::MinLength || o.pinLength > Pin::MaxLength)
        values.fail(QStringLiteral("--pin-length must be %1 to %2").arg(Pin::MinLength).arg(Pin::MaxLength));
    o.baselineSeconds = values.positive(baselineSeconds);
    if (!values.ok())
        return std::nullopt;
    return o;
}

// ---------------------------------------------------------------- the benchmark

struct Batch
{
    cards::GeneratedBatch generated;
    std::int64_t ns = 0;
    std::int64_t fileBytes = 0; // bench.sqlite after a checkpoint
    std::int64_t walBytes = 0;
};

int run(const Options& o)
{
    bool failed = false;
    std::printf("Rebound card generation benchmark (single-threaded figures)\n");
    line(QStringLiteral("machine"), bench::machine());
    line(QStringLiteral("options"),
         QStringLiteral("--cards %1 --pin-length %2 --micro %3 --baseline-cards %4 --baseline-seconds %5")
             .arg(o.cards)
             .arg(o.pinLength)
             .arg(o.micro)
             .arg(o.baselineCards)
             .arg(o.baselineSeconds));

    QTemporaryDir dir;
    if (!dir.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    // Commit cost is the disk's fsync: say which disk.
    const QStorageInfo storage(dir.path());
    line(QStringLiteral("database folder"),
         QStringLiteral("%1 (%2), WAL, synchronous = FULL")
             .arg(QDir::toNativeSeparators(dir.path()), QString::fromLatin1(storage.fileSystemType())));

    core::MockClock clock;
    const QString benchPath = dir.filePath(QStringLiteral("bench.sqlite"));
    const std::unique_ptr<store::Database> db = store::Database::open(benchPath);
    cards::CardService service(*db, clock);
    // Created on first use; made here so the batches time generation only.
    const QByteArray key = service.pinKey();

    // ---- 1. two batches into one database
    heading(QStringLiteral("Batch generation (CardService::generate, QRandomGenerator::system(), charge-up, "
                           "%1-digit PINs)")
                .arg(o.pinLength));
    std::vector<Batch> batches(2);
    for (std::size_t b = 0; b < batches.size(); ++b) {
        Batch& batch = batches[b];
        QElapsedTimer timer;
        timer.start();
        batch.generated =
            service.generate(chargeUpBatch(o.cards, o.pinLength, QStringLiteral("Bench %1").arg(b + 1)),
                             QStringLiteral("bench"), QRandomGenerator::system());
        batch.ns = timer.nsecsElapsed();
        checkpoint(*db);
        batch.fileBytes = fileSize(benchPath);
        batch.walBytes = fileSize(benchPath + QStringLiteral("-wal"));
        line(b == 0 ? QStringLiteral("batch 1 (empty database)")
                    : QStringLiteral("batch 2 (%1 already in)").arg(grouped(double(o.cards))),
             QStringLiteral("%1 cards in %2, %3 cards/s, %4 each")
                 .arg(grouped(double(o.cards)), seconds(batch.ns / 1e9),
                      grouped(perSecond(o.cards, batch.ns)), nsEach(batch.ns, o.cards)));
    }
    for (std::size_t b = 0; b < batches.size(); ++b)
        line(QStringLiteral("database after batch %1").arg(b + 1),
             QStringLiteral("%1 after a checkpoint (%2 bytes per card), WAL file %3")
                 .arg(megabytes(double(batches[b].fileBytes)))
                 .arg(std::llround(double(batches[b].fileBytes) / double((b + 1) * o.cards)))
                 .arg(megabytes(double(batches[b].walBytes))));

    // ---- 2. where the time goes
    heading(QStringLiteral("Where the time goes (per card; %1 iterations each, median of %2)")
                .arg(grouped(double(o.micro)))
                .arg(Rounds));
    std::vector<QString> pins(o.micro);
    for (QString& pin : pins)
        pin = Pin::generate(o.pinLength, *QRandomGenerator::system());

    std::uint64_t systemSum = 0;
    const bench::Measured pinSystem = bench::measure(
        Rounds,
        [&]() {
            std::uint64_t sum = 0;
            for (std::size_t i = 0; i < o.micro; ++i)
                sum += static_cast<std::uint64_t>(
                    Pin::generate(o.pinLength, *QRandomGenerator::system()).size());
            return sum;
        },
        systemSum);
    std::uint64_t seededSum = 0;
    const bench::Measured pinSeeded = bench::measure(
        Rounds,
        [&]() {
            QRandomGenerator seeded(20260301U);
            std::uint64_t sum = 0;
            for (std::size_t i = 0; i < o.micro; ++i)
                sum = sum * 31 + Pin::generate(o.pinLength, seeded).back().unicode();
            return sum;
        },
        seededSum);
    std::vector<QString> hashes(o.micro);
    std::uint64_t hashSum = 0;
    const bench::Measured hmac = bench::measure(
        Rounds,
        [&]() {
            std::uint64_t sum = 0;
            for (std::size_t i = 0; i < o.micro; ++i) {
                hashes[i] = Pin::hash(pins[i], key);
                sum = sum * 31 + hashes[i].front().unicode();
            }
            return sum;
        },
        hashSum);

    // The bare insert: rows computed beforehand, CardService's statement, one
    // transaction, a fresh database (an empty index, as for batch 1).
    const std::unique_ptr<store::Database> bareDb =
        store::Database::open(dir.filePath(QStringLiteral("bare.sqlite")));
    std::vector<QString> serials(o.micro);
    for (std::size_t i = 0; i < o.micro; ++i)
        serials[i] = QStringLiteral("B%1").arg(qulonglong(i + 1), 6, 10, QLatin1Char('0'));
    std::int64_t bareNs = 0;
    {
        QElapsedTimer timer;
        timer.start();
        store::Database::Transaction transaction(*bareDb);
        const std::int64_t batchId =
            insertBatchRow(*bareDb, o.micro, o.pinLength, QStringLiteral("Bare"), QStringLiteral("B"));
        QSqlQuery insert = prepareCardInsert(*bareDb);
        for (std::size_t i = 0; i < o.micro; ++i)
            insertCard(insert, batchId, serials[i], hashes[i]);
        transaction.commit();
        bareNs = timer.nsecsElapsed();
    }

    const double generateEach = double(batches[0].ns) / double(o.cards);
    const double pinEach = double(pinSystem.medianNs) / double(o.micro);
    const double hashEach = double(hmac.medianNs) / double(o.micro);
    const double restEach = generateEach - pinEach - hashEach;
    const double bareEach = double(bareNs) / double(o.micro);
    line(QStringLiteral("Pin::generate, system CSPRNG"),
         QStringLiteral("%1 (best %2)")
             .arg(nsEach(pinSystem.medianNs, o.micro), nsEach(pinSystem.bestNs, o.micro)));
    line(QStringLiteral("Pin::generate, seeded (context)"),
         QStringLiteral("%1 (a test generator, never for real cards)")
             .arg(nsEach(pinSeeded.medianNs, o.micro)));
    line(QStringLiteral("Pin::hash (HMAC-SHA256, hex)"),
         QStringLiteral("%1 (best %2)").arg(nsEach(hmac.medianNs, o.micro), nsEach(hmac.bestNs, o.micro)));
    line(QStringLiteral("SQLite insert, prepared rows"),
         QStringLiteral("%1 (%2 rows, one transaction, one run, fresh database, commit included)")
             .arg(grouped(bareEach) + QStringLiteral(" ns"), grouped(double(o.micro))));
    line(QStringLiteral("generate, batch 1"),
         QStringLiteral("%1 ns = PIN %2 + HMAC %3 + the rest %4")
             .arg(grouped(generateEach), percent(pinEach, generateEach), percent(hashEach, generateEach),
                  percent(restEach, generateEach)));
    line(QStringLiteral("the rest, by difference"),
         QStringLiteral("%1 ns (SQL insert, serials, bookkeeping); the bare insert alone is %2 ns")
             .arg(grouped(restEach), grouped(bareEach)));

    // ---- 3. the naive baseline: one transaction per card
    heading(QStringLiteral("Baseline: one transaction per card (autocommit, no explicit transaction)"));
    const std::unique_ptr<store::Database> naiveDb =
        store::Database::open(dir.filePath(QStringLiteral("naive.sqlite")));
    const QByteArray naiveKey = cards::CardService(*naiveDb, clock).pinKey();
    const std::int64_t naiveBatch =
        insertBatchRow(*naiveDb, o.baselineCards, o.pinLength, QStringLiteral("Naive"), QStringLiteral("N"));
    QSqlQuery naiveInsert = prepareCardInsert(*naiveDb);
    std::size_t naiveCards = 0;
    QElapsedTimer naiveTimer;
    naiveTimer.start();
    const std::int64_t budgetNs = std::llround(o.baselineSeconds * 1e9);
    while (naiveCards < o.baselineCards && naiveTimer.nsecsElapsed() < budgetNs) {
        const QString pin = Pin::generate(o.pinLength, *QRandomGenerator::system());
        insertCard(naiveInsert, naiveBatch,
                   QStringLiteral("N%1").arg(qulonglong(naiveCards + 1), 6, 10, QLatin1Char('0')),
                   Pin::hash(pin, naiveKey));
        ++naiveCards;
    }
    const std::int64_t naiveNs = naiveTimer.nsecsElapsed();
    const double naiveRate = perSecond(naiveCards, naiveNs);
    const double generateRate = perSecond(o.cards, batches[0].ns);
    const double speedup = naiveRate > 0 ? generateRate / naiveRate : 0;
    line(QStringLiteral("naive autocommit"),
         QStringLiteral("%1 cards/s, %2 ms each (%3 of %4 cards in %5)")
             .arg(grouped(naiveRate))
             .arg(double(naiveNs) / 1e6 / double(std::max<std::size_t>(naiveCards, 1)), 0, 'f', 2)
             .arg(grouped(double(naiveCards)), grouped(double(o.baselineCards)), seconds(naiveNs / 1e9)));
    line(QStringLiteral("naive, one batch would take"),
         naiveRate > 0 ? QStringLiteral("%1 for %2 cards (estimated)")
                             .arg(seconds(double(o.cards) / naiveRate), grouped(double(o.cards)))
                       : QStringLiteral("-"));
    line(QStringLiteral("generate (batch 1) / naive"), ratio(speedup));

    // ---- 4. checks
    heading(QStringLiteral("Checks (exit code 1 if any fails)"));
    const qsizetype total = qsizetype(o.cards * batches.size());
    QSet<QString> serialSet;
    QSet<QString> pinSet;
    QSet<QByteArray> pinBytes;
    serialSet.reserve(total);
    pinSet.reserve(total);
    pinBytes.reserve(total);
    qsizetype wellFormed = 0;
    qsizetype hashesStored = 0;
    bool counts = true;
    QStringList countText;
    for (const Batch& batch : batches) {
        const std::int64_t batchId = batch.generated.batch.id;
        const std::int64_t rows =
            countOf(*db, QStringLiteral("SELECT COUNT(*) FROM cards WHERE batch_id = ?"), batchId);
        const std::int64_t distinctSerials = countOf(
            *db, QStringLiteral("SELECT COUNT(DISTINCT serial) FROM cards WHERE batch_id = ?"), batchId);
        const auto listed = static_cast<std::size_t>(batch.generated.cards.size());
        counts = counts && listed == o.cards && rows == std::int64_t(o.cards) &&
                 distinctSerials == std::int64_t(o.cards) && batch.generated.batch.count == int(o.cards);
        countText.append(
            QStringLiteral("%1 listed, %2 rows").arg(grouped(double(listed)), grouped(double(rows))));

        QSet<QString> stored;
        stored.reserve(qsizetype(o.cards));
        QSqlQuery q = db->run(QStringLiteral("SELECT pin_hash FROM cards WHERE batch_id = ?"),
                              {qlonglong(batchId)}, QStringLiteral("reading PIN hashes"));
        while (q.next())
            stored.insert(q.value(0).toString());
        for (const cards::GeneratedCard& card : batch.generated.cards) {
            serialSet.insert(card.serial);
            pinSet.insert(card.pin);
            pinBytes.insert(card.pin.toLatin1());
            wellFormed += Pin::check(card.pin).isEmpty() && card.pin.size() == o.pinLength;
            hashesStored += stored.contains(Pin::hash(card.pin, key));
        }
    }
    const auto check = [&](const QString& label, bool ok, const QString& text) {
        failed = failed || !ok;
        line(label, QStringLiteral("%1: %2").arg(text, okOrFailed(ok)));
    };
    check(QStringLiteral("cards per batch"), counts,
          QStringLiteral("%1 (requested %2 each)")
              .arg(countText.join(QStringLiteral("; ")), grouped(double(o.cards))));
    check(QStringLiteral("serials distinct"), serialSet.size() == total,
          QStringLiteral("%1 of %2").arg(grouped(double(serialSet.size())), grouped(double(total))));
    check(QStringLiteral("PINs well-formed (Pin::check)"), wellFormed == total,
          QStringLiteral("%1 of %2, %3 digits with a Luhn check digit")
              .arg(grouped(double(wellFormed)), grouped(double(total)))
              .arg(o.pinLength));
    check(QStringLiteral("PINs distinct"), pinSet.size() == total,
          QStringLiteral("%1 of %2").arg(grouped(double(pinSet.size())), grouped(double(total))));
    check(QStringLiteral("PIN hashes stored"), hashesStored == total,
          QStringLiteral("%1 of %2 HMACs found in their batch")
              .arg(grouped(double(hashesStored)), grouped(double(total))));

    // Every PIN of both batches, searched in full: each run of pinLength or
    // more digits in the raw files (ASCII, and UTF-16LE in case text were
    // ever stored that way) is looked up in a set of all the PINs.
    QElapsedTimer searchTimer;
    searchTimer.start();
    const QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("bench.sqlite*")}, QDir::Files, QDir::Name);
    std::size_t found = 0;
    std::size_t windows = 0;
    std::int64_t searched = 0;
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read a database file for the plaintext search");
        const QByteArray data = file.readAll();
        searched += data.size();
        found += findPins(data, pinBytes, o.pinLength, 1, windows);
        found += findPins(data, pinBytes, o.pinLength, 2, windows);
    }
    const bool planted = searchFindsPlantedPin(batches[0].generated.cards.front().pin);
    check(QStringLiteral("no PIN in plaintext on disk"), found == 0 && planted && !files.isEmpty(),
          QStringLiteral("full search for all %1 PINs in %2 (%3, %4 digit windows looked up, %5), %6 found%7")
              .arg(grouped(double(pinBytes.size())), files.join(QStringLiteral(", ")),
                   megabytes(double(searched)), grouped(double(windows)),
                   seconds(searchTimer.nsecsElapsed() / 1e9), grouped(double(found)))
              .arg(planted ? QString() : QStringLiteral("; the search missed a planted PIN")));

    // ---- 5. summary
    heading(QStringLiteral("Target (information only; exit code 0 unless a check fails)"));
    const std::int64_t slowestNs = std::max(batches[0].ns, batches[1].ns);
    const double secondsFor100k = TargetCards * double(slowestNs) / 1e9 / double(o.cards);
    line(QStringLiteral(">= 100,000 cards in a few seconds"),
         QStringLiteral("%1 (slower batch: 100,000 cards in %2; \"a few\" taken as %3)")
             .arg(metOrMissed(secondsFor100k <= FewSeconds), seconds(secondsFor100k), seconds(FewSeconds)));
    line(QStringLiteral("generate / naive autocommit"), ratio(speedup));
    line(QStringLiteral("checks"),
         failed ? QStringLiteral("FAILED: correctness bug, exit code 1") : QStringLiteral("all passed"));
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return bench::benchMain<Options>(argc, argv, "BenchCards", parseOptions, run);
}
