#include "admin/setup/SetupPages.h"
#include "core/CountryDialPlans.h"
#include "store/SettingsRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimeZone>
#include <algorithm>

namespace rebound::console::setup {

BusinessStep::BusinessStep(SetupWizard::State& state)
    : Step(state, QStringLiteral("businessProblems"), tr("Your business"),
           tr("This assistant sets Rebound up for real use. Each page is saved when you press Next; "
              "Cancel leaves the page you are on unsaved."))
{
    m_name = field(new QLineEdit, QStringLiteral("businessName"));
    m_currency = field(new QLineEdit, QStringLiteral("currency"));
    m_currency->setMaximumWidth(80);
    m_country = named(new QComboBox, QStringLiteral("country"));
    fillCountries();
    m_countryCode = field(new QLineEdit, QStringLiteral("countryCode"));
    m_countryCode->setMaximumWidth(80);
    m_international = field(new QLineEdit, QStringLiteral("internationalPrefixes"));
    m_international->setMaximumWidth(120);
    m_national = field(new QLineEdit, QStringLiteral("nationalPrefix"));
    m_national->setMaximumWidth(80);
    m_timeZone = field(new QComboBox, QStringLiteral("timeZone"), "currentText");
    m_timeZone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));

    addRow(tr("Business &name:"), m_name, catalogHelp("reseller.name"));
    addRow(tr("&Home country:"), m_country);
    addRow(tr("Country &code:"), m_countryCode);
    addRow(tr("&International prefix:"), m_international,
           tr("What people there dial before another country's code; several are separated by commas."));
    addRow(tr("N&ational prefix:"), m_national,
           tr("Dialled before a national number, such as 0; empty: none."));
    addRow(tr("C&urrency:"), m_currency, catalogHelp("currency"));
    addRow(tr("Billing &time zone:"), m_timeZone, catalogHelp("billing.timezone"));
    finishLayOut(layOut());
    connect(m_country, &QComboBox::currentIndexChanged, this, &BusinessStep::countryChosen);
}

void BusinessStep::initializePage()
{
    const store::SettingsRepository settings(m_state.db);
    m_name->setText(settings.text(QStringLiteral("reseller.name")));
    m_currency->setText(settings.currency());
    const core::DialPlan plan = settings.dialPlan();
    m_countryCode->setText(plan.countryCode);
    m_international->setText(plan.internationalPrefixes.join(QLatin1Char(',')));
    m_national->setText(plan.nationalPrefix);
    m_timeZone->setCurrentText(QString::fromUtf8(settings.billingTimeZone().id()));
    // A country whose code is the stored one, the machine's own first.
    const QLocale::Territory own = QLocale::system().territory();
    const core::CountryDialPlan* ownPlan = core::findCountryDialPlan(own);
    int index = -1;
    if (ownPlan && QString::fromLatin1(ownPlan->countryCode) == plan.countryCode)
        index = m_country->findData(int(own));
    for (const core::CountryDialPlan& candidate : core::countryDialPlans()) // the table's first
        if (index < 0 && QString::fromLatin1(candidate.countryCode) == plan.countryCode)
            index = m_country->findData(int(candidate.territory));
    const QSignalBlocker blocker(m_country);
    m_country->setCurrentIndex(std::max(0, index));
}

bool BusinessStep::validatePage()
{
    const bool ok =
        applySettings({{QStringLiteral("reseller.name"), m_name->text()},
                       {QStringLiteral("currency"), m_currency->text()},
                       {QStringLiteral("dialplan.country_code"), m_countryCode->text()},
                       {QStringLiteral("dialplan.international_prefixes"), m_international->text()},
                       {QStringLiteral("dialplan.national_prefix"), m_national->text()},
                       {QStringLiteral("billing.timezone"), m_timeZone->currentText()}});
    m_state.settingsSaved = m_state.settingsSaved || ok;
    return ok;
}

void BusinessStep::fillCountries()
{
    m_country->addItem(tr("(another country: type its plan below)"), QVariant());
    QList<const core::CountryDialPlan*> plans;
    for (const core::CountryDialPlan& plan : core::countryDialPlans())
        plans << &plan;
    std::sort(plans.begin(), plans.end(), [](const auto* a, const auto* b) {
        return QLocale::territoryToString(a->territory)
                   .localeAwareCompare(QLocale::territoryToString(b->territory)) < 0;
    });
    for (const core::CountryDialPlan* plan : plans)
        m_country->addItem(
            QStringLiteral("%1 (+%2)")
                .arg(QLocale::territoryToString(plan->territory), QString::fromLatin1(plan->countryCode)),
            int(plan->territory));
}

const core::CountryDialPlan* BusinessStep::countryAt(int index) const
{
    const QVariant data = m_country->itemData(index);
    return data.isValid() ? core::findCountryDialPlan(QLocale::Territory(data.toInt())) : nullptr;
}

void BusinessStep::countryChosen(int index)
{
    const core::CountryDialPlan* plan = countryAt(index);
    if (!plan)
        return;
    const core::DialPlan dialPlan = plan->dialPlan();
    m_countryCode->setText(dialPlan.countryCode);
    m_international->setText(dialPlan.internationalPrefixes.join(QLatin1Char(',')));
    m_national->setText(dialPlan.nationalPrefix);
    const QString currency =
        QLocale(QLocale::AnyLanguage, plan->territory).currencySymbol(QLocale::CurrencyIsoCode);
    if (!currency.isEmpty())
        m_currency->setText(currency);
}

} // namespace rebound::console::setup
