#pragma once

#include <QCoreApplication>
#include <QString>

namespace rebound::triggers {

// One SMS, understood. The grammar (case-insensitive keywords, any spacing):
//   <account code> <callback number> <destination>   call me back, connect me
//   <account code> <destination>                      call my stored number back
//   BALANCE [<account code>]
//   RECHARGE <card PIN>                               (the PIN may contain spaces)
// Numbers are kept as written; the trigger normalises them with the dial
// plan and decides which one is the callback number.
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
    QString pin;          // Recharge
    QString error;        // Invalid: what was wrong, fit for an SMS reply
};

class SmsParser
{
    Q_DECLARE_TR_FUNCTIONS(SmsParser)

public:
    static SmsCommand parse(const QString& text);
    // The text as it may be logged: a RECHARGE's PIN is masked, since an
    // unused card's PIN is money.
    static QString forLog(const QString& text);
};

} // namespace rebound::triggers
