#include "settings/SettingsCatalog.h"

#include "core/Currency.h"
#include "core/Languages.h"
#include "core/Money.h"
#include "core/Translations.h"
#include "sip/PublicAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QMutex>
#include <QRegularExpression>
#include <QTimeZone>
#include <map>

namespace rebound::settings {

namespace {

Setting number(const char* key, const QString& group, const QString& label, const QString& help, int fallback,
               int minimum, int maximum, bool restart = false)
{
    Setting s;
    s.key = QString::fromLatin1(key);
    s.group = group;
    s.label = label;
    s.help = help;
    s.kind = Kind::Integer;
    s.defaultValue = QString::number(fallback);
    s.minimum = minimum;
    s.maximum = maximum;
    s.restart = restart;
    return s;
}

Setting decimal(const char* key, const QString& group, const QString& label, const QString& help,
                const QString& fallback, double minimum, double maximum, bool restart = false)
{
    Setting s = number(key, group, label, help, 0, 0, 0, restart);
    s.kind = Kind::Decimal;
    s.defaultValue = fallback;
    s.minimum = minimum;
    s.maximum = maximum;
    return s;
}

Setting other(const char* key, Kind kind, const QString& group, const QString& label, const QString& help,
              const QString& fallback = {}, bool restart = false)
{
    Setting s;
    s.key = QString::fromLatin1(key);
    s.group = group;
    s.label = label;
    s.help = help;
    s.kind = kind;
    s.defaultValue = fallback;
    s.restart = restart;
    return s;
}

Setting choice(const char* key, const QString& group, const QString& label, const QString& help,
               const QStringList& choices, bool restart = false)
{
    Setting s = other(key, Kind::Choice, group, label, help, choices.first(), restart);
    s.choices = choices;
    return s;
}

Setting optional(Setting s, const QString& defaultText)
{
    s.optional = true;
    s.defaultText = defaultText;
    return s;
}

// The SIP switch: addresses, transport, timers.
void addSipSettings(QList<Setting>& list)
{
    const QString sip = Catalog::tr("SIP switch");
    {
        Setting s =
            other("sip.listen", Kind::ListenAddress, sip, Catalog::tr("SIP address"),
                  Catalog::tr("The address and port the switch answers SIP on, such as 192.168.1.20:5060. "
                              "127.0.0.1 answers only this machine; 0.0.0.0 every interface."),
                  QStringLiteral("127.0.0.1:5060"), true);
        list << s;
        Setting pub = optional(
            other("sip.public_address", Kind::PublicAddress, sip, Catalog::tr("Public address"),
                  Catalog::tr(
                      "Behind a router (NAT): the router's public address or host name, with :port when the "
                      "router forwards another port to the SIP address. Contact, Via, From and the SDP of "
                      "every call name it; the switch still listens on the SIP and media addresses."),
                  {}, true),
            Catalog::tr("none"));
        list << pub;
    }
    list << other("sip.user_agent", Kind::Text, sip, Catalog::tr("User-Agent"),
                  Catalog::tr("What the switch calls itself in User-Agent and Server headers. No version by "
                              "default, so scanners learn nothing."),
                  QStringLiteral("Rebound"), true);
    list << choice("sip.tcp", sip, Catalog::tr("SIP over TCP"),
                   Catalog::tr("auto: TCP only when a gateway uses TCP or TLS; on: always; off: UDP only."),
                   {QStringLiteral("auto"), QStringLiteral("on"), QStringLiteral("off")}, true);
    list << number("sip.tcp_idle_seconds", sip, Catalog::tr("TCP idle close (s)"),
                   Catalog::tr("A TCP connection that carries nothing for this long is closed."), 120, 1,
                   86'400, true);
    list << number("sip.session_timer_seconds", sip, Catalog::tr("Session timer (s)"),
                   Catalog::tr("RFC 4028 session refresh interval asked of peers; 0 turns session timers off "
                               "(otherwise at least 90)."),
                   1800, 0, 86'400, true);
}

// Media: RTP address and ports.
void addMediaSettings(QList<Setting>& list)
{
    const QString media = Catalog::tr("Media");
    list << optional(other("media.bind_address", Kind::IpAddress, media, Catalog::tr("RTP address"),
                           Catalog::tr("The address RTP is sent and received on. Empty: the SIP address."),
                           {}, true),
                     Catalog::tr("the SIP address"));
    list << number("media.port_min", media, Catalog::tr("Lowest RTP port"),
                   Catalog::tr("RTP ports are picked at random from this range; open it on the firewall."),
                   20'000, 1024, 65'534, true);
    list << number("media.port_max", media, Catalog::tr("Highest RTP port"),
                   Catalog::tr("The top of the RTP port range (above the lowest)."), 29'999, 1025, 65'535,
                   true);
    list << number(
        "media.timeout_seconds", media, Catalog::tr("Media timeout (s)"),
        Catalog::tr("An answered call that sends no RTP for this long is ended; 0 never ends a call for "
                    "silence."),
        30, 0, 3600, true);
}

// The web portal.
void addWebSettings(QList<Setting>& list)
{
    const QString web = Catalog::tr("Web portal");
    {
        Setting s =
            other("web.listen", Kind::ListenAddress, web, Catalog::tr("Portal address"),
                  Catalog::tr("Where the subscriber portal, the SMS endpoint and the API listen, such as "
                              "0.0.0.0:8443; off: no portal."),
                  QStringLiteral("127.0.0.1:8080"), true);
        s.offOk = true;
        list << s;
    }
    list << optional(
        other("web.tls_certificate", Kind::File, web, Catalog::tr("TLS certificate"),
              Catalog::tr("A PEM certificate (with its chain): the portal then speaks HTTPS. Set the "
                          "key too."),
              {}, true),
        Catalog::tr("none: plain HTTP"));
    list << optional(other("web.tls_key", Kind::File, web, Catalog::tr("TLS key"),
                           Catalog::tr("The PEM private key of the certificate."), {}, true),
                     Catalog::tr("none"));
    list << number("web.session_idle_minutes", web, Catalog::tr("Sign-out after idle (min)"),
                   Catalog::tr("A portal session unused this long is signed out."), 30, 1, 1440, true);
    list << number("web.login_max_failures", web, Catalog::tr("Sign-in failures"),
                   Catalog::tr("Wrong passwords allowed within the window before the login is locked."), 5, 1,
                   100, true);
    list << number("web.login_window_minutes", web, Catalog::tr("Sign-in window (min)"),
                   Catalog::tr("The window sign-in failures are counted in."), 15, 1, 1440, true);
    list << number("web.login_lockout_minutes", web, Catalog::tr("Sign-in lock-out (min)"),
                   Catalog::tr("How long a login stays locked after too many failures."), 15, 1, 10'080,
                   true);
    list << number("web.max_connections", web, Catalog::tr("Connections"),
                   Catalog::tr("Open portal connections allowed in all."), 512, 8, 100'000, true);
    list << number("web.max_connections_per_address", web, Catalog::tr("Connections per address"),
                   Catalog::tr("Open portal connections allowed from one address."), 16, 1, 10'000, true);
}

// The business: its name, the billing time zone and currency, the dashboard.
void addBusinessSettings(QList<Setting>& list)
{
    const QString business = Catalog::tr("Business");
    list << other("reseller.name", Kind::Text, business, Catalog::tr("Business name"),
                  Catalog::tr("Shown on the portal and printed cards."), QStringLiteral("Rebound"), true);
    list << other(
        "currency", Kind::Currency, business, Catalog::tr("Currency"),
        Catalog::tr("The ISO 4217 code balances, rates and cards are in, such as USD or EUR. Changing it "
                    "converts nothing: set it before the first rates and top-ups."),
        QStringLiteral("USD"), true);
    list << optional(
        other("billing.timezone", Kind::TimeZone, business, Catalog::tr("Billing time zone"),
              Catalog::tr("The zone peak and off-peak windows, days and months are read in, such as "
                          "Europe/London.")),
        Catalog::tr("this machine's zone"));
    list << other("dashboard.low_balance", Kind::Money, business, Catalog::tr("Low balance"),
                  Catalog::tr("Subscribers below this balance are listed on the dashboard."),
                  QStringLiteral("5"));
}

// The dial plan.
void addDialPlanSettings(QList<Setting>& list)
{
    const QString dialPlan = Catalog::tr("Dial plan");
    {
        Setting s =
            other("dialplan.country_code", Kind::Digits, dialPlan, Catalog::tr("Home country code"),
                  Catalog::tr("The country code of the home country, such as 1 or 44."), QStringLiteral("1"));
        s.minimum = 1;
        s.maximum = 3;
        list << s;
    }
    list << other("dialplan.international_prefixes", Kind::DigitsList, dialPlan,
                  Catalog::tr("International prefixes"),
                  Catalog::tr("What people dial before a country code, comma-separated, such as 00 or 011."),
                  QStringLiteral("011"));
    {
        Setting s =
            optional(other("dialplan.national_prefix", Kind::Digits, dialPlan, Catalog::tr("National prefix"),
                           Catalog::tr("What people dial before a national number, such as 0; empty: none."),
                           QStringLiteral("1")),
                     QString());
        s.minimum = 0;
        s.maximum = 4;
        list << s;
    }
    list << choice(
        "dialplan.bare_digits", dialPlan, Catalog::tr("Bare digits are"),
        Catalog::tr("How a number with no prefix is read: international (callback customers abroad "
                    "often omit the +) or national."),
        {QStringLiteral("international"), QStringLiteral("national")});
}

// Callbacks.
void addCallbackSettings(QList<Setting>& list)
{
    const QString callbacks = Catalog::tr("Callbacks");
    list << number(
        "callback.delay_ms", callbacks, Catalog::tr("Call-back delay (ms)"),
        Catalog::tr("The wait between a trigger and calling the subscriber back, so a phone that just "
                    "got 486 Busy is free again."),
        2000, 0, 120'000);
    list << number("callback.retries", callbacks, Catalog::tr("Retries"),
                   Catalog::tr("More tries of the subscriber's leg when busy or not answered."), 1, 0, 10);
    list << number("callback.retry_delay_ms", callbacks, Catalog::tr("Retry delay (ms)"),
                   Catalog::tr("The wait between tries of the subscriber's leg."), 15'000, 0, 600'000);
    list << number(
        "callback.answer_timeout_seconds", callbacks, Catalog::tr("Answer timeout (s)"),
        Catalog::tr("The subscriber's phone rings this long at one gateway before it counts as not "
                    "answered; 0: no limit."),
        45, 0, 600);
    list << number(
        "callback.ivr_allowance_seconds", callbacks, Catalog::tr("IVR allowance (s)"),
        Catalog::tr("Time of the subscriber's leg held in credit before the destination is known."), 60, 0,
        3600);
    list << number("callback.ring_allowance_seconds", callbacks, Catalog::tr("Ring allowance (s)"),
                   Catalog::tr("Time of the subscriber's leg held in credit for the destination's ringing."),
                   60, 0, 3600);
    list << number("callback.warning_seconds", callbacks, Catalog::tr("Warning before the limit (s)"),
                   Catalog::tr("A warning tone plays this long before the credit runs out."), 60, 0, 600);
    list << number("callback.max_call_seconds", callbacks, Catalog::tr("Longest call (s)"),
                   Catalog::tr("Talk time cap even with unlimited credit."), 4 * 3600, 1, 86'400);
    list << choice("callback.announce_time_left", callbacks, Catalog::tr("Announce the time left"),
                   Catalog::tr("on: while the destination rings, the subscriber hears \"you can talk for N "
                               "minutes\", what their credit buys (not when the longest call comes first)."),
                   {QStringLiteral("on"), QStringLiteral("off")});
    list << choice(
        "callback.announce_minute_left", callbacks, Catalog::tr("Announce the last minute"),
        Catalog::tr("on: a minute before the limit the subscriber hears \"your call will end in one "
                    "minute\", after the warning tone when that sounds then too."),
        {QStringLiteral("on"), QStringLiteral("off")});
    list << number("callback.anti_repeat_seconds", callbacks, Catalog::tr("Anti-repeat (s)"),
                   Catalog::tr("A second request for the same subscriber within this time is ignored."), 60,
                   0, 86'400);
}

// Rate limits and lock-outs.
void addLimitSettings(QList<Setting>& list)
{
    const QString limits = Catalog::tr("Rate limits and lock-outs");
    list << decimal("sip.rate_per_second", limits, Catalog::tr("SIP requests per second"),
                    Catalog::tr("Per source address, for every source but trusted gateways."),
                    QStringLiteral("10"), 0.1, 10'000'000, true);
    list << optional(decimal("sip.burst", limits, Catalog::tr("SIP burst"),
                             Catalog::tr("Requests a source may send at once before the rate applies."), {},
                             1, 10'000'000, true),
                     Catalog::tr("twice the rate"));
    list << decimal("sip.trusted_rate_per_second", limits, Catalog::tr("Trusted gateway requests per second"),
                    Catalog::tr("Per trusted gateway: high, but a looping carrier cannot flood the switch."),
                    QStringLiteral("200"), 1, 100'000, true);
    list << optional(decimal("sip.trusted_burst", limits, Catalog::tr("Trusted gateway burst"),
                             Catalog::tr("Requests a trusted gateway may send at once."), {}, 1, 1'000'000,
                             true),
                     Catalog::tr("twice the rate"));
    list << decimal("web.rate_per_second", limits, Catalog::tr("Portal requests per second"),
                    Catalog::tr("Per client address."), QStringLiteral("20"), 0.1, 10'000, true);
    list << decimal("web.burst", limits, Catalog::tr("Portal burst"),
                    Catalog::tr("Requests a client may send at once."), QStringLiteral("60"), 1, 100'000,
                    true);
    list << decimal("sms.http_rate_per_second", limits, Catalog::tr("SMS endpoint requests per second"),
                    Catalog::tr("Per client address, on the HTTP SMS endpoint."), QStringLiteral("2"), 0.1,
                    10'000, true);
    list << decimal("sms.http_burst", limits, Catalog::tr("SMS endpoint burst"),
                    Catalog::tr("Requests at once."), QStringLiteral("10"), 1, 100'000, true);
    list << decimal("api.rate_per_second", limits, Catalog::tr("API requests per second"),
                    Catalog::tr("Per client address."), QStringLiteral("5"), 0.1, 10'000, true);
    list << decimal("api.burst", limits, Catalog::tr("API burst"), Catalog::tr("Requests at once."),
                    QStringLiteral("20"), 1, 100'000, true);
    list << number(
        "cards.max_failures", limits, Catalog::tr("Card PIN failures"),
        Catalog::tr("Wrong card PINs (and IVR PINs) allowed from one source before it is locked out."), 5, 1,
        100);
    list << number("cards.failure_window_minutes", limits, Catalog::tr("Card failure window (min)"),
                   Catalog::tr("The window wrong card PINs are counted in."), 15, 1, 1440);
    list << number("cards.lockout_minutes", limits, Catalog::tr("Card lock-out (min)"),
                   Catalog::tr("How long a source that guessed PINs stays locked out."), 30, 1, 10'080);
    list << number(
        "sms.max_failures", limits, Catalog::tr("SMS failures"),
        Catalog::tr("SMS texts with an unknown account code or a wrong PIN allowed from one sender (and "
                    "against one account code) before it is locked out."),
        5, 1, 100);
    list << number("sms.failure_window_minutes", limits, Catalog::tr("SMS failure window (min)"),
                   Catalog::tr("The window SMS failures are counted in."), 15, 1, 1440);
    list << number("sms.lockout_minutes", limits, Catalog::tr("SMS lock-out (min)"),
                   Catalog::tr("How long a sender that guessed stays locked out."), 30, 1, 10'080);
    list << number("cards.expiry_check_seconds", limits, Catalog::tr("Card expiry check (s)"),
                   Catalog::tr("How often expired cards are closed."), 60, 1, 86'400, true);
}

// Fraud alarms.
void addFraudSettings(QList<Setting>& list)
{
    const QString fraud = Catalog::tr("Fraud alarms");
    list << number("fraud.callbacks_per_hour", fraud, Catalog::tr("Callbacks per hour"),
                   Catalog::tr("An account requesting more callbacks than this in an hour raises an alarm."),
                   20, 1, 100'000);
    list << other("fraud.spend_per_hour", Kind::Money, fraud, Catalog::tr("Spend per hour (account)"),
                  Catalog::tr("An account spending more than this in an hour raises an alarm; 0: no alarm."),
                  QStringLiteral("20"));
    list << other(
        "fraud.total_spend_per_hour", Kind::Money, fraud, Catalog::tr("Spend per hour (all)"),
        Catalog::tr("All subscribers together spending more than this in an hour raise an alarm; 0: no "
                    "alarm."),
        QStringLiteral("200"));
    list << other("fraud.premium_per_minute", Kind::Money, fraud, Catalog::tr("Premium price per minute"),
                  Catalog::tr("A call to a destination priced above this raises an alarm; 0: no alarm."),
                  QStringLiteral("1.50"));
    list << number("fraud.min_asr_percent", fraud, Catalog::tr("Lowest gateway ASR (%)"),
                   Catalog::tr("A gateway answering fewer of its attempts than this raises an alarm."), 15, 0,
                   100);
    list << number("fraud.min_attempts", fraud, Catalog::tr("ASR after attempts"),
                   Catalog::tr("The ASR alarm needs at least this many attempts in the hour."), 20, 1,
                   100'000);
    list << choice("fraud.auto_suspend", fraud, Catalog::tr("Suspend on alarm"),
                   Catalog::tr("on: an account that raises an alarm is suspended at once."),
                   {QStringLiteral("off"), QStringLiteral("on")});
    list << number("fraud.check_seconds", fraud, Catalog::tr("Check every (s)"),
                   Catalog::tr("How often the fraud checks run."), 60, 1, 3600, true);
}

// Backups and retention.
void addBackupSettings(QList<Setting>& list)
{
    const QString backup = Catalog::tr("Backups and retention");
    list << choice("backup.daily", backup, Catalog::tr("Daily backup"),
                   Catalog::tr("on: the running switch writes a copy of the database once a day, "
                               "rebound-YYYY-MM-DD.sqlite, with the card PIN key beside it."),
                   {QStringLiteral("on"), QStringLiteral("off")});
    list << optional(other("backup.folder", Kind::Folder, backup, Catalog::tr("Backup folder"),
                           Catalog::tr("Where daily copies go, best on another disk; a relative path is read "
                                       "from the database's folder.")),
                     Catalog::tr("DATABASE-backups beside the database"));
    list << number("backup.keep", backup, Catalog::tr("Daily copies kept"),
                   Catalog::tr("The oldest daily copies beyond this many are deleted."), 7, 1, 365);
    list << number("retention.audit_days", backup, Catalog::tr("Audit log kept (days)"),
                   Catalog::tr("Older audit entries are deleted; 0 keeps them for ever."), 365, 0, 36'500);
    list << number("retention.redemption_attempts_days", backup, Catalog::tr("Card attempts kept (days)"),
                   Catalog::tr("Older card redemption attempts are deleted; 0 keeps them for ever."), 30, 0,
                   36'500);
}

// The console.
void addConsoleSettings(QList<Setting>& list)
{
    const QString console = Catalog::tr("Console");
    {
        QStringList languages{QStringLiteral("system")};
        QStringList names{Catalog::tr("The system's language (%1)")
                              .arg(core::Languages::nativeName(core::consoleLanguage(QString())))};
        for (const QString& language : core::Languages::supported()) {
            languages << language;
            names << core::Languages::nativeName(language);
        }
        Setting s =
            choice("console.language", console, Catalog::tr("Language"),
                   Catalog::tr("The language of the console, and how it writes numbers, dates and money. "
                               "system: the language of this computer's locale when Rebound speaks it, "
                               "otherwise English."),
                   languages);
        s.choiceTexts = names;
        list << s;
    }
}

QList<Setting> build()
{
    QList<Setting> list;
    addSipSettings(list);
    addMediaSettings(list);
    addWebSettings(list);
    addBusinessSettings(list);
    addDialPlanSettings(list);
    addCallbackSettings(list);
    addLimitSettings(list);
    addFraudSettings(list);
    addBackupSettings(list);
    addConsoleSettings(list);
    return list;
}

bool isDigits(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(text).hasMatch();
}

} // namespace

const QList<Setting>& Catalog::all()
{
    // One list per language the console has spoken, never freed: the
    // switch's thread may hold a Setting while the console changes language.
    static QMutex mutex;
    static std::map<QString, const QList<Setting>> lists;
    const QMutexLocker lock(&mutex);
    const QString language = core::installedLanguage();
    auto it = lists.find(language);
    if (it == lists.end())
        it = lists.emplace(language, build()).first;
    return it->second;
}

const Setting* Catalog::find(const QString& key)
{
    for (const Setting& s : all())
        if (s.key == key)
            return &s;
    return nullptr;
}

QStringList Catalog::groups()
{
    QStringList result;
    for (const Setting& s : all())
        if (!result.contains(s.group))
            result << s.group;
    return result;
}

bool Catalog::isSecret(const QString& key)
{
    return key == QLatin1String("cards.pin_key") || key == QLatin1String("sms.http_secret");
}

QString Catalog::validate(const Setting& s, const QString& raw)
{
    const QString value = raw.trimmed(); // saved trimmed
    if (value.isEmpty())
        return {};
    switch (s.kind) {
    case Kind::Integer:
    case Kind::Decimal:
    case Kind::Money:
    case Kind::Digits:
    case Kind::DigitsList:
        return validateNumber(s, value);
    case Kind::ListenAddress:
    case Kind::PublicAddress:
    case Kind::IpAddress:
        return validateAddress(s, value);
    case Kind::Text:
    case Kind::Choice:
    case Kind::File:
    case Kind::Folder:
    case Kind::TimeZone:
    case Kind::Currency:
        return validateText(s, value);
    }
    return {};
}

// Integers, decimals, amounts and digit strings.
QString Catalog::validateNumber(const Setting& s, const QString& value)
{
    switch (s.kind) {
    case Kind::Integer: {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok || n < qlonglong(s.minimum) || n > qlonglong(s.maximum))
            return tr("%1 must be a whole number from %2 to %3.")
                .arg(s.label)
                .arg(qlonglong(s.minimum))
                .arg(qlonglong(s.maximum));
        if (s.key == QLatin1String("sip.session_timer_seconds") && n > 0 && n < 90)
            return tr("%1 is 0 (off) or at least 90 seconds.").arg(s.label);
        return {};
    }
    case Kind::Decimal: {
        bool ok = false;
        const double n = value.toDouble(&ok);
        if (!ok || n < s.minimum || n > s.maximum)
            return tr("%1 must be a number from %2 to %3.").arg(s.label).arg(s.minimum).arg(s.maximum);
        return {};
    }
    case Kind::Money: {
        const auto amount = core::Money::parse(value);
        if (!amount.value || amount.value->isNegative())
            return tr("%1 must be an amount such as 5 or 2.50.").arg(s.label);
        return {};
    }
    case Kind::Digits:
        if (!isDigits(value) || value.size() < s.minimum || value.size() > s.maximum)
            return tr("%1: %2 to %3 digits.").arg(s.label).arg(qMax(1, int(s.minimum))).arg(int(s.maximum));
        return {};
    case Kind::DigitsList:
        for (const QString& part : value.split(QLatin1Char(',')))
            if (!isDigits(part.trimmed()) || part.trimmed().size() > 6)
                return tr("%1: digits separated by commas, such as 00,011.").arg(s.label);
        return {};
    default:
        break;
    }
    return {};
}

// Addresses to listen on, to advertise, to bind.
QString Catalog::validateAddress(const Setting& s, const QString& value)
{
    switch (s.kind) {
    case Kind::ListenAddress: {
        if (s.offOk && value == QLatin1String("off"))
            return {};
        QString host;
        int port = 0;
        if (!parseHostPort(value, &host, &port) || QHostAddress(host).isNull())
            return tr("%1: write an IP address and port, such as 192.168.1.20:%2%3.")
                .arg(s.label, s.defaultValue.section(QLatin1Char(':'), -1),
                     s.offOk ? tr(", or off") : QString());
        return {};
    }
    case Kind::PublicAddress:
        if (const QString error = sip::validatePublicAddress(value); !error.isEmpty())
            return tr("%1: %2").arg(s.label, error);
        return {};
    case Kind::IpAddress:
        // A socket binds to an address, not a name.
        if (QHostAddress(value).isNull())
            return tr("%1: write an IP address of this computer, such as 192.168.1.20.").arg(s.label);
        return {};
    default:
        break;
    }
    return {};
}

// Text, choices, files and folders, time zones and currencies.
QString Catalog::validateText(const Setting& s, const QString& value)
{
    switch (s.kind) {
    case Kind::Text:
        if (value.contains(QLatin1Char('\n')) || value.size() > 200)
            return tr("%1 is one line of at most 200 characters.").arg(s.label);
        return {};
    case Kind::Choice:
        if (!s.choices.contains(value))
            return tr("%1 is one of: %2.").arg(s.label, s.choices.join(QStringLiteral(", ")));
        return {};
    case Kind::File: {
        const QFileInfo info(value);
        if (!info.isFile() || !info.isReadable())
            return tr("%1: there is no readable file %2.").arg(s.label, QDir::toNativeSeparators(value));
        return {};
    }
    case Kind::Folder: {
        const QFileInfo info(value);
        if (info.exists() && !info.isDir())
            return tr("%1: %2 is a file, not a folder.").arg(s.label, QDir::toNativeSeparators(value));
        return {};
    }
    case Kind::TimeZone:
        if (!QTimeZone(value.toUtf8()).isValid())
            return tr("'%1' is not a time zone; use an IANA name such as Europe/London.").arg(value);
        return {};
    case Kind::Currency: {
        // Compiled once: the currency is checked on every read of it, and
        // every trigger and callback reads it.
        static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
        if (!code.match(value).hasMatch())
            return tr("The currency is a three-letter ISO code such as USD.");
        // Only a code whose minor units are known, so amounts are shown and
        // spoken with the right number of decimals.
        if (!core::Currency::isKnown(value))
            return tr("%1 is not an ISO 4217 currency code.").arg(value);
        return {};
    }
    default:
        break;
    }
    return {};
}

} // namespace rebound::settings
