<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Readout::MainWindow</name>
    <message>
        <source>Readout</source>
        <translation>Readout</translation>
    </message>
    <message>
        <source>No summary is open.</source>
        <translation>開いている概要はありません。</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>%1 — Readout</source>
        <translation>%1 — Readout</translation>
    </message>
    <message>
        <source>Opened %1: %2 statements, %3 participants (%4)</source>
        <translation>%1 を開きました: 発言 %2 件、参加者 %3 名 (%4)</translation>
    </message>
    <message>
        <source>This build of Readout contains no sample summaries.</source>
        <translation>この Readout のビルドにはサンプルの概要が含まれていません。</translation>
    </message>
    <message>
        <source>Syntax highlighting is available (KSyntaxHighlighting, theme %1).</source>
        <translation>構文ハイライトを利用できます (KSyntaxHighlighting、テーマ %1)。</translation>
    </message>
    <message>
        <source>Syntax highlighting is not available: %1</source>
        <translation>構文ハイライトは利用できません: %1</translation>
    </message>
    <message>
        <source>Readout %1</source>
        <translation>Readout %1</translation>
    </message>
    <message>
        <source>A reader for diplomatic meeting summaries.</source>
        <translation>外交会談の概要を読むためのアプリケーションです。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 でビルドされ、Qt %2 で動作しています。</translation>
    </message>
    <message>
        <source>About Readout</source>
        <translation>Readout について</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Readout</source>
        <translation>Readout について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Readout::SummaryHighlighter</name>
    <message>
        <source>The syntax definition &quot;%1&quot; could not be loaded.</source>
        <translation>構文定義「%1」を読み込めませんでした。</translation>
    </message>
    <message>
        <source>KF%1SyntaxHighlighting was not found when Readout was built.</source>
        <translation>Readout のビルド時に KF%1SyntaxHighlighting が見つかりませんでした。</translation>
    </message>
</context>
</TS>
