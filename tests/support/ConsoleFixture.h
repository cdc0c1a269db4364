#pragma once

// Shared by the console tests (tests/app/): widget lookups by object name and
// a database whose message boxes are recorded instead of shown.

#include "common/Dialogs.h"
#include "demo/DemoData.h"
#include "support/TempDatabase.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QStringList>
#include <QUdpSocket>

namespace rebound::test {

// The child named `name`; a missing one stops the test, since every later
// step would otherwise crash on it.
template <typename T>
T* child(QObject& parent, const QString& name)
{
    auto* w = parent.findChild<T*>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

// The message a form dialog shows under `field` (its "<field>Error" label),
// or nothing while that label is hidden.
inline QString fieldError(QDialog& d, const QString& field)
{
    auto* label = child<QLabel>(d, field + QStringLiteral("Error"));
    return label->isVisible() ? label->text() : QString();
}

// Picks the item carrying `data` in the combo box named `box`.
inline void choose(QObject& parent, const QString& box, const QVariant& data)
{
    auto* combo = child<QComboBox>(parent, box);
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("no such item in %s", qPrintable(box));
    combo->setCurrentIndex(index);
}

// A UDP port on 127.0.0.1 that nothing uses right now.
inline int unusedUdpPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

// A fresh database for a console page, seeded with the demo data unless told
// otherwise. While it lives, the console's error boxes and confirmations go
// to the lists below (the last of each also in `message` / `confirmText`)
// and confirmations are answered with `confirmAnswer`.
struct ConsoleFixture : TempDatabase
{
    enum class Seed
    {
        Demo,
        Empty
    };

    QStringList messages;
    QString message;
    QStringList confirmations;
    QString confirmText;
    bool confirmAnswer = true;

    explicit ConsoleFixture(Seed seed = Seed::Demo)
    {
        if (seed == Seed::Demo && !demo::DemoData::seed(*db, clock))
            qFatal("the demo data did not seed");
        console::dialogs::setErrorHook([this](const QString& text) {
            messages << text;
            message = text;
        });
        console::dialogs::setConfirmHook([this](const QString& text) {
            confirmations << text;
            confirmText = text;
            return confirmAnswer;
        });
    }
    ~ConsoleFixture() { console::dialogs::clearHooks(); }
    ConsoleFixture(const ConsoleFixture&) = delete;
    ConsoleFixture& operator=(const ConsoleFixture&) = delete;
};

} // namespace rebound::test
