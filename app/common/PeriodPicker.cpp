#include "common/PeriodPicker.h"

#include "core/Languages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace rebound::console {

namespace {
constexpr int Custom = -1;
constexpr int AllTime = -2;
const reports::Period::Preset Presets[] = {
    reports::Period::Preset::Today,      reports::Period::Preset::Yesterday,
    reports::Period::Preset::Last7Days,  reports::Period::Preset::ThisMonth,
    reports::Period::Preset::Last30Days, reports::Period::Preset::Last90Days,
};
} // namespace

PeriodPicker::PeriodPicker(const core::Clock& clock, QTimeZone zone, bool allowAllTime, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_zone(std::move(zone))
{
    setObjectName(QStringLiteral("periodPicker"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("period"));
    for (const reports::Period::Preset p : Presets)
        m_preset->addItem(reports::Period::presetName(p), int(p));
    if (allowAllTime)
        m_preset->addItem(tr("All time"), AllTime);
    m_preset->addItem(tr("Custom…"), Custom);
    m_from = new QDateEdit;
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit;
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format::dateEditFormat());
    }
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(m_to);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodPicker::presetChosen);
    const auto edited = [this] {
        if (m_updating)
            return;
        m_updating = true;
        m_preset->setCurrentIndex(m_preset->findData(Custom));
        if (m_to->date() < m_from->date())
            m_to->setDate(m_from->date());
        m_updating = false;
        Q_EMIT changed();
    };
    connect(m_from, &QDateEdit::dateChanged, this, edited);
    connect(m_to, &QDateEdit::dateChanged, this, edited);
    selectPreset(reports::Period::Preset::Last7Days);
}

std::optional<reports::Period> PeriodPicker::period() const
{
    if (m_preset->currentData().toInt() == AllTime)
        return std::nullopt;
    return reports::Period::days(m_from->date(), m_to->date(), m_zone);
}

void PeriodPicker::selectPreset(reports::Period::Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    presetChosen();
}

void PeriodPicker::selectDays(QDate first, QDate last)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(Custom));
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    Q_EMIT changed();
}

void PeriodPicker::selectAllTime()
{
    const int index = m_preset->findData(AllTime);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

void PeriodPicker::presetChosen()
{
    if (m_updating)
        return;
    const int data = m_preset->currentData().toInt();
    const bool dated = data != AllTime;
    m_from->setEnabled(dated);
    m_to->setEnabled(dated);
    if (data >= 0) {
        const reports::Period p =
            reports::Period::preset(reports::Period::Preset(data), m_clock.nowMs(), m_zone);
        m_updating = true;
        m_from->setDate(p.firstDay);
        m_to->setDate(p.lastDay);
        m_updating = false;
    }
    Q_EMIT changed();
}

namespace format {
QString money(core::Money amount, const QString& currency)
{
    return amount.format(currency, QLocale());
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

QString minutes(double minutes)
{
    return QLocale().toString(minutes, 'f', minutes < 100 ? 1 : 0);
}

QString seconds(double seconds)
{
    const qint64 whole = qint64(seconds + 0.5);
    if (whole < 60)
        return QCoreApplication::translate("Format", "%1 s").arg(whole);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

namespace {
bool isC(const QLocale& locale)
{
    return locale.language() == QLocale::C;
}

// The locale's short time with or without seconds ("HH:mm:ss", "h:mm:ss AP").
QString timeFormat(const QLocale& locale, bool withSeconds)
{
    if (isC(locale))
        return withSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    QString shortTime = locale.timeFormat(QLocale::ShortFormat);
    if (withSeconds && !shortTime.contains(QLatin1String("ss")))
        shortTime.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return shortTime;
}
} // namespace

QString dateTime(std::int64_t utcMs, const QTimeZone& zone, bool withSeconds)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs, zone),
                           dateEditFormat() + QLatin1Char(' ') + timeFormat(locale, withSeconds));
}

QString time(std::int64_t utcMs, const QTimeZone& zone)
{
    const QLocale locale;
    return locale.toString(QDateTime::fromMSecsSinceEpoch(utcMs, zone).time(), timeFormat(locale, true));
}

QString languageName(const QString& code)
{
    if (core::Languages::match(code) == code)
        return core::Languages::nativeName(code);
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty() || QLocale(code).language() == QLocale::C)
        return code;
    name[0] = name[0].toUpper();
    return name;
}

QString dateEditFormat()
{
    const QLocale locale;
    if (isC(locale))
        return QStringLiteral("yyyy-MM-dd");
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return date;
}
} // namespace format

} // namespace rebound::console
