#pragma once

#include "accounts/AccountService.h"
#include "core/Csv.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::accounts {

// One subscriber read from a file, as the form AccountService validates.
struct AccountCsvRow
{
    int line = 0; // where the row starts
    AccountForm form;
};

struct AccountCsvResult
{
    QList<AccountCsvRow> rows;    // the rows whose shape was right
    QList<core::CsvIssue> errors; // problems with the file or a row's shape
};

// Subscriber files, for resellers moving from another platform: RFC 4180
// CSV (comma separated, UTF-8, an optional byte order mark, CRLF or LF) whose
// first line names the columns, in any order:
//
//   account_code (required), name, member_id, password, pin, callback_number,
//   language, credit_limit, max_calls, status, sell_plan, did_callers,
//   balance (the opening balance), notes
//
// A header may also use the command line's option names (callback, plan,
// max-calls …), in any case, with spaces or dashes for underscores. An empty
// cell takes the value a new subscriber gets in the console. password and
// pin arrive in clear, so the file itself is a secret: they are hashed on
// import like a typed password, never written back and never quoted in a
// message. What the cells mean is AccountService's to check; parse() checks
// only the file's shape.
class AccountCsv
{
    Q_DECLARE_TR_FUNCTIONS(AccountCsv)

public:
    static constexpr int MaxRows = 100'000;
    static constexpr qsizetype MaxBytes = 64 * 1024 * 1024;
    // How many problems a report lists before "… and N more".
    static constexpr int MaxListedIssues = 100;

    static AccountCsvResult parse(const QByteArray& data);
    // Every column but password and pin, the form's openingBalance in the
    // balance column; parse(write(forms)) gives the forms back.
    static QByteArray write(const QList<AccountForm>& forms);

    // "line 7, callback_number: <message>", for a FieldError of a row.
    static core::CsvIssue issue(int line, const QString& field, const QString& message);
    // The first MaxListedIssues issues by line, then "… and N more problems".
    static QList<core::CsvIssue> listed(QList<core::CsvIssue> issues);
};

} // namespace rebound::accounts
