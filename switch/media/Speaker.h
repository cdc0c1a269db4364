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
    // An account balance in the account's currency (ISO 4217 code). Amounts
    // are truncated to the cent: the IVR never promises money that is not
    // there.
    virtual QStringList amount(core::Money amount, const QString& currencyCode) const = 0;
    // A talk time, in whole minutes when it is a minute or more.
    virtual QStringList duration(int seconds) const = 0;

    // The speaker for a language code ("en", "en-GB" …); English when the
    // language has no rules yet, so a call never fails for want of grammar.
    static std::unique_ptr<Speaker> forLanguage(const QString& language);
};

class EnglishSpeaker : public Speaker
{
public:
    QString language() const override { return QStringLiteral("en"); }
    QStringList number(qint64 n) const override;
    QStringList amount(core::Money amount, const QString& currencyCode) const override;
    QStringList duration(int seconds) const override;
};

} // namespace rebound::media
