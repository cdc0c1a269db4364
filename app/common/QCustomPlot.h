#pragma once

// QCustomPlot's header uses Qt's keyword macros, which this project turns
// off (QT_NO_KEYWORDS); they are defined just for it.
#ifndef signals
#define REBOUND_DEFINED_KEYWORDS
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#endif
#include <qcustomplot.h>
#ifdef REBOUND_DEFINED_KEYWORDS
#undef signals
#undef slots
#undef emit
#undef foreach
#undef REBOUND_DEFINED_KEYWORDS
#endif
