// The portal's account pages: the balance and the callback form, asking for
// a callback through callback::Admission, the request's status page (and
// its JSON for status.js), and the call history.

#include "billing/CreditManager.h"
#include "callback/Admission.h"
#include "callback/PublicStatus.h"
#include "store/CallbackRequestRepository.h"
#include "store/CdrRepository.h"
#include "store/SettingsRepository.h"
#include "web/WebPortal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace rebound::web {

namespace {

using callback::PublicStatus;

constexpr PublicStatus Steps[] = {PublicStatus::CallingYou, PublicStatus::CallingDestination,
                                  PublicStatus::Connected, PublicStatus::Finished};

// A step of the status page against where the request has got to.
QString stepClass(PublicStatus step, PublicStatus reached)
{
    return step < reached ? QStringLiteral("done") : step == reached ? QStringLiteral("now") : QString();
}

} // namespace

HttpReply WebPortal::dashboard(Context& c, const QString& flash, bool error, const QString& callbackTo,
                               const QString& callTo, int status)
{
    const store::Account& a = *c.account;
    const billing::CreditManager credit(m_db, m_clock);
    QString accountLine = c.text(QT_TR_NOOP("Member %1")).arg(a.memberId);
    if (const core::Money held = credit.reserved(a.id); !held.isZero())
        accountLine +=
            QStringLiteral(" · ") + c.text(QT_TR_NOOP("%1 held by calls in progress")).arg(money(c, held));
    const QString content = PageTemplate::render(
        QStringLiteral("dashboard"),
        {{QStringLiteral("balance_label"), c.text(QT_TR_NOOP("Your balance"))},
         {QStringLiteral("balance"), money(c, a.balance)},
         {QStringLiteral("account_line"), accountLine},
         {QStringLiteral("callback_heading"), c.text(QT_TR_NOOP("Call me back"))},
         {QStringLiteral("csrf"), QString::fromLatin1(c.session->csrf)},
         {QStringLiteral("callback_to_label"), c.text(QT_TR_NOOP("Call me back on"))},
         {QStringLiteral("callback_to"), callbackTo.isEmpty() ? a.callbackNumber.toPlus() : callbackTo},
         {QStringLiteral("call_to_label"), c.text(QT_TR_NOOP("Then connect me to"))},
         {QStringLiteral("call_to"), callTo},
         {QStringLiteral("callback_hint"),
          c.text(
              QT_TR_NOOP("Numbers in international form, such as +44 20 7946 0958. We ring your phone first; "
                         "answer it, and we connect you."))},
         {QStringLiteral("call_button"), c.text(QT_TR_NOOP("Call me back"))}});
    return page(c, c.text(QT_TR_NOOP("Hello, %1")).arg(a.name.isEmpty() ? a.memberId : a.name), content,
                flash, error, status);
}

HttpReply WebPortal::requestCallback(Context& c)
{
    const QString callbackText = c.request.field(QStringLiteral("callback_to")).trimmed().left(32);
    const QString destinationText = c.request.field(QStringLiteral("call_to")).trimmed().left(32);
    const auto refuse = [&](const QString& why) {
        return dashboard(c, why, true, callbackText, destinationText, 422);
    };
    const store::SettingsRepository settings(m_db);
    const core::DialPlan plan = settings.dialPlan();
    const auto callback = plan.normalise(callbackText, c.language);
    if (!callback.ok())
        return refuse(c.text(QT_TR_NOOP("Call me back on: %1")).arg(callback.error));
    const auto destination = plan.normalise(destinationText, c.language);
    if (!destination.ok())
        return refuse(c.text(QT_TR_NOOP("Connect me to: %1")).arg(destination.error));
    // The one admission rule of every trigger; the portal words the
    // refusals a subscriber can act on its own way.
    callback::Admission::Trigger trigger;
    trigger.accountId = c.account->id;
    trigger.kind = store::TriggerKind::Web;
    trigger.source = c.request.source();
    trigger.callbackNumber = callback.number;
    trigger.destination = destination.number;
    const callback::RequestOutcome outcome =
        callback::Admission(m_db, m_clock, m_rates, m_admitted).request(trigger);
    if (!outcome.created())
        return refuse(refusal(c, outcome, callback.number, destination.number));
    return HttpReply::redirect(QStringLiteral("/request/%1").arg(outcome.requestId));
}

QString WebPortal::refusal(const Context& c, const callback::RequestOutcome& outcome,
                           const core::PhoneNumber& callback, const core::PhoneNumber& destination)
{
    using Why = callback::RequestOutcome::Why;
    switch (outcome.why) {
    case Why::InProgress:
    case Why::TooSoon:
        return c.text(
            QT_TR_NOOP("A callback to this phone is already in progress or was asked for a moment ago. "
                       "Please wait a minute."));
    case Why::NoPlan:
        return c.text(QT_TR_NOOP("Your account has no price plan yet; please contact us."));
    case Why::CallbackNotInPlan:
        return c.text(QT_TR_NOOP("We cannot call %1 on your plan.")).arg(callback.toPlus());
    case Why::DestinationNotInPlan:
        return c.text(QT_TR_NOOP("Calls to %1 are not in your plan.")).arg(destination.toPlus());
    case Why::NoCredit:
    case Why::TooLittle:
        return c.text(QT_TR_NOOP("Your balance is too low for a call to %1. Please top up first."))
            .arg(destination.toPlus());
    default:
        break;
    }
    return c.text(QT_TR_NOOP("No callback: %1.")).arg(outcome.reasonIn(c.language));
}

std::optional<HttpReply> WebPortal::requestPage(Context& c, const QString& id, bool json)
{
    const auto request = store::CallbackRequestRepository(m_db, m_clock).find(id.toLongLong());
    if (!request || request->accountId != c.account->id)
        return json ? HttpReply::json({{QStringLiteral("error"), QStringLiteral("not_found")}}, 404)
                    : page(c, c.text(QT_TR_NOOP("Not found")), QString(),
                           c.text(QT_TR_NOOP("There is no such callback request.")), true, 404);
    const store::RequestState state = request->state;
    const callback::PublicStatus status = callback::publicStatus(state);
    QString label = statusLabel(c, status);
    QString detail;
    if (state == store::RequestState::Failed) {
        label = c.text(QT_TR_NOOP("Not connected"));
        detail = request->failureReason;
    } else if (state == store::RequestState::Ivr) {
        detail = c.text(QT_TR_NOOP("Answer your phone and listen."));
    } else if (state == store::RequestState::Requested) {
        detail = request->attempts > 0
                     ? c.text(QT_TR_NOOP("Your phone did not answer; we will try again shortly."))
                     : c.text(QT_TR_NOOP("We are about to ring your phone."));
    }
    if (json)
        return HttpReply::json({{QStringLiteral("id"), QString::number(request->id)},
                                {QStringLiteral("state"), store::stateWord(state)},
                                {QStringLiteral("status"), callback::publicStatusKey(status)},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("detail"), detail},
                                {QStringLiteral("finished"), request->isFinished()}});
    PageTemplate::Values values{
        {QStringLiteral("id"), QString::number(request->id)},
        {QStringLiteral("status"), callback::publicStatusKey(status)},
        {QStringLiteral("label"), label},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("numbers"),
         c.text(QT_TR_NOOP("%1 to %2"))
             .arg(request->callbackNumber.toPlus(), request->destination.isEmpty()
                                                        ? c.text(QT_TR_NOOP("the number you key in"))
                                                        : request->destination.toPlus())},
        {QStringLiteral("back"), c.text(QT_TR_NOOP("Back to your account"))}};
    for (const callback::PublicStatus step : Steps) {
        values.insert(QStringLiteral("step_") + callback::publicStatusKey(step), statusLabel(c, step));
        values.insert(QStringLiteral("class_") + callback::publicStatusKey(step), stepClass(step, status));
    }
    return page(c, c.text(QT_TR_NOOP("Your callback")),
                PageTemplate::render(QStringLiteral("request"), values));
}

QString WebPortal::statusLabel(const Context& c, callback::PublicStatus status)
{
    switch (status) {
    case PublicStatus::CallingYou:
        return c.text(QT_TR_NOOP("Calling you"));
    case PublicStatus::CallingDestination:
        return c.text(QT_TR_NOOP("Calling the destination"));
    case PublicStatus::Connected:
        return c.text(QT_TR_NOOP("Connected"));
    case PublicStatus::Finished:
        break;
    }
    return c.text(QT_TR_NOOP("Finished"));
}

HttpReply WebPortal::history(Context& c)
{
    const store::CdrRepository cdrs(m_db, m_clock);
    const auto calls = cdrs.recentCalls(c.account->id, 100);
    const QLocale locale(c.language);
    const QStringList headings{c.text(QT_TR_NOOP("When (UTC)")), c.text(QT_TR_NOOP("Destination")),
                               c.text(QT_TR_NOOP("Talk time")), c.text(QT_TR_NOOP("Result")),
                               c.text(QT_TR_NOOP("Cost"))};
    QString rows;
    for (const store::CallRecord& call : calls) {
        // The number asked for, also when leg A failed and no leg B was dialled.
        QString destination = call.destination.isEmpty() ? QString() : QStringLiteral("+") + call.destination;
        std::int64_t talkMs = 0;
        for (const store::LegRecord& leg : cdrs.legs(call.id))
            if (leg.leg == u'B') {
                destination = QStringLiteral("+") + leg.number;
                talkMs = std::max(talkMs, leg.durationMs);
            }
        const QString when =
            locale.toString(QDateTime::fromMSecsSinceEpoch(call.startedAt, Qt::UTC), QLocale::ShortFormat);
        const QString state = call.state == store::CallState::Completed ? c.text(QT_TR_NOOP("Completed"))
                              : call.state == store::CallState::Open    ? c.text(QT_TR_NOOP("In progress"))
                                                                        : c.text(QT_TR_NOOP("Not connected"));
        const std::int64_t seconds = (talkMs + 999) / 1000;
        const QStringList cells{
            when, destination.isEmpty() ? c.text(QT_TR_NOOP("(none)")) : destination,
            QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')), state,
            money(c, call.sell)};
        rows += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cells.size(); ++i) // data-label: the heading, for narrow screens
            rows += QStringLiteral("<td data-label=\"%1\"%2>%3</td>")
                        .arg(htmlEscape(headings[i]),
                             i == cells.size() - 1 ? QStringLiteral(" class=\"money\"") : QString(),
                             htmlEscape(cells[i]));
        rows += QStringLiteral("</tr>");
    }
    const QString table =
        calls.isEmpty()
            ? QStringLiteral("<p class=\"muted\">%1</p>").arg(htmlEscape(c.text(QT_TR_NOOP("No calls yet."))))
            : QStringLiteral("<table id=\"calls\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                             "<th class=\"money\">%5</th></tr></thead><tbody>%6</tbody></table>")
                  .arg(htmlEscape(headings[0]), htmlEscape(headings[1]), htmlEscape(headings[2]),
                       htmlEscape(headings[3]), htmlEscape(headings[4]), rows);
    return page(c, c.text(QT_TR_NOOP("Your calls")),
                PageTemplate::render(QStringLiteral("history"), {{QStringLiteral("table"), table}}));
}

} // namespace rebound::web
