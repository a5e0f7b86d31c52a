<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Readout::AnnotationModel</name>
    <message>
        <source>The document of this note is not open.</source>
        <translation>Документ этой заметки не открыт.</translation>
    </message>
    <message>
        <source>(not found) %1</source>
        <translation>(не найдено) %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (файл не найден)</translation>
    </message>
</context>
<context>
    <name>Readout::CorpusModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>Readout::ExportDialog</name>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>Метка порядка байтов (для электронных таблиц)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Этот документ</translation>
    </message>
    <message>
        <source>Statements shown in the table</source>
        <translation>Заявления, показанные в таблице</translation>
    </message>
    <message>
        <source>All open documents</source>
        <translation>Все открытые документы</translation>
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
        <translation>Веб-аннотации W3C (JSON)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Любой цвет</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Без выделения</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Любой выступающий</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Любой автор</translation>
    </message>
    <message>
        <source>&amp;Notes of:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Выступающий:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Те&amp;г:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>The notes could not be exported: %1</source>
        <translation>Не удалось экспортировать заметки: %1</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Экспорт заметок…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Readout::FilterBar</name>
    <message>
        <source>Speaker filter</source>
        <translation>Фильтр по выступающим</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Фильтр по темам</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Фильтр по тексту</translation>
    </message>
    <message>
        <source>Filter statements by text (Ctrl+F)</source>
        <translation>Фильтровать заявления по тексту (Ctrl+F)</translation>
    </message>
    <message>
        <source>Use a regular expression</source>
        <translation>Использовать регулярное выражение</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Clear all filters (Esc)</source>
        <translation>Сбросить все фильтры (Esc)</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>Найти выступающего</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Include joint statements of their meetings</source>
        <translation>Учитывать совместные заявления на их встречах</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Все выступающие</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 выступающий</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation>
            <numerusform>%n выступающий</numerusform>
            <numerusform>%n выступающих</numerusform>
            <numerusform>%n выступающих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n тема</numerusform>
            <numerusform>%n темы</numerusform>
            <numerusform>%n тем</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 statements</source>
        <translation>Заявлений: %1 из %2</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>Фильтр по дате</translation>
    </message>
    <message>
        <source>any</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>По %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Notes filter</source>
        <translation>Фильтр по заметкам</translation>
    </message>
    <message>
        <source>Only statements with my highlights or notes</source>
        <translation>Только заявления с моими выделениями или заметками</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Все цвета</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Без выделения</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>&amp;Тег:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Заявления с аннотациями</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>С тегом «%1»</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Полный текст</translation>
    </message>
    <message>
        <source>Search the full-text index: words, &quot;exact phrases&quot;, prefix*, AND, OR, NOT, NEAR(word other, 10)</source>
        <translation>Поиск по полнотекстовому индексу: слова, &quot;точные фразы&quot;, префикс*, AND, OR, NOT, NEAR(слово другое, 10)</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Полнотекстовый поиск</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, prefix*, AND, OR, NOT (Ctrl+F)</source>
        <translation>Искать слова, &quot;фразы&quot;, префикс*, AND, OR, NOT (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>(%n documents not indexed yet)</source>
        <translation>
            <numerusform>(%n документ ещё не проиндексирован)</numerusform>
            <numerusform>(%n документа ещё не проиндексированы)</numerusform>
            <numerusform>(%n документов ещё не проиндексированы)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readout::HighlightColours</name>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Голубой</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
</context>
<context>
    <name>Readout::IndexCache</name>
    <message>
        <source>The index cache %1 was damaged; it is built anew.</source>
        <translation>Кэш индекса %1 был повреждён; он создаётся заново.</translation>
    </message>
</context>
<context>
    <name>Readout::IndexWriter</name>
    <message>
        <source>The index cache %1 cannot be written: %2</source>
        <translation>Не удаётся записать кэш индекса %1: %2</translation>
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
        <translation>Не удалось открыть %1</translation>
    </message>
    <message>
        <source>%1 — Readout</source>
        <translation>%1 — Readout</translation>
    </message>
    <message>
        <source>Opened %1: %2 statements, %3 participants (%4)</source>
        <translation>Открыт файл %1: заявлений — %2, участников — %3 (%4)</translation>
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
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Открыть файлы…</translation>
    </message>
    <message>
        <source>Summaries (%1);;All files (*)</source>
        <translation>Сводки (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Summaries</source>
        <translation>Открыть сводки</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <source>Open Folder of Summaries</source>
        <translation>Открыть папку со сводками</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>Open &amp;Sample Summaries</source>
        <translation>Открыть о&amp;бразцы сводок</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>&amp;Закрыть документ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Copy with Citation</source>
        <translation>&amp;Копировать со ссылкой</translation>
    </message>
    <message>
        <source>&amp;Filter Statements</source>
        <translation>&amp;Фильтровать заявления</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>&amp;Merge Speakers…</source>
        <translation>&amp;Объединить выступающих…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Statements of &amp;All Documents</source>
        <translation>Заявления &amp;всех документов</translation>
    </message>
    <message>
        <source>&amp;Previous Statement</source>
        <translation>П&amp;редыдущее заявление</translation>
    </message>
    <message>
        <source>&amp;Next Statement</source>
        <translation>&amp;Следующее заявление</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>&amp;Тема подсветки</translation>
    </message>
    <message>
        <source>Follow the Colour Scheme</source>
        <translation>Следовать цветовой схеме</translation>
    </message>
    <message>
        <source>%1 was deleted or moved; it left the list.</source>
        <translation>Файл %1 удалён или перемещён и убран из списка.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was read again.</source>
        <translation>Файл %1 изменён на диске и прочитан заново.</translation>
    </message>
    <message>
        <source>Could not read %1 again</source>
        <translation>Не удалось заново прочитать %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message numerus="yes">
        <source>%n documents open, %1 statements</source>
        <translation>
            <numerusform>Открыт %n документ, заявлений: %1</numerusform>
            <numerusform>Открыто %n документа, заявлений: %1</numerusform>
            <numerusform>Открыто %n документов, заявлений: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be opened:
%1</source>
        <translation>Не удалось открыть некоторые файлы:
%1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Распространяется на условиях GNU General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Следующая &amp;панель</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Предыдущая пане&amp;ль</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Аннотации</translation>
    </message>
    <message>
        <source>Highlight &amp;Yellow</source>
        <translation>Выделить &amp;жёлтым</translation>
    </message>
    <message>
        <source>Highlight &amp;Green</source>
        <translation>Выделить &amp;зелёным</translation>
    </message>
    <message>
        <source>Highlight &amp;Blue</source>
        <translation>Выделить &amp;голубым</translation>
    </message>
    <message>
        <source>Highlight &amp;Pink</source>
        <translation>Выделить &amp;розовым</translation>
    </message>
    <message>
        <source>Highlight &amp;Orange</source>
        <translation>Выделить &amp;оранжевым</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Добавить заметку</translation>
    </message>
    <message>
        <source>Select a passage in the source text first.</source>
        <translation>Сначала выделите фрагмент исходного текста.</translation>
    </message>
    <message>
        <source>Change highlight colour</source>
        <translation>изменение цвета выделения</translation>
    </message>
    <message>
        <source>Select a passage or a statement to add a note to.</source>
        <translation>Выделите фрагмент или выберите заявление, к которому нужно добавить заметку.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>добавление заметки</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>выделение цветом</translation>
    </message>
    <message>
        <source>Notes kept in %1 (the folder is read-only)</source>
        <translation>Заметки хранятся в %1 (папка доступна только для чтения)</translation>
    </message>
    <message>
        <source>Notes kept in %1</source>
        <translation>Заметки хранятся в %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Заметка не сохранена: %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>удаление заметки</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>Delete Highlight and Note</source>
        <translation>Удалить выделение и заметку</translation>
    </message>
    <message>
        <source>Add Note to Heading</source>
        <translation>Добавить заметку к заголовку</translation>
    </message>
    <message>
        <source>Notes unavailable</source>
        <translation>Заметки недоступны</translation>
    </message>
    <message>
        <source>Select the passage in the note&apos;s own document first.</source>
        <translation>Сначала выделите фрагмент в документе этой заметки.</translation>
    </message>
    <message>
        <source>Attach note</source>
        <translation>привязку заметки</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Add Note to the &amp;Document</source>
        <translation>Заметка к документу &amp;целиком</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>&amp;Экспорт заметок…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>И&amp;мпорт заметок…</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Импорт заметок</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Веб-аннотации W3C (*.json *.jsonld);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Ничего не импортировано:
%1</translation>
    </message>
    <message>
        <source>%1 notes anchored, %2 whose passage was not found, %3 already there.</source>
        <translation>Привязано заметок: %1, фрагмент не найден: %2, уже были: %3.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Team notes on %1</source>
        <translation>Заметки команды на %1</translation>
    </message>
    <message>
        <source>The notes server is back; edits made meanwhile were sent.</source>
        <translation>Сервер заметок снова доступен; изменения, сделанные за это время, отправлены.</translation>
    </message>
    <message>
        <source>Notes server offline: edits are kept and sent when it is back</source>
        <translation>Сервер заметок недоступен: изменения сохраняются и будут отправлены, когда он вернётся</translation>
    </message>
    <message>
        <source>Settings saved; where notes are kept changes when Readout starts again.</source>
        <translation>Настройки сохранены; место хранения заметок изменится при следующем запуске Readout.</translation>
    </message>
</context>
<context>
    <name>Readout::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Write a note (plain text; *emphasis*, **strong**, - lists)</source>
        <translation>Введите заметку (обычный текст; *курсив*, **полужирный**, - списки)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Теги через запятую</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Цвет выделения</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Без выделения</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <source>&amp;Private: only I can see this note</source>
        <translation>&amp;Личная: эту заметку вижу только я</translation>
    </message>
</context>
<context>
    <name>Readout::NotesPanel</name>
    <message>
        <source>Which notes</source>
        <translation>Показываемые заметки</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Этот документ</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Passage not found</source>
        <translation>Фрагмент не найден</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Все цвета</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Без выделения</translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation>Поиск в заметках</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Go to Passage</source>
        <translation>Перейти к фрагменту</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Attach to the Selected Passage</source>
        <translation>Привязать к выделенному фрагменту</translation>
    </message>
</context>
<context>
    <name>Readout::OutlineModel</name>
    <message>
        <source>Line %1: %2 statements</source>
        <translation>Строка %1, заявлений: %2</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
</context>
<context>
    <name>Readout::SettingsDialog</name>
    <message>
        <source>In the &amp;folders of the summaries</source>
        <translation>В &amp;папках с отчётами</translation>
    </message>
    <message>
        <source>On the &amp;team&apos;s PostgreSQL server:</source>
        <translation>На сервере PostgreSQL &amp;команды:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>The password is not kept here: Readout finds it in ~/.pgpass, in PGPASSWORD or in a PostgreSQL service file. The change takes effect when Readout starts again.</source>
        <translation>Пароль здесь не хранится: Readout берёт его из ~/.pgpass, PGPASSWORD или файла служб PostgreSQL. Изменение вступит в силу при следующем запуске Readout.</translation>
    </message>
    <message>
        <source>Keep notes</source>
        <translation>Хранить заметки</translation>
    </message>
    <message>
        <source>The password in the address will not be kept.</source>
        <translation>Пароль из адреса не будет сохранён.</translation>
    </message>
</context>
<context>
    <name>Readout::SourceView</name>
    <message>
        <source>Source text</source>
        <translation>Исходный текст</translation>
    </message>
    <message>
        <source>No summary is open.</source>
        <translation>Нет открытой сводки.</translation>
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
        <translation>Объединение выступающих</translation>
    </message>
    <message>
        <source>Speaker to merge</source>
        <translation>Объединяемый выступающий</translation>
    </message>
    <message>
        <source>Speaker to merge into</source>
        <translation>Выступающий, с которым объединить</translation>
    </message>
    <message>
        <source>Merged speakers</source>
        <translation>Объединённые выступающие</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Выступающий:</translation>
    </message>
    <message>
        <source>&amp;Is the same as:</source>
        <translation>&amp;Совпадает с:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>&amp;Undo Selected Merge</source>
        <translation>О&amp;тменить выбранное объединение</translation>
    </message>
    <message>
        <source>Merged speakers:</source>
        <translation>Объединённые выступающие:</translation>
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
        <translation>Недопустимое регулярное выражение: %1</translation>
    </message>
    <message>
        <source>Invalid search: %1</source>
        <translation>Неверный поисковый запрос: %1</translation>
    </message>
</context>
<context>
    <name>Readout::StatementModel</name>
    <message>
        <source>Both sides (joint)</source>
        <translation>Обе стороны (совместно)</translation>
    </message>
    <message>
        <source>No speaker stated</source>
        <translation>Выступающий не указан</translation>
    </message>
    <message>
        <source>%1 (side)</source>
        <translation>%1 (сторона)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>%1 (%2), line %3 — %4: “%5”</source>
        <translation>%1 (%2), строка %3 — %4: «%5»</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Side/Country</source>
        <translation>Сторона/страна</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>Readout::StatementView</name>
    <message>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Filter by Speaker “%1”</source>
        <translation>Фильтр по выступающему «%1»</translation>
    </message>
    <message>
        <source>Filter by This Topic</source>
        <translation>Фильтр по этой теме</translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation>Копировать со ссылкой</translation>
    </message>
    <message>
        <source>Add Note to Statement</source>
        <translation>Добавить заметку к заявлению</translation>
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
<context>
    <name>Readout::TopicTreeModel</name>
    <message>
        <source>(Outside any topic)</source>
        <translation>(Без темы)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
