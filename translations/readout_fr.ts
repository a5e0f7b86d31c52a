<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Readout::AnnotationModel</name>
    <message>
        <source>The document of this note is not open.</source>
        <translation>Le document de cette note n’est pas ouvert.</translation>
    </message>
    <message>
        <source>(not found) %1</source>
        <translation>(introuvable) %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (fichier introuvable)</translation>
    </message>
</context>
<context>
    <name>Readout::CorpusModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>Readout::ExportDialog</name>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>Indicateur d’ordre des octets (pour les tableurs)</translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>Statements shown in the table</source>
        <translation>Déclarations affichées dans le tableau</translation>
    </message>
    <message>
        <source>All open documents</source>
        <translation>Tous les documents ouverts</translation>
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
        <translation>Annotations Web W3C (JSON)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Sans surlignage</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Tous les intervenants</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>&amp;Notes of:</source>
        <translation>&amp;Notes de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Intervenant&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>Auteu&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>The notes could not be exported: %1</source>
        <translation>Les notes n’ont pas pu être exportées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exporting notes…</source>
        <translation>Exportation des notes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Readout::FilterBar</name>
    <message>
        <source>Speaker filter</source>
        <translation>Filtre par intervenant</translation>
    </message>
    <message>
        <source>Topic filter</source>
        <translation>Filtre par sujet</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtre par texte</translation>
    </message>
    <message>
        <source>Filter statements by text (Ctrl+F)</source>
        <translation>Filtrer les déclarations par texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Use a regular expression</source>
        <translation>Utiliser une expression régulière</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear all filters (Esc)</source>
        <translation>Effacer tous les filtres (Esc)</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>Rechercher un intervenant</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Include joint statements of their meetings</source>
        <translation>Inclure les déclarations conjointes de leurs rencontres</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tous les intervenants</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les sujets</translation>
    </message>
    <message>
        <source>1 speaker</source>
        <translation>1 intervenant</translation>
    </message>
    <message numerus="yes">
        <source>%n speakers</source>
        <translation>
            <numerusform>%n intervenant</numerusform>
            <numerusform>%n intervenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topics</source>
        <translation>
            <numerusform>%n sujet</numerusform>
            <numerusform>%n sujets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 statements</source>
        <translation>Déclarations&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>Filtre par date</translation>
    </message>
    <message>
        <source>any</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’au %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Notes filter</source>
        <translation>Filtre par notes</translation>
    </message>
    <message>
        <source>Only statements with my highlights or notes</source>
        <translation>Uniquement les déclarations avec mes surlignages ou mes notes</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Sans surlignage</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Déclarations annotées</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>Avec l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texte intégral</translation>
    </message>
    <message>
        <source>Search the full-text index: words, &quot;exact phrases&quot;, prefix*, AND, OR, NOT, NEAR(word other, 10)</source>
        <translation>Chercher dans l’index plein texte : mots, &quot;phrases exactes&quot;, préfixe*, AND, OR, NOT, NEAR(mot autre, 10)</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Recherche plein texte</translation>
    </message>
    <message>
        <source>Search words, &quot;phrases&quot;, prefix*, AND, OR, NOT (Ctrl+F)</source>
        <translation>Chercher des mots, &quot;phrases&quot;, préfixe*, AND, OR, NOT (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>(%n documents not indexed yet)</source>
        <translation>
            <numerusform>(%n document pas encore indexé)</numerusform>
            <numerusform>(%n documents pas encore indexés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readout::HighlightColours</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
</context>
<context>
    <name>Readout::IndexCache</name>
    <message>
        <source>The index cache %1 was damaged; it is built anew.</source>
        <translation>Le cache d’index %1 était endommagé&#xa0;; il est reconstruit.</translation>
    </message>
</context>
<context>
    <name>Readout::IndexWriter</name>
    <message>
        <source>The index cache %1 cannot be written: %2</source>
        <translation>Impossible d’écrire le cache d’index %1 : %2</translation>
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
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>%1 — Readout</source>
        <translation>%1 — Readout</translation>
    </message>
    <message>
        <source>Opened %1: %2 statements, %3 participants (%4)</source>
        <translation>%1 ouvert&#xa0;: %2 déclaration(s), %3 participant(s) (%4)</translation>
    </message>
    <message>
        <source>This build of Readout contains no sample summaries.</source>
        <translation>Cette version de Readout ne contient aucun compte rendu d’exemple.</translation>
    </message>
    <message>
        <source>Syntax highlighting is available (KSyntaxHighlighting, theme %1).</source>
        <translation>La coloration syntaxique est disponible (KSyntaxHighlighting, thème %1).</translation>
    </message>
    <message>
        <source>Syntax highlighting is not available: %1</source>
        <translation>La coloration syntaxique n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Readout %1</source>
        <translation>Readout %1</translation>
    </message>
    <message>
        <source>A reader for diplomatic meeting summaries.</source>
        <translation>Un lecteur de comptes rendus de rencontres diplomatiques.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>About Readout</source>
        <translation>À propos de Readout</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Readout</source>
        <translation>À &amp;propos de Readout</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Summaries (%1);;All files (*)</source>
        <translation>Comptes rendus (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Summaries</source>
        <translation>Ouvrir des comptes rendus</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open Folder of Summaries</source>
        <translation>Ouvrir un dossier de comptes rendus</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open &amp;Sample Summaries</source>
        <translation>Ouvrir les comptes rendus d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>&amp;Fermer le document</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Copy with Citation</source>
        <translation>&amp;Copier avec la référence</translation>
    </message>
    <message>
        <source>&amp;Filter Statements</source>
        <translation>&amp;Filtrer les déclarations</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Merge Speakers…</source>
        <translation>F&amp;usionner des intervenants…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Statements of &amp;All Documents</source>
        <translation>Déclarations de tous les &amp;documents</translation>
    </message>
    <message>
        <source>&amp;Previous Statement</source>
        <translation>Déclaration &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Statement</source>
        <translation>Déclaration &amp;suivante</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Highlighting &amp;Theme</source>
        <translation>&amp;Thème de coloration</translation>
    </message>
    <message>
        <source>Follow the Colour Scheme</source>
        <translation>Suivre le jeu de couleurs</translation>
    </message>
    <message>
        <source>%1 was deleted or moved; it left the list.</source>
        <translation>%1 a été supprimé ou déplacé&#xa0;; il a été retiré de la liste.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was read again.</source>
        <translation>%1 a été modifié sur le disque et a été relu.</translation>
    </message>
    <message>
        <source>Could not read %1 again</source>
        <translation>Impossible de relire %1</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message numerus="yes">
        <source>%n documents open, %1 statements</source>
        <translation>
            <numerusform>%n document ouvert, déclarations&#xa0;: %1</numerusform>
            <numerusform>%n documents ouverts, déclarations&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be opened:
%1</source>
        <translation>Certains fichiers n’ont pas pu être ouverts&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Distribué sous la licence GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Volet su&amp;ivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>V&amp;olet précédent</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n de plus</numerusform>
            <numerusform>…et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotations</translation>
    </message>
    <message>
        <source>Highlight &amp;Yellow</source>
        <translation>Surligner en &amp;jaune</translation>
    </message>
    <message>
        <source>Highlight &amp;Green</source>
        <translation>Surligner en &amp;vert</translation>
    </message>
    <message>
        <source>Highlight &amp;Blue</source>
        <translation>Surligner en &amp;bleu</translation>
    </message>
    <message>
        <source>Highlight &amp;Pink</source>
        <translation>Surligner en &amp;rose</translation>
    </message>
    <message>
        <source>Highlight &amp;Orange</source>
        <translation>Surligner en &amp;orange</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Select a passage in the source text first.</source>
        <translation>Sélectionnez d’abord un passage du texte source.</translation>
    </message>
    <message>
        <source>Change highlight colour</source>
        <translation>le changement de couleur du surlignage</translation>
    </message>
    <message>
        <source>Select a passage or a statement to add a note to.</source>
        <translation>Sélectionnez un passage ou une déclaration pour y ajouter une note.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>l’ajout d’une note</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>le surlignage</translation>
    </message>
    <message>
        <source>Notes kept in %1 (the folder is read-only)</source>
        <translation>Notes conservées dans %1 (le dossier est en lecture seule)</translation>
    </message>
    <message>
        <source>Notes kept in %1</source>
        <translation>Notes conservées dans %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>La note n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>la modification de la note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>la suppression de la note</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Delete Highlight and Note</source>
        <translation>Supprimer le surlignage et la note</translation>
    </message>
    <message>
        <source>Add Note to Heading</source>
        <translation>Ajouter une note au titre</translation>
    </message>
    <message>
        <source>Notes unavailable</source>
        <translation>Notes indisponibles</translation>
    </message>
    <message>
        <source>Select the passage in the note&apos;s own document first.</source>
        <translation>Sélectionnez d’abord le passage dans le document de la note.</translation>
    </message>
    <message>
        <source>Attach note</source>
        <translation>le rattachement de la note</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Add Note to the &amp;Document</source>
        <translation>Ajouter une note au &amp;document</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>E&amp;xporter les notes…</translation>
    </message>
    <message>
        <source>&amp;Import Notes…</source>
        <translation>&amp;Importer des notes…</translation>
    </message>
    <message>
        <source>Import Notes</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Annotations Web W3C (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>Rien n’a été importé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1 notes anchored, %2 whose passage was not found, %3 already there.</source>
        <translation>Notes ancrées&#xa0;: %1, passage introuvable&#xa0;: %2, déjà présentes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Team notes on %1</source>
        <translation>Notes de l’équipe sur %1</translation>
    </message>
    <message>
        <source>The notes server is back; edits made meanwhile were sent.</source>
        <translation>Le serveur de notes est de retour ; les modifications faites entre-temps ont été envoyées.</translation>
    </message>
    <message>
        <source>Notes server offline: edits are kept and sent when it is back</source>
        <translation>Serveur de notes hors ligne : les modifications sont conservées et envoyées à son retour</translation>
    </message>
    <message>
        <source>Settings saved; where notes are kept changes when Readout starts again.</source>
        <translation>Paramètres enregistrés ; l’emplacement des notes changera au prochain démarrage de Readout.</translation>
    </message>
</context>
<context>
    <name>Readout::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Write a note (plain text; *emphasis*, **strong**, - lists)</source>
        <translation>Rédigez une note (texte brut&#xa0;; *italique*, **gras**, - listes)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Couleur du surlignage</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Sans surlignage</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Private: only I can see this note</source>
        <translation>&amp;Privée : moi seul peux voir cette note</translation>
    </message>
</context>
<context>
    <name>Readout::NotesPanel</name>
    <message>
        <source>Which notes</source>
        <translation>Notes affichées</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Passage not found</source>
        <translation>Passage introuvable</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Sans surlignage</translation>
    </message>
    <message>
        <source>Find in notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Go to Passage</source>
        <translation>Aller au passage</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Attach to the Selected Passage</source>
        <translation>Rattacher au passage sélectionné</translation>
    </message>
</context>
<context>
    <name>Readout::OutlineModel</name>
    <message>
        <source>Line %1: %2 statements</source>
        <translation>Ligne %1&#xa0;: %2 déclaration(s)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
</context>
<context>
    <name>Readout::SettingsDialog</name>
    <message>
        <source>In the &amp;folders of the summaries</source>
        <translation>Dans les &amp;dossiers des comptes rendus</translation>
    </message>
    <message>
        <source>On the &amp;team&apos;s PostgreSQL server:</source>
        <translation>Sur le serveur PostgreSQL de l’é&amp;quipe :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The password is not kept here: Readout finds it in ~/.pgpass, in PGPASSWORD or in a PostgreSQL service file. The change takes effect when Readout starts again.</source>
        <translation>Le mot de passe n’est pas conservé ici : Readout le trouve dans ~/.pgpass, dans PGPASSWORD ou dans un fichier de service PostgreSQL. Le changement prend effet au prochain démarrage de Readout.</translation>
    </message>
    <message>
        <source>Keep notes</source>
        <translation>Conserver les notes</translation>
    </message>
    <message>
        <source>The password in the address will not be kept.</source>
        <translation>Le mot de passe figurant dans l’adresse ne sera pas conservé.</translation>
    </message>
</context>
<context>
    <name>Readout::SourceView</name>
    <message>
        <source>Source text</source>
        <translation>Texte source</translation>
    </message>
    <message>
        <source>No summary is open.</source>
        <translation>Aucun compte rendu n’est ouvert.</translation>
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
        <translation>Fusionner des intervenants</translation>
    </message>
    <message>
        <source>Speaker to merge</source>
        <translation>Intervenant à fusionner</translation>
    </message>
    <message>
        <source>Speaker to merge into</source>
        <translation>Intervenant de destination</translation>
    </message>
    <message>
        <source>Merged speakers</source>
        <translation>Intervenants fusionnés</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Intervenant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Is the same as:</source>
        <translation>I&amp;dentique à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&amp;Undo Selected Merge</source>
        <translation>&amp;Annuler la fusion sélectionnée</translation>
    </message>
    <message>
        <source>Merged speakers:</source>
        <translation>Intervenants fusionnés&#xa0;:</translation>
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
        <translation>Expression régulière non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid search: %1</source>
        <translation>Recherche invalide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Readout::StatementModel</name>
    <message>
        <source>Both sides (joint)</source>
        <translation>Les deux parties (conjointement)</translation>
    </message>
    <message>
        <source>No speaker stated</source>
        <translation>Intervenant non précisé</translation>
    </message>
    <message>
        <source>%1 (side)</source>
        <translation>%1 (partie)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>%1 (%2), line %3 — %4: “%5”</source>
        <translation>%1 (%2), ligne %3 — %4&#xa0;: «&#xa0;%5&#xa0;»</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Side/Country</source>
        <translation>Partie/pays</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Readout::StatementView</name>
    <message>
        <source>Statements</source>
        <translation>Déclarations</translation>
    </message>
    <message>
        <source>Filter by Speaker “%1”</source>
        <translation>Filtrer par intervenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Filter by This Topic</source>
        <translation>Filtrer par ce sujet</translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation>Copier avec la référence</translation>
    </message>
    <message>
        <source>Add Note to Statement</source>
        <translation>Ajouter une note à la déclaration</translation>
    </message>
</context>
<context>
    <name>Readout::SummaryHighlighter</name>
    <message>
        <source>The syntax definition &quot;%1&quot; could not be loaded.</source>
        <translation>La définition de syntaxe «&#xa0;%1&#xa0;» n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>KF%1SyntaxHighlighting was not found when Readout was built.</source>
        <translation>KF%1SyntaxHighlighting était introuvable lors de la compilation de Readout.</translation>
    </message>
</context>
<context>
    <name>Readout::TopicTreeModel</name>
    <message>
        <source>(Outside any topic)</source>
        <translation>(Sans sujet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
