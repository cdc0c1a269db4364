#pragma once

#include "core/Money.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace rebound::media {

// Turns numbers, amounts and durations into playlists of prompt names for
// one language. Each language is its own subclass with its own grammar
// (plural forms, word order, gender, "and" placement), because those rules
// cannot be expressed by gluing words together in a fixed order. The names
// returned must exist in that language's PromptSet (resources/prompts/<lang>).
class Speaker
{
public:
    virtual ~Speaker() = default;

    virtual QString language() const = 0;
    // A whole number, e.g. 1234 -> one thousand two hundred thirty-four.
    virtual QStringList number(qint64 n) const = 0;
    // An account balance in the account's currency (ISO 4217 code), read in
    // the currency's own minor units (core::Currency): five hundred yen, one
    // dinar and five hundred fils. Amounts are truncated to the minor unit:
    // the IVR never promises money that is not there. A currency the
    // language has no name for is read as units and hundredths ("5 units
    // 50"), never as bare numbers.
    virtual QStringList amount(core::Money amount, const QString& currencyCode) const = 0;
    // A talk time, in whole minutes when it is a minute or more.
    virtual QStringList duration(int seconds) const = 0;
    // The ISO 4217 codes this language has spoken names for.
    virtual QStringList namedCurrencies() const = 0;

    // The speaker for a language tag ("en", "es-MX", "fr_CA" …, read by
    // core::Languages); English when the language has no rules, so a call
    // never fails for want of grammar.
    static std::unique_ptr<Speaker> forLanguage(const QString& language);

protected:
    // An amount as the currency counts it: whole units and minor units
    // (truncated), with the sign apart.
    struct Parts
    {
        bool negative = false;
        qint64 units = 0;
        qint64 minor = 0;
        int decimals = 2; // the currency's minor units: 0 means no `minor`
    };
    static Parts split(core::Money amount, const QString& currencyCode);
};

class EnglishSpeaker : public Speaker
{
public:
    QString language() const override { return QStringLiteral("en"); }
    QStringList number(qint64 n) const override;
    QStringList amount(core::Money amount, const QString& currencyCode) const override;
    QStringList duration(int seconds) const override;
    QStringList namedCurrencies() const override;
};

// Spanish: "un dólar con cinco centavos", "veintiún dólares", "una libra",
// "doscientas libras", "un millón de dólares", "cien" / "ciento uno".
class SpanishSpeaker : public Speaker
{
public:
    QString language() const override { return QStringLiteral("es"); }
    QStringList number(qint64 n) const override;
    QStringList amount(core::Money amount, const QString& currencyCode) const override;
    QStringList duration(int seconds) const override;
    QStringList namedCurrencies() const override;
};

// French: "vingt et un euros", "une livre", "quatre-vingts", "deux cents" /
// "deux cent un", "un million d'euros", "zéro euro" (singular below two).
class FrenchSpeaker : public Speaker
{
public:
    QString language() const override { return QStringLiteral("fr"); }
    QStringList number(qint64 n) const override;
    QStringList amount(core::Money amount, const QString& currencyCode) const override;
    QStringList duration(int seconds) const override;
    QStringList namedCurrencies() const override;
};

} // namespace rebound::media
