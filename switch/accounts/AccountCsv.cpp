#include "accounts/AccountCsv.h"

#include <QHash>
#include <algorithm>
#include <optional>

namespace rebound::accounts {

namespace {

struct Column
{
    QString name;                 // as export writes it in the header
    QString field;                // the AccountService field, for messages
    QString AccountForm::*member; // where the cell goes
    bool secret = false;          // read in clear, never written or quoted
    QStringList moreNames = {};   // other headings taken for it (normalised)
};

// The one mapping between columns, form fields and AccountService's field
// names. Export writes the columns in this order, leaving the secrets out.
const QList<Column>& columns()
{
    static const QList<Column> all = {
        {QStringLiteral("account_code"), field::AccountCode, &AccountForm::accountCode},
        {QStringLiteral("name"), field::Name, &AccountForm::name},
        {QStringLiteral("member_id"), field::MemberId, &AccountForm::memberId},
        {QStringLiteral("password"), field::Password, &AccountForm::password, true},
        {QStringLiteral("pin"), field::Pin, &AccountForm::pin, true},
        {QStringLiteral("callback_number"), field::CallbackNumber, &AccountForm::callbackNumber},
        {QStringLiteral("language"), field::Language, &AccountForm::language},
        {QStringLiteral("credit_limit"), field::CreditLimit, &AccountForm::creditLimit},
        {QStringLiteral("max_calls"),
         field::MaxCalls,
         &AccountForm::maxConcurrentCalls,
         false,
         {QStringLiteral("max_concurrent_calls")}},
        {QStringLiteral("status"), field::Status, &AccountForm::status},
        {QStringLiteral("sell_plan"), field::SellPlan, &AccountForm::sellPlan},
        {QStringLiteral("did_callers"), field::DidCallers, &AccountForm::didCallers},
        {QStringLiteral("balance"),
         field::OpeningBalance,
         &AccountForm::openingBalance,
         false,
         {QStringLiteral("opening_balance")}},
        {QStringLiteral("notes"), field::Notes, &AccountForm::notes},
    };
    return all;
}

// "Account Code", "account-code" and "ACCOUNT_CODE" all become "account_code".
QString normalisedName(const QString& heading)
{
    QString name;
    for (const QChar c : heading.trimmed())
        name += (c.isSpace() || c == u'-') ? u'_' : c.toLower();
    return name;
}

// Column index by normalised heading: the column's own name, its field name
// as a command-line option (callback, plan, max-calls …) and any other name.
const QHash<QString, int>& columnsByName()
{
    static const QHash<QString, int> byName = [] {
        QHash<QString, int> names;
        for (int i = 0; i < columns().size(); ++i) {
            const Column& column = columns().at(i);
            names.insert(column.name, i);
            names.insert(normalisedName(column.field), i);
            for (const QString& other : column.moreNames)
                names.insert(other, i);
        }
        return names;
    }();
    return byName;
}

core::CsvIssue lineIssue(int line, const QString& reason)
{
    return {line, AccountCsv::tr("line %1: %2").arg(QString::number(line), reason)};
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted << u'\'' + name + u'\'';
    return quoted.join(QStringLiteral(", "));
}

// Field index of each column (by position in columns()), -1 when the file
// does not have it; empty when the header is unusable.
std::optional<QList<int>> headerColumns(const core::csv::Record& header, QList<core::CsvIssue>& issues)
{
    QList<int> indexes(columns().size(), -1);
    QStringList unknown;
    bool usable = true;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString& heading = header.fields.at(i);
        const auto found = columnsByName().constFind(normalisedName(heading));
        if (found == columnsByName().cend()) {
            unknown << (heading.trimmed().isEmpty() ? AccountCsv::tr("(column %1 has no name)").arg(i + 1)
                                                    : heading);
            continue;
        }
        if (indexes[*found] >= 0) {
            issues << lineIssue(header.line, AccountCsv::tr("columns %1 and %2 both give %3; keep only one")
                                                 .arg(indexes[*found] + 1)
                                                 .arg(i + 1)
                                                 .arg(columns().at(*found).name));
            usable = false;
            continue;
        }
        indexes[*found] = i;
    }
    QStringList known;
    for (const Column& column : columns())
        known << column.name;
    if (header.fields.size() == 1 &&
        (header.fields.first().contains(u';') || header.fields.first().contains(u'\t')))
        issues << lineIssue(header.line,
                            AccountCsv::tr("the columns must be separated by commas; save the file as "
                                           "\"CSV UTF-8 (comma delimited)\""));
    else if (!unknown.isEmpty())
        issues << lineIssue(header.line, AccountCsv::tr("unknown columns %1; the first line must name the "
                                                        "columns, from: %2")
                                             .arg(quotedList(unknown), known.join(QStringLiteral(", "))));
    if (indexes.first() < 0)
        issues << lineIssue(header.line, AccountCsv::tr("the header has no account_code column, which is "
                                                        "required"));
    if (!unknown.isEmpty() || indexes.first() < 0 || !usable)
        return std::nullopt;
    return indexes;
}

// The shape of the file: size, text, quotes. False when nothing more can be read.
bool readable(const QByteArray& data, QList<core::CsvIssue>& issues)
{
    if (data.size() > AccountCsv::MaxBytes) {
        issues << core::CsvIssue{0,
                                 AccountCsv::tr("The file is larger than %1 MB; split it into smaller files.")
                                     .arg(AccountCsv::MaxBytes / (1024 * 1024))};
        return false;
    }
    if (data.contains('\0')) {
        issues << core::CsvIssue{
            0, AccountCsv::tr("This is not a CSV text file: it holds binary data (or UTF-16 "
                              "text). Save the subscribers as CSV UTF-8, comma separated, "
                              "and import that.")};
        return false;
    }
    for (const int line : core::csv::linesNotUtf8(core::csv::withoutBom(data)))
        issues << lineIssue(line, AccountCsv::tr("the text is not valid UTF-8; save the file as UTF-8 (\"CSV "
                                                 "UTF-8\" in Excel)"));
    return true;
}

} // namespace

AccountCsvResult AccountCsv::parse(const QByteArray& data)
{
    AccountCsvResult result;
    QList<core::CsvIssue>& issues = result.errors;
    if (!readable(data, issues))
        return result;
    const core::csv::Split split = core::csv::split(QString::fromUtf8(core::csv::withoutBom(data)));
    if (split.unclosedQuoteLine > 0)
        issues << lineIssue(split.unclosedQuoteLine, tr("a quoted field is not closed (a '\"' is missing)"));
    const QList<core::csv::Record>& records = split.records;
    if (records.isEmpty()) {
        if (issues.isEmpty())
            issues << core::CsvIssue{0, tr("The file is empty; its first line must name the columns, such as "
                                           "account_code,name,callback_number.")};
        return result;
    }
    const core::csv::Record& header = records.first();
    const auto indexes = headerColumns(header, issues);
    if (!indexes)
        return result;
    if (records.size() == 1) {
        if (issues.isEmpty())
            issues << core::CsvIssue{0, tr("No subscribers found: the file has only the header line.")};
        return result;
    }
    if (records.size() - 1 > MaxRows) {
        issues << core::CsvIssue{
            0, tr("The file has %1 subscribers; at most %2 can be imported at once. Split it "
                  "into smaller files.")
                   .arg(records.size() - 1)
                   .arg(MaxRows)};
        return result;
    }

    for (qsizetype r = 1; r < records.size(); ++r) {
        const core::csv::Record& record = records.at(r);
        if (record.fields.size() != header.fields.size()) {
            issues << lineIssue(record.line, tr("%1 values, but the header names %2 columns; quote a value "
                                                "that holds a comma")
                                                 .arg(record.fields.size())
                                                 .arg(header.fields.size()));
            continue;
        }
        AccountCsvRow row{record.line, AccountForm()};
        for (int c = 0; c < columns().size(); ++c) {
            const int index = indexes->at(c);
            if (index < 0 || record.fields.at(index).trimmed().isEmpty())
                continue; // an empty cell keeps the form's default
            const Column& column = columns().at(c);
            const QString& value = record.fields.at(index);
            row.form.*column.member = column.secret ? value : core::csv::unguarded(value);
        }
        result.rows << row;
    }
    return result;
}

QByteArray AccountCsv::write(const QList<AccountForm>& forms)
{
    const auto line = [](const QStringList& cells) {
        return core::csv::line(cells) + QStringLiteral("\r\n");
    };
    QStringList names;
    for (const Column& column : columns())
        if (!column.secret)
            names << column.name;
    QString out = line(names);
    for (const AccountForm& form : forms) {
        QStringList cells;
        for (const Column& column : columns())
            if (!column.secret)
                cells << form.*column.member;
        out += line(cells);
    }
    return out.toUtf8();
}

core::CsvIssue AccountCsv::issue(int line, const QString& field, const QString& message)
{
    const auto column =
        std::find_if(columns().cbegin(), columns().cend(), [&](const Column& c) { return c.field == field; });
    const QString name = column == columns().cend() ? field : column->name;
    return {line, tr("line %1, %2: %3").arg(QString::number(line), name, message)};
}

QList<core::CsvIssue> AccountCsv::listed(QList<core::CsvIssue> issues)
{
    std::stable_sort(issues.begin(), issues.end(),
                     [](const core::CsvIssue& a, const core::CsvIssue& b) { return a.line < b.line; });
    if (issues.size() <= MaxListedIssues)
        return issues;
    const qsizetype more = issues.size() - MaxListedIssues;
    issues.resize(MaxListedIssues);
    issues << core::CsvIssue{0,
                             tr("… and %1 more problems; fix these and import again to see them.").arg(more)};
    return issues;
}

} // namespace rebound::accounts
