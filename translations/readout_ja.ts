<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Readout::AnnotationModel</name>
    <message>
        <source>The document of this note is not open.</source>
        <translation>このメモの文書は開かれていません。</translation>
    </message>
    <message>
        <source>(not found) %1</source>
        <translation>(見つかりません) %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>箇所</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>話者</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1（ファイルが見つかりません）</translation>
    </message>
</context>
<context>
    <name>Readout::CorpusModel</name>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>発言数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>Readout::ExportDialog</name>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>バイト順マーク（表計算ソフト用）</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>メモの書き出し</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>この文書</translation>
    </message>
    <message>
        <source>Statements shown in the table</source>
        <translation>表に表示中の発言</translation>
    </message>
    <message>
        <source>All open documents</source>
        <translation>開いているすべての文書</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON)</source>
        <translation>W3C Web Annotation（JSON）</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>すべての色</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>ハイライトなし</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>すべての話者</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>すべての議題</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>すべての作成者</translation>
    </message>
    <message>
        <source>&amp;Notes of:</source>
        <translation>対象(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>話者(&amp;S):</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>議題(&amp;O):</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>色(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出す(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n 件のメモ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>The notes could not be exported: %1</source>
        <translation>メモを書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>メモを書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Readout::FilterBar</name>
    <message>
        <source>Speaker filter</source>
        <translation>話者フィルター</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>議題フィルター</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>テキストフィルター</translation>
    </message>
    <message>
        <source>Filter statements by text (Ctrl+F)</source>
        <translation>発言をテキストで絞り込む (Ctrl+F)</translation>
    </message>
    <message>
        <source>Use a regular expression</source>
        <translation>正規表現を使う</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear all filters (Esc)</source>
        <translation>すべてのフィルターをクリア (Esc)</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>話者を検索</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>話者</translation>
    </message>
    <message>
        <source>Include joint statements of their meetings</source>
        <translation>その会談での共同発言も含める</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>すべての話者</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべての議題</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>話者 1 名</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation>
            <numerusform>話者 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>議題 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 statements</source>
        <translation>発言 %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>日付フィルター</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Notes filter</source>
        <translation>メモフィルター</translation>
    </message>
    <message>
        <source>Only statements with my highlights or notes</source>
        <translation>自分のハイライトまたはメモがある発言のみ</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>すべての色</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>ハイライトなし</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>色(&amp;O):</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>注釈付きの発言</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>タグ「%1」</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Search the full-text index: words, &quot;exact phrases&quot;, prefix*, AND, OR, NOT, NEAR(word other, 10)</source>
        <translation>全文索引を検索：語、&quot;完全一致の句&quot;、前方一致*、AND、OR、NOT、NEAR(語 語, 10)</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>全文検索</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, prefix*, AND, OR, NOT (Ctrl+F)</source>
        <translation>語、&quot;句&quot;、前方一致*、AND、OR、NOT で検索 (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>(%n documents not indexed yet)</source>
        <translation>
            <numerusform>（%n 件の文書はまだ索引にありません）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readout::HighlightColours</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ピンク</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
</context>
<context>
    <name>Readout::IndexCache</name>
    <message>
        <source>The index cache %1 was damaged; it is built anew.</source>
        <translation>索引キャッシュ %1 が壊れていたため、作り直します。</translation>
    </message>
</context>
<context>
    <name>Readout::IndexWriter</name>
    <message>
        <source>The index cache %1 cannot be written: %2</source>
        <translation>索引キャッシュ %1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>Readout::MainWindow</name>
    <message>
        <source>Readout</source>
        <translation>Readout</translation>
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
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Summaries (%1);;All files (*)</source>
        <translation>概要 (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Summaries</source>
        <translation>概要を開く</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open Folder of Summaries</source>
        <translation>概要のフォルダーを開く</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開いたファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Summaries</source>
        <translation>サンプルの概要を開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>文書を閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy with Citation</source>
        <translation>出典付きでコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Filter Statements</source>
        <translation>発言を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>フィルターをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Merge Speakers…</source>
        <translation>話者を統合(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Statements of &amp;All Documents</source>
        <translation>すべての文書の発言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Previous Statement</source>
        <translation>前の発言(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Statement</source>
        <translation>次の発言(&amp;N)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>ハイライトのテーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the Colour Scheme</source>
        <translation>配色に合わせる</translation>
    </message>
    <message>
        <source>%1 was deleted or moved; it left the list.</source>
        <translation>%1 は削除または移動されたため、一覧から外しました。</translation>
    </message>
    <message>
        <source>%1 changed on disk and was read again.</source>
        <translation>%1 がディスク上で変更されたため、読み込み直しました。</translation>
    </message>
    <message>
        <source>Could not read %1 again</source>
        <translation>%1 を読み込み直せませんでした</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message numerus="yes">
        <source>%n documents open, %1 statements</source>
        <translation>
            <numerusform>文書 %n 件を開いています (発言 %1 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be opened:
%1</source>
        <translation>一部のファイルを開けませんでした:
%1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>GNU General Public License バージョン 3 以降のもとで使用を許諾しています。</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>次のペイン(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>前のペイン(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ一覧</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>注釈(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;Yellow</source>
        <translation>黄色でハイライト(&amp;Y)</translation>
    </message>
    <message>
        <source>Highlight &amp;Green</source>
        <translation>緑でハイライト(&amp;G)</translation>
    </message>
    <message>
        <source>Highlight &amp;Blue</source>
        <translation>青でハイライト(&amp;B)</translation>
    </message>
    <message>
        <source>Highlight &amp;Pink</source>
        <translation>ピンクでハイライト(&amp;P)</translation>
    </message>
    <message>
        <source>Highlight &amp;Orange</source>
        <translation>オレンジでハイライト(&amp;O)</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>メモを追加(&amp;N)</translation>
    </message>
    <message>
        <source>Select a passage in the source text first.</source>
        <translation>先に原文で箇所を選択してください。</translation>
    </message>
    <message>
        <source>Change highlight colour</source>
        <translation>ハイライトの色の変更</translation>
    </message>
    <message>
        <source>Select a passage or a statement to add a note to.</source>
        <translation>メモを追加する箇所または発言を選択してください。</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモの追加</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>ハイライト</translation>
    </message>
    <message>
        <source>Notes kept in %1 (the folder is read-only)</source>
        <translation>メモの保存先: %1 (フォルダーが読み取り専用のため)</translation>
    </message>
    <message>
        <source>Notes kept in %1</source>
        <translation>メモの保存先: %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>メモを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>メモの編集</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>メモの削除</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <source>Delete Highlight and Note</source>
        <translation>ハイライトとメモを削除</translation>
    </message>
    <message>
        <source>Add Note to Heading</source>
        <translation>見出しにメモを追加</translation>
    </message>
    <message>
        <source>Notes unavailable</source>
        <translation>メモを利用できません</translation>
    </message>
    <message>
        <source>Select the passage in the note&apos;s own document first.</source>
        <translation>先にメモの文書で箇所を選択してください。</translation>
    </message>
    <message>
        <source>Attach note</source>
        <translation>メモの付け直し</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Add Note to the &amp;Document</source>
        <translation>文書にメモを追加(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>メモの書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>メモの読み込み(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>メモの読み込み</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>W3C Web Annotation (*.json *.jsonld);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>何も読み込まれませんでした:
%1</translation>
    </message>
    <message>
        <source>%1 notes anchored, %2 whose passage was not found, %3 already there.</source>
        <translation>%1 件のメモを配置、%2 件は箇所が見つからず、%3 件は既存です。</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Team notes on %1</source>
        <translation>チームのメモ: %1</translation>
    </message>
    <message>
        <source>The notes server is back; edits made meanwhile were sent.</source>
        <translation>メモのサーバーが復旧しました。その間の編集は送信されました。</translation>
    </message>
    <message>
        <source>Notes server offline: edits are kept and sent when it is back</source>
        <translation>メモのサーバーがオフラインです。編集は保存され、復旧後に送信されます</translation>
    </message>
    <message>
        <source>Settings saved; where notes are kept changes when Readout starts again.</source>
        <translation>設定を保存しました。メモの保存先は Readout の次回起動時に変わります。</translation>
    </message>
</context>
<context>
    <name>Readout::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Write a note (plain text; *emphasis*, **strong**, - lists)</source>
        <translation>メモを入力 (プレーンテキスト。*強調*、**太字**、- 箇条書き)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>タグ (カンマ区切り)</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>ハイライトの色</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>ハイライトなし</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Private: only I can see this note</source>
        <translation>非公開: このメモは自分だけが見られる(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Readout::NotesPanel</name>
    <message>
        <source>Which notes</source>
        <translation>表示するメモ</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>この文書</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>すべての文書</translation>
    </message>
    <message>
        <source>Passage not found</source>
        <translation>箇所が見つからないメモ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>すべての色</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>ハイライトなし</translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation>メモを検索</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ一覧</translation>
    </message>
    <message>
        <source>Go to Passage</source>
        <translation>箇所へ移動</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>メモを削除</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Attach to the Selected Passage</source>
        <translation>選択した箇所に付け直す</translation>
    </message>
</context>
<context>
    <name>Readout::OutlineModel</name>
    <message>
        <source>Line %1: %2 statements</source>
        <translation>%1 行目: 発言 %2 件</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>発言数</translation>
    </message>
</context>
<context>
    <name>Readout::SettingsDialog</name>
    <message>
        <source>In the &amp;folders of the summaries</source>
        <translation>概要のフォルダー内(&amp;F)</translation>
    </message>
    <message>
        <source>On the &amp;team&apos;s PostgreSQL server:</source>
        <translation>チームの PostgreSQL サーバー上(&amp;T):</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>The password is not kept here: Readout finds it in ~/.pgpass, in PGPASSWORD or in a PostgreSQL service file. The change takes effect when Readout starts again.</source>
        <translation>パスワードはここには保存されません。Readout は ~/.pgpass、PGPASSWORD、または PostgreSQL のサービスファイルから取得します。変更は Readout の次回起動時に有効になります。</translation>
    </message>
    <message>
        <source>Keep notes</source>
        <translation>メモの保存先</translation>
    </message>
    <message>
        <source>The password in the address will not be kept.</source>
        <translation>アドレス内のパスワードは保存されません。</translation>
    </message>
</context>
<context>
    <name>Readout::SourceView</name>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>No summary is open.</source>
        <translation>開いている概要はありません。</translation>
    </message>
</context>
<context>
    <name>Readout::SpeakerListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Readout::SpeakerMergeDialog</name>
    <message>
        <source>Merge Speakers</source>
        <translation>話者の統合</translation>
    </message>
    <message>
        <source>Speaker to merge</source>
        <translation>統合する話者</translation>
    </message>
    <message>
        <source>Speaker to merge into</source>
        <translation>統合先の話者</translation>
    </message>
    <message>
        <source>Merged speakers</source>
        <translation>統合した話者</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>話者(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Is the same as:</source>
        <translation>同一の話者(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Undo Selected Merge</source>
        <translation>選択した統合を取り消す(&amp;U)</translation>
    </message>
    <message>
        <source>Merged speakers:</source>
        <translation>統合した話者:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Readout::StatementFilterModel</name>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>無効な正規表現です: %1</translation>
    </message>
    <message>
        <source>Invalid search: %1</source>
        <translation>検索式が正しくありません：%1</translation>
    </message>
</context>
<context>
    <name>Readout::StatementModel</name>
    <message>
        <source>Both sides (joint)</source>
        <translation>双方 (共同)</translation>
    </message>
    <message>
        <source>No speaker stated</source>
        <translation>話者の記載なし</translation>
    </message>
    <message>
        <source>%1 (side)</source>
        <translation>%1 側</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>%1 (%2), line %3 — %4: “%5”</source>
        <translation>%1 (%2)、%3 行目 — %4:「%5」</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>話者</translation>
    </message>
    <message>
        <source>Side/Country</source>
        <translation>側/国</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>議題</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>Readout::StatementView</name>
    <message>
        <source>Statements</source>
        <translation>発言</translation>
    </message>
    <message>
        <source>Filter by Speaker “%1”</source>
        <translation>話者「%1」で絞り込む</translation>
    </message>
    <message>
        <source>Filter by This Topic</source>
        <translation>この議題で絞り込む</translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation>出典付きでコピー</translation>
    </message>
    <message>
        <source>Add Note to Statement</source>
        <translation>発言にメモを追加</translation>
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
<context>
    <name>Readout::TopicTreeModel</name>
    <message>
        <source>(Outside any topic)</source>
        <translation>(議題外)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
