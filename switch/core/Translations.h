#pragma once

class QTranslator;

namespace rebound::core {

// Loads Rebound's translation for the user's locale into `translator` and
// installs it; falls back to English (which supplies plural forms) when the
// locale has none, e.g. under LANG=C. The translator must outlive the app.
void installTranslations(QTranslator& translator);

} // namespace rebound::core
