<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Admission</name>
    <message numerus="yes">
        <source>subscriber %1 already has %n call(s) in progress</source>
        <translation>
            <numerusform>subscriber %1 already has %n call in progress</numerusform>
            <numerusform>subscriber %1 already has %n calls in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DialPlan</name>
    <message numerus="yes">
        <source>The number is too short (%n digits); an international number has at least %1.</source>
        <translation>
            <numerusform>The number is too short (%n digit); an international number has at least %1.</numerusform>
            <numerusform>The number is too short (%n digits); an international number has at least %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The number is too long (%n digits); an international number has at most %1.</source>
        <translation>
            <numerusform>The number is too long (%n digit); an international number has at most %1.</numerusform>
            <numerusform>The number is too long (%n digits); an international number has at most %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message numerus="yes">
        <source>%n call(s) in progress end now; they are billed up to now.</source>
        <translation>
            <numerusform>%n call in progress ends now; it is billed up to now.</numerusform>
            <numerusform>%n calls in progress end now; they are billed up to now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatesCommand</name>
    <message numerus="yes">
        <source>rebound-switch: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>rebound-switch: %n problem found; nothing was imported.</numerusform>
            <numerusform>rebound-switch: %n problems found; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsCommand</name>
    <message numerus="yes">
        <source>%n call(s), newest first; times in %1.</source>
        <translation>
            <numerusform>%n call, newest first; times in %1.</numerusform>
            <numerusform>%n calls, newest first; times in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n call(s) to %1.
</source>
        <translation>
            <numerusform>Wrote %n call to %1.
</numerusform>
            <numerusform>Wrote %n calls to %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmsTrigger</name>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebPortal</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::Housekeeping</name>
    <message numerus="yes">
        <source>%n card(s) expired</source>
        <translation>
            <numerusform>%n card expired</numerusform>
            <numerusform>%n cards expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n row(s) older than their retention</source>
        <translation>
            <numerusform>Removed %n row older than its retention</numerusform>
            <numerusform>Removed %n rows older than their retention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::SwitchCore</name>
    <message numerus="yes">
        <source>call #%1 billed after %n more attempt(s): %2</source>
        <translation>
            <numerusform>call #%1 billed after %n more attempt: %2</numerusform>
            <numerusform>call #%1 billed after %n more attempts: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed and billed %n call(s) left open by an earlier stop</source>
        <translation>
            <numerusform>Closed and billed %n call left open by an earlier stop</numerusform>
            <numerusform>Closed and billed %n calls left open by an earlier stop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::CallsPage</name>
    <message numerus="yes">
        <source>%n call(s), %1 answered (ASR %2), talk %3 min · revenue %4 · cost %5 · profit %6 (margin %7)</source>
        <translation>
            <numerusform>%n call, %1 answered (ASR %2), talk %3 min · revenue %4 · cost %5 · profit %6 (margin %7)</numerusform>
            <numerusform>%n calls, %1 answered (ASR %2), talk %3 min · revenue %4 · cost %5 · profit %6 (margin %7)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n call(s)…</source>
        <translation>
            <numerusform>Exporting %n call…</numerusform>
            <numerusform>Exporting %n calls…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) written to %1.</source>
        <translation>
            <numerusform>%n call written to %1.</numerusform>
            <numerusform>%n calls written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::CardsPage</name>
    <message numerus="yes">
        <source>Void batch %1? Its %n unused card(s) can never be used after this; cards already used stay as they are.</source>
        <translation>
            <numerusform>Void batch %1? Its %n unused card can never be used after this; cards already used stay as they are.</numerusform>
            <numerusform>Void batch %1? Its %n unused cards can never be used after this; cards already used stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::DashboardPage</name>
    <message numerus="yes">
        <source>%n call(s) in progress</source>
        <translation>
            <numerusform>%n call in progress</numerusform>
            <numerusform>%n calls in progress</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::GatewaysPage</name>
    <message numerus="yes">
        <source>Delete gateway %1 and its %n route(s)?</source>
        <translation>
            <numerusform>Delete gateway %1 and its %n route?</numerusform>
            <numerusform>Delete gateway %1 and its %n routes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::ImportRatesDialog</name>
    <message numerus="yes">
        <source>The %n rate(s) now in this table will be replaced. If any line of the file is wrong, nothing changes.</source>
        <translation>
            <numerusform>The %n rate now in this table will be replaced. If any line of the file is wrong, nothing changes.</numerusform>
            <numerusform>The %n rates now in this table will be replaced. If any line of the file is wrong, nothing changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::LiveCallsPage</name>
    <message numerus="yes">
        <source>%n callback(s) in progress.</source>
        <translation>
            <numerusform>%n callback in progress.</numerusform>
            <numerusform>%n callbacks in progress.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::MainWindow</name>
    <message numerus="yes">
        <source>⚠ %n call(s) not billed yet, retrying</source>
        <translation>
            <numerusform>⚠ %n call not billed yet, retrying</numerusform>
            <numerusform>⚠ %n calls not billed yet, retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n subscriber</numerusform>
            <numerusform>%n subscribers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::RatesPage</name>
    <message numerus="yes">
        <source>Delete %1 and its %n rate(s)?</source>
        <translation>
            <numerusform>Delete %1 and its %n rate?</numerusform>
            <numerusform>Delete %1 and its %n rates?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::console::SettingsPage</name>
    <message numerus="yes">
        <source>These settings are read when the switch starts. Restarting it now ends the %n call(s) in progress; they are billed up to now.</source>
        <translation>
            <numerusform>These settings are read when the switch starts. Restarting it now ends the call in progress; it is billed up to now.</numerusform>
            <numerusform>These settings are read when the switch starts. Restarting it now ends the %n calls in progress; they are billed up to now.</numerusform>
        </translation>
    </message>
</context>
</TS>
