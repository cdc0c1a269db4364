#include "cli/CommandOptions.h"

#include "core/PrivateFile.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QIODevice>
#include <QRegularExpression>
#include <QSaveFile>

namespace rebound::cli {

namespace {
const QString Help = QStringLiteral("help");

// Lets an export stream into the command's output: stdout, or a string in tests.
class TextStreamDevice final : public QIODevice
{
public:
    explicit TextStreamDevice(QTextStream& out)
        : m_out(out)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_out << QString::fromUtf8(data, size); // whole lines, so whole characters
        return size;
    }

private:
    QTextStream& m_out;
};

bool isDay(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return shape.match(text).hasMatch();
}
} // namespace

void parseOptions(QCommandLineParser& parser, const QStringList& arguments, const QStringList& valueOptions)
{
    for (const QString& name : valueOptions)
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("value")));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), Help}, Help));
    parseCommand(parser, arguments);
}

void allowOnly(const QCommandLineParser& p, const QStringList& allowed, const QString& command)
{
    for (const QString& name : p.optionNames())
        if (!allowed.contains(name))
            throw CommandError{CommandLine::tr("%1 takes no option --%2.").arg(command, name), UsageError};
}

void noMoreThan(const QStringList& positional, qsizetype count)
{
    if (positional.size() > count)
        throw CommandError{CommandLine::tr("Unexpected argument '%1'.").arg(positional.at(count)),
                           UsageError};
}

QString subcommandOf(const QStringList& positional, const QString& command, const QStringList& known)
{
    const QString sub = positional.value(0);
    if (!known.contains(sub))
        throw CommandError{CommandLine::tr("'%1' is not a %2 subcommand; use %3.")
                               .arg(sub, command, known.join(QStringLiteral(", "))),
                           UsageError};
    return sub;
}

bool isList(const QCommandLineParser& p, const QString& command, const QStringList& filters)
{
    const QStringList positional = p.positionalArguments();
    const bool list = positional.value(0) == QLatin1String("list");
    allowOnly(p, filters + QStringList{list ? Limit : Output}, command + u' ' + positional.value(0));
    noMoreThan(positional, 1);
    return list;
}

int runSubcommand(Context& c, const QCommandLineParser& parser, const QString& command,
                  const QList<Subcommand>& subcommands)
{
    QStringList names;
    for (const Subcommand& s : subcommands)
        names.append(s.name);
    const QStringList positional = parser.positionalArguments();
    const Subcommand& chosen = subcommands.at(names.indexOf(subcommandOf(positional, command, names)));
    if (!chosen.takesArguments)
        noMoreThan(positional, 1);
    const auto db = store::Database::open(c.databasePath);
    return chosen.run(c, *db, parser);
}

QString requiredOption(const QCommandLineParser& p, const QString& name, const QString& missing)
{
    const QString value = p.value(name);
    if (value.isEmpty())
        throw CommandError{missing, UsageError};
    return value;
}

std::optional<QDate> dateOption(const QCommandLineParser& p, const QString& name)
{
    if (!p.isSet(name))
        return std::nullopt;
    const QString text = p.value(name).trimmed();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!isDay(text) || !date.isValid())
        throw CommandError{
            CommandLine::tr("--%1: '%2' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-04.")
                .arg(name, p.value(name)),
            UsageError};
    return date;
}

std::optional<std::int64_t> momentOption(const QCommandLineParser& p, const QString& name,
                                         const QTimeZone& zone, DayEdge edge)
{
    if (!p.isSet(name))
        return std::nullopt;
    const QString text = p.value(name).trimmed();
    if (isDay(text)) {
        const QDate day = *dateOption(p, name);
        return QDateTime(edge == DayEdge::End ? day.addDays(1) : day, QTime(0, 0), zone).toMSecsSinceEpoch();
    }
    static const QRegularExpression spaceForT(QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2}) "));
    QDateTime at =
        QDateTime::fromString(QString(text).replace(spaceForT, QStringLiteral("\\1T")), Qt::ISODate);
    if (!at.isValid() || !text.contains(u':'))
        throw CommandError{
            CommandLine::tr("--%1: '%2' is not a date or time; write 2026-03-04, 2026-03-04T18:30 "
                            "(in the billing time zone) or 2026-03-04T18:30Z (UTC).")
                .arg(name, p.value(name)),
            UsageError};
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toMSecsSinceEpoch();
}

int wholeNumberOption(const QCommandLineParser& p, const QString& name, int fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int value = p.value(name).toInt(&ok);
    if (!ok)
        throw CommandError{CommandLine::tr("--%1 must be a whole number.").arg(name), UsageError};
    return value;
}

int limitOption(const QCommandLineParser& p, int fallback)
{
    if (!p.isSet(Limit))
        return fallback;
    bool ok = false;
    const int limit = p.value(Limit).toInt(&ok);
    if (!ok || limit < 1 || limit > MaxLimit)
        throw CommandError{CommandLine::tr("--limit must be a whole number from 1 to %1.").arg(MaxLimit),
                           UsageError};
    return limit;
}

QString elided(const QString& text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

QString textTable(const QStringList& header, const QList<QStringList>& rows, const QString& align,
                  bool totalLast)
{
    QList<qsizetype> widths(header.size(), 0);
    const auto measure = [&](const QStringList& cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], cells[i].size());
    };
    measure(header);
    for (const QStringList& row : rows)
        measure(row);
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            if (align.at(i) == u'r')
                text += cells[i].rightJustified(widths[i]);
            else
                text += last ? cells[i] : cells[i].leftJustified(widths[i]);
            if (!last)
                text += QStringLiteral("  ");
        }
        return text + u'\n';
    };
    qsizetype total = 2 * (widths.size() - 1);
    for (const qsizetype w : widths)
        total += w;
    QString text = line(header);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (totalLast && r + 1 == rows.size())
            text += QString(total, u'-') + u'\n';
        text += line(rows[r]);
    }
    return text;
}

ExportResult writeExport(Context& c, const QCommandLineParser& p,
                         const std::function<qint64(QIODevice&)>& write)
{
    const QString path = p.value(Output);
    if (!p.isSet(Output) || path == QLatin1String("-")) {
        TextStreamDevice out(c.out);
        const qint64 rows = write(out);
        c.out.flush();
        return {rows, {}};
    }
    if (path.isEmpty())
        throw CommandError{CommandLine::tr("--output: name the CSV file to write, or - for standard output."),
                           UsageError};
    QSaveFile file(path); // owner-only: exports name subscribers, numbers and addresses
    if (const QString error = core::openPrivate(file); !error.isEmpty())
        throw CommandError{
            CommandLine::tr("--output: cannot write %1: %2").arg(QDir::toNativeSeparators(path), error)};
    const qint64 rows = write(file);
    if (!file.commit())
        throw CommandError{CommandLine::tr("--output: cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {rows, path};
}

} // namespace rebound::cli
