#include <QTest>
class TestMediaEngine : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestMediaEngine)
#include "TestMediaEngine.moc"
