#include "triggers/SmsTrigger.h"

#include "cards/CardService.h"
#include "store/AccountRepository.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"
#include "triggers/SmsParser.h"

namespace rebound::triggers {

SmsTrigger::Result SmsTrigger::handle(const QString& sender, const QString& text, const QString& source)
{
    Result result;
    const store::SettingsRepository settings(m_db);
    const core::DialPlan plan = settings.dialPlan();
    const store::AccountRepository accounts(m_db, m_clock);
    const auto senderNumber = plan.normalise(sender).number; // may be empty (alphanumeric senders)
    const auto senderAccount =
        senderNumber.isEmpty() ? std::nullopt : accounts.findByCallbackNumber(senderNumber);
    const SmsCommand command = SmsParser::parse(text);
    const QString currency = settings.currency();

    switch (command.kind) {
    case SmsCommand::Kind::Invalid:
        result.reply = command.error;
        break;
    case SmsCommand::Kind::Balance: {
        auto account = senderAccount;
        if (!command.accountCode.isEmpty()) {
            account = accounts.findByCode(command.accountCode);
            if (account && !accounts.hasCallbackNumber(account->id, senderNumber))
                account.reset();
        }
        result.reply =
            account
                ? tr("Account %1: balance %2.").arg(account->accountCode, account->balance.format(currency))
                : tr("This phone is not registered to an account.");
        break;
    }
    case SmsCommand::Kind::Recharge: {
        if (!senderAccount) {
            result.reply =
                tr("This phone is not registered to an account, so the card cannot be used from it.");
            break;
        }
        const auto redeemed =
            cards::CardService(m_db, m_clock)
                .redeem(command.pin, senderAccount->id, QStringLiteral("sms:") + senderNumber.digits(),
                        QStringLiteral("sms"));
        result.reply = redeemed.ok() ? tr("Added %1. Account %2 balance: %3.")
                                           .arg(redeemed.amount.format(currency), redeemed.accountCode,
                                                redeemed.balance.format(currency))
                                     : redeemed.message;
        break;
    }
    case SmsCommand::Kind::Callback: {
        const auto account = accounts.findByCode(command.accountCode);
        if (!account) {
            result.reply = tr("There is no account %1.").arg(command.accountCode);
            break;
        }
        const auto first = plan.normalise(command.firstNumber);
        const auto second =
            command.secondNumber.isEmpty() ? core::DialPlan::Result() : plan.normalise(command.secondNumber);
        if (!first.ok()) {
            result.reply = tr("%1: %2").arg(command.firstNumber, first.error);
            break;
        }
        if (!command.secondNumber.isEmpty() && !second.ok()) {
            result.reply = tr("%1: %2").arg(command.secondNumber, second.error);
            break;
        }
        core::PhoneNumber callback;
        core::PhoneNumber destination;
        if (command.secondNumber.isEmpty()) {
            callback = account->callbackNumber; // "<code> <destination>": my stored phone
            destination = first.number;
        } else if (accounts.hasCallbackNumber(account->id, second.number) &&
                   !accounts.hasCallbackNumber(account->id, first.number)) {
            callback = second.number; // written the other way round
            destination = first.number;
        } else {
            callback = first.number;
            destination = second.number;
        }
        const bool authorised =
            (!senderNumber.isEmpty() && accounts.hasCallbackNumber(account->id, senderNumber)) ||
            (!callback.isEmpty() && accounts.hasCallbackNumber(account->id, callback));
        if (!authorised) {
            store::AuditLog(m_db, m_clock)
                .record(QStringLiteral("sms"), QStringLiteral("callback.refused"), QStringLiteral("account"),
                        account->accountCode, QStringLiteral("SMS from an unregistered phone %1").arg(sender),
                        source);
            result.reply = tr("This phone is not registered to account %1.").arg(account->accountCode);
            break;
        }
        CallbackRequests::Trigger trigger;
        trigger.accountId = account->id;
        trigger.kind = QStringLiteral("sms");
        trigger.source = source;
        trigger.callbackNumber = callback;
        trigger.destination = destination;
        result.outcome = CallbackRequests(m_db, m_clock).request(trigger);
        result.reply = result.outcome.created() ? tr("OK: we will call you on %1 and connect you to %2.")
                                                      .arg(callback.toPlus(), destination.toPlus())
                       : result.outcome.result == RequestOutcome::Result::Ignored
                           ? tr("Not repeated: %1. Please wait.").arg(result.outcome.reason)
                           : tr("Sorry, no callback: %1.").arg(result.outcome.reason);
        break;
    }
    }
    return result;
}

} // namespace rebound::triggers
