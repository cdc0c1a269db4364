<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>rebound::console::MainWindow</name>
    <message numerus="yes">
        <source>%n subscriber(s)</source>
        <translation>
            <numerusform>%n subscriber</numerusform>
            <numerusform>%n subscribers</numerusform>
        </translation>
    </message>
</context>
</TS>
