#include "triggers/SmsParser.h"

#include <QRegularExpression>

namespace rebound::triggers {

namespace {
bool isAccountCode(const QString& token)
{
    static const QRegularExpression code(QStringLiteral("^[0-9]{3,12}$"));
    return code.match(token).hasMatch();
}

// A phone number as people write it in one token: +, digits, and the odd
// dash, dot or bracket.
bool looksLikeNumber(const QString& token)
{
    static const QRegularExpression number(QStringLiteral("^\\+?[0-9()\\-.]{3,24}$"));
    return number.match(token).hasMatch() && token.count(QRegularExpression(QStringLiteral("[0-9]"))) >= 3;
}
} // namespace

SmsCommand SmsParser::parse(const QString& text)
{
    SmsCommand command;
    const QStringList tokens = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto invalid = [&](const QString& error) {
        command.kind = SmsCommand::Kind::Invalid;
        command.error = error;
        return command;
    };
    const QString usage = tr("Send: ACCOUNT CALLBACK-NUMBER DESTINATION, BALANCE, or RECHARGE PIN.");
    if (tokens.isEmpty())
        return invalid(tr("The message is empty. %1").arg(usage));
    if (text.size() > 480)
        return invalid(tr("The message is too long. %1").arg(usage));

    const QString keyword = tokens.first().toUpper();
    if (keyword == QLatin1String("BALANCE") || keyword == QLatin1String("BAL")) {
        if (tokens.size() > 2 || (tokens.size() == 2 && !isAccountCode(tokens[1])))
            return invalid(tr("Send BALANCE, or BALANCE and your account code."));
        command.kind = SmsCommand::Kind::Balance;
        command.accountCode = tokens.value(1);
        return command;
    }
    if (keyword == QLatin1String("RECHARGE") || keyword == QLatin1String("TOPUP")) {
        const QString pin = tokens.mid(1).join(QString());
        if (pin.isEmpty())
            return invalid(tr("Send RECHARGE followed by the PIN printed on the card."));
        command.kind = SmsCommand::Kind::Recharge;
        command.pin = pin;
        return command;
    }
    if (!isAccountCode(tokens.first()))
        return invalid(tr("'%1' is not an account code. %2").arg(tokens.first().left(20), usage));
    if (tokens.size() < 2)
        return invalid(tr("Add the number to call after your account code."));
    if (tokens.size() > 3)
        return invalid(tr("Too many words. %1").arg(usage));
    for (const QString& token : tokens.mid(1))
        if (!looksLikeNumber(token))
            return invalid(tr("'%1' is not a phone number.").arg(token.left(24)));
    command.kind = SmsCommand::Kind::Callback;
    command.accountCode = tokens[0];
    command.firstNumber = tokens[1];
    command.secondNumber = tokens.value(2);
    return command;
}

QString SmsParser::forLog(const QString& text)
{
    const QString line = text.simplified();
    if (parse(text).kind != SmsCommand::Kind::Recharge)
        return line;
    return line.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" ****");
}

} // namespace rebound::triggers
