// The portal's card pages: topping up with a charge-up card, activating a
// prepaid calling card (a new account), and what a refused card is told.

#include "accounts/AccountService.h"
#include "cards/AttemptLimiter.h"
#include "cards/CardService.h"
#include "store/AccountRepository.h"
#include "web/WebPortal.h"

namespace rebound::web {

HttpReply WebPortal::topUpPage(Context& c, const QString& flash, bool error, int status)
{
    const QString content = PageTemplate::render(
        QStringLiteral("topup"),
        {{QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)},
         {QStringLiteral("explain"), c.text(QT_TR_NOOP("Scratch your charge-up card and type its PIN."))},
         {QStringLiteral("pin_label"), c.text(QT_TR_NOOP("Card PIN"))},
         {QStringLiteral("submit"), c.text(QT_TR_NOOP("Top up"))}});
    return page(c, c.text(QT_TR_NOOP("Top up")), content, flash, error, status);
}

HttpReply WebPortal::topUp(Context& c)
{
    const QString pin = c.request.field(QStringLiteral("pin")).left(40);
    const cards::RedeemResult result =
        cards::CardService(m_db, m_clock)
            .redeem(pin, c.account->id, c.request.source(), QStringLiteral("web:") + c.account->accountCode);
    if (!result.ok())
        return topUpPage(c, redeemMessage(c, result, false), true,
                         result.error == cards::RedeemResult::Error::LockedOut ? 429 : 422);
    return topUpPage(c,
                     c.text(QT_TR_NOOP("%1 added. Your balance is now %2."))
                         .arg(money(c, result.amount), money(c, result.balance)),
                     false);
}

HttpReply WebPortal::activatePage(Context& c, const QString& flash, const QString& serial, int status)
{
    Session& session = anySession(c);
    const QString content = PageTemplate::render(
        QStringLiteral("activate"),
        {{QStringLiteral("csrf"), QString::fromLatin1(session.csrf)},
         {QStringLiteral("explain"),
          c.text(QT_TR_NOOP("Type the serial number printed on your prepaid calling card and the "
                            "PIN under the scratch panel. "
                            "You get a new account holding the card's value."))},
         {QStringLiteral("serial_label"), c.text(QT_TR_NOOP("Serial number"))},
         {QStringLiteral("serial"), serial},
         {QStringLiteral("pin_label"), c.text(QT_TR_NOOP("Card PIN"))},
         {QStringLiteral("submit"), c.text(QT_TR_NOOP("Activate"))},
         {QStringLiteral("login_link"), c.text(QT_TR_NOOP("Already have an account? Sign in"))}});
    return withCookie(page(c, c.text(QT_TR_NOOP("Activate a calling card")), content, flash, true, status),
                      session, c);
}

HttpReply WebPortal::activate(Context& c)
{
    const QString serial = c.request.field(QStringLiteral("serial")).trimmed().left(40);
    const QString pin = c.request.field(QStringLiteral("pin")).left(40);
    if (!csrfOk(c))
        return activatePage(c, c.text(QT_TR_NOOP("The form had expired. Please try again.")), serial, 403);
    if (serial.isEmpty())
        return activatePage(c, c.text(QT_TR_NOOP("Type the card's serial number.")), serial, 422);
    const cards::RedeemResult result =
        cards::CardService(m_db, m_clock)
            .activate(pin, c.request.source(), QStringLiteral("web"), {}, serial);
    if (!result.ok())
        return activatePage(c, redeemMessage(c, result, true), serial,
                            result.error == cards::RedeemResult::Error::LockedOut ? 429 : 422);
    // The new subscriber keeps the language the card was activated in, so
    // the portal, SMS replies and the IVR speak it from the start.
    if (const auto created = store::AccountRepository(m_db, m_clock).findById(result.accountId);
        created && created->language != c.language) {
        accounts::AccountService service(m_db, m_clock);
        accounts::AccountForm form = service.formFor(*created);
        form.language = c.language;
        try {
            service.update(created->id, form, QStringLiteral("web"));
        } catch (const accounts::ValidationError&) {
            // The card is active all the same; the account stays in English
            // and its holder can switch once signed in.
        }
    }
    const QString content = PageTemplate::render(
        QStringLiteral("activated"),
        {{QStringLiteral("member_label"), c.text(QT_TR_NOOP("Your member ID"))},
         {QStringLiteral("member_id"), result.accountCode},
         {QStringLiteral("balance_line"),
          c.text(QT_TR_NOOP("Your new account holds %1.")).arg(money(c, result.balance))},
         {QStringLiteral("password_hint"),
          c.text(QT_TR_NOOP(
              "Your password is the card's PIN. Sign in and change it; keep the card until you have."))},
         {QStringLiteral("login_link"), c.text(QT_TR_NOOP("Sign in"))}});
    return page(c, c.text(QT_TR_NOOP("Card activated")), content,
                c.text(QT_TR_NOOP("Your calling card is active.")), false);
}

QString WebPortal::redeemMessage(const Context& c, const cards::RedeemResult& result, bool withSerial)
{
    using Error = cards::RedeemResult::Error;
    switch (result.error) {
    case Error::None:
        break;
    case Error::LockedOut:
        return c.text(QT_TR_N_NOOP("Too many failed attempts. Try again in %n minute(s)."),
                      cards::AttemptLimiter::minutesLeft(result.lockedForMs));
    case Error::InvalidPin:
        return c.text(QT_TR_NOOP("That PIN is not valid; check the digits and try again."));
    case Error::Unknown:
        return withSerial ? c.text(QT_TR_NOOP("That serial number and PIN are not of one card that can be "
                                              "used. Check both and try again."))
                          : c.text(QT_TR_NOOP("That PIN does not belong to a card that can be used. Check it "
                                              "and try again."));
    case Error::AlreadyUsed:
        return c.text(QT_TR_NOOP("This card has already been used."));
    case Error::Expired:
        return c.text(QT_TR_NOOP("This card has expired."));
    case Error::Void:
        return c.text(QT_TR_NOOP("This card has been cancelled."));
    case Error::WrongKind:
        return withSerial ? c.text(QT_TR_NOOP("This is a charge-up card: use it to top up an existing "
                                              "account."))
                          : c.text(QT_TR_NOOP("This is a prepaid calling card: activate it to get a new "
                                              "account."));
    case Error::NoAccount:
        return withSerial ? c.text(QT_TR_NOOP("This card cannot open an account. Please contact us."))
                          : c.text(QT_TR_NOOP("This account cannot be topped up; it does not exist or is "
                                              "closed."));
    }
    return result.message;
}

} // namespace rebound::web
