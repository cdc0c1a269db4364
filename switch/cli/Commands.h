#pragma once

#include "cli/CommandLine.h"

// rebound-switch's subcommands, one file each: each takes the arguments after
// its name, writes to the context's streams and returns the exit code. Each
// file's texts are translated in the context of its class (AccountsCommand,
// ConfigCommands, ...), which declares nothing but that.
namespace rebound::cli {

// serve: opens (or creates) the database, logs what it opened, and runs until
// SIGINT or SIGTERM. Needs a QCoreApplication. (ServeCommand.cpp)
int runServe(Context& context, const QStringList& arguments);

// accounts list|show|add|set|delete|adjust|ledger|check-ledger|phones|
// remove-phone|import|export (AccountsCommand.cpp)
int runAccounts(Context& context, const QStringList& arguments);

// rates list|import|export|quote|markup|delete (RatesCommand.cpp)
int runRates(Context& context, const QStringList& arguments);

// cards generate|list|export|void|redeem|history (CardsCommand.cpp)
int runCards(Context& context, const QStringList& arguments);

// gateways|routes|dids add|list|set|delete, settings list|get|set
// (GatewaysCommand.cpp, RoutesCommand.cpp, DidsCommand.cpp,
// SettingsCommand.cpp, sharing ConfigCommands.h)
int runGateways(Context& context, const QStringList& arguments);
int runRoutes(Context& context, const QStringList& arguments);
int runDids(Context& context, const QStringList& arguments);
int runSettings(Context& context, const QStringList& arguments);

// api-tokens add|list|revoke and sms-http secret|disable|status: the machine
// credentials of the web triggers. A new secret is printed once and only its
// digest is stored, so it cannot be shown again: lose it and make another.
// (ApiCommands.cpp)
int runApiTokens(Context& context, const QStringList& arguments);
int runSmsHttp(Context& context, const QStringList& arguments);

// cdrs list|show|export and reports summary|destinations|gateways|
// subscribers|triggers: the business view's figures for scripts, read
// through the same BusinessReports as the console's pages, so the two cannot
// disagree. (ReportsCommand.cpp)
int runCdrs(Context& context, const QStringList& arguments);
int runReports(Context& context, const QStringList& arguments);

// audit list|export: who did what and when, filtered by actor, action,
// object, text in the details and time, read through the same store::AuditLog
// and reports::AuditCsv as the console's Audit log page. (AuditCommand.cpp)
int runAudit(Context& context, const QStringList& arguments);

// dial NUMBER: places one test leg through the routes (or an LGW DID's
// gateway) and reports each step, for checking a gateway set-up.
// (DialCommand.cpp)
int runDial(Context& context, const QStringList& arguments);

// demo: fills an empty database with the demo subscribers, DIDs, gateway and
// rates the console adds on its first start, so the headless switch (and its
// portal) can be tried the same way. (DemoCommand.cpp)
int runDemo(Context& context, const QStringList& arguments);

// backup --output FILE | backup check FILE, and restore FILE [--yes]: the CLI
// side of backup::BackupService. (BackupCommand.cpp)
int runBackup(Context& context, const QStringList& arguments);
int runRestore(Context& context, const QStringList& arguments);

} // namespace rebound::cli
