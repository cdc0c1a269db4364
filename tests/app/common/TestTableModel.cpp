#include "common/PageParts.h"
#include "common/TableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace rebound::console;

namespace {
struct Fruit
{
    std::int64_t id = 0;
    QString name;
    int count = 0;
    qint64 priceCents = 0;
};

// The smallest RowsModel: a member, a figure, a figure with its own sort
// key, and a tooltip of its own.
class FruitModel : public RowsModel<Fruit>
{
public:
    enum Column
    {
        Name,
        Count,
        Price,
        ColumnCount
    };

    FruitModel()
        : RowsModel(ColumnCount, nullptr)
    {
    }
    using RowsModel::setRows;

protected:
    Columns columns() const override
    {
        return {
            {QStringLiteral("Fruit"), &Fruit::name},
            {QStringLiteral("Count"), &Fruit::count, Content::Figure},
            {QStringLiteral("Price"), [](const Fruit& f) { return QStringLiteral("%1 c").arg(f.priceCents); },
             Content::Figure, [](const Fruit& f) { return f.priceCents; }},
        };
    }
    QVariant cell(const Fruit& row, int column, int role) const override
    {
        if (role == Qt::ToolTipRole && column == Name)
            return QStringLiteral("fruit #%1").arg(row.id);
        return RowsModel::cell(row, column, role);
    }
};

QList<Fruit> basket()
{
    return {{1, QStringLiteral("pear"), 3, 10}, {2, QStringLiteral("fig"), 12, 9}};
}
} // namespace

class TestTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theColumnsTitleTheHeader()
    {
        FruitModel model;
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(FruitModel::Name, Qt::Horizontal).toString(), QStringLiteral("Fruit"));
        QCOMPARE(model.headerData(FruitModel::Price, Qt::Horizontal).toString(), QStringLiteral("Price"));
        QVERIFY(!model.headerData(3, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }

    void eachColumnShowsItsCells()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(basket());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, FruitModel::Name)).toString(), QStringLiteral("fig"));
        QCOMPARE(model.data(model.index(1, FruitModel::Count)).toInt(), 12);
        QCOMPARE(model.data(model.index(0, FruitModel::Price)).toString(), QStringLiteral("10 c"));
        // Figures are aligned right, text is left as it is.
        QCOMPARE(model.data(model.index(0, FruitModel::Count), Qt::TextAlignmentRole),
                 QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.data(model.index(0, FruitModel::Name), Qt::TextAlignmentRole).isValid());
        // The override's own role, and nothing for the roles nobody answers.
        QCOMPARE(model.data(model.index(1, FruitModel::Name), Qt::ToolTipRole).toString(),
                 QStringLiteral("fruit #2"));
        QVERIFY(!model.data(model.index(1, FruitModel::Count), Qt::ToolTipRole).isValid());
        QVERIFY(!model.data(model.index(0, FruitModel::Name), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(2, FruitModel::Name)).isValid());
    }

    void aSortKeySortsByValue()
    {
        FruitModel model;
        model.setRows(basket());
        QCOMPARE(model.data(model.index(0, FruitModel::Price), Qt::UserRole).toLongLong(), 10);
        // Without a sort key, a column sorts by its text.
        QCOMPARE(model.data(model.index(0, FruitModel::Name), Qt::UserRole).toString(),
                 QStringLiteral("pear"));

        // "9 c" comes after "10 c" as text, before it as a price.
        QSortFilterProxyModel* proxy = searchableProxy(&model, &model);
        proxy->sort(FruitModel::Price, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, FruitModel::Name).data().toString(), QStringLiteral("fig"));
        proxy->sort(FruitModel::Name, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, FruitModel::Name).data().toString(), QStringLiteral("fig"));
        proxy->sort(FruitModel::Name, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, FruitModel::Name).data().toString(), QStringLiteral("pear"));
    }
};

QTEST_MAIN(TestTableModel)
#include "TestTableModel.moc"
