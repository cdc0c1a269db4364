#include "core/Csv.h"

#include <QTest>

using namespace rebound::core;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreQuotedAndDefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("Amira") << QStringLiteral("Amira");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("padded") << QStringLiteral(" a ") << QStringLiteral("\" a \"");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
        QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("minus word") << QStringLiteral("-x") << QStringLiteral("'-x");
        QTest::newRow("plus number") << QStringLiteral("+447700900123") << QStringLiteral("+447700900123");
        QTest::newRow("negative amount") << QStringLiteral("-0.50") << QStringLiteral("-0.50");
        QTest::newRow("tab first") << QStringLiteral("\tx") << QStringLiteral("\"'\tx\"");
        QTest::newRow("defused already") << QStringLiteral("'=x") << QStringLiteral("''=x");
        QTest::newRow("apostrophe") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
        QTest::newRow("apostrophe number") << QStringLiteral("'+12") << QStringLiteral("'+12");
        QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
    }
    void fieldsAreQuotedAndDefused()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(csv::field(value), cell);
        // Read back, the cell is the value again.
        const csv::Split split = csv::split(QStringLiteral("x,") + cell + QStringLiteral(",y"));
        QCOMPARE(split.records.size(), 1);
        QCOMPARE(split.records.first().fields.size(), 3);
        QCOMPARE(csv::unguarded(split.records.first().fields.at(1)), value);
    }

    void splitKeepsLineNumbers()
    {
        const csv::Split split = csv::split(u"a,b\r\n\r\n\"multi\nline\",c\n  ,  \nlast,\"x\"\"y\"");
        QCOMPARE(split.unclosedQuoteLine, 0);
        QCOMPARE(split.records.size(), 3);
        QCOMPARE(split.records.at(0).line, 1);
        QCOMPARE(split.records.at(1).line, 3);
        QCOMPARE(split.records.at(1).fields,
                 (QStringList{QStringLiteral("multi\nline"), QStringLiteral("c")}));
        QCOMPARE(split.records.at(2).line, 6);
        QCOMPARE(split.records.at(2).fields, (QStringList{QStringLiteral("last"), QStringLiteral("x\"y")}));

        QCOMPARE(csv::split(u"a\n\"open\nb\n").unclosedQuoteLine, 2);
    }

    void bomAndUtf8()
    {
        QCOMPARE(csv::withoutBom("\xEF\xBB\xBF"
                                 "a,b"),
                 QByteArrayView("a,b"));
        QCOMPARE(csv::withoutBom("a,b"), QByteArrayView("a,b"));
        QCOMPARE(csv::linesNotUtf8("ok\r\nJos\xe9\n\xc3\xa9t\xc3\xa9\n\xff"), (QList<int>{2, 4}));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
