#include "admin/setup/SetupPages.h"
#include "billing/RateService.h"
#include "common/ConsoleActor.h"
#include "common/Dialogs.h"
#include "store/Database.h"
#include "store/GatewayRepository.h"
#include "store/RateRepository.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace rebound::console::setup {

RatesStep::RatesStep(SetupWizard::State& state)
    : Step(state, QStringLiteral("ratesProblems"), tr("Buy sheet and sell plan"),
           tr("Import the carrier's rate sheet as its buy table; your sell plan is made from it "
              "with a markup."))
{
    addSkip(tr("Skip: import rates later on the Rates page"), QStringLiteral("skipRates"));
    m_file = field(new QLineEdit, QStringLiteral("buySheet"));
    m_file->setPlaceholderText(tr("the carrier's CSV rate sheet"));
    auto* browse = named(new QPushButton(tr("&Browse…")), QStringLiteral("browseBuySheet"));
    m_buyName = field(new QLineEdit, QStringLiteral("buyTableName"));
    m_sellName = field(new QLineEdit(tr("Retail")), QStringLiteral("sellPlanName"));
    m_percent = field(new QDoubleSpinBox, QStringLiteral("markupPercent"), "value");
    m_percent->setRange(0, 1000);
    m_percent->setDecimals(2);
    m_percent->setValue(40);
    m_percent->setSuffix(tr(" %"));
    m_lines = named(new QPlainTextEdit, QStringLiteral("ratesLineErrors"));
    m_lines->setReadOnly(true);
    m_lines->setMaximumHeight(110);
    m_lines->hide();

    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileBox = new QWidget;
    fileBox->setLayout(fileRow);
    addRow(tr("Rate &sheet:"), fileBox,
           tr("Comma, semicolon or tab separated, as carriers send them. A sheet with a bad line imports "
              "nothing."));
    addRow(tr("&Buy table:"), m_buyName);
    addRow(tr("Se&ll plan:"), m_sellName);
    addRow(tr("&Markup:"), m_percent,
           tr("Added to every buy rate; sell rates are rounded up to 0.001 and never below cost."));
    finishLayOut(layOut(), {m_lines});
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::openFileName(this, tr("Carrier rate sheet"),
                                                   tr("Rate sheets (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    skipTurnsOff({fileBox, m_buyName, m_sellName, m_percent});
}

void RatesStep::initializePage()
{
    if (!m_buyName->text().isEmpty())
        return;
    const auto g = store::GatewayRepository(m_state.db, m_state.clock).findGateway(m_state.gatewayId);
    m_buyName->setText(g ? g->name : tr("Carrier"));
}

bool RatesStep::validatePage()
{
    m_lines->hide();
    if (skipped())
        return true;
    const QString path = m_file->text().trimmed();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        showProblems({path.isEmpty() ? tr("Choose the carrier's rate sheet, or skip this page.")
                                     : tr("Cannot read %1: %2").arg(path, file.errorString())});
        return false;
    }
    return replaceConfirmed() && importAndMarkUp(file.readAll(), QFileInfo(file).fileName());
}

bool RatesStep::replaceConfirmed()
{
    QStringList existing;
    for (const QString& name : {m_buyName->text().trimmed(), m_sellName->text().trimmed()})
        if (store::RateRepository(m_state.db, m_state.clock).findTableByName(name))
            existing << name;
    if (existing.isEmpty() ||
        dialogs::confirm(this, tr("Replace rate tables?"),
                         tr("There are already rate tables called %1. Their rates are replaced by this sheet "
                            "and the markup; subscribers on them are billed by the new rates at once.")
                             .arg(existing.join(QStringLiteral(", ")))))
        return true;
    showProblems({tr("Give new names to keep the rate tables there are.")});
    return false;
}

bool RatesStep::importAndMarkUp(const QByteArray& sheet, const QString& fileName)
{
    return trySave([&] {
        store::Database::Transaction transaction(m_state.db);
        billing::RateService rates(m_state.db, m_state.clock);
        const auto imported =
            rates.importCsv(m_buyName->text(), store::RateTableKind::Buy, QString(), sheet, ConsoleActor);
        if (!imported.ok()) {
            showLineErrors(fileName, imported.errors);
            return false;
        }
        store::GatewayRepository gateways(m_state.db, m_state.clock);
        if (auto g = gateways.findGateway(m_state.gatewayId); g && g->buyTableId != imported.tableId) {
            network::GatewayInput input = network::GatewayInput::from(*g);
            input.buyTableId = imported.tableId;
            network::GatewayService(m_state.db, m_state.clock).update(g->id, input, ConsoleActor);
        }
        billing::MarkupRule rule;
        rule.percentBasisPoints = qRound64(m_percent->value() * 100); // 1 % = 100 basis points
        rates.markup(imported.tableId, m_sellName->text(), rule, ConsoleActor);
        transaction.commit();
        return true;
    });
}

void RatesStep::showLineErrors(const QString& fileName, const QList<core::CsvIssue>& issues)
{
    showProblems({tr("Problems found in %1: %2; nothing was imported. Fix the file and try again.")
                      .arg(fileName)
                      .arg(issues.size())});
    QStringList lines;
    for (const core::CsvIssue& issue : issues)
        lines << issue.message;
    m_lines->setPlainText(lines.join(QLatin1Char('\n')));
    m_lines->show();
}

} // namespace rebound::console::setup
