<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Readout::MainWindow</name>
    <message>
        <source>Readout</source>
        <translation>Readout</translation>
    </message>
    <message>
        <source>No summary is open.</source>
        <translation>Нет открытой сводки.</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <source>%1 — Readout</source>
        <translation>%1 — Readout</translation>
    </message>
    <message>
        <source>Opened %1: %2 statements, %3 participants (%4)</source>
        <translation>Открыт файл %1: высказываний — %2, участников — %3 (%4)</translation>
    </message>
    <message>
        <source>This build of Readout contains no sample summaries.</source>
        <translation>В эту сборку Readout не входят образцы сводок.</translation>
    </message>
    <message>
        <source>Syntax highlighting is available (KSyntaxHighlighting, theme %1).</source>
        <translation>Подсветка синтаксиса доступна (KSyntaxHighlighting, тема %1).</translation>
    </message>
    <message>
        <source>Syntax highlighting is not available: %1</source>
        <translation>Подсветка синтаксиса недоступна: %1</translation>
    </message>
    <message>
        <source>Readout %1</source>
        <translation>Readout %1</translation>
    </message>
    <message>
        <source>A reader for diplomatic meeting summaries.</source>
        <translation>Программа для чтения сводок дипломатических встреч.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Собрано с Qt %1, работает с Qt %2.</translation>
    </message>
    <message>
        <source>About Readout</source>
        <translation>О программе Readout</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Readout</source>
        <translation>&amp;О программе Readout</translation>
    </message>
</context>
<context>
    <name>Readout::SummaryHighlighter</name>
    <message>
        <source>The syntax definition &quot;%1&quot; could not be loaded.</source>
        <translation>Не удалось загрузить определение синтаксиса «%1».</translation>
    </message>
    <message>
        <source>KF%1SyntaxHighlighting was not found when Readout was built.</source>
        <translation>При сборке Readout библиотека KF%1SyntaxHighlighting не была найдена.</translation>
    </message>
</context>
</TS>
