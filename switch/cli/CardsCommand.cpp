#include "cards/CardCsv.h"
#include "cards/CardService.h"
#include "cli/CommandOptions.h"
#include "cli/Commands.h"
#include "core/PrivateFile.h"
#include "store/AccountRepository.h"
#include "store/CardRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace rebound::cli {

class CardsCommand
{
    Q_DECLARE_TR_FUNCTIONS(CardsCommand)
};

namespace {
const QString Actor = QStringLiteral("cli");

QString date(const std::optional<std::int64_t>& ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

void writeOutput(Context& c, const QString& path, const QByteArray& data)
{
    if (path == QLatin1String("-")) {
        c.out << QString::fromUtf8(data);
        c.out.flush();
        return;
    }
    // The PIN file is the only copy of the PINs: keep it from other users.
    if (const QString error = core::writePrivateFile(path, data); !error.isEmpty())
        throw CommandError{CardsCommand::tr("Cannot write %1: %2").arg(path, error)};
}

int generate(Context& c, const store::Database& db, const QCommandLineParser& p)
{
    const QString output = requiredOption(
        p, QStringLiteral("output"),
        CardsCommand::tr("cards generate needs --output FILE (or - for stdout): the PINs exist "
                         "only in that file and cannot be shown again."));
    cards::BatchSpec spec;
    const QString kind = p.value(QStringLiteral("kind"));
    if (kind == QLatin1String("ppcc"))
        spec.kind = store::CardKind::Ppcc;
    else if (kind.isEmpty() || kind == QLatin1String("charge"))
        spec.kind = store::CardKind::ChargeUp;
    else
        throw CommandError{CardsCommand::tr("--kind is charge (top up an account) or ppcc (a new account)."),
                           UsageError};
    spec.count = wholeNumberOption(p, QStringLiteral("count"), 0);
    const auto value = core::Money::parse(p.value(QStringLiteral("value")));
    if (!value.value)
        throw CommandError{QStringLiteral("--value: ") + value.error, UsageError};
    spec.faceValue = *value.value;
    spec.currency = p.value(QStringLiteral("currency")).toUpper();
    spec.sellPlan = p.value(QStringLiteral("plan"));
    if (p.isSet(QStringLiteral("language")))
        spec.language = p.value(QStringLiteral("language"));
    spec.pinLength = wholeNumberOption(p, QStringLiteral("pin-length"), spec.pinLength);
    spec.serialPrefix = p.value(QStringLiteral("serial-prefix"));
    spec.serialStart = wholeNumberOption(p, QStringLiteral("serial-start"), 0);
    spec.name = p.value(QStringLiteral("name"));
    if (p.isSet(QStringLiteral("expires"))) {
        QDateTime at = QDateTime::fromString(p.value(QStringLiteral("expires")), Qt::ISODate);
        if (!at.isValid())
            throw CommandError{
                CardsCommand::tr("--expires takes a date such as 2027-06-30 or 2027-06-30T23:59Z."),
                UsageError};
        if (at.time() == QTime(0, 0) && !p.value(QStringLiteral("expires")).contains(QLatin1Char('T')))
            at = at.addDays(1); // a date means "valid through that day"
        spec.expiryMode = store::ExpiryMode::Fixed;
        spec.expiresAt = at.toMSecsSinceEpoch();
    } else if (p.isSet(QStringLiteral("expires-days"))) {
        spec.expiryMode = p.isSet(QStringLiteral("after-first-use")) ? store::ExpiryMode::AfterFirstUse
                                                                     : store::ExpiryMode::AfterCreation;
        spec.expiryDays = wholeNumberOption(p, QStringLiteral("expires-days"), 0);
    }

    cards::CardService service(db, c.clock);
    try {
        const cards::GeneratedBatch batch = service.generate(spec, Actor);
        writeOutput(c, output, cards::CardCsv::withPins(batch));
        const QString summary =
            CardsCommand::tr("Batch #%1: %2 %3 cards of %4, serials %5 to %6, total %7.")
                .arg(batch.batch.id)
                .arg(batch.cards.size())
                .arg(spec.kind == store::CardKind::Ppcc ? CardsCommand::tr("prepaid calling")
                                                        : CardsCommand::tr("charge-up"),
                     batch.batch.faceValue.format(batch.batch.currency), batch.cards.first().serial,
                     batch.cards.last().serial,
                     (batch.batch.faceValue * batch.batch.count).format(batch.batch.currency));
        if (c.json && output != QLatin1String("-")) {
            c.out << QJsonDocument(QJsonObject{{QStringLiteral("batch"), qint64(batch.batch.id)},
                                               {QStringLiteral("cards"), int(batch.cards.size())},
                                               {QStringLiteral("first_serial"), batch.cards.first().serial},
                                               {QStringLiteral("last_serial"), batch.cards.last().serial},
                                               {QStringLiteral("pins_file"), output}})
                         .toJson(QJsonDocument::Indented);
            c.out.flush();
        } else {
            c.err << summary << Qt::endl;
        }
        return Success;
    } catch (const accounts::ValidationError& error) {
        for (const auto& e : error.errors())
            c.err << "rebound-switch: --" << e.field << ": " << e.message << '\n';
        c.err.flush();
        return Failure;
    }
}

int list(Context& c, const store::Database& db, const QCommandLineParser& p)
{
    cards::CardService(db, c.clock).expireDue(Actor); // show statuses as they are now
    const store::CardRepository repo(db);
    if (!p.isSet(QStringLiteral("batch"))) {
        QJsonArray array;
        if (!c.json)
            c.out << CardsCommand::tr("BATCH").leftJustified(7) << CardsCommand::tr("KIND").leftJustified(8)
                  << CardsCommand::tr("CARDS").rightJustified(7)
                  << CardsCommand::tr("VALUE").rightJustified(12) << "  "
                  << CardsCommand::tr("NEW/ACTIVE/USED/EXPIRED/VOID").leftJustified(30)
                  << CardsCommand::tr("NAME") << '\n';
        for (const store::CardBatch& b : repo.batches()) {
            if (c.json) {
                array.append(QJsonObject{{QStringLiteral("batch"), qint64(b.id)},
                                         {QStringLiteral("name"), b.name},
                                         {QStringLiteral("kind"), store::toString(b.kind)},
                                         {QStringLiteral("cards"), b.count},
                                         {QStringLiteral("value"), b.faceValue.toPlainString(2)},
                                         {QStringLiteral("currency"), b.currency},
                                         {QStringLiteral("new"), b.newCount},
                                         {QStringLiteral("active"), b.activeCount},
                                         {QStringLiteral("used"), b.usedCount},
                                         {QStringLiteral("expired"), b.expiredCount},
                                         {QStringLiteral("void"), b.voidCount}});
            } else {
                c.out << QString::number(b.id).leftJustified(7) << store::toString(b.kind).leftJustified(8)
                      << QString::number(b.count).rightJustified(7)
                      << b.faceValue.format(b.currency).rightJustified(12) << "  "
                      << QStringLiteral("%1/%2/%3/%4/%5")
                             .arg(b.newCount)
                             .arg(b.activeCount)
                             .arg(b.usedCount)
                             .arg(b.expiredCount)
                             .arg(b.voidCount)
                             .leftJustified(30)
                      << b.name << (b.isVoid ? CardsCommand::tr(" (void)") : QString()) << '\n';
            }
        }
        if (c.json)
            c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        c.out.flush();
        return Success;
    }
    const auto batch = repo.findBatch(wholeNumberOption(p, QStringLiteral("batch"), 0));
    if (!batch)
        throw CommandError{
            CardsCommand::tr("There is no card batch #%1.").arg(p.value(QStringLiteral("batch")))};
    std::optional<store::CardStatus> status;
    if (p.isSet(QStringLiteral("status"))) {
        status = store::cardStatusFromString(p.value(QStringLiteral("status")));
        if (!status)
            throw CommandError{CardsCommand::tr("--status is new, active, used, expired or void."),
                               UsageError};
    }
    if (c.json) {
        QJsonArray array;
        for (const store::Card& card : repo.cards(batch->id, status))
            array.append(QJsonObject{{QStringLiteral("serial"), card.serial},
                                     {QStringLiteral("status"), store::toString(card.status)},
                                     {QStringLiteral("expires"), date(card.expiresAt)},
                                     {QStringLiteral("used_at"), date(card.usedAt)},
                                     {QStringLiteral("account"), card.usedByAccountCode}});
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        c.out << QString::fromUtf8(cards::CardCsv::inventory(*batch, repo.cards(batch->id, status)));
    }
    c.out.flush();
    return Success;
}

int history(Context& c, const store::Database& db, const QCommandLineParser&)
{
    QJsonArray array;
    for (const store::Card& card : store::CardRepository(db).redemptions()) {
        if (c.json)
            array.append(QJsonObject{{QStringLiteral("serial"), card.serial},
                                     {QStringLiteral("status"), store::toString(card.status)},
                                     {QStringLiteral("used_at"), date(card.usedAt)},
                                     {QStringLiteral("account"), card.usedByAccountCode}});
        else
            c.out << date(card.usedAt) << "  " << card.serial.leftJustified(14)
                  << store::toString(card.status).leftJustified(8) << card.usedByAccountCode << '\n';
    }
    if (c.json)
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    c.out.flush();
    return Success;
}

int redeem(Context& c, const store::Database& db, const QCommandLineParser& p)
{
    if (p.positionalArguments().size() > 1)
        throw CommandError{CardsCommand::tr("A PIN on the command line is visible to every user of this "
                                            "machine: give it with --pin-stdin or --pin-file FILE."),
                           UsageError};
    const QString pin = readSecret(p, QStringLiteral("pin"));
    if (pin.isEmpty())
        throw CommandError{CardsCommand::tr("cards redeem needs the PIN: --pin-stdin or --pin-file FILE."),
                           UsageError};
    cards::CardService service(db, c.clock);
    cards::RedeemResult result;
    if (p.isSet(QStringLiteral("activate"))) {
        result = service.activate(pin, QStringLiteral("cli"), Actor, p.value(QStringLiteral("callback")));
    } else {
        const QString code = requiredOption(
            p, QStringLiteral("account"),
            CardsCommand::tr("Say which account to top up with --account CODE, or --activate a "
                             "prepaid calling card."));
        const auto account = store::AccountRepository(db, c.clock).findByCode(code);
        if (!account)
            throw CommandError{CardsCommand::tr("There is no subscriber with account code %1.").arg(code)};
        result = service.redeem(pin, account->id, QStringLiteral("cli"), Actor);
    }
    if (!result.ok())
        throw CommandError{result.message};
    if (c.json) {
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("account_code"), result.accountCode},
                                           {QStringLiteral("serial"), result.serial},
                                           {QStringLiteral("amount"), result.amount.toPlainString(2)},
                                           {QStringLiteral("balance"), result.balance.toPlainString(2)}})
                     .toJson(QJsonDocument::Indented);
    } else if (p.isSet(QStringLiteral("activate"))) {
        c.out << CardsCommand::tr("Card %1 activated: account code %2, balance %3.")
                     .arg(result.serial, result.accountCode, result.balance.toPlainString(2))
              << '\n';
    } else {
        c.out << CardsCommand::tr("Card %1 added %2 to account %3; balance now %4.")
                     .arg(result.serial, result.amount.toPlainString(2), result.accountCode,
                          result.balance.toPlainString(2))
              << '\n';
    }
    c.out.flush();
    return Success;
}
QList<QCommandLineOption> cardOptions()
{
    const auto value = [](const char* name, const QString& help) {
        return QCommandLineOption(QString::fromLatin1(name), help, QStringLiteral("value"));
    };
    return {
        value("count", CardsCommand::tr("Number of cards.")),
        value("value", CardsCommand::tr("Face value of each card.")),
        value("kind", CardsCommand::tr("charge or ppcc.")),
        value("currency", CardsCommand::tr("ISO currency code.")),
        value("plan", CardsCommand::tr("Sell plan of PPCC accounts.")),
        value("language", CardsCommand::tr("Language of PPCC accounts.")),
        value("pin-length", CardsCommand::tr("PIN digits, 10 to 20.")),
        value("serial-prefix", CardsCommand::tr("Serial prefix.")),
        value("serial-start", CardsCommand::tr("First serial number.")),
        value("name", CardsCommand::tr("Batch name.")),
        value("expires", CardsCommand::tr("Fixed expiry date.")),
        value("expires-days", CardsCommand::tr("Days until expiry.")),
        QCommandLineOption(QStringLiteral("after-first-use"),
                           CardsCommand::tr("Count expiry days from activation.")),
        value("output", CardsCommand::tr("Output file, - for stdout.")),
        value("batch", CardsCommand::tr("Batch id.")),
        value("status", CardsCommand::tr("Card status.")),
        value("serial", CardsCommand::tr("Card serial.")),
        value("account", CardsCommand::tr("Account code to top up.")),
        QCommandLineOption(QStringLiteral("activate"), CardsCommand::tr("Activate a prepaid calling card.")),
        value("callback", CardsCommand::tr("Callback number for the new account.")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           CardsCommand::tr("Show this help.")),
    };
}

// cards export --batch ID [--output FILE]
int exportBatch(Context& c, const store::Database& db, const QCommandLineParser& parser)
{
    const auto batch =
        store::CardRepository(db).findBatch(wholeNumberOption(parser, QStringLiteral("batch"), 0));
    if (!batch)
        throw CommandError{CardsCommand::tr("Say which batch with --batch ID; cards list shows them."),
                           UsageError};
    cards::CardService(db, c.clock).expireDue(Actor);
    writeOutput(c,
                parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output"))
                                                       : QStringLiteral("-"),
                cards::CardCsv::inventory(*batch, store::CardRepository(db).cards(batch->id)));
    return Success;
}

// cards void --serial SERIAL | --batch ID
int voidCards(Context& c, const store::Database& db, const QCommandLineParser& parser)
{
    cards::CardService service(db, c.clock);
    if (parser.isSet(QStringLiteral("serial"))) {
        service.voidCard(parser.value(QStringLiteral("serial")), Actor);
        c.out << CardsCommand::tr("Card %1 is void.").arg(parser.value(QStringLiteral("serial"))) << Qt::endl;
    } else if (parser.isSet(QStringLiteral("batch"))) {
        const int voided = service.voidBatch(wholeNumberOption(parser, QStringLiteral("batch"), 0), Actor);
        c.out << CardsCommand::tr("Batch #%1 is void; %2 unused cards cancelled.")
                     .arg(parser.value(QStringLiteral("batch")))
                     .arg(voided)
              << Qt::endl;
    } else {
        throw CommandError{CardsCommand::tr("cards void needs --serial SERIAL or --batch ID."), UsageError};
    }
    return Success;
}
} // namespace

static QString usage()
{
    return CardsCommand::tr(
        "Usage: rebound-switch [--db PATH] [--json] cards SUBCOMMAND\n"
        "\n"
        "  generate --count N --value AMOUNT --output FILE|- [--kind charge|ppcc] [--plan SELL-PLAN]\n"
        "           [--currency CODE] [--language CODE] [--pin-length 12] [--serial-prefix P]\n"
        "           [--serial-start N] [--name TEXT]\n"
        "           [--expires DATE | --expires-days N [--after-first-use]]\n"
        "                        a batch; the PIN file is the only copy of the PINs\n"
        "  list [--batch ID [--status new|active|used|expired|void]]\n"
        "  export --batch ID [--output FILE]   inventory CSV, without PINs\n"
        "  void --serial SERIAL | --batch ID   cancel unused cards\n"
        "  redeem --account CODE               top up with a charge-up card\n"
        "  redeem --activate [--callback NUMBER]   open a prepaid calling card's account\n"
        "         the PIN comes from --pin-stdin or --pin-file FILE, never the command line\n"
        "  history                             used and activated cards, newest first\n");
}

int runCards(Context& c, const QStringList& arguments)
{
    return runCommand(c, arguments, usage(), [&]() -> int {
        QCommandLineParser parser;
        parser.addOptions(cardOptions());
        parser.addOptions(secretOptions(QStringLiteral("pin"), CardsCommand::tr("card PIN")));
        parseCommand(parser, arguments, CardsCommand::tr("Run rebound-switch cards --help."));
        // redeem says itself what it makes of more arguments.
        return runSubcommand(c, parser, QStringLiteral("cards"),
                             {{QStringLiteral("generate"), generate},
                              {QStringLiteral("list"), list},
                              {QStringLiteral("export"), exportBatch},
                              {QStringLiteral("void"), voidCards},
                              {QStringLiteral("redeem"), redeem, true},
                              {QStringLiteral("history"), history}});
    });
}

} // namespace rebound::cli
