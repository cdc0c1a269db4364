#include "cards/CardDialogs.h"

#include "cards/CardCsv.h"
#include "cards/CardPdf.h"
#include "cards/Pin.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/PeriodPicker.h"
#include "core/PrivateFile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rebound::console {

namespace {
const char* const Languages[] = {"en", "es", "fr", "de", "pt", "it", "ar", "zh", "hi", "ru", "tl", "vi"};
} // namespace

GenerateCardsDialog::GenerateCardsDialog(const cards::CardService& service, const QStringList& sellPlans,
                                         const QString& currency, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Generate cards"));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    createFields(form, sellPlans, currency);

    m_generalError = console::errorLabel(QStringLiteral("generalError"));
    layout->addWidget(m_generalError);
    layout->addWidget(okCancelButtons(this, tr("Generate")));

    connect(m_kind, &QComboBox::currentIndexChanged, this, &GenerateCardsDialog::updateEnabled);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &GenerateCardsDialog::updateEnabled);
    updateEnabled();
}

void GenerateCardsDialog::addRow(QFormLayout* form, const QString& label, QWidget* widget,
                                 const QString& field)
{
    addFieldRow(form, label, widget, field, nullptr, errorLabel(field));
}

// The batch's fields, each with its error label.
void GenerateCardsDialog::createFields(QFormLayout* form, const QStringList& sellPlans,
                                       const QString& currency)
{
    m_kind = new QComboBox;
    m_kind->addItem(tr("Charge-up cards (top up an existing account)"), QStringLiteral("charge"));
    m_kind->addItem(tr("Prepaid calling cards (each opens a new account)"), QStringLiteral("ppcc"));
    addRow(form, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    m_count = new QSpinBox;
    m_count->setRange(1, 1'000'000);
    m_count->setValue(100);
    m_count->setGroupSeparatorShown(true);
    addRow(form, tr("&Number of cards:"), m_count, QStringLiteral("count"));
    m_value = new QLineEdit(QLocale().toString(10.0, 'f', 2));
    addRow(form, tr("Face &value:"), m_value, QStringLiteral("value"));
    m_currency = new QLineEdit(currency);
    m_currency->setMaxLength(3);
    addRow(form, tr("C&urrency:"), m_currency, QStringLiteral("currency"));
    m_plan = new QComboBox;
    m_plan->addItems(sellPlans);
    addRow(form, tr("Sell &plan:"), m_plan, QStringLiteral("plan"));
    m_language = new QComboBox;
    for (const char* code : Languages) {
        const QString c = QString::fromLatin1(code);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(format::languageName(c), c), c);
    }
    addRow(form, tr("&Language:"), m_language, QStringLiteral("language"));
    m_pinLength = new QSpinBox;
    m_pinLength->setRange(cards::Pin::MinLength, cards::Pin::MaxLength);
    m_pinLength->setValue(cards::Pin::DefaultLength);
    addRow(form, tr("PIN &digits:"), m_pinLength, QStringLiteral("pin-length"));
    m_serialPrefix = new QLineEdit;
    m_serialPrefix->setPlaceholderText(tr("optional, e.g. TOP"));
    addRow(form, tr("Serial p&refix:"), m_serialPrefix, QStringLiteral("serial-prefix"));
    m_serialStart = new QSpinBox;
    m_serialStart->setRange(0, 999'999'999);
    m_serialStart->setSpecialValueText(tr("after the last batch"));
    addRow(form, tr("First &serial:"), m_serialStart, QStringLiteral("serial-start"));
    m_expiry = new QComboBox;
    m_expiry->addItem(tr("Never"), QStringLiteral("none"));
    m_expiry->addItem(tr("On a date"), QStringLiteral("fixed"));
    m_expiry->addItem(tr("Days after creation"), QStringLiteral("after_creation"));
    m_expiry->addItem(tr("Days after activation (calling cards)"), QStringLiteral("after_first_use"));
    addRow(form, tr("&Expiry:"), m_expiry, QStringLiteral("expiry"));
    m_expiryDate = new QDateEdit(QDate::currentDate().addYears(1));
    m_expiryDate->setObjectName(QStringLiteral("expiry-date"));
    m_expiryDate->setCalendarPopup(true);
    form->addRow(tr("Expiry date:"), m_expiryDate);
    m_expiryDays = new QSpinBox;
    m_expiryDays->setObjectName(QStringLiteral("expiry-days"));
    m_expiryDays->setRange(1, 3650);
    m_expiryDays->setValue(180);
    form->addRow(tr("Expiry days:"), m_expiryDays);
    m_name = new QLineEdit;
    addRow(form, tr("Batch &name:"), m_name, QStringLiteral("name"));
}

QLabel* GenerateCardsDialog::errorLabel(const QString& field)
{
    QLabel* label = console::errorLabel(field + QStringLiteral("Error"));
    m_errors.insert(field, label);
    return label;
}

void GenerateCardsDialog::updateEnabled()
{
    const bool ppcc = m_kind->currentData() == QStringLiteral("ppcc");
    m_plan->setEnabled(ppcc);
    m_language->setEnabled(ppcc);
    const QString expiry = m_expiry->currentData().toString();
    m_expiryDate->setEnabled(expiry == QLatin1String("fixed"));
    m_expiryDays->setEnabled(expiry == QLatin1String("after_creation") ||
                             expiry == QLatin1String("after_first_use"));
}

cards::BatchSpec GenerateCardsDialog::spec() const
{
    cards::BatchSpec spec;
    spec.kind =
        m_kind->currentData() == QStringLiteral("ppcc") ? store::CardKind::Ppcc : store::CardKind::ChargeUp;
    spec.count = m_count->value();
    spec.faceValue = core::Money::parse(m_value->text(), QLocale()).value.value_or(core::Money());
    spec.currency = m_currency->text().trimmed().toUpper();
    if (spec.kind == store::CardKind::Ppcc) {
        spec.sellPlan = m_plan->currentText();
        spec.language = m_language->currentData().toString();
    }
    spec.pinLength = m_pinLength->value();
    spec.serialPrefix = m_serialPrefix->text().trimmed();
    spec.serialStart = m_serialStart->value();
    spec.expiryMode =
        store::expiryModeFromString(m_expiry->currentData().toString()).value_or(store::ExpiryMode::None);
    if (spec.expiryMode == store::ExpiryMode::Fixed)
        // Valid through the chosen day, in the reseller's time.
        spec.expiresAt = QDateTime(m_expiryDate->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    else if (spec.expiryMode != store::ExpiryMode::None)
        spec.expiryDays = m_expiryDays->value();
    spec.name = m_name->text().trimmed();
    return spec;
}

void GenerateCardsDialog::accept()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
    m_generalError->hide();
    QList<accounts::FieldError> errors = m_service.validate(spec());
    if (!core::Money::parse(m_value->text(), QLocale()).value)
        errors.prepend({QStringLiteral("value"), core::Money::parse(m_value->text(), QLocale()).error});
    if (errors.isEmpty()) {
        QDialog::accept();
        return;
    }
    for (const accounts::FieldError& e : errors) {
        QLabel* label = m_errors.value(e.field, m_generalError);
        label->setText(e.message);
        label->show();
    }
    adjustSize();
}

GeneratedBatchDialog::GeneratedBatchDialog(cards::GeneratedBatch batch, QString resellerName, QWidget* parent)
    : SecretDialog(tr("PINs not saved"),
                   tr("The PINs have not been saved. Without them the cards cannot be used; void the "
                      "batch if you close now. Close anyway?"),
                   parent)
    , m_batch(std::move(batch))
    , m_resellerName(std::move(resellerName))
{
    setWindowTitle(tr("Cards generated"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    const auto& b = m_batch.batch;
    auto* summary =
        new QLabel(tr("<h3>Batch %1: %2 cards</h3><p>Serials %3 to %4, %5 each.</p>"
                      "<p><b>The PINs are shown only now.</b> Save them for printing; they are not "
                      "stored anywhere and cannot be recovered later.</p>")
                       .arg(b.id)
                       .arg(QLocale().toString(m_batch.cards.size()))
                       .arg(m_batch.cards.first().serial, m_batch.cards.last().serial,
                            b.faceValue.format(b.currency, QLocale())));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox;
    auto* csv = buttons->addButton(tr("Save &CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("saveCsv"));
    auto* pdf = buttons->addButton(tr("Save &PDF for printing…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdf"));
    auto* done = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("done"));
    connect(csv, &QPushButton::clicked, this, &GeneratedBatchDialog::saveCsv);
    connect(pdf, &QPushButton::clicked, this, &GeneratedBatchDialog::savePdf);
    connect(buttons, &QDialogButtonBox::accepted, this, &GeneratedBatchDialog::accept);
    layout->addWidget(buttons);
}

void GeneratedBatchDialog::saveCsv()
{
    const QString path = dialogs::saveFileName(this, tr("Save card PINs"),
                                               QStringLiteral("cards-batch-%1.csv").arg(m_batch.batch.id),
                                               tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray csv = cards::CardCsv::withPins(m_batch);
    if (const QString error = core::writePrivateFile(path, csv); !error.isEmpty()) {
        dialogs::showError(this, tr("Save card PINs"), tr("Cannot write %1: %2").arg(path, error));
        return;
    }
    m_savedCsv = true;
    m_status->setText(m_status->text() + tr("Saved CSV to %1.").arg(path) + QLatin1Char('\n'));
}

void GeneratedBatchDialog::savePdf()
{
    const QString path = dialogs::saveFileName(this, tr("Save cards for printing"),
                                               QStringLiteral("cards-batch-%1.pdf").arg(m_batch.batch.id),
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = writeCardsPdf(m_batch, path, m_resellerName); !error.isEmpty()) {
        dialogs::showError(this, tr("Save cards for printing"), error);
        return;
    }
    m_savedPdf = true;
    m_status->setText(m_status->text() + tr("Saved PDF to %1.").arg(path) + QLatin1Char('\n'));
}

} // namespace rebound::console
