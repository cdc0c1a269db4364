#include "store/TriggerKind.h"

namespace rebound::store {

namespace {
struct KindWord
{
    TriggerKind kind;
    const char* word;
};
// The words the schema's CHECK on callback_requests.trigger allows.
constexpr KindWord KindWords[] = {{TriggerKind::Did, "did"}, {TriggerKind::Lgw, "lgw"},
                                  {TriggerKind::Sms, "sms"}, {TriggerKind::Web, "web"},
                                  {TriggerKind::Api, "api"}, {TriggerKind::Console, "console"}};
} // namespace

QString toString(TriggerKind kind)
{
    for (const KindWord& k : KindWords)
        if (k.kind == kind)
            return QString::fromLatin1(k.word);
    return {};
}

std::optional<TriggerKind> triggerKindFromString(const QString& word)
{
    for (const KindWord& k : KindWords)
        if (word == QLatin1String(k.word))
            return k.kind;
    return std::nullopt;
}

} // namespace rebound::store
