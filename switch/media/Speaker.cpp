#include "media/Speaker.h"

namespace rebound::media {

std::unique_ptr<Speaker> Speaker::forLanguage(const QString& language)
{
    // New languages register here, each with its own class and prompt folder.
    Q_UNUSED(language);
    return std::make_unique<EnglishSpeaker>();
}

} // namespace rebound::media
