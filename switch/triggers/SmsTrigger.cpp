#include "triggers/SmsTrigger.h"

#include "cards/AttemptLimiter.h"
#include "cards/CardService.h"
#include "core/Languages.h"
#include "core/PasswordHash.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "triggers/SmsParser.h"

#include <QLocale>

namespace rebound::triggers {

namespace {

cards::AttemptLimiter::Policy smsPolicy(const store::Database& db)
{
    return cards::AttemptLimiter::policyFromSettings(
        db, {"sms.max_failures", "sms.failure_window_minutes", "sms.lockout_minutes"});
}

// Alphanumeric senders ("MyBank") have no number; they are counted by name.
QString senderKey(const QString& sender, const core::PhoneNumber& number)
{
    return QStringLiteral("sms:sender:") +
           (number.isEmpty() ? sender.simplified().left(32).toLower() : number.digits());
}

QString accountKey(const QString& accountCode)
{
    return QStringLiteral("sms:account:") + accountCode;
}

// What a PIN is checked against when the account has none, or does not
// exist: a hash with today's iteration count, so it costs what a real one does.
const QString& decoyPinHash()
{
    thread_local QString decoy;
    thread_local int iterations = 0;
    if (iterations != core::PasswordHash::defaultIterations()) {
        iterations = core::PasswordHash::defaultIterations();
        decoy = core::PasswordHash::hash(QStringLiteral("decoy PIN"), iterations);
    }
    return decoy;
}

} // namespace

QString SmsTrigger::say(const QString& language, const char* source, int n)
{
    return core::Languages::translate(language, "SmsTrigger", source, nullptr, n);
}

SmsTrigger::Result SmsTrigger::handle(const QString& sender, const QString& text, const QString& source)
{
    Result result;
    const store::SettingsRepository settings(m_db);
    const core::DialPlan plan = settings.dialPlan();
    const store::AccountRepository accounts(m_db, m_clock);
    const auto senderNumber = plan.normalise(sender).number; // may be empty (alphanumeric senders)
    // The reply is in the language of the subscriber whose phone sent the
    // text, or of the account it names once the sender may act for it; a
    // stranger's reply is in English whatever account it names, so the
    // language tells nothing about an account.
    const auto senderAccount =
        senderNumber.isEmpty() ? std::nullopt : accounts.findByCallbackNumber(senderNumber);
    QString language =
        senderAccount ? core::Languages::orEnglish(senderAccount->language) : QStringLiteral("en");
    const SmsCommand command = SmsParser::parse(text, language);
    const QString currency = settings.currency();

    switch (command.kind) {
    case SmsCommand::Kind::Invalid:
        result.reply = command.error;
        break;
    case SmsCommand::Kind::Balance: {
        // Without a code, the account this phone is registered to: it tells
        // the sender only about their own phone.
        std::optional<store::Account> account;
        if (command.accountCode.isEmpty()) {
            account = senderAccount;
            if (!account) {
                result.reply = say(language, QT_TR_NOOP("This phone is not registered to an account."));
                break;
            }
        } else {
            Authorisation authorised = authorise(command, sender, senderNumber, source, language);
            if (!authorised.account) {
                result.reply = authorised.refusal;
                break;
            }
            account = std::move(authorised.account);
        }
        language = core::Languages::orEnglish(account->language);
        result.reply = say(language, QT_TR_NOOP("Account %1: balance %2."))
                           .arg(account->accountCode, account->balance.format(currency, QLocale(language)));
        break;
    }
    case SmsCommand::Kind::Recharge: {
        if (!senderAccount) {
            result.reply = say(language, QT_TR_NOOP("This phone is not registered to an account, so the card "
                                                    "cannot be used from it."));
            break;
        }
        const auto redeemed =
            cards::CardService(m_db, m_clock)
                .redeem(command.pin, senderAccount->id, QStringLiteral("sms:") + senderNumber.digits(),
                        QStringLiteral("sms"));
        const QLocale locale(language);
        result.reply = redeemed.ok()
                           ? say(language, QT_TR_NOOP("Added %1. Account %2 balance: %3."))
                                 .arg(redeemed.amount.format(currency, locale), redeemed.accountCode,
                                      redeemed.balance.format(currency, locale))
                           : redeemMessage(language, redeemed);
        break;
    }
    case SmsCommand::Kind::Callback: {
        const Authorisation authorised = authorise(command, sender, senderNumber, source, language);
        if (!authorised.account) {
            result.reply = authorised.refusal;
            break;
        }
        result = requestCallback(command, *authorised.account, plan, source);
        break;
    }
    }
    return result;
}

QString SmsTrigger::redeemMessage(const QString& language, const cards::RedeemResult& result)
{
    using Error = cards::RedeemResult::Error;
    switch (result.error) {
    case Error::None:
        break;
    case Error::LockedOut:
        return say(language, QT_TR_N_NOOP("Too many failed attempts. Try again in %n minute(s)."),
                   cards::AttemptLimiter::minutesLeft(result.lockedForMs));
    case Error::InvalidPin:
    case Error::Unknown:
        return say(language, QT_TR_NOOP("That card PIN cannot be used. Check it and try again."));
    case Error::AlreadyUsed:
        return say(language, QT_TR_NOOP("This card has already been used."));
    case Error::Expired:
        return say(language, QT_TR_NOOP("This card has expired."));
    case Error::Void:
        return say(language, QT_TR_NOOP("This card has been cancelled."));
    case Error::WrongKind:
        return say(language, QT_TR_NOOP("This is a prepaid calling card: activate it on the portal to get a "
                                        "new account."));
    case Error::NoAccount:
        return say(language, QT_TR_NOOP("This account cannot be topped up; it is closed."));
    }
    return result.message;
}

SmsTrigger::Authorisation SmsTrigger::authorise(const SmsCommand& command, const QString& sender,
                                                const core::PhoneNumber& senderNumber, const QString& source,
                                                const QString& language)
{
    const store::AccountRepository accounts(m_db, m_clock);
    auto account = accounts.findByCode(command.accountCode);
    // The same query for an unknown code (no account has id 0).
    const bool registered =
        !senderNumber.isEmpty() && accounts.hasCallbackNumber(account ? account->id : 0, senderNumber);
    if (account && registered)
        return {std::move(account), {}};

    // From here on, an unknown code and a known one take the same steps.
    cards::AttemptLimiter limiter(m_db, m_clock, smsPolicy(m_db));
    const QString fromKey = senderKey(sender, senderNumber);
    const QString codeKey = accountKey(command.accountCode);
    const bool withPin = !command.accountPin.isEmpty();
    store::AuditLog audit(m_db, m_clock);
    const std::int64_t locked =
        std::max(limiter.lockedFor(fromKey), withPin ? limiter.lockedFor(codeKey) : std::int64_t(0));
    if (locked > 0) {
        audit.record(QStringLiteral("sms"), QStringLiteral("sms.locked"), QStringLiteral("account"),
                     command.accountCode, QStringLiteral("SMS from %1 while locked out").arg(sender), source);
        return {std::nullopt,
                say(language, QT_TR_N_NOOP("Too many failed attempts. Try again in %n minute(s)."),
                    cards::AttemptLimiter::minutesLeft(locked))};
    }
    if (withPin) {
        const bool hasPin = account && !account->pinHash.isEmpty();
        if (core::PasswordHash::verify(command.accountPin, hasPin ? account->pinHash : decoyPinHash()) &&
            hasPin) {
            limiter.recordSuccess(codeKey);
            return {std::move(account), {}};
        }
    }
    bool lockedNow = limiter.recordFailure(fromKey);
    if (withPin)
        lockedNow = limiter.recordFailure(codeKey) || lockedNow;
    audit.record(QStringLiteral("sms"), QStringLiteral("sms.refused"), QStringLiteral("account"),
                 command.accountCode,
                 QStringLiteral("SMS from %1: %2, %3%4")
                     .arg(sender,
                          account ? QStringLiteral("not a registered phone of the account")
                                  : QStringLiteral("no such account"),
                          withPin ? QStringLiteral("wrong PIN") : QStringLiteral("no PIN"),
                          lockedNow ? QStringLiteral("; locked out") : QString()),
                 source);
    return {
        std::nullopt,
        say(language, QT_TR_NOOP("This phone is not registered to that account, or the PIN is wrong. From "
                                 "another phone, add the PIN: ACCOUNT PIN 123456 NUMBER."))};
}

SmsTrigger::Result SmsTrigger::requestCallback(const SmsCommand& command, const store::Account& account,
                                               const core::DialPlan& plan, const QString& source)
{
    Result result;
    const QString language = core::Languages::orEnglish(account.language);
    const store::AccountRepository accounts(m_db, m_clock);
    const auto first = plan.normalise(command.firstNumber, language);
    const auto second = command.secondNumber.isEmpty() ? core::DialPlan::Result()
                                                       : plan.normalise(command.secondNumber, language);
    if (!first.ok()) {
        result.reply = say(language, QT_TR_NOOP("%1: %2")).arg(command.firstNumber, first.error);
        return result;
    }
    if (!command.secondNumber.isEmpty() && !second.ok()) {
        result.reply = say(language, QT_TR_NOOP("%1: %2")).arg(command.secondNumber, second.error);
        return result;
    }
    core::PhoneNumber callback;
    core::PhoneNumber destination;
    if (command.secondNumber.isEmpty()) {
        callback = account.callbackNumber; // "<code> <destination>": my stored phone
        destination = first.number;
    } else if (accounts.hasCallbackNumber(account.id, second.number) &&
               !accounts.hasCallbackNumber(account.id, first.number)) {
        callback = second.number; // written the other way round
        destination = first.number;
    } else {
        callback = first.number;
        destination = second.number;
    }
    callback::Admission::Trigger trigger;
    trigger.accountId = account.id;
    trigger.kind = store::TriggerKind::Sms;
    trigger.source = source;
    trigger.callbackNumber = callback;
    trigger.destination = destination;
    trigger.test = m_test;
    result.outcome = callback::Admission(m_db, m_clock, m_rates, m_admitted).request(trigger);
    result.reply =
        result.outcome.created()
            ? say(language, QT_TR_NOOP("OK: we will call you on %1 and connect you to %2."))
                  .arg(callback.toPlus(), destination.toPlus())
        : result.outcome.result == callback::RequestOutcome::Result::Ignored
            ? say(language, QT_TR_NOOP("Not repeated: %1. Please wait."))
                  .arg(result.outcome.reasonIn(language))
            : say(language, QT_TR_NOOP("Sorry, no callback: %1.")).arg(result.outcome.reasonIn(language));
    return result;
}

} // namespace rebound::triggers
