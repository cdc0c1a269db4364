#pragma once

#include <QCoreApplication>
#include <QString>

namespace rebound::triggers {

// One SMS, understood. The grammar (case-insensitive keywords, any spacing):
//   <account code> [PIN <pin>] <callback number> <destination>   call me back, connect me
//   <account code> [PIN <pin>] <destination>       call my stored number back
//   BALANCE [<account code> [PIN <pin>]]
//   RECHARGE <card PIN>                            (the PIN may contain spaces)
// The account's PIN is needed only when the SMS does not come from one of
// the account's registered phones. Numbers are kept as written; the trigger
// normalises them with the dial plan and decides which one is the callback
// number.
struct SmsCommand
{
    enum class Kind
    {
        Invalid,
        Callback,
        Balance,
        Recharge
    };
    Kind kind = Kind::Invalid;
    QString accountCode;
    QString firstNumber;  // Callback: as written, first
    QString secondNumber; // Callback: as written, second (empty with one number)
    QString pin;          // Recharge: the card's PIN
    QString accountPin;   // Callback, Balance: the account's PIN, when written
    QString error;        // Invalid: what was wrong, fit for an SMS reply
};

class SmsParser
{
    Q_DECLARE_TR_FUNCTIONS(SmsParser)

public:
    // Errors are written in `language` (en, es, fr; others read as English).
    static SmsCommand parse(const QString& text, const QString& language = QStringLiteral("en"));
    // The text as it may be logged: a RECHARGE's PIN is masked, since an
    // unused card's PIN is money, and so is an account's PIN.
    static QString forLog(const QString& text);
};

} // namespace rebound::triggers
