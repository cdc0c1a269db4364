#pragma once

#include "core/HostPort.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::settings {

// What a setting's value is, which decides how it is checked and edited.
enum class Kind
{
    Integer,       // whole number in [minimum, maximum]
    Decimal,       // number in [minimum, maximum]
    Money,         // an amount in the reseller's currency, 0 or more
    Text,          // free text, one line
    Choice,        // one of choices
    ListenAddress, // host:port to bind; "off" allowed when offOk
    IpAddress,     // an IP address, no port (a socket binds to it)
    PublicAddress, // what others reach us at behind NAT: sip::validatePublicAddress
    File,          // a readable file
    Folder,        // a folder that exists or can be made
    TimeZone,      // an IANA zone id
    Currency,      // ISO 4217 code
    Digits,        // digits only, minimum..maximum of them
    DigitsList,    // comma-separated digit strings
};

// One installation-wide setting: where it is shown, what it means, what it
// is when not set, and whether the running switch must restart to use it.
// The catalogue is the one place a setting's rule lives: the settings page,
// `rebound-switch settings set` and the code reading the value all use it.
struct Setting
{
    QString key;
    QString group;
    QString label;
    QString help;
    Kind kind = Kind::Text;
    QString defaultValue; // as stored; empty: none
    QString defaultText;  // how the default reads when it is not a plain value ("the machine's zone")
    double minimum = 0;
    double maximum = 0;
    QStringList choices;
    QStringList choiceTexts; // Choice: how each choice reads in the console, when not as stored
    bool optional = false;   // empty is allowed and means "none" (beyond the default)
    bool offOk = false;      // ListenAddress: "off" turns the service off
    bool restart = false;    // read when the switch starts
};

class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(rebound::settings::Catalog)

public:
    // Every setting, in the order they are shown, grouped; labels and help
    // in the language installed (core::installedLanguage()) when first asked
    // for in it. The references stay valid for the life of the process.
    static const QList<Setting>& all();
    static const Setting* find(const QString& key);
    static QStringList groups();
    // Settings made by commands and never shown or set by hand.
    static bool isSecret(const QString& key);

    // Why `value` is not acceptable for `setting` (empty: it is). An empty
    // value means "use the default" and is always acceptable.
    static QString validate(const Setting& setting, const QString& value);

private:
    // validate() by kind of setting, for a trimmed value that is not empty.
    static QString validateNumber(const Setting& setting, const QString& value);
    static QString validateAddress(const Setting& setting, const QString& value);
    static QString validateText(const Setting& setting, const QString& value);
};

using core::parseHostPort; // the one "host:port" reader, core/HostPort

} // namespace rebound::settings
