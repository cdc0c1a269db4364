// The audit log's filtered reading: each filter alone, time range edges,
// newest-first order, keyset paging and the filter choices.
#include "store/AuditLog.h"
#include "support/TempDatabase.h"

#include <QSet>
#include <QTest>

using namespace rebound;
using store::AuditEntry;
using store::AuditFilter;
using store::AuditMatch;

namespace {
constexpr std::int64_t T0 = 1'800'000'000'000;

QStringList ids(const QList<AuditEntry>& entries)
{
    QStringList result;
    for (const AuditEntry& e : entries)
        result << e.objectId;
    return result;
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TempDatabase> m_t;

    store::AuditLog log() const { return store::AuditLog(*m_t->db, m_t->clock); }

    // One entry at `at`; its object id names it in the checks.
    void add(std::int64_t at, const QString& actor, const QString& action, const QString& name,
             const QString& details = {}, const QString& objectType = QStringLiteral("account"))
    {
        m_t->clock.set(at);
        log().record(actor, action, objectType, name, details);
    }

    QStringList find(const AuditFilter& filter, int limit = 100) const
    {
        return ids(log().entries(filter, limit));
    }

    // A small log with each kind of actor, action and object.
    void addSample()
    {
        add(T0 + 1000, QStringLiteral("console"), QStringLiteral("account.add"), QStringLiteral("a"),
            QStringLiteral("name=Alice Example"));
        add(T0 + 2000, QStringLiteral("web:1001"), QStringLiteral("web.login"), QStringLiteral("b"));
        add(T0 + 3000, QStringLiteral("web:1002"), QStringLiteral("web.login"), QStringLiteral("c"));
        add(T0 + 4000, QStringLiteral("web"), QStringLiteral("web.login_failed"), QStringLiteral("d"),
            QStringLiteral("100% sure"));
        add(T0 + 5000, QStringLiteral("cli"), QStringLiteral("account.update"), QStringLiteral("e"),
            QStringLiteral("100 percent"), QStringLiteral("card"));
        add(T0 + 6000, QStringLiteral("cli"), QStringLiteral("accounts.import"), QStringLiteral("f"),
            QStringLiteral("file=a_b.csv"));
        add(T0 + 7000, QStringLiteral("Console"), QStringLiteral("balance.topup"), QStringLiteral("g"),
            QStringLiteral("axb"));
    }

private Q_SLOTS:
    void init() { m_t = std::make_unique<test::TempDatabase>(); }
    void cleanup() { m_t.reset(); }

    void patternsAreExactOrAPrefix_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("prefix");
        QTest::newRow("a value") << "web:1001"
                                 << "web:1001" << false;
        QTest::newRow("a group by colon") << "web:"
                                          << "web:" << true;
        QTest::newRow("a group by dot") << "account."
                                        << "account." << true;
        QTest::newRow("a star") << "acc*"
                                << "acc" << true;
        QTest::newRow("a star alone") << "*"
                                      << "" << false;
        QTest::newRow("spaces") << "  console "
                                << "console" << false;
        QTest::newRow("empty") << ""
                               << "" << false;
    }
    void patternsAreExactOrAPrefix()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, prefix);
        const AuditMatch match = AuditMatch::parse(pattern);
        QCOMPARE(match.text, text);
        QCOMPARE(match.prefix, prefix);
    }

    void newestFirstByTimeThenId()
    {
        add(T0 + 5000, QStringLiteral("cli"), QStringLiteral("a.x"), QStringLiteral("first"));
        add(T0 + 5000, QStringLiteral("cli"), QStringLiteral("a.x"), QStringLiteral("second")); // same ms
        add(T0 + 1000, QStringLiteral("cli"), QStringLiteral("a.x"), QStringLiteral("clock went back"));
        add(T0 + 9000, QStringLiteral("cli"), QStringLiteral("a.x"), QStringLiteral("latest"));
        QCOMPARE(find({}), (QStringList{"latest", "second", "first", "clock went back"}));
        QCOMPARE(find({}, 2), (QStringList{"latest", "second"}));
    }

    void actorIsExactOrAGroup()
    {
        addSample();
        AuditFilter f;
        f.actor = AuditMatch::parse(QStringLiteral("web:1001"));
        QCOMPARE(find(f), QStringList{"b"});
        f.actor = AuditMatch::parse(QStringLiteral("web:"));
        QCOMPARE(find(f), (QStringList{"c", "b"})); // not the actor "web" itself
        f.actor = AuditMatch::parse(QStringLiteral("web"));
        QCOMPARE(find(f), QStringList{"d"});
        f.actor = AuditMatch::parse(QStringLiteral("console"));
        QCOMPARE(find(f), QStringList{"a"}); // case matters: not "Console"
        f.actor = AuditMatch::parse(QStringLiteral("we*"));
        QCOMPARE(find(f), (QStringList{"d", "c", "b"}));
    }

    void actionIsExactOrAGroup()
    {
        addSample();
        AuditFilter f;
        f.action = AuditMatch::parse(QStringLiteral("account."));
        QCOMPARE(find(f), (QStringList{"e", "a"})); // not accounts.import
        f.action = AuditMatch::parse(QStringLiteral("web.login"));
        QCOMPARE(find(f), (QStringList{"c", "b"}));
        f.action = AuditMatch::parse(QStringLiteral("web.login*"));
        QCOMPARE(find(f), (QStringList{"d", "c", "b"}));
        f.action = AuditMatch::parse(QStringLiteral("acc%"));
        QCOMPARE(find(f), QStringList{}); // no wildcard but the trailing star
    }

    void objectTypeAndId()
    {
        addSample();
        AuditFilter f;
        f.objectType = QStringLiteral("card");
        QCOMPARE(find(f), QStringList{"e"});
        f.objectType = QStringLiteral("account");
        f.objectId = QStringLiteral("c");
        QCOMPARE(find(f), QStringList{"c"});
        f.objectType.clear();
        f.objectId = QStringLiteral("e");
        QCOMPARE(find(f), QStringList{"e"});
    }

    void textSearchesTheDetailsLiterally()
    {
        addSample();
        AuditFilter f;
        f.text = QStringLiteral("alice");
        QCOMPARE(find(f), QStringList{"a"}); // either case
        f.text = QStringLiteral("100%");
        QCOMPARE(find(f), QStringList{"d"}); // % is not a wildcard
        f.text = QStringLiteral("a_b");
        QCOMPARE(find(f), QStringList{"f"}); // nor is _ ("axb" stays out)
        f.text = QStringLiteral("nowhere");
        QCOMPARE(find(f), QStringList{});
    }

    void timeRangeIncludesFromAndExcludesTo()
    {
        for (const std::int64_t at : {T0 - 1, T0, T0 + 999, T0 + 1000})
            add(at, QStringLiteral("cli"), QStringLiteral("a.x"), QString::number(at - T0));
        AuditFilter f;
        f.fromMs = T0;
        f.toMs = T0 + 1000;
        QCOMPARE(find(f), (QStringList{"999", "0"}));
        f.toMs.reset();
        QCOMPARE(find(f), (QStringList{"1000", "999", "0"}));
        f.fromMs.reset();
        f.toMs = T0;
        QCOMPARE(find(f), QStringList{"-1"});
        f.fromMs = T0;
        QCOMPARE(find(f), QStringList{}); // an empty range
    }

    void filtersCombine()
    {
        addSample();
        AuditFilter f;
        f.actor = AuditMatch::parse(QStringLiteral("cli"));
        f.action = AuditMatch::parse(QStringLiteral("account."));
        f.text = QStringLiteral("percent");
        f.fromMs = T0 + 5000;
        f.toMs = T0 + 5001;
        QCOMPARE(find(f), QStringList{"e"});
        f.toMs = T0 + 5000;
        QCOMPARE(find(f), QStringList{});
    }

    void pagesCoverEveryEntryOnceInOrder()
    {
        // Ties on the time are where a keyset on the time alone would skip or repeat.
        for (int i = 0; i < 25; ++i)
            add(T0 + (i / 4) * 1000, QStringLiteral("cli"), QStringLiteral("a.x"), QString::number(i));
        AuditFilter f;
        f.fromMs = T0 + 1000; // leaves out the first four
        const QStringList all = find(f);
        QCOMPARE(all.size(), 21);
        QStringList paged;
        std::optional<store::AuditPageKey> after;
        for (;;) {
            const QList<AuditEntry> page = log().entries(f, 4, after);
            paged << ids(page);
            if (page.size() < 4)
                break;
            after = store::AuditLog::keyOf(page.last());
        }
        QCOMPARE(paged, all);
    }

    void choicesAreDistinctWithTheirGroups()
    {
        addSample();
        QCOMPARE(log().actors(),
                 (QStringList{"Console", "cli", "console", "web", "web:", "web:1001", "web:1002"}));
        QCOMPARE(log().actions(), (QStringList{"account.", "account.add", "account.update", "accounts.import",
                                               "balance.topup", "web.", "web.login", "web.login_failed"}));
        // Limited to a time range: only what happened then.
        QCOMPARE(log().actors(T0 + 2000, T0 + 4000), (QStringList{"web:", "web:1001", "web:1002"}));
        QCOMPARE(log().actions(T0 + 7000), QStringList{"balance.topup"});
    }

    void aLargeGroupIsOfferedAsTheGroupAlone()
    {
        for (int i = 0; i <= store::AuditLog::MaxGroupShown; ++i)
            add(T0 + i, QStringLiteral("web:%1").arg(1000 + i), QStringLiteral("web.login"),
                QString::number(i));
        add(T0 + 100, QStringLiteral("console"), QStringLiteral("account.add"), QStringLiteral("x"));
        QCOMPARE(log().actors(), (QStringList{"console", "web:"}));
        AuditFilter f;
        f.actor = AuditMatch::parse(QStringLiteral("web:1007"));
        QCOMPARE(find(f), QStringList{"7"}); // still found when typed
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
