<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActualsModel</name>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="67" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="68" />
        <source>Segment</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="69" />
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="70" />
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="71" />
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="72" />
        <source>Actual</source>
        <translation>Faktiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="73" />
        <source>Start ±</source>
        <translation>Start ±</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="74" />
        <source>Length ±</source>
        <translation>Längd ±</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="75" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="80" />
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="81" />
        <location filename="../../facilitator_app/ui/actuals_model.py" line="120" />
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="82" />
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="83" />
        <source>skipped</source>
        <translation>hoppas över</translation>
    </message>
</context>
<context>
    <name>ColourDelegate</name>
    <message>
        <location filename="../../facilitator_app/ui/delegates.py" line="40" />
        <source>Kind's colour</source>
        <translation>Typens färg</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="60" />
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="61" />
        <source>Breakout</source>
        <translation>Grupprum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="62" />
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="63" />
        <source>Poll</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="64" />
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="45" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="78" />
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="89" />
        <source>Started</source>
        <translation>Startade</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="90" />
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="91" />
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="92" />
        <source>Day ends</source>
        <translation>Dagen slutar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="109" />
        <source>Message on stage</source>
        <translation>Meddelande på scenen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="112" />
        <source>Type a message for the stage, press Enter</source>
        <translation>Skriv ett meddelande till scenen, tryck Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="115" />
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="117" />
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="133" />
        <source>On stage now: “%1”</source>
        <translation>På scenen nu: ”%1”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="133" />
        <source>No message on stage.</source>
        <translation>Inget meddelande på scenen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="148" />
        <source>%1 · at %2</source>
        <translation>%1 · kl. %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="162" />
        <location filename="../../facilitator_app/ui/live_panel.py" line="165" />
        <source>%1 (plan %2)</source>
        <translation>%1 (plan %2)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="174" />
        <source>%1 (stop %2)</source>
        <translation>%1 (stopp %2)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="181" />
        <source>The day is projected to end %1 after its hard stop at %2.</source>
        <translation>Dagen beräknas sluta %1 efter det fasta stoppet kl. %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="108" />
        <source>Facilitator Console</source>
        <translation>Facilitator Console</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="167" />
        <location filename="../../facilitator_app/ui/main_window.py" line="483" />
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="167" />
        <source>Start, pause or resume</source>
        <translation>Starta, pausa eller fortsätt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="168" />
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="168" />
        <source>Finish this segment, start the next</source>
        <translation>Avsluta passet och starta nästa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="169" />
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="170" />
        <source>Back to the previous segment, continuing where it was left</source>
        <translation>Tillbaka till föregående pass, där det lämnades</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="171" />
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="171" />
        <source>Remove a minute</source>
        <translation>Ta bort en minut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="172" />
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="172" />
        <source>Add a minute</source>
        <translation>Lägg till en minut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="173" />
        <source>Go to selected</source>
        <translation>Gå till markerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="173" />
        <source>Start the selected segment now</source>
        <translation>Starta det markerade passet nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="174" />
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="174" />
        <source>Skip or unskip the selected upcoming segment</source>
        <translation>Hoppa över (eller ångra) det markerade kommande passet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="175" />
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="175" />
        <source>End the show for now</source>
        <translation>Avsluta programmet för nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="176" />
        <source>Stage view</source>
        <translation>Scenvy</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="176" />
        <source>Show or hide the stage view</source>
        <translation>Visa eller dölj scenvyn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="178" />
        <source>Cycle display mode</source>
        <translation>Byt visningsläge</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="179" />
        <source>Type a stage message</source>
        <translation>Skriv ett scenmeddelande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="180" />
        <source>Clear the stage message</source>
        <translation>Rensa scenmeddelandet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="182" />
        <source>Add segment</source>
        <translation>Lägg till pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="183" />
        <source>Duplicate segment</source>
        <translation>Duplicera pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="184" />
        <source>Delete segment</source>
        <translation>Ta bort pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="185" />
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="186" />
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="187" />
        <source>Edit cell</source>
        <translation>Redigera cell</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="188" />
        <source>Previous day</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="189" />
        <source>Next day</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="190" />
        <source>Export planned vs actual (CSV)…</source>
        <translation>Exportera planerat mot faktiskt (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="192" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="194" />
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="196" />
        <source>Quit</source>
        <translation>Avsluta programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="218" />
        <source>Display:</source>
        <translation>Visning:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="271" />
        <source>PLANNED VS ACTUAL</source>
        <translation>PLANERAT MOT FAKTISKT</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="273" />
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="308" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="336" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="341" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="348" />
        <source>Add day</source>
        <translation>Lägg till dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="352" />
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="360" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="362" />
        <source>Stage screen</source>
        <translation>Skärm för scenvyn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="364" />
        <source>Flash the stage when time is up</source>
        <translation>Blinka scenvyn när tiden är slut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="368" />
        <source>Sound cue at warning and at zero</source>
        <translation>Ljudsignal vid varning och vid noll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="376" />
        <location filename="../../facilitator_app/ui/main_window.py" line="800" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="378" />
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="385" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="386" />
        <location filename="../../facilitator_app/ui/main_window.py" line="805" />
        <source>About Facilitator Console</source>
        <translation>Om Facilitator Console</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="450" />
        <source>NOT SAVED</source>
        <translation>INTE SPARAT</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="460" />
        <source>Saved · %1 events</source>
        <translation>Sparat · %1 händelser</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="464" />
        <source>In control: %1 (this console)</source>
        <translation>Styr: %1 (den här konsolen)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="466" />
        <source>In control: %1</source>
        <translation>Styr: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="483" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="483" />
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="629" />
        <source>New segment</source>
        <translation>Nytt pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="646" />
        <source>The running segment cannot be deleted; go to another segment first.</source>
        <translation>Det pågående passet kan inte tas bort; gå först till ett annat pass.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="664" />
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="689" />
        <source>Export planned vs actual</source>
        <translation>Exportera planerat mot faktiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="689" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="703" />
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="705" />
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="800" />
        <source>The language changes when the console is restarted.</source>
        <translation>Språket byts när konsolen startas om.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="806" />
        <source>Facilitator Console %1
The producer's cockpit for digital conferences.

Session: %2</source>
        <translation>Facilitator Console %1
Producentens cockpit för digitala konferenser.

Session: %2</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="28" />
        <source>Count down</source>
        <translation>Räkna ned</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="29" />
        <source>Count up</source>
        <translation>Räkna upp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="30" />
        <source>Time of day</source>
        <translation>Klockslag</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="49" />
        <source>Not running</source>
        <translation>Går inte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="50" />
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="51" />
        <source>Wrap up</source>
        <translation>Runda av</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="52" />
        <source>Last seconds</source>
        <translation>Sista sekunderna</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="53" />
        <source>OVERTIME</source>
        <translation>ÖVERTID</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="59" />
        <source>on schedule</source>
        <translation>enligt schemat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="61" />
        <source>%1 behind schedule</source>
        <translation>%1 efter schemat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="62" />
        <source>%1 ahead of schedule</source>
        <translation>%1 före schemat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="80" />
        <source>Up next: %1</source>
        <translation>Härnäst: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="82" />
        <source>Next: %1 at %2</source>
        <translation>Nästa: %1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="84" />
        <source>Last segment of the day</source>
        <translation>Dagens sista pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="86" />
        <source>Nothing left to run</source>
        <translation>Inget kvar att köra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="88" />
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="90" />
        <source>OVERTIME</source>
        <translation>ÖVERTID</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="92" />
        <source>Show ended</source>
        <translation>Programmet avslutat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="92" />
        <source>Not started</source>
        <translation>Inte startat</translation>
    </message>
</context>
<context>
    <name>RunOfShowModel</name>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="197" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="198" />
        <source>Gap</source>
        <translation>Lucka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="199" />
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="200" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="202" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="203" />
        <source>Lead</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="204" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="205" />
        <source>Warn</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="206" />
        <source>Danger</source>
        <translation>Fara</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="264" />
        <source>+%1 gap</source>
        <translation>+%1 lucka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="266" />
        <source>%1 overlap</source>
        <translation>%1 överlapp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="303" />
        <source>Fixed start at %1. Clear it to follow the previous segment.</source>
        <translation>Fast start kl. %1. Töm fältet för att följa föregående pass.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="306" />
        <source>Follows the previous segment. Type a time (HH:MM) to fix the start.</source>
        <translation>Följer föregående pass. Skriv en tid (TT:MM) för fast start.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="309" />
        <source>Nothing is planned for %1 before this fixed start.</source>
        <translation>Inget är planerat under %1 före denna fasta start.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="312" />
        <source>The previous segment runs %1 into this fixed start.</source>
        <translation>Föregående pass går %1 in i denna fasta start.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="316" />
        <source>Colour: %1</source>
        <translation>Färg: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="316" />
        <source>the kind's colour</source>
        <translation>typens färg</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="320" />
        <source>Seconds left when the countdown changes colour; empty uses the default.</source>
        <translation>Sekunder kvar när nedräkningen byter färg; tomt ger standardvärdet.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../facilitator_app/ui/session_controller.py" line="37" />
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/stage_window.py" line="27" />
        <source>Stage view</source>
        <translation>Scenvy</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../facilitator_app/app.py" line="257" />
        <source>Session not opened</source>
        <translation>Sessionen öppnades inte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="258" />
        <source>The session could not be opened:

%1

The sample session is open instead.</source>
        <translation>Sessionen kunde inte öppnas:

%1

Exempelsessionen är öppen i stället.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="299" />
        <source>Customer panel joins at 10:00 – please be ready</source>
        <translation>Kundpanelen ansluter kl. 10.00 – var redo</translation>
    </message>
</context>
</TS>