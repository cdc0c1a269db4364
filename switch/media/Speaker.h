#pragma once

#include "core/Money.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <memory>

namespace rebound::media {

// Turns numbers, amounts and durations into playlists of prompt names for
// one language. What every language does alike (the sign, the amount's
// split into units and minor units, minutes or seconds, the currency
// lookup) is here; each language is its own subclass with only its own
// grammar (plural forms, word order, gender, "and" placement), because those
// rules cannot be expressed by gluing words together in a fixed order. The
// names returned must exist in that language's PromptSet
// (resources/prompts/<lang>).
class Speaker
{
public:
    virtual ~Speaker() = default;

    QString language() const { return m_language; }
    // A whole number, e.g. 1234 -> one thousand two hundred thirty-four.
    QStringList number(qint64 n) const;
    // An account balance in the account's currency (ISO 4217 code), read in
    // the currency's own minor units (core::Currency): five hundred yen, one
    // dinar and five hundred fils. Amounts are truncated to the minor unit:
    // the IVR never promises money that is not there. A currency the
    // language has no name for is read as units and hundredths ("5 units
    // 50"), never as bare numbers.
    QStringList amount(core::Money amount, const QString& currencyCode) const;
    // A talk time, in whole minutes when it is a minute or more.
    QStringList duration(int seconds) const;
    // The ISO 4217 codes this language has spoken names for, sorted.
    QStringList namedCurrencies() const { return m_namedCurrencies; }

    // The speaker for a language tag ("en", "es-MX", "fr_CA" …, read by
    // core::Languages); English when the language has no rules, so a call
    // never fails for want of grammar.
    static std::unique_ptr<Speaker> forLanguage(const QString& language);

protected:
    Speaker(QString language, QStringList namedCurrencies);

    // An amount as the currency counts it: whole units and minor units
    // (truncated), with the sign apart.
    struct Parts
    {
        bool negative = false;
        qint64 units = 0;
        qint64 minor = 0;
        int decimals = 2; // the currency's minor units: 0 means no `minor`

        // A round number of millions, which some languages join to the
        // currency with "of": "un millón de dólares".
        bool wholeMillions() const { return units >= 1'000'000 && units % 1'000'000 == 0; }
        // Minor units other than zero.
        bool anyMinor() const { return decimals > 0 && minor > 0; }
    };
    static Parts split(core::Money amount, const QString& currencyCode);

    // A noun's prompt names, singular and plural.
    struct Noun
    {
        const char* one;
        const char* many;
    };

    // The language's grammar, called after the sign is said:
    // a number that is not negative, as counted ("one", "uno", "un");
    virtual void sayNumber(quint64 n, QStringList& out) const = 0;
    // an amount's units and minor units in `currencyCode` (upper case);
    virtual void sayAmount(const Parts& parts, const QString& currencyCode, QStringList& out) const = 0;
    // `count` minutes or seconds (`unit`); negative only for a negative time.
    virtual void sayTime(qint64 count, Noun unit, QStringList& out) const = 0;

private:
    QString m_language;
    QStringList m_namedCurrencies;
};

// A currency's prompt names in a language whose numbers agree with the
// noun's gender (Spanish, French): the unit and the minor unit, singular
// and plural, and whether each is feminine ("una libra", "une livre").
struct GenderedCurrencyWords
{
    const char* unit;
    const char* units;
    bool feminine;
    const char* subunit; // null: the minor units are a bare number
    const char* subunits;
    bool subFeminine;
    const char* ofUnits = nullptr; // French: "d'euros" as one recording, where "de" elides
};

// One language's names for currencies by ISO 4217 code. `Words` is that
// language's record of prompt names (unit, minor unit, gender …); several
// codes may share one record ("USD CAD AUD" are all dollars), and any other
// currency has the language's word for "unit".
template <typename Words>
class CurrencyNames
{
public:
    struct Named
    {
        const char* codes; // space-separated
        Words words;
    };

    template <std::size_t N>
    CurrencyNames(const Named (&named)[N], const Words& other)
        : m_other(other)
    {
        for (const Named& n : named)
            for (const QString& code : QString::fromLatin1(n.codes).split(QLatin1Char(' ')))
                m_byCode.insert(code, n.words);
        m_codes = m_byCode.keys();
        m_codes.sort();
    }

    // The words for an upper-case code.
    const Words& operator[](const QString& code) const
    {
        const auto it = m_byCode.constFind(code);
        return it == m_byCode.constEnd() ? m_other : *it;
    }
    // The codes that have names of their own, sorted.
    const QStringList& codes() const { return m_codes; }

private:
    QHash<QString, Words> m_byCode;
    Words m_other;
    QStringList m_codes;
};

class EnglishSpeaker : public Speaker
{
public:
    EnglishSpeaker();

protected:
    void sayNumber(quint64 n, QStringList& out) const override;
    void sayAmount(const Parts& parts, const QString& currencyCode, QStringList& out) const override;
    void sayTime(qint64 count, Noun unit, QStringList& out) const override;
};

// Spanish: "un dólar con cinco centavos", "veintiún dólares", "una libra",
// "doscientas libras", "un millón de dólares", "cien" / "ciento uno".
class SpanishSpeaker : public Speaker
{
public:
    SpanishSpeaker();

protected:
    void sayNumber(quint64 n, QStringList& out) const override;
    void sayAmount(const Parts& parts, const QString& currencyCode, QStringList& out) const override;
    void sayTime(qint64 count, Noun unit, QStringList& out) const override;
};

// French: "vingt et un euros", "une livre", "quatre-vingts", "deux cents" /
// "deux cent un", "un million d'euros", "zéro euro" (singular below two).
class FrenchSpeaker : public Speaker
{
public:
    FrenchSpeaker();

protected:
    void sayNumber(quint64 n, QStringList& out) const override;
    void sayAmount(const Parts& parts, const QString& currencyCode, QStringList& out) const override;
    void sayTime(qint64 count, Noun unit, QStringList& out) const override;
};

} // namespace rebound::media
