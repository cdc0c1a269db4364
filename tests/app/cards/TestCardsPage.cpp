#include "cards/CardDialogs.h"
#include "cards/CardModels.h"
#include "cards/CardsPage.h"
#include "common/Dialogs.h"
#include "store/AccountRepository.h"
#include "store/CardRepository.h"
#include "support/ConsoleFixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace rebound;
using rebound::test::child;
namespace dialogs = rebound::console::dialogs;

namespace {
QString runTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30'000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestCardsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::ConsoleFixture> m_t;

    // Fills the generate dialog, then saves CSV and PDF in the next one.
    void answerGeneration(int count, const QString& kind, bool save)
    {
        dialogs::setExecHook([=, this](QDialog& d) {
            if (qobject_cast<console::GenerateCardsDialog*>(&d)) {
                auto* kindBox = child<QComboBox>(d, QStringLiteral("kind"));
                kindBox->setCurrentIndex(kindBox->findData(kind));
                child<QSpinBox>(d, QStringLiteral("count"))->setValue(count);
                child<QLineEdit>(d, QStringLiteral("value"))->setText(QStringLiteral("abc"));
                d.accept(); // refused: the value is not an amount
                if (!child<QLabel>(d, QStringLiteral("valueError"))->isVisible())
                    return int(QDialog::Rejected);
                child<QLineEdit>(d, QStringLiteral("value"))->setText(QStringLiteral("5.00"));
                child<QLineEdit>(d, QStringLiteral("serial-prefix"))->setText(QStringLiteral("G"));
                d.accept();
                return d.result();
            }
            if (save) {
                child<QPushButton>(d, QStringLiteral("saveCsv"))->click();
                child<QPushButton>(d, QStringLiteral("savePdf"))->click();
            }
            d.accept();
            return d.result();
        });
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<test::ConsoleFixture>();
        dialogs::setFileHook([this](const QString& caption) {
            return m_t->dir.filePath(
                caption.contains(QStringLiteral("printing"))    ? QStringLiteral("cards.pdf")
                : caption.contains(QStringLiteral("inventory")) ? QStringLiteral("inventory.csv")
                                                                : QStringLiteral("pins.csv"));
        });
    }
    void cleanup() { m_t.reset(); }

    void generateConfirmsAndSavesCsvAndPdf()
    {
        console::CardsPage page(*m_t->db, m_t->clock);
        QAbstractItemModelTester batches(page.batchesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester cardsTester(page.cardsModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        answerGeneration(23, QStringLiteral("charge"), true);
        page.generateAction()->trigger();
        QVERIFY2(m_t->confirmText.contains(QStringLiteral("23")), qPrintable(m_t->confirmText));
        QVERIFY(m_t->confirmText.contains(QStringLiteral("$115.00"))); // 23 x 5.00
        QCOMPARE(page.batchesModel()->rowCount(), 1);
        QCOMPARE(page.cardsModel()->rowCount(), 23);

        QFile csv(m_t->dir.filePath(QStringLiteral("pins.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 24);
        const QStringList first = lines[1].split(QLatin1Char(','));
        QCOMPARE(first[0], QStringLiteral("G000001"));

        QFile pdf(m_t->dir.filePath(QStringLiteral("cards.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdfinfo.isEmpty() || pdftotext.isEmpty())
            QSKIP("poppler-utils is not installed (packaging/install-deps.sh installs it)");
        QVERIFY(runTool(pdfinfo, {pdf.fileName()})
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\b"))));
        const QString text =
            runTool(pdftotext, {QStringLiteral("-layout"), pdf.fileName(), QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("G000023")), qPrintable(text.left(500)));
        const QString pin = first[1];
        const QString grouped =
            pin.left(4) + QLatin1Char(' ') + pin.mid(4, 4) + QLatin1Char(' ') + pin.mid(8);
        QVERIFY2(text.contains(grouped), qPrintable(grouped));
        QVERIFY(text.contains(QStringLiteral("$5.00")));
    }

    void closingWithoutSavingAsks()
    {
        console::CardsPage page(*m_t->db, m_t->clock);
        answerGeneration(2, QStringLiteral("charge"), false);
        page.generateAction()->trigger();
        QVERIFY2(m_t->confirmText.contains(QStringLiteral("not been saved")), qPrintable(m_t->confirmText));
    }

    void ppccNeedsAPlanAndFiltersWork()
    {
        console::CardsPage page(*m_t->db, m_t->clock);
        answerGeneration(4, QStringLiteral("ppcc"), false);
        page.generateAction()->trigger();
        const auto batches = store::CardRepository(*m_t->db).batches();
        QCOMPARE(batches.size(), 1);
        QVERIFY(batches.first().kind == store::CardKind::Ppcc);
        QVERIFY(batches.first().sellPlanId.has_value()); // the demo plan was preselected

        // Void one card, then filter.
        child<QTableView>(page, QStringLiteral("cards"))->selectRow(1);
        child<QAction>(page, QStringLiteral("voidCard"))->trigger();
        QVERIFY(m_t->confirmText.contains(QStringLiteral("G")));
        auto* statusBox = child<QComboBox>(page, QStringLiteral("statusFilter"));
        auto* voidBatchAction = child<QAction>(page, QStringLiteral("voidBatch"));
        statusBox->setCurrentIndex(statusBox->findData(QStringLiteral("void")));
        QCOMPARE(page.cardsModel()->rowCount(), 1);
        statusBox->setCurrentIndex(statusBox->findData(QStringLiteral("new")));
        QCOMPARE(page.cardsModel()->rowCount(), 3);

        voidBatchAction->trigger();
        QCOMPARE(page.cardsModel()->rowCount(), 0);
        QVERIFY(!voidBatchAction->isEnabled());
    }

    void inventoryExportHasNoPins()
    {
        console::CardsPage page(*m_t->db, m_t->clock);
        answerGeneration(3, QStringLiteral("charge"), true);
        page.generateAction()->trigger();
        child<QAction>(page, QStringLiteral("exportInventory"))->trigger();
        QVERIFY2(m_t->message.contains(QStringLiteral("PINs are never stored")), qPrintable(m_t->message));
        QFile pins(m_t->dir.filePath(QStringLiteral("pins.csv")));
        QFile inventory(m_t->dir.filePath(QStringLiteral("inventory.csv")));
        QVERIFY(pins.open(QIODevice::ReadOnly) && inventory.open(QIODevice::ReadOnly));
        const QByteArray exported = inventory.readAll();
        for (const QByteArray& line : pins.readAll().split('\n').mid(1))
            if (!line.isEmpty())
                QVERIFY(!exported.contains(line.split(',')[1]));
        QVERIFY(exported.contains("G000001,new,5.00,USD"));
    }
};

QTEST_MAIN(TestCardsPage)
#include "TestCardsPage.moc"
