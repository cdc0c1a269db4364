#pragma once

#include "reports/BusinessReports.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace rebound::console {

// Chooses a span of local days in the billing time zone: today, yesterday,
// the last 7 days, this month, the last 30 or 90 days, a custom range, and
// (when allowed) all time. The Calls and Reports pages share it.
class PeriodPicker : public QWidget
{
    Q_OBJECT
public:
    PeriodPicker(const core::Clock& clock, QTimeZone zone, bool allowAllTime, QWidget* parent = nullptr);

    // The chosen days; empty for "All time".
    std::optional<reports::Period> period() const;
    // Sets a preset (by its index in the list) or a custom range.
    void selectPreset(reports::Period::Preset preset);
    void selectDays(QDate first, QDate last);
    void selectAllTime();
    QComboBox* presetBox() const { return m_preset; }

Q_SIGNALS:
    void changed();

private:
    void presetChosen();

    const core::Clock& m_clock;
    QTimeZone m_zone;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    bool m_updating = false;
};

// How the business pages write numbers for people.
namespace format {
QString money(core::Money amount, const QString& currency);
QString percent(double value);
QString minutes(double minutes);
QString seconds(double seconds); // "42 s", "3:05"
// Dates and times the locale's way (QLocale()): "03/12/2026 14:05:09" in
// French, "12/3/26 2:05:09 PM" in American English; ISO 8601 ("2026-12-03
// 14:05:09") under the C locale, which asks for none. Files keep ISO 8601.
QString dateTime(std::int64_t utcMs, const QTimeZone& zone, bool withSeconds = true);
QString time(std::int64_t utcMs, const QTimeZone& zone); // "14:05:09"
// A date edit's display format: the locale's short date with a four-digit year.
QString dateEditFormat();
// A language by its own name, whatever the console speaks: "Español" for es,
// "Deutsch" for de (core::Languages::nativeName for the ones Rebound speaks).
QString languageName(const QString& code);
} // namespace format

} // namespace rebound::console
