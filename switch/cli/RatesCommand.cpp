#include "billing/CreditManager.h"
#include "billing/Markup.h"
#include "billing/RateCache.h"
#include "billing/RateService.h"
#include "billing/Rater.h"
#include "cli/CommandOptions.h"
#include "cli/Commands.h"
#include "routing/Router.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebound::cli {

class RatesCommand
{
    Q_DECLARE_TR_FUNCTIONS(RatesCommand)
};

namespace {
// Longest talk time offered when credit is no object: four hours.
constexpr int MaxCallSeconds = 4 * 3600;

void printJson(Context& c, const QJsonObject& object)
{
    c.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    c.out.flush();
}

store::RateTable requireTable(const store::RateRepository& repo, const QString& name)
{
    if (name.isEmpty())
        throw CommandError{RatesCommand::tr("Name the rate table with --table (or --plan)."), UsageError};
    const auto table = repo.findTableByName(name);
    if (!table)
        throw CommandError{
            RatesCommand::tr("There is no rate table called '%1'; rates list shows them.").arg(name)};
    return *table;
}

core::PhoneNumber requireNumber(const store::Database& db, const QString& option, const QString& text)
{
    if (text.isEmpty())
        throw CommandError{RatesCommand::tr("--%1 is missing.").arg(option), UsageError};
    const auto result = store::SettingsRepository(db).dialPlan().normalise(text);
    if (!result.ok())
        throw CommandError{QStringLiteral("--%1: %2").arg(option, result.error)};
    return result.number;
}

int requireSeconds(const QString& option, const QString& text, bool required = true)
{
    if (text.isEmpty() && !required)
        return 0;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 24 * 3600)
        throw CommandError{RatesCommand::tr("--%1 must be a number of seconds from 0 to 86400.").arg(option),
                           UsageError};
    return value;
}

std::int64_t parseAt(const QString& text, const QTimeZone& zone, const core::Clock& clock)
{
    if (text.isEmpty())
        return clock.nowMs();
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        throw CommandError{
            RatesCommand::tr("--at '%1' is not a date and time; write it like 2026-03-04T18:30 "
                             "(reseller's time zone) or 2026-03-04T18:30Z (UTC).")
                .arg(text),
            UsageError};
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toMSecsSinceEpoch();
}

QString describeRate(const store::Rate& r, const QString& currency)
{
    QString text = QStringLiteral("%1 %2: %3/min").arg(r.prefix, r.destination, r.perMinute.format(currency));
    if (!r.connectFee.isZero())
        text += RatesCommand::tr(", connect %1").arg(r.connectFee.format(currency));
    text += QStringLiteral(", %1/%2").arg(r.firstIncrement).arg(r.nextIncrement);
    if (r.minSeconds > 0)
        text += RatesCommand::tr(", minimum %1 s").arg(r.minSeconds);
    if (r.graceSeconds > 0)
        text += RatesCommand::tr(", grace %1 s").arg(r.graceSeconds);
    return text;
}

QJsonObject rateJson(const store::Rate& r)
{
    return {{QStringLiteral("prefix"), r.prefix},
            {QStringLiteral("destination"), r.destination},
            {QStringLiteral("rate_per_minute"), r.perMinute.toPlainString(2)},
            {QStringLiteral("connect_fee"), r.connectFee.toPlainString(2)},
            {QStringLiteral("first_increment"), r.firstIncrement},
            {QStringLiteral("next_increment"), r.nextIncrement},
            {QStringLiteral("min_seconds"), r.minSeconds},
            {QStringLiteral("grace_seconds"), r.graceSeconds}};
}

QJsonObject legJson(const billing::LegQuote& q, const core::PhoneNumber& number)
{
    QJsonObject o{{QStringLiteral("number"), number.toPlus()},
                  {QStringLiteral("allowed"), q.allowed()},
                  {QStringLiteral("answered_seconds"), q.answeredSeconds},
                  {QStringLiteral("charged_seconds"), q.sell.seconds},
                  {QStringLiteral("price"), q.sell.amount.toPlainString(2)},
                  {QStringLiteral("cost"), q.buy.amount.toPlainString(2)},
                  {QStringLiteral("cost_seconds"), q.buy.seconds},
                  {QStringLiteral("profit"), q.profit().toPlainString(2)}};
    if (q.sellRate)
        o.insert(QStringLiteral("rate"), rateJson(*q.sellRate));
    if (q.buyRate)
        o.insert(QStringLiteral("buy_rate"), rateJson(*q.buyRate));
    return o;
}

void printLeg(Context& c, const QString& title, const billing::LegQuote& q, const core::PhoneNumber& number,
              const QString& currency)
{
    const auto row = [&](const QString& label, const QString& value) {
        c.out << label.leftJustified(14) << value << '\n';
    };
    c.out << title << '\n';
    row(RatesCommand::tr("Number:"), number.toPlus());
    if (!q.allowed()) {
        row(RatesCommand::tr("Rate:"), RatesCommand::tr("none: this destination is not in the plan"));
        return;
    }
    row(RatesCommand::tr("Rate:"), describeRate(*q.sellRate, currency));
    row(RatesCommand::tr("Answered:"), RatesCommand::tr("%1 s").arg(q.answeredSeconds));
    row(RatesCommand::tr("Charged:"), RatesCommand::tr("%1 s").arg(q.sell.seconds));
    row(RatesCommand::tr("Price:"), q.sell.amount.format(currency));
    if (q.buyRate) {
        row(RatesCommand::tr("Buy rate:"), describeRate(*q.buyRate, currency));
        row(RatesCommand::tr("Cost:"),
            RatesCommand::tr("%1 (%2 s)").arg(q.buy.amount.format(currency)).arg(q.buy.seconds));
        row(RatesCommand::tr("Profit:"), q.profit().format(currency));
    } else {
        row(RatesCommand::tr("Cost:"), RatesCommand::tr("unknown: no buy rate for this number"));
    }
}

// The buy table named by --buy, else that of the gateway the switch would
// dial first for this number at that time.
std::optional<std::int64_t> buyTableFor(const routing::Router& router, const store::RateRepository& repo,
                                        const QString& buyName, const core::PhoneNumber& number,
                                        std::int64_t atMs)
{
    if (!buyName.isEmpty())
        return requireTable(repo, buyName).id;
    return router.quoteBuyTable(number, atMs);
}

int list(Context& c, const store::Database& db, const QCommandLineParser& p)
{
    const store::RateRepository repo(db, c.clock);
    if (!p.isSet(QStringLiteral("table"))) {
        const auto tables = repo.tables();
        if (c.json) {
            QJsonArray array;
            for (const auto& t : tables)
                array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                         {QStringLiteral("kind"), store::toString(t.kind)},
                                         {QStringLiteral("currency"), t.currency},
                                         {QStringLiteral("rates"), t.rateCount}});
            c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            c.out << RatesCommand::tr("NAME").leftJustified(24) << RatesCommand::tr("KIND").leftJustified(6)
                  << RatesCommand::tr("CURRENCY").leftJustified(10) << RatesCommand::tr("RATES") << '\n';
            for (const auto& t : tables)
                c.out << t.name.leftJustified(24) << store::toString(t.kind).leftJustified(6)
                      << t.currency.leftJustified(10) << t.rateCount << '\n';
        }
        c.out.flush();
        return Success;
    }
    const auto table = requireTable(repo, p.value(QStringLiteral("table")));
    const QString search = p.value(QStringLiteral("search"));
    QJsonArray array;
    for (const store::Rate& r : repo.rates(table.id)) {
        if (!search.isEmpty() && !r.prefix.startsWith(search) &&
            !r.destination.contains(search, Qt::CaseInsensitive))
            continue;
        if (c.json)
            array.append(rateJson(r));
        else
            c.out << describeRate(r, table.currency) << '\n';
    }
    if (c.json)
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    c.out.flush();
    return Success;
}

int import(Context& c, const store::Database& db, const QCommandLineParser& p)
{
    const QStringList files = p.positionalArguments().mid(1);
    if (files.size() != 1)
        throw CommandError{RatesCommand::tr("rates import needs exactly one CSV file."), UsageError};
    const QString tableName = requiredOption(p, QStringLiteral("table"),
                                             RatesCommand::tr("Name the rate table to fill with --table."));
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        throw CommandError{RatesCommand::tr("Cannot read %1: %2").arg(files.first(), file.errorString())};
    std::optional<store::RateTableKind> kind;
    if (p.isSet(QStringLiteral("kind"))) {
        kind = store::rateTableKindFromString(p.value(QStringLiteral("kind")));
        if (!kind)
            throw CommandError{RatesCommand::tr("--kind must be sell or buy."), UsageError};
    }
    const auto result = billing::RateService(db, c.clock)
                            .importCsv(tableName, kind, p.value(QStringLiteral("currency")), file.readAll(),
                                       QStringLiteral("cli"));
    if (!result.ok()) {
        for (const billing::CsvIssue& issue : result.errors)
            c.err << files.first() << ": " << issue.message << '\n';
        c.err << RatesCommand::tr("rebound-switch: %n problem(s) found; nothing was imported.", nullptr,
                                  int(result.errors.size()))
              << Qt::endl;
        return cli::Failure;
    }
    if (c.json)
        printJson(c, {{QStringLiteral("table"), tableName},
                      {QStringLiteral("imported"), result.imported},
                      {QStringLiteral("replaced"), result.replaced},
                      {QStringLiteral("created"), result.created}});
    else
        c.out << RatesCommand::tr("Imported %1 rates into %2 (replacing %3).")
                     .arg(result.imported)
                     .arg(tableName)
                     .arg(result.replaced)
              << Qt::endl;
    return Success;
}

int exportRates(Context& c, const store::Database& db, const QCommandLineParser& p)
{
    const store::RateRepository repo(db, c.clock);
    const auto table = requireTable(repo, p.value(QStringLiteral("table")));
    const QByteArray csv = billing::RateService(db, c.clock).exportCsv(table.id);
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        c.out << QString::fromUtf8(csv);
        c.out.flush();
        return Success;
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
        throw CommandError{RatesCommand::tr("Cannot write %1: %2").arg(output, file.errorString())};
    c.err << RatesCommand::tr("Wrote %1 rates of %2 to %3.").arg(table.rateCount).arg(table.name, output)
          << Qt::endl;
    return Success;
}

// rates quote --callback … --max-talk: the longest talk the subscriber's credit buys.
int printMaxTalk(Context& c, const store::Database& db, const QString& code, std::int64_t accountId,
                 const billing::CallQuote& q, int secondsA, const QString& currency)
{
    const core::Money credit = billing::CreditManager(db, c.clock).available(accountId);
    const int talk =
        billing::Rater::maxTalkSeconds(credit, *q.a.sellRate, secondsA, *q.b.sellRate, MaxCallSeconds);
    const core::Money cost =
        talk >= 0 ? billing::Rater::costOfTalk(*q.a.sellRate, secondsA, *q.b.sellRate, talk) : core::Money();
    if (c.json) {
        printJson(c, {{QStringLiteral("account"), code},
                      {QStringLiteral("available_credit"), credit.toPlainString(2)},
                      {QStringLiteral("max_talk_seconds"), std::max(talk, 0)},
                      {QStringLiteral("affordable"), talk > 0},
                      {QStringLiteral("cost_at_limit"), cost.toPlainString(2)}});
    } else if (talk <= 0) {
        c.out << RatesCommand::tr("Subscriber %1 cannot afford this call: %2 available.")
                     .arg(code, credit.format(currency))
              << Qt::endl;
    } else {
        c.out << RatesCommand::tr("Longest talk time: %1 s (%2:%3) for %4 of %5 available.")
                     .arg(talk)
                     .arg(talk / 60)
                     .arg(talk % 60, 2, 10, QLatin1Char('0'))
                     .arg(cost.format(currency), credit.format(currency))
              << Qt::endl;
    }
    return Success;
}

int quote(Context& c, const store::Database& db, const QCommandLineParser& p)
{
    const store::RateRepository repo(db, c.clock);
    const store::SettingsRepository settings(db);
    const QString currency = settings.currency();
    const QTimeZone zone = settings.billingTimeZone();
    const std::int64_t at = parseAt(p.value(QStringLiteral("at")), zone, c.clock);
    billing::RateCache cache(db, c.clock);
    billing::Rater rater(cache, zone);
    const QString buyName = p.value(QStringLiteral("buy"));
    const routing::Router router(db, c.clock, &cache);

    if (!p.isSet(QStringLiteral("callback"))) {
        const auto plan = requireTable(repo, p.value(QStringLiteral("plan")));
        const auto number = requireNumber(db, QStringLiteral("number"), p.value(QStringLiteral("number")));
        const int seconds = requireSeconds(QStringLiteral("seconds"), p.value(QStringLiteral("seconds")));
        const auto q = rater.priceLeg(
            plan.id, {number, seconds * 1000LL, at, buyTableFor(router, repo, buyName, number, at)});
        if (c.json) {
            QJsonObject o = legJson(q, number);
            o.insert(QStringLiteral("plan"), plan.name);
            o.insert(QStringLiteral("currency"), currency);
            printJson(c, o);
        } else {
            printLeg(c, RatesCommand::tr("Plan %1").arg(plan.name), q, number, currency);
            c.out.flush();
        }
        return q.allowed() ? Success : cli::Failure;
    }

    // A whole callback call, for a subscriber.
    const QString code =
        requiredOption(p, QStringLiteral("account"),
                       RatesCommand::tr("--callback needs --account CODE (whose plan and credit to use)."));
    const auto account = store::AccountRepository(db, c.clock).findByCode(code);
    if (!account)
        throw CommandError{RatesCommand::tr("There is no subscriber with account code %1.").arg(code)};
    if (!account->sellPlanId)
        throw CommandError{RatesCommand::tr("Subscriber %1 has no sell plan.").arg(code)};
    const auto callback = requireNumber(db, QStringLiteral("callback"), p.value(QStringLiteral("callback")));
    const auto destination =
        requireNumber(db, QStringLiteral("destination"), p.value(QStringLiteral("destination")));
    const int secondsA = requireSeconds(QStringLiteral("seconds-a"), p.value(QStringLiteral("seconds-a")));
    const bool maxTalk = p.isSet(QStringLiteral("max-talk"));
    const int secondsB =
        requireSeconds(QStringLiteral("seconds-b"), p.value(QStringLiteral("seconds-b")), !maxTalk);

    const auto q = rater.priceCall(
        *account->sellPlanId,
        {callback, secondsA * 1000LL, at, buyTableFor(router, repo, buyName, callback, at)},
        {destination, secondsB * 1000LL, at, buyTableFor(router, repo, buyName, destination, at)});
    if (!q.a.allowed() || !q.b.allowed())
        throw CommandError{RatesCommand::tr("%1 is not in subscriber %2's plan.")
                               .arg((q.a.allowed() ? destination : callback).toPlus(), code)};

    if (maxTalk)
        return printMaxTalk(c, db, code, account->id, q, secondsA, currency);

    if (c.json) {
        printJson(c, {{QStringLiteral("account"), code},
                      {QStringLiteral("currency"), currency},
                      {QStringLiteral("leg_a"), legJson(q.a, callback)},
                      {QStringLiteral("leg_b"), legJson(q.b, destination)},
                      {QStringLiteral("price"), q.sell().toPlainString(2)},
                      {QStringLiteral("cost"), q.buy().toPlainString(2)},
                      {QStringLiteral("profit"), q.profit().toPlainString(2)}});
    } else {
        printLeg(c, RatesCommand::tr("Leg A (callback)"), q.a, callback, currency);
        printLeg(c, RatesCommand::tr("Leg B (destination)"), q.b, destination, currency);
        c.out << RatesCommand::tr("Total price %1, cost %2, profit %3")
                     .arg(q.sell().format(currency), q.buy().format(currency), q.profit().format(currency))
              << Qt::endl;
    }
    return Success;
}

core::Money moneyOption(const QCommandLineParser& p, const QString& name, core::Money fallback)
{
    if (!p.isSet(name))
        return fallback;
    const auto parsed = core::Money::parse(p.value(name));
    if (!parsed.value || parsed.value->isNegative())
        throw CommandError{
            QStringLiteral("--%1: %2")
                .arg(name, parsed.value ? RatesCommand::tr("must not be negative.") : parsed.error),
            UsageError};
    return *parsed.value;
}

int markup(Context& c, const store::Database& db, const QCommandLineParser& p)
{
    store::RateRepository repo(db, c.clock);
    const auto from = requireTable(repo, p.value(QStringLiteral("from")));
    const QString toName =
        requiredOption(p, QStringLiteral("to"), RatesCommand::tr("Name the sell plan to write with --to."));
    billing::MarkupRule rule;
    if (p.isSet(QStringLiteral("percent"))) {
        const auto percent = core::Money::parse(p.value(QStringLiteral("percent")));
        if (!percent.value)
            throw CommandError{QStringLiteral("--percent: %1").arg(percent.error), UsageError};
        // 1 % is 100 basis points, i.e. 10,000 micro-units of "1".
        rule.percentBasisPoints = percent.value->micros() / 10'000;
    }
    rule.fixedPerMinute = moneyOption(p, QStringLiteral("fixed"), core::Money());
    rule.roundUpTo = moneyOption(p, QStringLiteral("step"), rule.roundUpTo);
    if (p.isSet(QStringLiteral("increments"))) {
        const QStringList parts = p.value(QStringLiteral("increments")).split(QLatin1Char('/'));
        bool ok1 = false;
        bool ok2 = parts.size() == 2;
        const int first = parts.value(0).toInt(&ok1);
        const int next = parts.size() == 2 ? parts[1].toInt(&ok2) : first;
        if (!ok1 || !ok2 || first < 1 || next < 1 || first > 3600 || next > 3600)
            throw CommandError{RatesCommand::tr("--increments must look like 30/6 (seconds, 1 to 3600)."),
                               UsageError};
        rule.firstIncrement = first;
        rule.nextIncrement = next;
    }
    const int written =
        billing::RateService(db, c.clock).markup(from.id, toName, rule, QStringLiteral("cli"));
    if (c.json)
        printJson(c, {{QStringLiteral("plan"), toName}, {QStringLiteral("rates"), written}});
    else
        c.out << RatesCommand::tr("Wrote %1 sell rates to %2.").arg(written).arg(toName) << Qt::endl;
    return Success;
}

int deleteTable(Context& c, const store::Database& db, const QCommandLineParser& p)
{
    store::RateRepository repo(db, c.clock);
    const auto table = requireTable(repo, p.value(QStringLiteral("table")));
    repo.removeTable(table.id);
    c.out << RatesCommand::tr("Deleted rate table %1.").arg(table.name) << Qt::endl;
    return Success;
}
} // namespace

static QString usage()
{
    return RatesCommand::tr(
        "Usage: rebound-switch [--db PATH] [--json] rates SUBCOMMAND\n"
        "\n"
        "  list [--table NAME [--search TEXT]]   tables, or the rates of one\n"
        "  import FILE --table NAME [--kind sell|buy] [--currency CODE]\n"
        "                                        replace a table's rates from a carrier CSV;\n"
        "                                        a file with any bad row changes nothing\n"
        "  export --table NAME [--output FILE]   CSV to stdout or a file\n"
        "  quote --plan NAME --number N --seconds S [--at TIME] [--buy TABLE]\n"
        "  quote --account CODE --callback A --destination B --seconds-a SA --seconds-b SB\n"
        "  quote --account CODE --callback A --destination B --seconds-a SA --max-talk\n"
        "                                        longest talk time the account can afford now\n"
        "  markup --from BUY --to SELL [--percent 60] [--fixed 0.002] [--step 0.001]\n"
        "         [--increments 30/6]            build a sell plan from a buy table\n"
        "  delete --table NAME\n"
        "\n"
        "--at takes 2026-03-04T18:30 (billing time zone) or 2026-03-04T18:30Z (UTC).\n"
        "A quote's cost is the buy table of the gateway the switch would dial first\n"
        "(longest route prefix, then priority, then least cost); --buy prices another.\n");
}

int runRates(Context& c, const QStringList& arguments)
{
    return runCommand<billing::CreditError, billing::RateServiceError>(c, arguments, usage(), [&]() -> int {
        QCommandLineParser parser;
        const QList<QCommandLineOption> options = {
            {QStringLiteral("table"), RatesCommand::tr("Rate table name."), QStringLiteral("name")},
            {QStringLiteral("search"), RatesCommand::tr("Prefix or destination text."),
             QStringLiteral("text")},
            {QStringLiteral("kind"), RatesCommand::tr("sell or buy."), QStringLiteral("kind")},
            {QStringLiteral("currency"), RatesCommand::tr("ISO currency code."), QStringLiteral("code")},
            {QStringLiteral("output"), RatesCommand::tr("Output file."), QStringLiteral("file")},
            {QStringLiteral("plan"), RatesCommand::tr("Sell plan name."), QStringLiteral("name")},
            {QStringLiteral("buy"), RatesCommand::tr("Buy table name."), QStringLiteral("name")},
            {QStringLiteral("number"), RatesCommand::tr("Number to price."), QStringLiteral("number")},
            {QStringLiteral("seconds"), RatesCommand::tr("Answered seconds."), QStringLiteral("s")},
            {QStringLiteral("at"), RatesCommand::tr("Time of the call."), QStringLiteral("time")},
            {QStringLiteral("account"), RatesCommand::tr("Account code."), QStringLiteral("code")},
            {QStringLiteral("callback"), RatesCommand::tr("Callback number (leg A)."),
             QStringLiteral("number")},
            {QStringLiteral("destination"), RatesCommand::tr("Destination (leg B)."),
             QStringLiteral("number")},
            {QStringLiteral("seconds-a"), RatesCommand::tr("Leg A seconds."), QStringLiteral("s")},
            {QStringLiteral("seconds-b"), RatesCommand::tr("Leg B seconds."), QStringLiteral("s")},
            {QStringLiteral("max-talk"), RatesCommand::tr("Print the longest affordable talk time.")},
            {QStringLiteral("from"), RatesCommand::tr("Buy table to mark up."), QStringLiteral("name")},
            {QStringLiteral("to"), RatesCommand::tr("Sell plan to write."), QStringLiteral("name")},
            {QStringLiteral("percent"), RatesCommand::tr("Margin in percent."), QStringLiteral("p")},
            {QStringLiteral("fixed"), RatesCommand::tr("Fixed margin per minute."), QStringLiteral("amount")},
            {QStringLiteral("step"), RatesCommand::tr("Round sell rates up to this step."),
             QStringLiteral("amount")},
            {QStringLiteral("increments"), RatesCommand::tr("Sell increments, e.g. 30/6."),
             QStringLiteral("first/next")},
            {{QStringLiteral("h"), QStringLiteral("help")}, RatesCommand::tr("Show this help.")},
        };
        parser.addOptions(options);
        parseCommand(parser, arguments, RatesCommand::tr("Run rebound-switch rates --help."));
        // import takes the CSV files to read.
        return runSubcommand(c, parser, QStringLiteral("rates"),
                             {{QStringLiteral("list"), list},
                              {QStringLiteral("import"), import, true},
                              {QStringLiteral("export"), exportRates},
                              {QStringLiteral("quote"), quote},
                              {QStringLiteral("markup"), markup},
                              {QStringLiteral("delete"), deleteTable}});
    });
}

} // namespace rebound::cli
