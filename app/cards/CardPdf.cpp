#include "cards/CardPdf.h"

#include "cards/CardCsv.h"
#include "core/PrivateFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace rebound::console {

namespace {
constexpr int Columns = 2;
constexpr int Rows = 5;
constexpr double CardWidthMm = 85.0;
constexpr double CardHeightMm = 54.0;

// lupdate files this file's tr("…") under its namespace, so that is where
// the translation is looked up.
QString tr(const char* text)
{
    return QCoreApplication::translate("rebound::console", text);
}
// What every card of a batch shows, and its fonts.
struct CardFace
{
    QString resellerName;
    QString title;
    QString value;
    QString howTo;
    QFont small;
    QFont heading;
    QFont big;
    QFont mono;
};

CardFace cardFace(const QString& resellerName, const QString& title, const QString& value,
                  const QString& howTo)
{
    CardFace face{resellerName, title, value, howTo, QFont(QStringLiteral("DejaVu Sans")), {}, {}, {}};
    face.small.setPointSizeF(7);
    face.heading = face.small;
    face.heading.setPointSizeF(9);
    face.heading.setBold(true);
    face.big = face.small;
    face.big.setPointSizeF(20);
    face.big.setBold(true);
    face.mono = QFont(QStringLiteral("DejaVu Sans Mono"));
    face.mono.setPointSizeF(13);
    face.mono.setBold(true);
    return face;
}

// One card in `box`: its cut line, the reseller, the value, the PIN, the serial and expiry.
void drawCard(QPainter& painter, const QRectF& box, double dotsPerMm, const CardFace& face,
              const cards::GeneratedCard& card, const store::CardBatch& batch)
{
    const auto mm = [dotsPerMm](double v) { return v * dotsPerMm; };
    painter.setPen(QPen(Qt::lightGray, mm(0.2), Qt::DashLine)); // cut line
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    const QRectF inner = box.adjusted(mm(5), mm(4), -mm(5), -mm(4));
    painter.setPen(Qt::black);

    painter.setFont(face.heading);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignTop, face.resellerName);
    painter.setFont(face.small);
    painter.drawText(inner, Qt::AlignRight | Qt::AlignTop, face.title);
    painter.setFont(face.big);
    painter.drawText(inner.adjusted(0, mm(5), 0, 0), Qt::AlignLeft | Qt::AlignTop, face.value);

    painter.setFont(face.small);
    painter.drawText(inner.adjusted(0, mm(18), 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("PIN"));
    painter.setFont(face.mono);
    painter.drawText(inner.adjusted(0, mm(21), 0, 0), Qt::AlignLeft | Qt::AlignTop,
                     cards::CardCsv::groupedPin(card.pin));

    painter.setFont(face.small);
    QString footer = tr("Serial %1").arg(card.serial);
    if (card.expiresAt)
        footer += QStringLiteral("   ") +
                  tr("Valid until %1")
                      .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*card.expiresAt).date(),
                                              QLocale::ShortFormat));
    else if (batch.expiryMode == store::ExpiryMode::AfterFirstUse && batch.expiryDays)
        footer += QStringLiteral("   ") + tr("Valid %1 days after activation").arg(*batch.expiryDays);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignBottom, footer + QLatin1Char('\n') + face.howTo);
}
} // namespace

QString writeCardsPdf(const cards::GeneratedBatch& batch, const QString& path, const QString& resellerName,
                      const QString& instructions)
{
    // The PINs are printed in it: owner-only from the first byte.
    QFile file(path);
    if (const QString error = core::openPrivate(file); !error.isEmpty())
        return tr("Cannot write %1: %2").arg(path, error);
    QPdfWriter writer(&file);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(tr("Cards of batch %1").arg(batch.batch.id));
    writer.setCreator(QStringLiteral("Rebound"));

    QPainter painter;
    if (!painter.begin(&writer))
        return tr("Cannot write %1.").arg(path);
    const double dotsPerMm = writer.resolution() / 25.4;
    const auto mm = [dotsPerMm](double v) { return v * dotsPerMm; };
    const QSizeF page = writer.pageLayout().pageSize().size(QPageSize::Millimeter);
    const double left = (page.width() - Columns * CardWidthMm) / 2;
    const double top = (page.height() - Rows * CardHeightMm) / 2;

    const bool ppcc = batch.batch.kind == store::CardKind::Ppcc;
    const QString title = ppcc ? tr("Prepaid calling card") : tr("Top-up card");
    const QString value = batch.batch.faceValue.format(batch.batch.currency, QLocale());
    const QString howTo = instructions.isEmpty()
                              ? (ppcc ? tr("Activate it on the web portal.")
                                      : tr("Top up on the web portal or by SMS: RECHARGE <PIN>"))
                              : instructions;

    const CardFace face = cardFace(resellerName, title, value, howTo);
    for (qsizetype i = 0; i < batch.cards.size(); ++i) {
        const int onPage = static_cast<int>(i % (Columns * Rows));
        if (i > 0 && onPage == 0)
            writer.newPage();
        const double x = left + (onPage % Columns) * CardWidthMm;
        const double y = top + (onPage / Columns) * CardHeightMm;
        const QRectF box(mm(x), mm(y), mm(CardWidthMm), mm(CardHeightMm));
        drawCard(painter, box, dotsPerMm, face, batch.cards[i], batch.batch);
    }
    if (!painter.end())
        return tr("Cannot finish %1.").arg(path);
    return {};
}

} // namespace rebound::console
