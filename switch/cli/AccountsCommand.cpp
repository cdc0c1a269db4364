#include "accounts/AccountCsv.h"
#include "accounts/AccountService.h"
#include "billing/CreditManager.h"
#include "cli/Commands.h"
#include "core/PrivateFile.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/LedgerRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace rebound::cli {

class AccountsCommand
{
    Q_DECLARE_TR_FUNCTIONS(AccountsCommand)
};

namespace {
// Options shared by add and set; the names are the AccountService field names,
// so a validation error can say which option was wrong.
const QList<QCommandLineOption>& formOptions()
{
    static const QList<QCommandLineOption> options =
        secretOptions(QStringLiteral("password"), AccountsCommand::tr("portal password")) +
        secretOptions(accounts::field::Pin, AccountsCommand::tr("IVR and SMS PIN (6-12 digits)")) +
        QList<QCommandLineOption>{
            {QStringLiteral("no-pin"), AccountsCommand::tr("Remove the subscriber's PIN.")},
            {accounts::field::DidCallers,
             AccountsCommand::tr("Who may trigger a callback by ringing the subscriber's DIDs: registered "
                                 "(only the registered phones; the default) or any."),
             QStringLiteral("registered|any")},
            {accounts::field::AccountCode, AccountsCommand::tr("Account code: 3-12 digits."),
             QStringLiteral("digits")},
            {accounts::field::Name, AccountsCommand::tr("Subscriber name."), QStringLiteral("text")},
            {accounts::field::MemberId, AccountsCommand::tr("Web portal login."), QStringLiteral("id")},
            {accounts::field::CallbackNumber,
             AccountsCommand::tr("Callback number, as a person would write it."), QStringLiteral("number")},
            {accounts::field::Language, AccountsCommand::tr("Language code (en, de, es, ...)."),
             QStringLiteral("code")},
            {accounts::field::CreditLimit, AccountsCommand::tr("How far below zero the balance may go."),
             QStringLiteral("amount")},
            {accounts::field::MaxCalls, AccountsCommand::tr("Maximum concurrent calls."),
             QStringLiteral("n")},
            {accounts::field::Status, AccountsCommand::tr("active, suspended or closed."),
             QStringLiteral("status")},
            {accounts::field::SellPlan,
             AccountsCommand::tr("Sell plan the subscriber pays by; empty for none."),
             QStringLiteral("name")},
            {QStringLiteral("notes"), AccountsCommand::tr("Free-text notes."), QStringLiteral("text")},
        };
    return options;
}

QString planName(const store::Database& db, const core::Clock& clock, const store::Account& a)
{
    if (!a.sellPlanId)
        return {};
    const auto plan = store::RateRepository(db, clock).findTable(*a.sellPlanId);
    return plan ? plan->name : QString();
}

QJsonObject toJson(const store::Account& a, const QString& currency, const QString& plan)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(a.id)},
        {QStringLiteral("account_code"), a.accountCode},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("member_id"), a.memberId},
        {QStringLiteral("has_password"), !a.passwordHash.isEmpty()},
        {QStringLiteral("has_pin"), !a.pinHash.isEmpty()},
        {QStringLiteral("did_callers"),
         a.didRegisteredCallersOnly ? accounts::didCallers::Registered : accounts::didCallers::Any},
        {QStringLiteral("callback_number"),
         a.callbackNumber.isEmpty() ? QString() : a.callbackNumber.toPlus()},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("balance"), a.balance.toPlainString(2)},
        {QStringLiteral("balance_micros"), qint64(a.balance.micros())},
        {QStringLiteral("credit_limit"), a.creditLimit.toPlainString(2)},
        {QStringLiteral("max_concurrent_calls"), a.maxConcurrentCalls},
        {QStringLiteral("status"), store::toString(a.status)},
        {QStringLiteral("plan"), plan},
        {QStringLiteral("demo"), a.isDemo},
        {QStringLiteral("notes"), a.notes},
    };
}

void printJson(Context& c, const QJsonValue& value)
{
    c.out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                 .toJson(QJsonDocument::Indented);
    c.out.flush();
}

void printDetails(Context& c, const store::Account& a, const QString& currency, const QString& plan,
                  const QList<store::RegisteredPhone>& phones)
{
    const auto row = [&](const QString& label, const QString& value) {
        c.out << label.leftJustified(16) << value << '\n';
    };
    row(AccountsCommand::tr("Account code:"), a.accountCode);
    row(AccountsCommand::tr("Name:"), a.name);
    row(AccountsCommand::tr("Member id:"),
        a.memberId.isEmpty() ? AccountsCommand::tr("(no portal login)") : a.memberId);
    row(AccountsCommand::tr("Password:"),
        a.passwordHash.isEmpty() ? AccountsCommand::tr("not set") : AccountsCommand::tr("set"));
    row(AccountsCommand::tr("PIN:"),
        a.pinHash.isEmpty() ? AccountsCommand::tr("not set") : AccountsCommand::tr("set"));
    row(AccountsCommand::tr("Callback:"),
        a.callbackNumber.isEmpty() ? AccountsCommand::tr("(none)") : a.callbackNumber.toPlus());
    QStringList numbers;
    for (const store::RegisteredPhone& phone : phones)
        numbers << phone.number.toPlus();
    row(AccountsCommand::tr("Phones:"),
        numbers.isEmpty() ? AccountsCommand::tr("(none registered)") : numbers.join(QStringLiteral(", ")));
    row(AccountsCommand::tr("DID callers:"),
        !a.didRegisteredCallersOnly ? AccountsCommand::tr("any caller")
        : phones.isEmpty() ? AccountsCommand::tr("registered phones only (none registered yet: any caller)")
                           : AccountsCommand::tr("registered phones only"));
    row(AccountsCommand::tr("Language:"), a.language);
    row(AccountsCommand::tr("Balance:"), a.balance.format(currency));
    row(AccountsCommand::tr("Credit limit:"), a.creditLimit.format(currency));
    row(AccountsCommand::tr("Max calls:"), QString::number(a.maxConcurrentCalls));
    row(AccountsCommand::tr("Status:"), store::displayName(a.status));
    row(AccountsCommand::tr("Sell plan:"),
        plan.isEmpty() ? AccountsCommand::tr("(none: calls are refused)") : plan);
    if (a.isDemo)
        row(AccountsCommand::tr("Demo:"), AccountsCommand::tr("yes (created with the demo data)"));
    if (!a.notes.isEmpty())
        row(AccountsCommand::tr("Notes:"), a.notes);
    c.out.flush();
}

void printTable(Context& c, const QList<store::Account>& accounts, const QString& currency)
{
    c.out << AccountsCommand::tr("CODE").leftJustified(8) << AccountsCommand::tr("NAME").leftJustified(28)
          << AccountsCommand::tr("MEMBER ID").leftJustified(12)
          << AccountsCommand::tr("CALLBACK").leftJustified(17)
          << AccountsCommand::tr("BALANCE").rightJustified(12) << "  " << AccountsCommand::tr("STATUS")
          << '\n';
    for (const store::Account& a : accounts)
        c.out << a.accountCode.leftJustified(8) << a.name.left(27).leftJustified(28)
              << a.memberId.left(11).leftJustified(12)
              << (a.callbackNumber.isEmpty() ? QString() : a.callbackNumber.toPlus()).leftJustified(17)
              << a.balance.format(currency).rightJustified(12) << "  " << store::displayName(a.status)
              << '\n';
    c.out.flush();
}

QString isoTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

int printPhones(Context& c, const accounts::AccountService& service, const store::Account& account)
{
    const auto phones = service.registeredPhones(account.id);
    if (c.json) {
        QJsonArray array;
        for (const store::RegisteredPhone& p : phones)
            array.append(QJsonObject{{QStringLiteral("number"), p.number.toPlus()},
                                     {QStringLiteral("callback_number"), p.isCallbackNumber},
                                     {QStringLiteral("registered_at"), isoTime(p.registeredAt)}});
        printJson(c, QJsonObject{{QStringLiteral("account_code"), account.accountCode},
                                 {QStringLiteral("phones"), array}});
        return Success;
    }
    const auto line = [&](const QString& number, const QString& registered, const QString& note) {
        c.out << (number.leftJustified(18) + registered.leftJustified(22) + note).trimmed() << '\n';
    };
    if (phones.isEmpty())
        c.out << AccountsCommand::tr("Subscriber %1 has no registered phones.").arg(account.accountCode)
              << '\n';
    else
        line(AccountsCommand::tr("NUMBER"), AccountsCommand::tr("REGISTERED (UTC)"), QString());
    for (const store::RegisteredPhone& p : phones)
        line(p.number.toPlus(), isoTime(p.registeredAt),
             p.isCallbackNumber ? AccountsCommand::tr("callback number") : QString());
    c.out.flush();
    return Success;
}

int removePhone(Context& c, accounts::AccountService& service, const store::Account& account,
                const QString& phone)
{
    const QString removed = service.removeRegisteredPhone(account.id, phone, QStringLiteral("cli")).toPlus();
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("account_code"), account.accountCode},
                                 {QStringLiteral("removed"), removed}});
    else
        c.out << AccountsCommand::tr("Removed %1 from the registered phones of subscriber %2: it can no "
                                     "longer ask for callbacks by SMS without the PIN or ring the "
                                     "subscriber's DIDs.")
                     .arg(removed, account.accountCode)
              << Qt::endl;
    return Success;
}

int reportValidation(Context& c, const accounts::ValidationError& error)
{
    c.refused(error, [](const QString& field) { return QStringLiteral("--") + field; });
    return Failure;
}

// Fills the form from the options that were given, leaving the rest as they are.
bool fillForm(Context& c, const QCommandLineParser& parser, accounts::AccountForm& form)
{
    const auto take = [&](const QString& name, QString& target) {
        if (parser.isSet(name))
            target = parser.value(name);
    };
    take(accounts::field::AccountCode, form.accountCode);
    take(accounts::field::Name, form.name);
    take(accounts::field::MemberId, form.memberId);
    take(accounts::field::CallbackNumber, form.callbackNumber);
    take(accounts::field::Language, form.language);
    take(accounts::field::CreditLimit, form.creditLimit);
    take(accounts::field::MaxCalls, form.maxConcurrentCalls);
    take(accounts::field::Status, form.status);
    take(accounts::field::SellPlan, form.sellPlan);
    take(accounts::field::DidCallers, form.didCallers);
    take(QStringLiteral("notes"), form.notes);
    form.removePin = parser.isSet(QStringLiteral("no-pin"));
    try {
        // One line of standard input holds one secret.
        if (parser.isSet(QStringLiteral("password-stdin")) && parser.isSet(QStringLiteral("pin-stdin")))
            throw CommandError{AccountsCommand::tr("--pin-stdin: standard input already holds the password; "
                                                   "give the PIN with --pin-file FILE."),
                               UsageError};
        if (const QString password = readSecret(parser, QStringLiteral("password")); !password.isEmpty())
            form.password = password;
        if (const QString pin = readSecret(parser, accounts::field::Pin); !pin.isEmpty())
            form.pin = pin;
    } catch (const CommandError& e) {
        c.fail(e.message, e.code);
        return false;
    }
    return true;
}

const QList<QCommandLineOption>& balanceOptions()
{
    static const QList<QCommandLineOption> options = {
        {QStringLiteral("amount"), AccountsCommand::tr("Amount to add; negative to take away."),
         QStringLiteral("amount")},
        {QStringLiteral("reason"), AccountsCommand::tr("topup, adjustment (default) or refund."),
         QStringLiteral("reason")},
        {QStringLiteral("note"), AccountsCommand::tr("Why: kept in the ledger and the audit log."),
         QStringLiteral("text")},
    };
    return options;
}

int adjust(Context& c, const store::Database& db, const QCommandLineParser& parser,
           const store::Account& account, const QString& currency)
{
    if (!parser.isSet(QStringLiteral("amount")))
        return c.fail(AccountsCommand::tr("accounts adjust needs --amount (negative to take money away)."),
                      UsageError);
    const auto amount = core::Money::parse(parser.value(QStringLiteral("amount")));
    if (!amount.value)
        return c.fail(QStringLiteral("--amount: ") + amount.error, UsageError);
    if (amount.value->isZero())
        return c.fail(AccountsCommand::tr("--amount: an adjustment of zero changes nothing."), UsageError);
    const QString reasonText = parser.value(QStringLiteral("reason"));
    store::LedgerReason reason = store::LedgerReason::Adjustment;
    if (reasonText == QLatin1String("topup"))
        reason = store::LedgerReason::TopUp;
    else if (reasonText == QLatin1String("refund"))
        reason = store::LedgerReason::Refund;
    else if (!reasonText.isEmpty() && reasonText != QLatin1String("adjustment"))
        return c.fail(AccountsCommand::tr("--reason must be topup, adjustment or refund."), UsageError);
    const core::Money balance = billing::CreditManager(db, c.clock)
                                    .adjust(account.id, *amount.value, reason,
                                            parser.value(QStringLiteral("note")), QStringLiteral("cli"));
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("account_code"), account.accountCode},
                                 {QStringLiteral("amount"), amount.value->toPlainString(2)},
                                 {QStringLiteral("balance"), balance.toPlainString(2)}});
    else
        c.out << AccountsCommand::tr("Subscriber %1: %2, balance now %3.")
                     .arg(account.accountCode, amount.value->format(currency), balance.format(currency))
              << Qt::endl;
    return Success;
}

int printLedger(Context& c, const store::Database& db, const store::Account& account, const QString& currency)
{
    const auto entries = store::LedgerRepository(db, c.clock).entries(account.id);
    QJsonArray array;
    for (const store::LedgerEntry& e : entries) {
        const QString when = isoTime(e.createdAt);
        if (c.json)
            array.append(QJsonObject{{QStringLiteral("at"), when},
                                     {QStringLiteral("amount"), e.amount.toPlainString(2)},
                                     {QStringLiteral("balance_after"), e.balanceAfter.toPlainString(2)},
                                     {QStringLiteral("reason"), store::toString(e.reason)},
                                     {QStringLiteral("reference"), e.reference},
                                     {QStringLiteral("by"), e.createdBy}});
        else
            c.out << when << "  " << e.amount.format(currency).rightJustified(12) << "  "
                  << e.balanceAfter.format(currency).rightJustified(12) << "  "
                  << store::toString(e.reason).leftJustified(11) << e.reference << '\n';
    }
    if (c.json)
        printJson(c, array);
    c.out.flush();
    return Success;
}

const QList<QCommandLineOption>& fileOptions()
{
    static const QList<QCommandLineOption> options = {
        {QStringLiteral("dry-run"), AccountsCommand::tr("Check the file and report; import nothing.")},
        {QStringLiteral("output"), AccountsCommand::tr("Where to write the CSV; - for standard output."),
         QStringLiteral("file")},
    };
    return options;
}

int importAccounts(Context& c, accounts::AccountService& service, const QString& path, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(AccountsCommand::tr("Cannot read %1: %2").arg(path, file.errorString()));
    // One byte past the limit is enough for the importer to refuse the file.
    const auto result =
        service.importCsv(file.read(accounts::AccountCsv::MaxBytes + 1), QStringLiteral("cli"), dryRun);
    if (!result.ok()) {
        for (const core::CsvIssue& issue : result.errors)
            c.err << path << ": " << issue.message << '\n';
        c.err << AccountsCommand::tr("rebound-switch: nothing was imported; problems found: %1.")
                     .arg(result.problems)
              << Qt::endl;
        return Failure;
    }
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("imported"), result.imported},
                                 {QStringLiteral("dry_run"), dryRun}});
    else if (dryRun)
        c.out << AccountsCommand::tr("%1 subscribers would be imported; nothing was changed (dry run).")
                     .arg(result.imported)
              << Qt::endl;
    else
        c.out << AccountsCommand::tr("%1 subscribers imported.").arg(result.imported) << Qt::endl;
    return Success;
}

int exportAccounts(Context& c, const accounts::AccountService& service, const QString& output, int count)
{
    const QByteArray csv = service.exportCsv();
    if (output.isEmpty() || output == QLatin1String("-")) {
        c.out << QString::fromUtf8(csv);
        c.out.flush();
        return Success;
    }
    // Names and phone numbers: personal data, for the owner's eyes only.
    if (const QString error = core::writePrivateFile(output, csv); !error.isEmpty())
        return c.fail(AccountsCommand::tr("Cannot write %1: %2").arg(output, error));
    if (c.json)
        printJson(c, QJsonObject{{QStringLiteral("exported"), count}, {QStringLiteral("output"), output}});
    else
        c.out << AccountsCommand::tr("Wrote %1 subscribers to %2.").arg(count).arg(output) << Qt::endl;
    return Success;
}

// The proof that every cached balance equals its ledger sum.
int checkLedger(Context& c, const store::Database& db, const QString& currency)
{
    const auto mismatches = store::LedgerRepository(db, c.clock).findMismatches();
    if (c.json) {
        QJsonArray array;
        for (const auto& m : mismatches)
            array.append(QJsonObject{{QStringLiteral("account_id"), qint64(m.accountId)},
                                     {QStringLiteral("cached"), m.cached.toPlainString(2)},
                                     {QStringLiteral("ledger_sum"), m.ledgerSum.toPlainString(2)}});
        printJson(c, QJsonObject{{QStringLiteral("consistent"), mismatches.isEmpty()},
                                 {QStringLiteral("mismatches"), array}});
    } else if (mismatches.isEmpty()) {
        c.out << AccountsCommand::tr("Every balance equals its ledger sum.") << Qt::endl;
    }
    for (const auto& m : mismatches)
        c.err << AccountsCommand::tr("rebound-switch: subscriber #%1 shows %2 but its ledger adds up to %3")
                     .arg(m.accountId)
                     .arg(m.cached.format(currency), m.ledgerSum.format(currency))
              << '\n';
    c.err.flush();
    return mismatches.isEmpty() ? Success : Failure;
}
// What a subcommand is given besides its options.
struct Shape
{
    bool withPhone = false; // remove-phone: a code and a phone
    bool withFile = false;  // import: a file
    bool needsCode = false; // an account code first
};

Shape shapeOf(const QString& sub)
{
    static const QStringList withCode = {QStringLiteral("show"),   QStringLiteral("set"),
                                         QStringLiteral("delete"), QStringLiteral("adjust"),
                                         QStringLiteral("ledger"), QStringLiteral("phones")};
    Shape shape;
    shape.withPhone = sub == QLatin1String("remove-phone");
    shape.withFile = sub == QLatin1String("import");
    shape.needsCode = shape.withPhone || withCode.contains(sub);
    return shape;
}

// Why the subcommand's arguments and options do not fit it; empty when they do.
QString argumentProblem(const QString& sub, const QStringList& positional, const QCommandLineParser& parser)
{
    static const QStringList withoutCode = {QStringLiteral("list"), QStringLiteral("add"),
                                            QStringLiteral("check-ledger"), QStringLiteral("export")};
    const auto [withPhone, withFile, needsCode] = shapeOf(sub);
    if (!needsCode && !withFile && !withoutCode.contains(sub))
        return AccountsCommand::tr("'%1' is not an accounts subcommand; use list, show, add, set, delete, "
                                   "adjust, ledger, check-ledger, phones, remove-phone, import or export.")
            .arg(sub);
    if (withFile && positional.size() != 1)
        return AccountsCommand::tr("accounts import needs exactly one CSV file.");
    if (withPhone && positional.size() != 2)
        return AccountsCommand::tr("accounts remove-phone needs an account code and a phone number "
                                   "(see accounts phones CODE).");
    if (needsCode && !withPhone && positional.size() != 1)
        return AccountsCommand::tr("accounts %1 needs exactly one account code.").arg(sub);
    if (!needsCode && !withFile && !positional.isEmpty())
        return AccountsCommand::tr("Unexpected argument '%1'.").arg(positional.first());
    for (const QString& name : parser.optionNames()) {
        const bool formOption =
            std::any_of(formOptions().cbegin(), formOptions().cend(),
                        [&](const QCommandLineOption& o) { return o.names().contains(name); });
        const bool balanceOption =
            std::any_of(balanceOptions().cbegin(), balanceOptions().cend(),
                        [&](const QCommandLineOption& o) { return o.names().contains(name); });
        const bool allowed = (formOption && (sub == QLatin1String("add") || sub == QLatin1String("set"))) ||
                             (balanceOption && sub == QLatin1String("adjust")) ||
                             (name == QLatin1String("dry-run") && withFile) ||
                             (name == QLatin1String("output") && sub == QLatin1String("export"));
        if (!allowed)
            return AccountsCommand::tr("accounts %1 takes no option --%2.").arg(sub, name);
    }
    return {};
}

// accounts list
int listAccounts(Context& c, const store::Database& db, const store::AccountRepository& repository,
                 const QString& currency)
{
    const QList<store::Account> all = repository.list();
    if (c.json) {
        QJsonArray array;
        for (const store::Account& a : all)
            array.append(toJson(a, currency, planName(db, c.clock, a)));
        printJson(c, array);
    } else {
        printTable(c, all, currency);
    }
    return Success;
}

// accounts show|delete CODE, add, set CODE: the subscriber as it is or as saved.
int showOrSave(Context& c, const store::Database& db, accounts::AccountService& service,
               const QCommandLineParser& parser, const QString& sub,
               const std::optional<store::Account>& existing, const QString& currency)
{
    const QString actor = QStringLiteral("cli");
    store::Account result;
    if (sub == QLatin1String("show")) {
        result = *existing;
    } else if (sub == QLatin1String("delete")) {
        service.remove(existing->id, actor);
        if (c.json)
            printJson(c, QJsonObject{{QStringLiteral("deleted"), existing->accountCode}});
        else
            c.out << AccountsCommand::tr("Deleted subscriber %1.").arg(existing->accountCode) << Qt::endl;
        return Success;
    } else {
        accounts::AccountForm form = existing ? service.formFor(*existing) : accounts::AccountForm();
        if (!fillForm(c, parser, form))
            return Failure;
        result = existing ? service.update(existing->id, form, actor) : service.add(form, actor);
    }
    if (c.json)
        printJson(c, toJson(result, currency, planName(db, c.clock, result)));
    else
        printDetails(c, result, currency, planName(db, c.clock, result), service.registeredPhones(result.id));
    return Success;
}

// The subcommand in `arguments`, run inside runCommand.
int accountsSubcommand(Context& c, const QStringList& arguments)
{
    const QString sub = arguments.first();
    QCommandLineParser parser;
    parser.addOptions(formOptions());
    parser.addOptions(balanceOptions());
    parser.addOptions(fileOptions());
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, AccountsCommand::tr("Show this help.")});
    parseCommand(parser, arguments.mid(1), AccountsCommand::tr("Run rebound-switch accounts --help."));
    const QStringList positional = parser.positionalArguments();
    if (const QString problem = argumentProblem(sub, positional, parser); !problem.isEmpty())
        return c.fail(problem, UsageError);
    const auto [withPhone, withFile, needsCode] = shapeOf(sub);

    try {
        const auto db = store::Database::open(c.databasePath);
        store::AccountRepository repository(*db, c.clock);
        accounts::AccountService service(*db, c.clock);
        const QString currency = store::SettingsRepository(*db).currency();

        if (sub == QLatin1String("list"))
            return listAccounts(c, *db, repository, currency);

        if (sub == QLatin1String("check-ledger"))
            return checkLedger(c, *db, currency);
        if (withFile)
            return importAccounts(c, service, positional.first(), parser.isSet(QStringLiteral("dry-run")));
        if (sub == QLatin1String("export"))
            return exportAccounts(c, service, parser.value(QStringLiteral("output")), repository.count());

        std::optional<store::Account> existing;
        if (needsCode) {
            existing = repository.findByCode(positional.first());
            if (!existing)
                return c.fail(AccountsCommand::tr("There is no subscriber with account code %1.")
                                  .arg(positional.first()));
        }

        if (sub == QLatin1String("adjust"))
            return adjust(c, *db, parser, *existing, currency);
        if (sub == QLatin1String("ledger"))
            return printLedger(c, *db, *existing, currency);
        if (sub == QLatin1String("phones"))
            return printPhones(c, service, *existing);
        if (withPhone)
            return removePhone(c, service, *existing, positional.at(1));

        return showOrSave(c, *db, service, parser, sub, existing, currency);
    } catch (const accounts::ValidationError& error) {
        return reportValidation(c, error);
    }
}
} // namespace

static QString usage()
{
    return AccountsCommand::tr(
        "Usage: rebound-switch [--db PATH] [--json] accounts SUBCOMMAND\n"
        "\n"
        "  list                       all subscribers\n"
        "  show CODE                  one subscriber\n"
        "  add --account-code CODE [OPTIONS]\n"
        "  set CODE [OPTIONS]         change only the options given\n"
        "  delete CODE                delete a subscriber with no balance history\n"
        "  adjust CODE --amount AMOUNT [--reason topup|adjustment|refund] [--note TEXT]\n"
        "                             add to (or, negative, take from) the balance\n"
        "  ledger CODE                every balance change, newest first\n"
        "  phones CODE                the registered phones: every callback number the subscriber\n"
        "                             had, which may send SMS without the PIN and ring its DIDs\n"
        "  remove-phone CODE NUMBER   forget a registered phone (not the current callback number)\n"
        "  check-ledger               prove every balance equals its ledger sum\n"
        "  import FILE [--dry-run]    add the subscribers of a CSV file, all or nothing: a file\n"
        "                             with any bad line changes nothing and every bad line is\n"
        "                             listed; --dry-run only checks\n"
        "  export [--output FILE|-]   every subscriber as CSV (standard output by default)\n"
        "\n"
        "Options for add and set:\n"
        "  --account-code DIGITS  --name TEXT  --member-id ID  --password-stdin | --password-file FILE\n"
        "  --pin-stdin | --pin-file FILE | --no-pin   the IVR and SMS PIN, 6-12 digits\n"
        "  --callback NUMBER  --language CODE  --credit-limit AMOUNT  --max-calls N (0 = no limit)\n"
        "  --status active|suspended|closed  --plan SELL-PLAN  --notes TEXT\n"
        "  --did-callers registered|any   who may ring the subscriber's DIDs (default: registered\n"
        "                                 phones only, once the subscriber has one)\n"
        "\n"
        "CSV files have a header line naming the columns, in any order: account_code (required),\n"
        "name, member_id, password, pin, callback_number, language, credit_limit, max_calls,\n"
        "status, sell_plan, did_callers, balance (the opening balance, through the ledger), notes.\n"
        "An empty cell takes the default. password and pin are read in clear and stored hashed;\n"
        "export never writes them, and writes the current balance as balance.\n");
}

int runAccounts(Context& c, const QStringList& arguments)
{
    return runCommand<billing::CreditError>(c, arguments, usage(),
                                            [&] { return accountsSubcommand(c, arguments); });
}

} // namespace rebound::cli
