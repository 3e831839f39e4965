<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>Batch</name>
        <message>
            <location filename="../batch.py" line="75" />
            <source>Granska en mapp – hirelint</source>
            <translation>Lint a folder – hirelint</translation>
        </message>
        <message>
            <location filename="../batch.py" line="88" />
            <source>Mapp att granska</source>
            <translation>Folder to lint</translation>
        </message>
        <message>
            <location filename="../batch.py" line="89" />
            <source>Välj en mapp med Word- och textfiler …</source>
            <translation>Choose a folder of Word and text files …</translation>
        </message>
        <message>
            <location filename="../batch.py" line="90" />
            <source>Välj mapp…</source>
            <translation>Choose folder…</translation>
        </message>
        <message>
            <location filename="../batch.py" line="92" />
            <source>Granska</source>
            <translation>Lint</translation>
        </message>
        <message>
            <location filename="../batch.py" line="96" />
            <source>Mapp:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <location filename="../batch.py" line="105" />
            <source>Förlopp</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../batch.py" line="108" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../batch.py" line="119" />
            <source>Resultat per dokument</source>
            <translation>Results per document</translation>
        </message>
        <message>
            <location filename="../batch.py" line="121" />
            <source>Fil</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../batch.py" line="122" />
            <source>Fynd</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../batch.py" line="126" />
            <source>Anmärkning</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../batch.py" line="143" />
            <source>Dubbelklicka för att öppna dokumentet i redigeraren.</source>
            <translation>Double-click to open the document in the editor.</translation>
        </message>
        <message>
            <location filename="../batch.py" line="146" />
            <source>Välj en mapp och tryck Granska.</source>
            <translation>Choose a folder and press Lint.</translation>
        </message>
        <message>
            <location filename="../batch.py" line="152" />
            <source>Exportera Excel-rapport…</source>
            <translation>Export Excel report…</translation>
        </message>
        <message>
            <location filename="../batch.py" line="155" />
            <source>Spara kommenterade Word-kopior…</source>
            <translation>Save annotated Word copies…</translation>
        </message>
        <message>
            <location filename="../batch.py" line="158" />
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../batch.py" line="177" />
            <source>Välj mapp att granska</source>
            <translation>Choose a folder to lint</translation>
        </message>
        <message>
            <location filename="../batch.py" line="186" />
            <source>Ingen mapp</source>
            <translation>No folder</translation>
        </message>
        <message>
            <location filename="../batch.py" line="187" />
            <source>Mappen finns inte: %1</source>
            <translation>The folder does not exist: %1</translation>
        </message>
        <message>
            <location filename="../batch.py" line="195" />
            <source>Inga .docx-, .txt- eller .md-filer i mappen.</source>
            <translation>No .docx, .txt or .md files in the folder.</translation>
        </message>
        <message>
            <location filename="../batch.py" line="207" />
            <source>Granskar …</source>
            <translation>Linting …</translation>
        </message>
        <message>
            <location filename="../batch.py" line="214" />
            <source>Avbryter efter den aktuella filen …</source>
            <translation>Cancelling after the current file …</translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="232" />
            <source>%1 av %n filer</source>
            <translation>
                <numerusform>%1 of %n file</numerusform>
                <numerusform>%1 of %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="270" />
            <source>%n filer granskades.</source>
            <translation>
                <numerusform>%n file linted.</numerusform>
                <numerusform>%n files linted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="271" />
            <source>%n fynd.</source>
            <translation>
                <numerusform>%n finding.</numerusform>
                <numerusform>%n findings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="273" />
            <source>%n filer kunde inte läsas.</source>
            <translation>
                <numerusform>%n file could not be read.</numerusform>
                <numerusform>%n files could not be read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="325" />
            <source>%n av kopiorna finns redan i mappen. Vill du skriva över dem?</source>
            <translation>
                <numerusform>%n of the copies already exists in the folder. Overwrite it?</numerusform>
                <numerusform>%n of the copies already exist in the folder. Overwrite them?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../batch.py" line="385" />
            <source>%n kommenterade kopior sparades i %1.</source>
            <translation>
                <numerusform>%n annotated copy saved in %1.</numerusform>
                <numerusform>%n annotated copies saved in %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../batch.py" line="275" />
            <source>Avbrutet. </source>
            <translation>Cancelled. </translation>
        </message>
        <message>
            <location filename="../batch.py" line="292" />
            <source>Excel-rapporten finns inte i den här versionen.</source>
            <translation>The Excel report is not available in this version.</translation>
        </message>
        <message>
            <location filename="../batch.py" line="296" />
            <source>Spara Excel-rapport</source>
            <translation>Save Excel report</translation>
        </message>
        <message>
            <location filename="../batch.py" line="297" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../batch.py" line="308" />
            <source>Mapp för kommenterade kopior</source>
            <translation>Folder for annotated copies</translation>
        </message>
        <message>
            <location filename="../batch.py" line="318" />
            <source>Välj en annan mapp</source>
            <translation>Choose another folder</translation>
        </message>
        <message>
            <location filename="../batch.py" line="318" />
            <source>Kopiorna får samma namn som originalen; välj en annan mapp än den som granskades.</source>
            <translation>The copies keep the originals' names; choose a folder other than the one linted.</translation>
        </message>
        <message>
            <location filename="../batch.py" line="324" />
            <source>Filerna finns redan</source>
            <translation>The files already exist</translation>
        </message>
        <message>
            <location filename="../batch.py" line="333" />
            <source>Exporterar …</source>
            <translation>Exporting …</translation>
        </message>
        <message>
            <location filename="../batch.py" line="341" />
            <source>Exporten misslyckades: %1</source>
            <translation>The export failed: %1</translation>
        </message>
        <message>
            <location filename="../batch.py" line="342" />
            <source>Exporten misslyckades</source>
            <translation>The export failed</translation>
        </message>
        <message>
            <location filename="../batch.py" line="364" />
            <source>Excel-rapporten sparades: %1</source>
            <translation>Excel report saved: %1</translation>
        </message>
        <message>
            <location filename="../batch.py" line="387" />
            <source>Problem: %1</source>
            <translation>Problems: %1</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <location filename="../compare_view.py" line="50" />
            <source>Stämmer</source>
            <translation>Matches</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="51" />
            <source>Avviker</source>
            <translation>Differs</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="52" />
            <source>Saknas i annonsen</source>
            <translation>Missing from the ad</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="53" />
            <source>Bara i annonsen</source>
            <translation>Only in the ad</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="54" />
            <source>Diskrimineringsrisk</source>
            <translation>Discrimination risk</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="66" />
            <source>Kravprofil och annons – hirelint</source>
            <translation>Requirement profile and ad – hirelint</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="75" />
            <source>Öppna kravprofil …</source>
            <translation>Open requirement profile …</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="78" />
            <source>Visa i utkastet</source>
            <translation>Show in the draft</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="80" />
            <source>Markera annonsens krav i utkastet</source>
            <translation>Select the ad's requirement in the draft</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="83" />
            <source>Öppna kravprofilen som annonsen skrevs utifrån.</source>
            <translation>Open the requirement profile the ad was written from.</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="86" />
            <source>Resultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="99" />
            <source>Krav i kravprofil och annons</source>
            <translation>Requirements in profile and ad</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="101" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="102" />
            <location filename="../compare_view.py" line="120" />
            <source>Kravprofil</source>
            <translation>Requirement profile</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="103" />
            <source>Annons</source>
            <translation>Ad</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="104" />
            <source>Avvikelse</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="118" />
            <source>Kravprofilen</source>
            <translation>The requirement profile</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="119" />
            <source>Annonsen (utkastet)</source>
            <translation>The ad (the draft)</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="121" />
            <source>Annons (utkastet)</source>
            <translation>Ad (the draft)</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="156" />
            <source>Öppna kravprofil</source>
            <translation>Open requirement profile</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="157" />
            <source>Kravprofiler (*.docx *.txt *.md);;Alla filer (*)</source>
            <translation>Requirement profiles (*.docx *.txt *.md);;All files (*)</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="173" />
            <source>Kravprofilen kunde inte läsas: %1</source>
            <translation>The requirement profile could not be read: %1</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="178" />
            <source>Kravprofil: %1</source>
            <translation>Requirement profile: %1</translation>
        </message>
        <message>
            <location filename="../compare_view.py" line="196" />
            <source>Utkastet är inte granskat ännu.</source>
            <translation>The draft has not been checked yet.</translation>
        </message>
    </context>
    <context>
        <name>Decisions</name>
        <message>
            <location filename="../decisions_dialog.py" line="36" />
            <location filename="../decisions_dialog.py" line="52" />
            <source>Beslut i utkastet</source>
            <translation>Decisions in the draft</translation>
        </message>
        <message>
            <location filename="../decisions_dialog.py" line="41" />
            <source>Beslut om fynden i det här utkastet. Ett avfärdat fynd, eller ett som kunden behöll, kan återställas: det visas då igen, och beslutsloggen får en rad om det.</source>
            <translation>Decisions about the findings in this draft. A dismissed finding, or one the client kept, can be restored: it is shown again, and the decision log gets a line saying so.</translation>
        </message>
        <message>
            <location filename="../decisions_dialog.py" line="48" />
            <source>Beslut</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../decisions_dialog.py" line="48" />
            <source>Formulering</source>
            <translation>Wording</translation>
        </message>
        <message>
            <location filename="../decisions_dialog.py" line="49" />
            <source>Förslag eller skäl</source>
            <translation>Proposal or reason</translation>
        </message>
        <message>
            <location filename="../decisions_dialog.py" line="49" />
            <source>Vem</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../decisions_dialog.py" line="50" />
            <source>När</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../decisions_dialog.py" line="60" />
            <source>Inga beslut ännu.</source>
            <translation>No decisions yet.</translation>
        </message>
        <message>
            <location filename="../decisions_dialog.py" line="64" />
            <source>&amp;Återställ fyndet</source>
            <translation>&amp;Restore the finding</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <location filename="../editor.py" line="59" />
            <source>Annonstext</source>
            <translation>Ad text</translation>
        </message>
        <message>
            <location filename="../editor.py" line="60" />
            <source>Skriv eller klistra in annonsen. Fynd markeras med understrykning och en symbol i marginalen.</source>
            <translation>Type or paste the ad. Findings are underlined and marked with a symbol in the margin.</translation>
        </message>
        <message>
            <location filename="../editor.py" line="62" />
            <source>Skriv eller klistra in en annons eller kravprofil här – eller öppna en fil (Ctrl+O) eller dra in den. Granskningen sker medan du skriver, helt på din dator.</source>
            <translation>Type or paste a job ad or requirement profile here – or open a file (Ctrl+O) or drop one here. It is checked as you type, entirely on your computer.</translation>
        </message>
        <message>
            <location filename="../editor.py" line="263" />
            <source>Ersätt med ”%1”</source>
            <translation>Replace with “%1”</translation>
        </message>
        <message>
            <location filename="../editor.py" line="264" />
            <source>Stryk ordet</source>
            <translation>Delete the word</translation>
        </message>
        <message>
            <location filename="../editor.py" line="267" />
            <source>Avfärda med motivering…</source>
            <translation>Dismiss with a reason…</translation>
        </message>
        <message>
            <location filename="../editor.py" line="335" />
            <source>Marginal med fyndsymboler</source>
            <translation>Margin with finding symbols</translation>
        </message>
        <message>
            <location filename="../editor.py" line="410" />
            <source>Förslag: %1</source>
            <translation>Suggestion: %1</translation>
        </message>
        <message>
            <location filename="../editor.py" line="410" />
            <source>stryk ordet</source>
            <translation>delete the word</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <location filename="../findings_panel.py" line="60" />
            <source>Fynd</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="61" />
            <source>Fynden grupperade efter diskrimineringsgrund och kategori</source>
            <translation>Findings grouped by ground of discrimination and category</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="65" />
            <source>Inga fynd ännu.</source>
            <translation>No findings yet.</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="205" />
            <source>Förklaring av fyndet</source>
            <translation>Explanation of the finding</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="234" />
            <source>Varför, rättslig grund och källa</source>
            <translation>Why, legal basis and source</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="239" />
            <source>Förslag</source>
            <translation>Suggestions</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="248" />
            <source>Avfärda med motivering…</source>
            <translation>Dismiss with a reason…</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="250" />
            <source>Markera fyndet som inte tillämpligt. Du anger varför; beslutet loggas. (Ctrl+D)</source>
            <translation>Mark the finding as not applicable. You give the reason; the decision is logged. (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="271" />
            <source>Välj ett fynd i listan eller i texten.</source>
            <translation>Choose a finding in the list or in the text.</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="285" />
            <source>Varför</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="286" />
            <source>Rättslig grund</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="287" />
            <source>Källa</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="288" />
            <source>styrka</source>
            <translation>strength</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="308" />
            <source>Råd</source>
            <translation>Advice</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="312" />
            <source>Fråga kunden</source>
            <translation>Ask the client</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="313" />
            <source>stryk formuleringen</source>
            <translation>strike the wording</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="322" />
            <source>(stryk ordet)</source>
            <translation>(delete the word)</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="327" />
            <source>Fyll i det som står inom hakparentes.</source>
            <translation>Fill in what is in square brackets.</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="329" />
            <source>Använd</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="331" />
            <source>Använd förslaget %1</source>
            <translation>Apply the suggestion %1</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="333" />
            <source>Ersätt hela kravet med förslaget (kan ångras med Ctrl+Z)</source>
            <translation>Replace the whole requirement with the proposal (Ctrl+Z undoes it)</translation>
        </message>
        <message>
            <location filename="../findings_panel.py" line="335" />
            <source>Ersätt ”%1” med förslaget (kan ångras med Ctrl+Z)</source>
            <translation>Replace “%1” with the suggestion (Ctrl+Z undoes it)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../style.py" line="50" />
            <source>Diskrimineringsrisk</source>
            <translation>Discrimination risk</translation>
        </message>
        <message>
            <location filename="../style.py" line="51" />
            <source>Otydliga krav</source>
            <translation>Vague requirements</translation>
        </message>
        <message>
            <location filename="../style.py" line="52" />
            <source>Könskodade ord</source>
            <translation>Gender-coded words</translation>
        </message>
        <message>
            <location filename="../style.py" line="60" />
            <source>Kön</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location filename="../style.py" line="61" />
            <source>Könsöverskridande identitet eller uttryck</source>
            <translation>Transgender identity or expression</translation>
        </message>
        <message>
            <location filename="../style.py" line="62" />
            <source>Etnisk tillhörighet</source>
            <translation>Ethnicity</translation>
        </message>
        <message>
            <location filename="../style.py" line="63" />
            <source>Religion eller annan trosuppfattning</source>
            <translation>Religion or other belief</translation>
        </message>
        <message>
            <location filename="../style.py" line="64" />
            <source>Funktionsnedsättning</source>
            <translation>Disability</translation>
        </message>
        <message>
            <location filename="../style.py" line="65" />
            <source>Sexuell läggning</source>
            <translation>Sexual orientation</translation>
        </message>
        <message>
            <location filename="../style.py" line="66" />
            <source>Ålder</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../style.py" line="67" />
            <source>Föräldraskap</source>
            <translation>Parenthood</translation>
        </message>
        <message>
            <location filename="../style.py" line="74" />
            <source>fel</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../style.py" line="75" />
            <source>varning</source>
            <translation>warning</translation>
        </message>
        <message>
            <location filename="../style.py" line="76" />
            <source>råd</source>
            <translation>advice</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../main_window.py" line="77" />
            <source>Fynd</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="79" />
            <source>Översikt</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="84" />
            <source>Granskningsstatus</source>
            <translation>Lint status</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="85" />
            <source>Språkanalys: laddas …</source>
            <translation>Language analysis: loading …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="189" />
            <source>&amp;Nytt utkast</source>
            <translation>&amp;New draft</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="190" />
            <source>&amp;Öppna …</source>
            <translation>&amp;Open …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="191" />
            <source>Öppna en annons eller kravprofil (.docx, .txt, .md)</source>
            <translation>Open a job ad or requirement profile (.docx, .txt, .md)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="192" />
            <source>&amp;Spara</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="193" />
            <source>Spara s&amp;om …</source>
            <translation>Save &amp;As …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="194" />
            <source>Rensad annons som &amp;Word (.docx) …</source>
            <translation>Cleaned ad as &amp;Word (.docx) …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="196" />
            <source>Rensad annons som &amp;text (.txt) …</source>
            <translation>Cleaned ad as &amp;text (.txt) …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="198" />
            <source>&amp;Kommenterad Word-kopia …</source>
            <translation>&amp;Annotated Word copy …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="200" />
            <source>En Word-kopia med en kommentar vid varje fynd</source>
            <translation>A Word copy with a comment at each finding</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="201" />
            <source>Kund&amp;rapport (Word) …</source>
            <translation>Client &amp;report (Word) …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="203" />
            <source>Kundrapport (&amp;PDF) …</source>
            <translation>Client report (&amp;PDF) …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="205" />
            <source>&amp;Granska en mapp …</source>
            <translation>&amp;Lint a folder …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="206" />
            <source>Granska alla annonser i en mapp</source>
            <translation>Lint every ad in a folder</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="207" />
            <source>&amp;Avsluta</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="209" />
            <source>&amp;Ångra</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="210" />
            <source>&amp;Gör om</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="215" />
            <source>Klipp &amp;ut</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="216" />
            <source>&amp;Kopiera</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="217" />
            <source>Klistra &amp;in</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="218" />
            <source>Markera &amp;allt</source>
            <translation>Select &amp;All</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="221" />
            <source>&amp;Nästa fynd</source>
            <translation>&amp;Next finding</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="222" />
            <source>&amp;Föregående fynd</source>
            <translation>&amp;Previous finding</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="223" />
            <source>Använd &amp;förslaget</source>
            <translation>Apply &amp;suggestion</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="224" />
            <source>Använd det första förslaget för det valda fyndet</source>
            <translation>Apply the first suggestion for the selected finding</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="225" />
            <source>A&amp;vfärda fynd …</source>
            <translation>&amp;Dismiss finding …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="228" />
            <source>Använd förslag %1</source>
            <translation>Apply suggestion %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="232" />
            <source>Nästa &amp;panel</source>
            <translation>Next &amp;pane</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="234" />
            <source>Föregående panel</source>
            <translation>Previous pane</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="237" />
            <source>&amp;Mötesläge</source>
            <translation>&amp;Meeting mode</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="238" />
            <source>Gå igenom fynden med kunden, ett i taget</source>
            <translation>Go through the findings with the client, one at a time</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="239" />
            <source>Jämför med &amp;kravprofil …</source>
            <translation>Compare with &amp;requirement profile …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="241" />
            <source>Öppna kundens kravprofil bredvid utkastet och jämför kraven</source>
            <translation>Open the client's requirement profile beside the draft and compare the requirements</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="242" />
            <source>&amp;Inställningar …</source>
            <translation>&amp;Settings …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="244" />
            <source>&amp;Beslut i utkastet …</source>
            <translation>&amp;Decisions in the draft …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="246" />
            <source>Beslut om fynden, med återställning av avfärdade fynd</source>
            <translation>Decisions about the findings, with restore for dismissed findings</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="247" />
            <source>Öppna mappen med &amp;beslutsloggen</source>
            <translation>Open the &amp;decision log folder</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="248" />
            <source>&amp;Om hirelint</source>
            <translation>&amp;About hirelint</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="251" />
            <source>&amp;Arkiv</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="254" />
            <source>Senaste &amp;filer</source>
            <translation>Recent &amp;files</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="260" />
            <source>&amp;Exportera</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="272" />
            <source>&amp;Redigera</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="282" />
            <source>&amp;Visa</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="290" />
            <source>Panelen &amp;Fynd</source>
            <translation>&amp;Findings panel</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="292" />
            <source>Panelen Ö&amp;versikt</source>
            <translation>&amp;Overview panel</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="296" />
            <source>Ver&amp;ktyg</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="300" />
            <source>&amp;Hjälp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="303" />
            <source>Verktygsfält</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="330" />
            <source>Töm listan</source>
            <translation>Clear the list</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="333" />
            <source>(inga filer ännu)</source>
            <translation>(no files yet)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="354" />
            <source>Granskningen misslyckades: %1</source>
            <translation>Linting failed: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="376" />
            <source>Inga fynd. Texten följer de regler som är påslagna.</source>
            <translation>No findings. The text follows the rules that are switched on.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="378" />
            <source>Inga fynd ännu. Skriv, klistra in eller öppna en annons.</source>
            <translation>No findings yet. Type, paste or open an ad.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="389" />
            <location filename="../main_window.py" line="410" />
            <source>Granskar …</source>
            <translation>Linting …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="394" />
            <source>Inga fynd</source>
            <translation>No findings</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="398" />
            <source>%n fel</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="399" />
            <source>%n varningar</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="400" />
            <source>%n råd</source>
            <translation>
                <numerusform>%n piece of advice</numerusform>
                <numerusform>%n pieces of advice</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="401" />
            <source>%n fynd</source>
            <translation>
                <numerusform>%n finding</numerusform>
                <numerusform>%n findings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="404" />
            <source>%n avgjorda</source>
            <translation>
                <numerusform>%n settled</numerusform>
                <numerusform>%n settled</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="542" />
            <source>Fyndet har inget förslag %1.</source>
            <translation>The finding has no suggestion %1.</translation>
        </message>
        <message numerus="yes">
            <location filename="../main_window.py" line="1000" />
            <source>Kommenterad kopia sparad: %1 (%n kommentarer)</source>
            <translation>
                <numerusform>Annotated copy saved: %1 (%n comment)</numerusform>
                <numerusform>Annotated copy saved: %1 (%n comments)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../main_window.py" line="416" />
            <source>Språkanalys: förenklad</source>
            <translation>Language analysis: basic</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="420" />
            <source>Språkanalys: klar</source>
            <translation>Language analysis: ready</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="426" />
            <source>Lexikonmappen kunde inte läsas</source>
            <translation>The lexicon folder could not be read</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="427" />
            <source>%1

hirelint använder de inbyggda lexikonen tills du rättar mappen under Verktyg → Inställningar.</source>
            <translation>%1

hirelint uses the built-in lexicons until you fix the folder under Tools → Settings.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="464" />
            <source>Fyndet visas igen; beslutet loggades.</source>
            <translation>The finding is shown again; the decision was logged.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="486" />
            <source>Texten har ändrats sedan granskningen – förslaget fördes inte in. Granskar igen …</source>
            <translation>The text has changed since it was linted – the suggestion was not applied. Linting again …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="494" />
            <location filename="../main_window.py" line="681" />
            <source>Förslaget fördes in. Ångra med Ctrl+Z.</source>
            <translation>Suggestion applied. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="507" />
            <source>Fyndet avfärdades och beslutet loggades.</source>
            <translation>The finding was dismissed and the decision logged.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="607" />
            <source>Mötesläge</source>
            <translation>Meeting mode</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="608" />
            <source>Det finns inga fynd att gå igenom.</source>
            <translation>There are no findings to go through.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="621" />
            <source>Osparat utkast</source>
            <translation>Unsaved draft</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="726" />
            <source>Öppnar %1 …</source>
            <translation>Opening %1 …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="737" />
            <source>Filen kunde inte öppnas</source>
            <translation>The file could not be opened</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="780" />
            <location filename="../main_window.py" line="899" />
            <source>annons</source>
            <translation>ad</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="782" />
            <source>(granskad)</source>
            <translation>(reviewed)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="788" />
            <source>Spara utkastet</source>
            <translation>Save the draft</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="794" />
            <location filename="../main_window.py" line="981" />
            <source>Originalet skrivs aldrig över</source>
            <translation>The original is never overwritten</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="795" />
            <source>Välj ett nytt filnamn; Word-originalet lämnas orört.</source>
            <translation>Choose a new file name; the Word original is left untouched.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="811" />
            <source>Kunde inte spara</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="827" />
            <source>Sparat: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="829" />
            <source>originalets formatering kunde inte behållas</source>
            <translation>the original's formatting could not be kept</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="844" />
            <source>utkastet</source>
            <translation>the draft</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="853" />
            <source>Nytt utkast</source>
            <translation>New draft</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="867" />
            <source>Återställningskopian kunde inte sparas: %1</source>
            <translation>The recovery copy could not be saved: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="877" />
            <source>utan namn</source>
            <translation>untitled</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="904" />
            <source>(ren)</source>
            <translation>(clean)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="906" />
            <source>Exportera rensad annons</source>
            <translation>Export cleaned ad</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="921" />
            <location filename="../main_window.py" line="972" />
            <location filename="../main_window.py" line="992" />
            <location filename="../main_window.py" line="996" />
            <source>Exporten misslyckades</source>
            <translation>The export failed</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="923" />
            <source>Exporterat: %1</source>
            <translation>Exported: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="928" />
            <source>(kommenterad)</source>
            <translation>(annotated)</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="930" />
            <source>Spara kommenterad Word-kopia</source>
            <translation>Save annotated Word copy</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="941" />
            <source>Skriver den kommenterade kopian …</source>
            <translation>Writing the annotated copy …</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="949" />
            <source>kundrapport</source>
            <translation>client report</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="951" />
            <source>Spara kundrapport</source>
            <translation>Save client report</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="959" />
            <source>Utkast utan namn</source>
            <translation>Untitled draft</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="975" />
            <source>Kundrapporten sparades: %1</source>
            <translation>Client report saved: %1</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="982" />
            <source>Välj ett annat filnamn än utkastets eget.</source>
            <translation>Choose a file name other than the draft's own.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="1037" />
            <source>Utkastet har ändrats; jämförelsen uppdateras strax.</source>
            <translation>The draft has changed; the comparison will update shortly.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="1072" />
            <source>Språket byts nästa gång hirelint startas.</source>
            <translation>The language changes the next time hirelint starts.</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="1079" />
            <source>Om hirelint</source>
            <translation>About hirelint</translation>
        </message>
        <message>
            <location filename="../main_window.py" line="1079" />
            <source>&lt;h3&gt;hirelint %1&lt;/h3&gt;&lt;p&gt;Granskar platsannonser och kravprofiler offline: formuleringar som riskerar att diskriminera och krav som inte går att pröva, med förklaringar och neutrala, mätbara förslag.&lt;/p&gt;&lt;p&gt;Inget lämnar datorn. hirelint skriver annonser; det bedömer aldrig kandidater.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;hirelint %1&lt;/h3&gt;&lt;p&gt;Checks Swedish job ads and requirement profiles offline: wording that risks discrimination and requirements no one can screen against, with explanations and neutral, measurable suggestions.&lt;/p&gt;&lt;p&gt;Nothing leaves the computer. hirelint writes ads; it never assesses candidates.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Meeting</name>
        <message>
            <location filename="../meeting.py" line="127" />
            <source>Mötesläge – %1</source>
            <translation>Meeting mode – %1</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="128" />
            <source>Mötesläge</source>
            <translation>Meeting mode</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="147" />
            <source>Genomgång med kunden</source>
            <translation>Review with the client</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="161" />
            <source>Hur långt genomgången har kommit</source>
            <translation>How far the review has come</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="187" />
            <location filename="../meeting.py" line="211" />
            <source>Kundens formulering</source>
            <translation>The client's wording</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="190" />
            <location filename="../meeting.py" line="331" />
            <source>Förslag</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="212" />
            <source>Föreslagen formulering</source>
            <translation>Proposed wording</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="215" />
            <location filename="../meeting.py" line="336" />
            <source>Varför</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="223" />
            <source>Skälet</source>
            <translation>The reason</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="238" />
            <source>Motivering för att behålla:</source>
            <translation>Reason for keeping it:</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="241" />
            <source>Motivering för att behålla formuleringen</source>
            <translation>Reason for keeping the wording</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="242" />
            <source>t.ex. B-körkort behövs: dagliga kundbesök med bil</source>
            <translation>e.g. driving licence needed: daily customer visits by car</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="257" />
            <location filename="../meeting.py" line="501" />
            <location filename="../meeting.py" line="506" />
            <source>← Föregående</source>
            <translation>← Previous</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="258" />
            <location filename="../meeting.py" line="507" />
            <source>Godta förslaget  ⏎</source>
            <translation>Accept the proposal  ⏎</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="261" />
            <source>Huvudåtgärd: godta förslaget (Enter)</source>
            <translation>Main action: accept the proposal (Enter)</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="262" />
            <location filename="../meeting.py" line="508" />
            <source>Behåll med motivering  (K)</source>
            <translation>Keep, with a reason  (K)</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="263" />
            <location filename="../meeting.py" line="503" />
            <location filename="../meeting.py" line="508" />
            <source>Nästa →</source>
            <translation>Next →</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="264" />
            <location filename="../meeting.py" line="509" />
            <source>Avsluta  (Esc)</source>
            <translation>Finish  (Esc)</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="586" />
            <source>Fråga kunden:</source>
            <translation>Ask the client:</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="590" />
            <source>(stryk kravet)</source>
            <translation>(drop the requirement)</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="311" />
            <source>Klart</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="315" />
            <source>Sammanfattning</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="317" />
            <source>Godtagna förslag: %1. Behållna formuleringar med motivering: %2. Ej avgjorda: %3.

Besluten finns i kundrapporten (Arkiv → Exportera).</source>
            <translation>Proposals accepted: %1. Wordings kept with a reason: %2. Not decided: %3.

The decisions are in the client report (File → Export).</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="322" />
            <source>Punkt %1 av %2</source>
            <translation>Item %1 of %2</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="328" />
            <source>Råd</source>
            <translation>Advice</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="337" />
            <source>Varför – %1 skäl</source>
            <translation>Why – %1 reasons</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="352" />
            <source>Texten har ändrats här sedan granskningen; ändra i texten efter mötet.</source>
            <translation>The text here has changed since the review; edit it after the meeting.</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="368" />
            <source>ska-krav</source>
            <translation>must-have</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="368" />
            <source>meriterande</source>
            <translation>merit</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="581" />
            <source>(inget förslag)</source>
            <translation>(no proposal)</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="341" />
            <source>Rättslig grund: %1</source>
            <translation>Legal basis: %1</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="502" />
            <source>Godta rådet</source>
            <translation>Accept the advice</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="502" />
            <source>Godta förslaget</source>
            <translation>Accept the proposal</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="503" />
            <source>Behåll med motivering</source>
            <translation>Keep with a justification</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="504" />
            <source>Avsluta</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="507" />
            <source>Godta rådet  ⏎</source>
            <translation>Accept the advice  ⏎</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="376" />
            <source>Godtaget.</source>
            <translation>Accepted.</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="273" />
            <source>Tangenter: → nästa · ← föregående · Enter godta · K behåll · Esc avsluta</source>
            <translation>Keys: → next · ← previous · Enter accept · K keep · Esc leave</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="378" />
            <source>Behålls: %1</source>
            <translation>Kept: %1</translation>
        </message>
        <message>
            <location filename="../meeting.py" line="402" />
            <source>Texten har ändrats sedan granskningen; förslaget kunde inte föras in. Ändra i texten efter mötet.</source>
            <translation>The text has changed since it was linted; the proposal could not be applied. Edit the text after the meeting.</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../overview.py" line="48" />
            <source>Könskodningsbalans</source>
            <translation>Gender-coding balance</translation>
        </message>
        <message>
            <location filename="../overview.py" line="71" />
            <source>maskulint</source>
            <translation>masculine</translation>
        </message>
        <message>
            <location filename="../overview.py" line="72" />
            <source>feminint</source>
            <translation>feminine</translation>
        </message>
        <message>
            <location filename="../overview.py" line="103" />
            <source>Inga könskodade ord.</source>
            <translation>No gender-coded words.</translation>
        </message>
        <message>
            <location filename="../overview.py" line="105" />
            <source>övervägande maskulint kodad</source>
            <translation>mostly masculine-coded</translation>
        </message>
        <message>
            <location filename="../overview.py" line="107" />
            <source>övervägande feminint kodad</source>
            <translation>mostly feminine-coded</translation>
        </message>
        <message>
            <location filename="../overview.py" line="109" />
            <source>i balans</source>
            <translation>balanced</translation>
        </message>
        <message>
            <location filename="../overview.py" line="110" />
            <source>%1 maskulint och %2 feminint kodade ord – texten är %3.</source>
            <translation>%1 masculine- and %2 feminine-coded words – the text is %3.</translation>
        </message>
        <message>
            <location filename="../overview.py" line="125" />
            <source>Maskulint kodade: %1.</source>
            <translation>Masculine-coded: %1.</translation>
        </message>
        <message>
            <location filename="../overview.py" line="127" />
            <source>Feminint kodade: %1.</source>
            <translation>Feminine-coded: %1.</translation>
        </message>
        <message>
            <location filename="../overview.py" line="138" />
            <source>Översikt</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../overview.py" line="143" />
            <source>Fynd per grund och kategori</source>
            <translation>Findings per ground and category</translation>
        </message>
        <message>
            <location filename="../overview.py" line="168" />
            <source>Könskodning</source>
            <translation>Gender coding</translation>
        </message>
        <message>
            <location filename="../overview.py" line="177" />
            <source>Könskodade ord som räknades</source>
            <translation>Gender-coded words counted</translation>
        </message>
        <message>
            <location filename="../overview.py" line="183" />
            <location filename="../overview.py" line="195" />
            <source>Krav</source>
            <translation>Requirements</translation>
        </message>
        <message>
            <location filename="../overview.py" line="187" />
            <source>Andel ska-krav som går att pröva</source>
            <translation>Share of must-haves that can be screened</translation>
        </message>
        <message>
            <location filename="../overview.py" line="193" />
            <source>Kravlista</source>
            <translation>Requirement list</translation>
        </message>
        <message>
            <location filename="../overview.py" line="195" />
            <source>Typ</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../overview.py" line="195" />
            <source>Prövbart</source>
            <translation>Screenable</translation>
        </message>
        <message>
            <location filename="../overview.py" line="250" />
            <source>%1 av %2 ska-krav går att pröva mot en ansökan utan risk för diskriminering.</source>
            <translation>%1 of %2 must-haves can be screened against an application without a risk of discrimination.</translation>
        </message>
        <message>
            <location filename="../overview.py" line="254" />
            <source>Inga ska-krav hittades.</source>
            <translation>No must-haves found.</translation>
        </message>
        <message>
            <location filename="../overview.py" line="257" />
            <source>Merit</source>
            <translation>Merit</translation>
        </message>
        <message>
            <location filename="../overview.py" line="257" />
            <source>Ska</source>
            <translation>Must</translation>
        </message>
        <message>
            <location filename="../overview.py" line="259" />
            <source>Nej</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../overview.py" line="267" />
            <source>Går inte att pröva: en formulering i kravet riskerar att diskriminera.</source>
            <translation>Not screenable: a wording in the requirement risks discrimination.</translation>
        </message>
        <message>
            <location filename="../overview.py" line="261" />
            <source>✓ Ja</source>
            <translation>✓ Yes</translation>
        </message>
        <message>
            <location filename="../overview.py" line="261" />
            <source>✗ Nej</source>
            <translation>✗ No</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <location filename="../prompts.py" line="36" />
            <source>Verkligt och avgörande yrkeskrav: </source>
            <translation>Genuine and determining occupational requirement: </translation>
        </message>
        <message>
            <location filename="../prompts.py" line="37" />
            <source>Beskriver kunderna eller verksamheten, inte den sökande.</source>
            <translation>Describes the clients or the business, not the applicant.</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="38" />
            <source>Ett namn, citat eller en titel – inte ett krav.</source>
            <translation>A name, quotation or title – not a requirement.</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="39" />
            <source>Kravet är motiverat och mätbart i sitt sammanhang: </source>
            <translation>The requirement is justified and measurable in its context: </translation>
        </message>
        <message>
            <location filename="../prompts.py" line="40" />
            <source>Falsklarm.</source>
            <translation>False alarm.</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="60" />
            <source>Vanliga skäl</source>
            <translation>Common reasons</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="61" />
            <source>Välj ett vanligt skäl …</source>
            <translation>Choose a common reason …</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="64" />
            <source>Vanliga skäl:</source>
            <translation>Common reasons:</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="67" />
            <source>Motivering</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="68" />
            <source>t.ex. Beskriver kundens brukare, inte den sökande.</source>
            <translation>e.g. Describes the client's service users, not the applicant.</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="74" />
            <source>Beslutet sparas i beslutsloggen med ditt användarnamn och tid.</source>
            <translation>The decision is saved in the decision log with your user name and the time.</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="79" />
            <source>Spara beslut</source>
            <translation>Save decision</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="80" />
            <location filename="../prompts.py" line="121" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="104" />
            <source>Avfärda fynd</source>
            <translation>Dismiss finding</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="105" />
            <source>Varför gäller fyndet inte här?</source>
            <translation>Why does the finding not apply here?</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="116" />
            <source>Osparade ändringar</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="117" />
            <source>Vill du spara ändringarna i %1?</source>
            <translation>Do you want to save the changes to %1?</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="118" />
            <source>Annars går ändringarna förlorade.</source>
            <translation>Otherwise the changes are lost.</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="119" />
            <source>Spara</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="120" />
            <source>Spara inte</source>
            <translation>Don't save</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="137" />
            <source>Återställ utkast</source>
            <translation>Restore draft</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="138" />
            <source>hirelint avslutades oväntat. Vill du återställa utkastet %1 (sparat %2)?</source>
            <translation>hirelint closed unexpectedly. Do you want to restore the draft %1 (saved %2)?</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="141" />
            <source>Återställ</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="142" />
            <source>Släng</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="152" />
            <source>Öppna annons eller kravprofil</source>
            <translation>Open job ad or requirement profile</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="153" />
            <source>Annonser (*.docx *.txt *.md);;Word (*.docx);;Text (*.txt *.md);;Alla filer (*)</source>
            <translation>Ads (*.docx *.txt *.md);;Word (*.docx);;Text (*.txt *.md);;All files (*)</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="181" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../prompts.py" line="182" />
            <source>Nej</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../settings_dialog.py" line="42" />
            <source>Inställningar</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="46" />
            <source>Vad ska granskas</source>
            <translation>What to check</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="59" />
            <source>Lägsta nivå som visas</source>
            <translation>Lowest level shown</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="60" />
            <source>Råd, varningar och fel</source>
            <translation>Advice, warnings and errors</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="61" />
            <source>Varningar och fel</source>
            <translation>Warnings and errors</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="62" />
            <source>Bara fel</source>
            <translation>Errors only</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="65" />
            <source>Visa:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="69" />
            <source>Byråns egen lexikonmapp</source>
            <translation>The office's own lexicon folder</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="70" />
            <source>Ingen – bara de inbyggda lexikonen</source>
            <translation>None – the built-in lexicons only</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="71" />
            <source>Välj…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="75" />
            <source>Egen lexikonmapp:</source>
            <translation>Own lexicon folder:</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="78" />
            <source>Tillåtna ord</source>
            <translation>Allowed words</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="79" />
            <source>Ett ord eller namn per rad, t.ex. Mansfield Industri</source>
            <translation>One word or name per line, e.g. Mansfield Industri</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="82" />
            <source>Flagga aldrig:</source>
            <translation>Never flag:</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="85" />
            <source>Språk</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="86" />
            <source>Automatiskt (svenska om inget annat anges)</source>
            <translation>Automatic (Swedish unless set otherwise)</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="90" />
            <source>Språk:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="93" />
            <source>Kundrapporten</source>
            <translation>Client report</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="97" />
            <source>Rådgivarens namn</source>
            <translation>Adviser's name</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="98" />
            <source>t.ex. Anna Lind</source>
            <translation>e.g. Anna Lind</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="101" />
            <source>Byrå</source>
            <translation>Firm</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="102" />
            <source>t.ex. Lind Rekrytering AB</source>
            <translation>e.g. Lind Recruitment Ltd</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="103" />
            <source>Ditt namn:</source>
            <translation>Your name:</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="104" />
            <source>Byrå:</source>
            <translation>Firm:</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="105" />
            <source>Står som ”Upprättad av” i kundrapporten. Utan namn och byrå utelämnas raden.</source>
            <translation>Shown as “Prepared by” in the client report. Without a name and firm the line is left out.</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="110" />
            <source>Språkbytet gäller när programmet startas om.</source>
            <translation>A language change takes effect when the program restarts.</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="114" />
            <source>Beslutsloggen sparas i: %1</source>
            <translation>The decision log is kept in: %1</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="120" />
            <source>Spara</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="121" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../settings_dialog.py" line="127" />
            <source>Välj lexikonmapp</source>
            <translation>Choose lexicon folder</translation>
        </message>
    </context>
</TS>
