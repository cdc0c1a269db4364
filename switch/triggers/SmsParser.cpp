#include "triggers/SmsParser.h"

#include "core/Languages.h"

#include <QRegularExpression>
#include <algorithm>

namespace rebound::triggers {

namespace {
bool isAccountCode(const QString& token)
{
    static const QRegularExpression code(QStringLiteral("^[0-9]{3,12}$"));
    return code.match(token).hasMatch();
}

// An account's PIN as the account service sets it (6-12 digits), or a
// prepaid card's PIN, which is its account's PIN (up to 20).
bool isAccountPin(const QString& token)
{
    static const QRegularExpression pin(QStringLiteral("^[0-9]{4,20}$"));
    return pin.match(token).hasMatch();
}

bool isPinKeyword(const QString& token)
{
    return token.compare(QLatin1String("PIN"), Qt::CaseInsensitive) == 0;
}

// Takes "PIN <digits>" out of tokens at `at`, if it is there. False when the
// keyword is there without a PIN after it.
bool takeAccountPin(QStringList& tokens, qsizetype at, SmsCommand& command)
{
    if (tokens.size() <= at || !isPinKeyword(tokens[at]))
        return true;
    if (tokens.size() <= at + 1 || !isAccountPin(tokens[at + 1]))
        return false;
    command.accountPin = tokens[at + 1];
    tokens.remove(at, 2);
    return true;
}

// A phone number as people write it in one token: +, digits, and the odd
// dash, dot or bracket.
bool looksLikeNumber(const QString& token)
{
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9()\\-.]{3,24}$"));
    // Counted by hand: a QRegularExpression built here was compiled (and
    // JIT-compiled) again for every token of every SMS.
    const auto digits =
        std::count_if(token.begin(), token.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return number.match(token).hasMatch() && digits >= 3;
}
} // namespace

SmsCommand SmsParser::parse(const QString& text, const QString& language)
{
    const auto say = [&](const char* source) {
        return core::Languages::translate(language, "SmsParser", source);
    };
    SmsCommand command;
    QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto invalid = [&](const QString& error) {
        command.kind = SmsCommand::Kind::Invalid;
        command.error = error;
        return command;
    };
    const QString usage =
        say(QT_TR_NOOP("Send: ACCOUNT CALLBACK-NUMBER DESTINATION, BALANCE, or RECHARGE PIN."));
    const QString pinUsage =
        say(QT_TR_NOOP("Write PIN and then the account's PIN, e.g. 1001 PIN 123456 +12025550147."));
    if (tokens.isEmpty())
        return invalid(say(QT_TR_NOOP("The message is empty. %1")).arg(usage));
    if (text.size() > 480)
        return invalid(say(QT_TR_NOOP("The message is too long. %1")).arg(usage));

    const QString keyword = tokens.first().toUpper();
    if (keyword == QLatin1String("BALANCE") || keyword == QLatin1String("BAL")) {
        if (!takeAccountPin(tokens, 2, command))
            return invalid(pinUsage);
        if (tokens.size() > 2 || (tokens.size() == 2 && !isAccountCode(tokens[1])))
            return invalid(
                say(QT_TR_NOOP("Send BALANCE, or BALANCE and your account code (and PIN 123456 with "
                               "your PIN from another phone).")));
        command.kind = SmsCommand::Kind::Balance;
        command.accountCode = tokens.value(1);
        return command;
    }
    if (keyword == QLatin1String("RECHARGE") || keyword == QLatin1String("TOPUP")) {
        const QString pin = tokens.mid(1).join(QString());
        if (pin.isEmpty())
            return invalid(say(QT_TR_NOOP("Send RECHARGE followed by the PIN printed on the card.")));
        command.kind = SmsCommand::Kind::Recharge;
        command.pin = pin;
        return command;
    }
    if (!isAccountCode(tokens.first()))
        return invalid(
            say(QT_TR_NOOP("'%1' is not an account code. %2")).arg(tokens.first().left(20), usage));
    if (!takeAccountPin(tokens, 1, command))
        return invalid(pinUsage);
    if (tokens.size() < 2)
        return invalid(say(QT_TR_NOOP("Add the number to call after your account code.")));
    if (tokens.size() > 3)
        return invalid(say(QT_TR_NOOP("Too many words. %1")).arg(usage));
    for (const QString& token : tokens.mid(1))
        if (!looksLikeNumber(token))
            return invalid(say(QT_TR_NOOP("'%1' is not a phone number.")).arg(token.left(24)));
    command.kind = SmsCommand::Kind::Callback;
    command.accountCode = tokens[0];
    command.firstNumber = tokens[1];
    command.secondNumber = tokens.value(2);
    return command;
}

QString SmsParser::forLog(const QString& text)
{
    const QString line = text.simplified();
    if (parse(text).kind == SmsCommand::Kind::Recharge)
        return line.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" ****");
    // Whatever follows the PIN keyword, even in a message that did not parse.
    QStringList tokens = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i)
        if (isPinKeyword(tokens[i]))
            tokens[i + 1] = QStringLiteral("****");
    return tokens.join(QLatin1Char(' '));
}

} // namespace rebound::triggers
