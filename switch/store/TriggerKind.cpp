#include "store/TriggerKind.h"

#include "store/SqlValues.h"

namespace rebound::store {

namespace {
// The words the schema's CHECK on callback_requests.trigger allows.
constexpr StoredWord<TriggerKind> KindWords[] = {
    {TriggerKind::Did, "did"}, {TriggerKind::Lgw, "lgw"}, {TriggerKind::Sms, "sms"},
    {TriggerKind::Web, "web"}, {TriggerKind::Api, "api"}, {TriggerKind::Console, "console"}};
} // namespace

QString toString(TriggerKind kind)
{
    return wordOf(KindWords, kind);
}

std::optional<TriggerKind> triggerKindFromString(const QString& word)
{
    return valueOf(KindWords, word);
}

} // namespace rebound::store
