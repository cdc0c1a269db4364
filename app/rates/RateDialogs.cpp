#include "rates/RateDialogs.h"

#include "common/FormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebound::console {

ImportRatesDialog::ImportRatesDialog(const QList<store::RateTable>& tables, const QString& preselected,
                                     const QString& fileName, const QString& defaultCurrency, QWidget* parent)
    : QDialog(parent)
    , m_tables(tables)
{
    setWindowTitle(tr("Import rates"));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(new QLabel(tr("Import <b>%1</b> into:").arg(fileName.toHtmlEscaped())));
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_table = new QComboBox;
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setEditable(true);
    m_table->setInsertPolicy(QComboBox::NoInsert);
    for (const store::RateTable& t : tables)
        m_table->addItem(t.name);
    m_table->setCurrentText(preselected);
    form->addRow(tr("&Table:"), m_table);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Sell plan (what subscribers pay)"), QStringLiteral("sell"));
    m_kind->addItem(tr("Buy table (what a gateway charges)"), QStringLiteral("buy"));
    form->addRow(tr("&Kind:"), m_kind);
    m_currency = new QLineEdit(defaultCurrency);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(3);
    form->addRow(tr("&Currency:"), m_currency);

    m_note = new QLabel;
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_error = errorLabel(QStringLiteral("error"));
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this, tr("Import")));
    connect(m_table, &QComboBox::currentTextChanged, this, &ImportRatesDialog::updateForName);
    updateForName();
}

void ImportRatesDialog::updateForName()
{
    const QString name = m_table->currentText().trimmed();
    const auto it = std::find_if(m_tables.cbegin(), m_tables.cend(),
                                 [&](const store::RateTable& t) { return t.name == name; });
    const bool existing = it != m_tables.cend();
    m_kind->setEnabled(!existing);
    m_currency->setEnabled(!existing);
    if (existing) {
        m_kind->setCurrentIndex(m_kind->findData(store::toString(it->kind)));
        m_currency->setText(it->currency);
        m_note->setText(tr("The %n rate(s) now in this table will be replaced. If any line of the file is "
                           "wrong, nothing changes.",
                           nullptr, it->rateCount));
    } else {
        m_note->setText(name.isEmpty() ? QString() : tr("A new table will be created."));
    }
}

QString ImportRatesDialog::tableName() const
{
    return m_table->currentText().trimmed();
}

std::optional<store::RateTableKind> ImportRatesDialog::kind() const
{
    if (!m_kind->isEnabled())
        return std::nullopt;
    return store::rateTableKindFromString(m_kind->currentData().toString());
}

QString ImportRatesDialog::currency() const
{
    return m_currency->text().trimmed().toUpper();
}

void ImportRatesDialog::accept()
{
    QString error;
    if (tableName().isEmpty())
        error = tr("Choose a table or type the name of a new one.");
    else if (m_currency->isEnabled() && (currency().size() != 3 || !currency().front().isLetter()))
        error = tr("The currency is a three-letter ISO code such as USD or EUR.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

MarkupDialog::MarkupDialog(const QList<store::RateTable>& tables, const QString& preselectedBuy,
                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Markup tool"));
    setMinimumWidth(440);
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto* intro = new QLabel(tr("Build a sell plan from a buy table: cost plus a percentage and/or a fixed "
                                "amount per minute, rounded up, never below cost."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_from = new QComboBox;
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QComboBox;
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setEditable(true);
    m_to->setInsertPolicy(QComboBox::NoInsert);
    for (const store::RateTable& t : tables) {
        if (t.kind == store::RateTableKind::Buy) {
            m_buyTables.append(t);
            m_from->addItem(t.name, qlonglong(t.id));
        } else {
            m_to->addItem(t.name);
        }
    }
    if (const int i = m_from->findText(preselectedBuy); i >= 0)
        m_from->setCurrentIndex(i);
    m_to->setCurrentText(QString());
    form->addRow(tr("From &buy table:"), m_from);
    form->addRow(tr("To &sell plan:"), m_to);

    const auto edit = [&](const QString& name, const QString& text) {
        auto* e = new QLineEdit(text);
        e->setObjectName(name);
        return e;
    };
    m_percent = edit(QStringLiteral("percent"), QStringLiteral("50"));
    form->addRow(tr("Margin (&%):"), m_percent);
    m_fixed = edit(QStringLiteral("fixed"), QStringLiteral("0"));
    form->addRow(tr("Plus per &minute:"), m_fixed);
    m_step = edit(QStringLiteral("step"), QStringLiteral("0.001"));
    form->addRow(tr("&Round up to:"), m_step);
    m_increments = edit(QStringLiteral("increments"), QString());
    m_increments->setPlaceholderText(tr("keep the carrier's, or e.g. 30/6"));
    form->addRow(tr("Sell &increments:"), m_increments);
    m_connectFee = new QCheckBox(tr("Mark up connect fees too"));
    m_connectFee->setChecked(true);
    form->addRow(QString(), m_connectFee);

    m_error = errorLabel(QStringLiteral("error"));
    layout->addWidget(m_error);
    layout->addWidget(okCancelButtons(this, tr("Build sell plan")));
}

std::int64_t MarkupDialog::fromTableId() const
{
    return m_from->currentData().toLongLong();
}

QString MarkupDialog::toName() const
{
    return m_to->currentText().trimmed();
}

billing::MarkupRule MarkupDialog::rule() const
{
    return m_rule;
}

std::optional<billing::MarkupRule> MarkupDialog::parseRule(QString* error) const
{
    billing::MarkupRule rule;
    const QLocale locale;
    const auto percent = core::Money::parse(m_percent->text(), locale);
    if (!percent.value) {
        *error = tr("Margin: %1").arg(percent.error);
        return std::nullopt;
    }
    rule.percentBasisPoints = percent.value->micros() / 10'000; // 1 % = 100 basis points
    const auto fixed = core::Money::parse(m_fixed->text(), locale);
    if (!fixed.value || fixed.value->isNegative()) {
        *error = tr("Plus per minute: %1").arg(fixed.value ? tr("must not be negative.") : fixed.error);
        return std::nullopt;
    }
    rule.fixedPerMinute = *fixed.value;
    const auto step = core::Money::parse(m_step->text(), locale);
    if (!step.value || step.value->isNegative()) {
        *error = tr("Round up to: %1").arg(step.value ? tr("must not be negative.") : step.error);
        return std::nullopt;
    }
    rule.roundUpTo = *step.value;
    const QString increments = m_increments->text().trimmed();
    if (!increments.isEmpty()) {
        const QStringList parts = increments.split(QLatin1Char('/'));
        bool ok1 = false;
        bool ok2 = false;
        const int first = parts.value(0).toInt(&ok1);
        const int next = parts.value(1).toInt(&ok2);
        if (parts.size() != 2 || !ok1 || !ok2 || first < 1 || next < 1 || first > 3600 || next > 3600) {
            *error = tr("Sell increments look like 30/6: first and next, in seconds from 1 to 3600.");
            return std::nullopt;
        }
        rule.firstIncrement = first;
        rule.nextIncrement = next;
    }
    rule.markUpConnectFee = m_connectFee->isChecked();
    return rule;
}

void MarkupDialog::accept()
{
    QString error;
    std::optional<billing::MarkupRule> rule;
    if (m_from->count() == 0)
        error = tr("There is no buy table to start from; import one first.");
    else if (toName().isEmpty())
        error = tr("Choose the sell plan to write, or type the name of a new one.");
    else if (std::any_of(m_buyTables.cbegin(), m_buyTables.cend(),
                         [&](const store::RateTable& t) { return t.name == toName(); }))
        error = tr("%1 is a buy table; the markup tool writes sell plans.").arg(toName());
    else
        rule = parseRule(&error);
    if (!rule) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_rule = *rule;
    QDialog::accept();
}

} // namespace rebound::console
