<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActualsModel</name>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="69" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="70" />
        <source>Segment</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="71" />
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="72" />
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="73" />
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="74" />
        <source>Actual</source>
        <translation>Faktiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="75" />
        <source>Start ±</source>
        <translation>Start ±</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="76" />
        <source>Length ±</source>
        <translation>Längd ±</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="77" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="83" />
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="84" />
        <location filename="../../facilitator_app/ui/actuals_model.py" line="123" />
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="85" />
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/actuals_model.py" line="86" />
        <source>skipped</source>
        <translation>hoppas över</translation>
    </message>
</context>
<context>
    <name>CapabilitiesDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="44" />
        <source>What each platform can do</source>
        <translation>Vad varje plattform kan göra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="49" />
        <source>No platform lets the console move people between rooms live, open rooms, run room timers or launch a poll. Where it cannot, the console prepares the step and prompts you at the right moment. The console syncs with the platform linked under Platform → Link meeting…</source>
        <translation>Ingen plattform låter konsolen flytta deltagare mellan grupprum under mötet, öppna rum, köra rumstimer eller starta en omröstning. Där det inte går förbereder konsolen steget och påminner dig i rätt ögonblick. Konsolen synkar med plattformen som är kopplad under Plattform → Koppla möte…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="59" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="59" />
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="59" />
        <source>Who does it</source>
        <translation>Vem gör det</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="59" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>CoFacilitation</name>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation.py" line="77" />
        <source>Cannot write to the session folder: %1</source>
        <translation>Kan inte skriva till sessionsmappen: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation.py" line="120" />
        <source>This computer's clock is %1 s off the shared folder's; timers use the shared time.</source>
        <translation>Datorns klocka går %1 s fel mot den delade mappens; nedräkningarna använder den delade tiden.</translation>
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
    <name>CountsEntry</name>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="198" />
        <source>word=count, word=count … (or one answer per comma)</source>
        <translation>ord=antal, ord=antal … (eller ett svar per komma)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="200" />
        <source>Save counts</source>
        <translation>Spara antal</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/day_dialog.py" line="23" />
        <source>Day settings</source>
        <translation>Inställningar för dagen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/day_dialog.py" line="30" />
        <source>Hard stop</source>
        <translation>Fast stopp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/day_dialog.py" line="38" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/day_dialog.py" line="39" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/day_dialog.py" line="40" />
        <source>Starts at</source>
        <translation>Börjar kl.</translation>
    </message>
</context>
<context>
    <name>EncountersModel</name>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="183" />
        <source>%1 and %2 meet %3 time(s)</source>
        <translation>%1 och %2 möts %3 gång(er)</translation>
    </message>
</context>
<context>
    <name>FencedDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="33" />
        <source>Changes not applied</source>
        <translation>Ändringar som inte tillämpats</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="38" />
        <source>These changes were made by a console that was not in control at the time. Re-apply them as new changes, or discard them.</source>
        <translation>De här ändringarna gjordes av en konsol som inte hade kontrollen då. Tillämpa dem igen som nya ändringar, eller släng dem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="47" />
        <source>Re-apply</source>
        <translation>Tillämpa igen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="48" />
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="76" />
        <source>Only the console in control can re-apply or discard.</source>
        <translation>Bara konsolen som har kontrollen kan tillämpa igen eller slänga.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="85" />
        <source>started “%1”</source>
        <translation>startade ”%1”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="86" />
        <source>paused the countdown</source>
        <translation>pausade nedräkningen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="87" />
        <source>resumed the countdown</source>
        <translation>fortsatte nedräkningen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="88" />
        <source>changed the time by %2 s</source>
        <translation>ändrade tiden med %2 s</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="89" />
        <source>ended the show</source>
        <translation>avslutade programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="90" />
        <source>skip of “%1”</source>
        <translation>hoppa över ”%1”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="91" />
        <source>stage message “%3”</source>
        <translation>scenmeddelande ”%3”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="92" />
        <source>changed “%1”: %4</source>
        <translation>ändrade ”%1”: %4</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="93" />
        <source>added “%5”</source>
        <translation>lade till ”%5”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="94" />
        <source>deleted “%1”</source>
        <translation>tog bort ”%1”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/fenced_dialog.py" line="95" />
        <source>moved “%1”</source>
        <translation>flyttade ”%1”</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="35" />
        <source>Import participants: %1</source>
        <translation>Importera deltagare: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="51" />
        <source>Problems found:</source>
        <translation>Problem som hittades:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="57" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="65" />
        <source>This file cannot be imported: %1</source>
        <translation>Filen kan inte importeras: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="77" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="78" />
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="79" />
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="80" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="81" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="82" />
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="83" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="84" />
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="85" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="86" />
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="93" />
        <source>Columns:</source>
        <translation>Kolumner:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="109" />
        <source>%1 rows · %2 · delimiter %3 · showing the first %4</source>
        <translation>%1 rader · %2 · avgränsare %3 · visar de första %4</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="146" />
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="149" />
        <source>%1 new · %2 updated · %3 unchanged · %4 only in the session (kept) · %5 rows skipped</source>
        <translation>%1 nya · %2 uppdaterade · %3 oförändrade · %4 bara i sessionen (behålls) · %5 rader hoppades över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="163" />
        <source>No column is mapped to the name (or the e-mail).</source>
        <translation>Ingen kolumn är kopplad till namnet (eller e-posten).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="164" />
        <source>row %1: %2 is not an e-mail address; the row is skipped</source>
        <translation>rad %1: %2 är ingen e-postadress; raden hoppas över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="165" />
        <source>row %1: no name and no e-mail; the row is skipped</source>
        <translation>rad %1: inget namn och ingen e-post; raden hoppas över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="166" />
        <source>row %1: %2 is already on row %3; the row is skipped</source>
        <translation>rad %1: %2 finns redan på rad %3; raden hoppas över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/import_dialog.py" line="167" />
        <source>row %1: host value %2 not understood, read as not a host</source>
        <translation>rad %1: värdvärdet %2 förstods inte, läses som inte värd</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="62" />
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="63" />
        <source>Breakout</source>
        <translation>Grupprum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="64" />
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="65" />
        <source>Poll</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="66" />
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="84" />
        <source>Link the meeting</source>
        <translation>Koppla mötet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="93" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="94" />
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="120" />
        <source>No meeting needed: the rehearsal meeting runs on this computer.</source>
        <translation>Inget möte behövs: övningsmötet körs på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="121" />
        <source>The meeting ID or the join URL (https://…zoom.us/j/…).</source>
        <translation>Mötes-ID eller länken för att ansluta (https://…zoom.us/j/…).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="122" />
        <source>The meeting ID.</source>
        <translation>Mötes-ID.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="123" />
        <source>The organiser's user ID and the online meeting ID, as ORGANISER/MEETING.</source>
        <translation>Organisatörens användar-ID och onlinemötets ID, som ORGANISATÖR/MÖTE.</translation>
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
        <location filename="../../facilitator_app/ui/live_panel.py" line="149" />
        <source>%1 · at %2</source>
        <translation>%1 · kl. %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="164" />
        <location filename="../../facilitator_app/ui/live_panel.py" line="167" />
        <source>%1 (plan %2)</source>
        <translation>%1 (plan %2)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="176" />
        <source>%1 (stop %2)</source>
        <translation>%1 (stopp %2)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live_panel.py" line="185" />
        <source>The day is projected to end %1 after its hard stop at %2.</source>
        <translation>Dagen beräknas sluta %1 efter det fasta stoppet kl. %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="143" />
        <source>Facilitator Console</source>
        <translation>Facilitator Console</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="237" />
        <location filename="../../facilitator_app/ui/main_window.py" line="1156" />
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="237" />
        <source>Start, pause or resume</source>
        <translation>Starta, pausa eller fortsätt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="239" />
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="239" />
        <source>Finish this segment, start the next</source>
        <translation>Avsluta passet och starta nästa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="242" />
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="246" />
        <source>Back to the previous segment, continuing where it was left</source>
        <translation>Tillbaka till föregående pass, där det lämnades</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="249" />
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="249" />
        <source>Remove a minute</source>
        <translation>Ta bort en minut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="252" />
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="252" />
        <source>Add a minute</source>
        <translation>Lägg till en minut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="255" />
        <source>Go to selected</source>
        <translation>Gå till markerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="255" />
        <source>Start the selected segment now</source>
        <translation>Starta det markerade passet nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="258" />
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="258" />
        <source>Skip or unskip the selected upcoming segment</source>
        <translation>Hoppa över (eller ångra) det markerade kommande passet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="260" />
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="260" />
        <source>End the show for now</source>
        <translation>Avsluta programmet för nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="262" />
        <source>Stage view</source>
        <translation>Scenvy</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="262" />
        <source>Show or hide the stage view</source>
        <translation>Visa eller dölj scenvyn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="265" />
        <source>Cycle display mode</source>
        <translation>Byt visningsläge</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="266" />
        <source>Type a stage message</source>
        <translation>Skriv ett scenmeddelande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="267" />
        <source>Clear the stage message</source>
        <translation>Rensa scenmeddelandet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="269" />
        <source>Add segment</source>
        <translation>Lägg till pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="270" />
        <source>Duplicate segment</source>
        <translation>Duplicera pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="271" />
        <source>Delete segment</source>
        <translation>Ta bort pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="272" />
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="273" />
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="274" />
        <source>Edit cell</source>
        <translation>Redigera cell</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="275" />
        <source>Previous day</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="276" />
        <source>Next day</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="277" />
        <source>Export planned vs actual (CSV)…</source>
        <translation>Exportera planerat mot faktiskt (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="279" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="281" />
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="283" />
        <source>Quit</source>
        <translation>Avsluta programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="305" />
        <source>Display:</source>
        <translation>Visning:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="318" />
        <location filename="../../facilitator_app/ui/main_window.py" line="566" />
        <source>Take control…</source>
        <translation>Ta kontrollen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="321" />
        <source>Accept control</source>
        <translation>Ta emot kontrollen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="335" />
        <source>Review…</source>
        <translation>Granska…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="398" />
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="435" />
        <source>Planned vs actual</source>
        <translation>Planerat mot faktiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="436" />
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="437" />
        <source>Sync queue</source>
        <translation>Synkkö</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="457" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="496" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="501" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="508" />
        <source>Add day</source>
        <translation>Lägg till dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="511" />
        <source>Day settings (start, hard stop)…</source>
        <translation>Inställningar för dagen (start, fast stopp)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="514" />
        <source>Delete day</source>
        <translation>Ta bort dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="518" />
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="534" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="536" />
        <source>Rooms and breakout plan…</source>
        <translation>Rum och grupplanering…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="538" />
        <source>Polls…</source>
        <translation>Omröstningar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="540" />
        <source>Stage screen</source>
        <translation>Skärm för scenvyn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="542" />
        <source>Flash the stage when time is up</source>
        <translation>Blinka scenvyn när tiden är slut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="546" />
        <source>Sound cue at warning and at zero</source>
        <translation>Ljudsignal vid varning och vid noll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="554" />
        <location filename="../../facilitator_app/ui/main_window.py" line="1547" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="556" />
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="563" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="564" />
        <source>Hand over to</source>
        <translation>Lämna över till</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="569" />
        <source>Changes not applied…</source>
        <translation>Ändringar som inte tillämpats…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="573" />
        <source>Export session as one file…</source>
        <translation>Exportera sessionen som en fil…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="577" />
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="578" />
        <source>What each platform can do…</source>
        <translation>Vad varje plattform kan göra…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="581" />
        <source>Link meeting…</source>
        <translation>Koppla möte…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="584" />
        <source>Sign in…</source>
        <translation>Logga in…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="587" />
        <source>End the meeting on the platform…</source>
        <translation>Avsluta mötet på plattformen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="590" />
        <source>Message to the meeting chat…</source>
        <translation>Meddelande till mötets chatt…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="593" />
        <source>Sync now</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="597" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="598" />
        <location filename="../../facilitator_app/ui/main_window.py" line="1553" />
        <source>About Facilitator Console</source>
        <translation>Om Facilitator Console</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="661" />
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="668" />
        <source>In control. Control offered to %1; it is yours until they accept.</source>
        <translation>Du styr. Kontrollen är erbjuden till %1; den är din tills hen tar emot.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="678" />
        <source>no heartbeat from it</source>
        <translation>inga livstecken</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="680" />
        <source>last heard %1 s ago</source>
        <translation>hördes senast för %1 s sedan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="682" />
        <source>FOLLOWING. %1 is in control (%2). This console is read-only.</source>
        <translation>FÖLJER. %1 styr (%2). Den här konsolen är skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="687" />
        <source>%1 offers you control of the show.</source>
        <translation>%1 erbjuder dig kontrollen över programmet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="695" />
        <source>no heartbeat</source>
        <translation>inga livstecken</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="697" />
        <source>silent %1 s</source>
        <translation>tyst i %1 s</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="699" />
        <source>Take control (%1)…</source>
        <translation>Ta kontrollen (%1)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="707" />
        <source>%1 change(s) made by %2 while it was not in control were not applied. They are kept until someone in control re-applies or discards them.</source>
        <translation>%1 ändring(ar) som %2 gjorde utan att ha kontrollen har inte tillämpats. De sparas tills den som styr tillämpar dem igen eller slänger dem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="741" />
        <source>online</source>
        <translation>ansluten</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="741" />
        <source>degraded</source>
        <translation>begränsad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="741" />
        <source>offline</source>
        <translation>frånkopplad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="744" />
        <source>● %1: %2 · %3 waiting</source>
        <translation>● %1: %2 · %3 väntar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="750" />
        <source>%1 present</source>
        <translation>%1 närvarande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="755" />
        <source>Zoom meeting updates today: %1 used, %2 left</source>
        <translation>Zoom-mötesuppdateringar i dag: %1 använda, %2 kvar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="759" />
        <source>Participants (%1)</source>
        <translation>Deltagare (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="770" />
        <source>Nothing waiting to be sent.</source>
        <translation>Inget väntar på att skickas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="789" />
        <source>Only Microsoft Teams lets the console post to the meeting chat.</source>
        <translation>Bara Microsoft Teams låter konsolen skriva i mötets chatt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="792" />
        <source>Message to the meeting chat</source>
        <translation>Meddelande till mötets chatt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="793" />
        <source>Message:</source>
        <translation>Meddelande:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="799" />
        <source>Message queued for the meeting chat.</source>
        <translation>Meddelandet ligger i kö till mötets chatt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="810" />
        <source>Teams has no API to end a meeting: end it in the Teams client.</source>
        <translation>Teams har inget API för att avsluta möten: avsluta det i Teams-klienten.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="814" />
        <location filename="../../facilitator_app/ui/main_window.py" line="819" />
        <source>End the meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="815" />
        <source>End the meeting for everyone on %1?</source>
        <translation>Avsluta mötet för alla på %1?</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="826" />
        <source>Ending the meeting: queued for the platform.</source>
        <translation>Mötet avslutas: i kö till plattformen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="852" />
        <source>this console</source>
        <translation>den här konsolen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="867" />
        <source>Control offered to %1.</source>
        <translation>Kontrollen erbjuden till %1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="879" />
        <source>has sent no heartbeat</source>
        <translation>har inte skickat några livstecken</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="881" />
        <source>has been silent for %1 s</source>
        <translation>har varit tyst i %1 s</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="885" />
        <location filename="../../facilitator_app/ui/main_window.py" line="896" />
        <source>Take control</source>
        <translation>Ta kontrollen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="887" />
        <source>%1 is in control and %2.

Take control of the show from this console? If %1 is still running, changes it makes from now on will not be applied until someone re-applies them.</source>
        <translation>%1 styr och %2.

Ta kontrollen över programmet från den här konsolen? Om %1 fortfarande är igång tillämpas inte ändringar därifrån förrän någon tillämpar dem igen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="942" />
        <source>Poll cued: %1. Polls (Ctrl+P), then Launch (Ctrl+L).</source>
        <translation>Omröstning på tur: %1. Omröstningar (Ctrl+P), sedan Starta (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1004" />
        <source>Teams has no poll API: run the poll in Teams and type the counts in here.</source>
        <translation>Teams har inget API för omröstningar: kör den i Teams och skriv in antalen här.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1007" />
        <source>Launch it in the host client now; its status follows here, the answers come after the meeting.</source>
        <translation>Starta den i värdklienten nu; statusen följs här, svaren kommer efter mötet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1009" />
        <source>End it in the host client too.</source>
        <translation>Avsluta den i värdklienten också.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1017" />
        <source>Only Zoom takes poll definitions before the meeting; on %1 the console launches rehearsal polls itself or you type the counts in.</source>
        <translation>Bara Zoom tar emot omröstningar före mötet; på %1 startar konsolen repetitionsomröstningar själv, annars skriver du in antalen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1029" />
        <source>%1 poll(s) queued for Zoom.</source>
        <translation>%1 omröstning(ar) i kö för Zoom.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1031" />
        <source>Not sent:</source>
        <translation>Inte skickade:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1072" />
        <source>Only the console in control can change the session.</source>
        <translation>Bara konsolen som har kontrollen kan ändra sessionen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1014" />
        <location filename="../../facilitator_app/ui/main_window.py" line="1079" />
        <source>The platform connection has not started yet; try again in a moment.</source>
        <translation>Anslutningen till plattformen har inte startat än; försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1081" />
        <source>Teams has no API for breakout rooms: export the room list and assign them in Teams.</source>
        <translation>Teams har inget API för grupprum: exportera rumslistan och fördela i Teams.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1086" />
        <source>Queued for Zoom: the rooms are pre-assigned in the meeting settings (before the meeting starts).</source>
        <translation>I kö för Zoom: rummen förfördelas i mötesinställningarna (innan mötet börjar).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1089" />
        <source>Queued for Webex: the breakout sessions are set before the meeting starts.</source>
        <translation>I kö för Webex: grupprummen ställs in innan mötet börjar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1090" />
        <source>Queued for the rehearsal platform: people go to these rooms when the rooms open.</source>
        <translation>I kö för repetitionsplattformen: deltagarna går till dessa rum när rummen öppnas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1093" />
        <source>NOT SAVED</source>
        <translation>INTE SPARAT</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1103" />
        <source>Saved · %1 events</source>
        <translation>Sparat · %1 händelser</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1107" />
        <source>In control: %1 (this console)</source>
        <translation>Styr: %1 (den här konsolen)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1109" />
        <source>Following · in control: %1</source>
        <translation>Följer · styr: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1112" />
        <source>%1 — %2 (this console)</source>
        <translation>%1 — %2 (den här konsolen)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1114" />
        <location filename="../../facilitator_app/ui/main_window.py" line="1117" />
        <source>in control</source>
        <translation>styr</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1114" />
        <location filename="../../facilitator_app/ui/main_window.py" line="1117" />
        <source>following</source>
        <translation>följer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1119" />
        <source>%1 — %2, last heard %3 s ago</source>
        <translation>%1 — %2, hördes senast för %3 s sedan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1124" />
        <source>%1 console(s)</source>
        <translation>%1 konsol(er)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1132" />
        <source>The log of %1 forked (two different events with one number: a copied data folder?).</source>
        <translation>Loggen för %1 har delat sig (två olika händelser med samma nummer: en kopierad datamapp?).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1154" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1156" />
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1303" />
        <source>New segment</source>
        <translation>Nytt pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1321" />
        <source>The running segment cannot be deleted; go to another segment first.</source>
        <translation>Det pågående passet kan inte tas bort; gå först till ett annat pass.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1341" />
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1371" />
        <source>A show needs at least one day.</source>
        <translation>Ett program behöver minst en dag.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1375" />
        <source>The running segment is on this day; go to another segment first.</source>
        <translation>Det pågående passet ligger på den här dagen; gå först till ett annat pass.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1410" />
        <source>Export session</source>
        <translation>Exportera sessionen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1410" />
        <source>Session files (*.fcbundle)</source>
        <translation>Sessionsfiler (*.fcbundle)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1426" />
        <source>Exported %1 events to %2</source>
        <translation>Exporterade %1 händelser till %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1432" />
        <source>Export planned vs actual</source>
        <translation>Exportera planerat mot faktiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1432" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1423" />
        <location filename="../../facilitator_app/ui/main_window.py" line="1449" />
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1451" />
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1547" />
        <source>The language changes when the console is restarted.</source>
        <translation>Språket byts när konsolen startas om.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="1554" />
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
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../facilitator_app/ui/participants_model.py" line="28" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/participants_model.py" line="28" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/participants_model.py" line="28" />
        <source>Breakout room</source>
        <translation>Grupprum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/participants_model.py" line="28" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/participants_model.py" line="42" />
        <source>(not on the list)</source>
        <translation>(inte på listan)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="61" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="62" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="63" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="64" />
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="65" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="66" />
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="67" />
        <source>Left</source>
        <translation>Har gått</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="169" />
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="171" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="173" />
        <location filename="../../facilitator_app/ui/people_panel.py" line="287" />
        <source>Keep apart</source>
        <translation>Håll isär</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="174" />
        <source>The selected people never share a room</source>
        <translation>De valda personerna hamnar aldrig i samma rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="176" />
        <location filename="../../facilitator_app/ui/people_panel.py" line="288" />
        <source>Keep together</source>
        <translation>Håll ihop</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="177" />
        <source>The selected people always share a room</source>
        <translation>De valda personerna hamnar alltid i samma rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="179" />
        <source>Clear their pairings</source>
        <translation>Ta bort deras parningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="199" />
        <source>Kept apart: %1 · Kept together: %2</source>
        <translation>Hålls isär: %1 · Hålls ihop: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="200" />
        <location filename="../../facilitator_app/ui/people_panel.py" line="201" />
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="215" />
        <source>Mark %1 as left</source>
        <translation>Markera att %1 har gått</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="215" />
        <source>Mark %1 as back</source>
        <translation>Markera att %1 är tillbaka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="231" />
        <source>%1 is not a usable e-mail address (invalid, or someone else's)</source>
        <translation>%1 är ingen användbar e-postadress (ogiltig, eller någon annans)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="236" />
        <source>A person needs a name.</source>
        <translation>En person behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="239" />
        <source>Change %1 of %2</source>
        <translation>Ändra %1 för %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="245" />
        <source>New person %1</source>
        <translation>Ny person %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="252" />
        <source>Add %1</source>
        <translation>Lägg till %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="262" />
        <source>Remove %1 people</source>
        <translation>Ta bort %1 personer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="270" />
        <source>Select two or more people first.</source>
        <translation>Välj två eller fler personer först.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/people_panel.py" line="289" />
        <source>Clear pairings</source>
        <translation>Ta bort parningar</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="51" />
        <source>Not running</source>
        <translation>Går inte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="52" />
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="53" />
        <source>Wrap up</source>
        <translation>Runda av</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="54" />
        <source>Last seconds</source>
        <translation>Sista sekunderna</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/theme.py" line="55" />
        <source>OVERTIME</source>
        <translation>ÖVERTID</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="25" />
        <source>automatic</source>
        <translation>automatiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="26" />
        <source>you, in the host client (prepared)</source>
        <translation>du, i värdklienten (förberett)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="27" />
        <source>after the meeting</source>
        <translation>efter mötet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform_dialog.py" line="28" />
        <source>not possible</source>
        <translation>inte möjligt</translation>
    </message>
</context>
<context>
    <name>PollChart</name>
    <message>
        <location filename="../../facilitator_app/ui/poll_chart.py" line="88" />
        <source>%1 of %2 present answered</source>
        <translation>%1 av %2 närvarande har svarat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/poll_chart.py" line="91" />
        <source>%1 answers</source>
        <translation>%1 svar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/poll_chart.py" line="96" />
        <source>%1 late, not counted</source>
        <translation>%1 sena, räknas inte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/poll_chart.py" line="105" />
        <source>Results are hidden until they are revealed</source>
        <translation>Resultatet visas när det avslöjas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/poll_chart.py" line="227" />
        <source>… %1 answers in all</source>
        <translation>… %1 svar totalt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/poll_chart.py" line="342" />
        <source>No results yet</source>
        <translation>Inga resultat än</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="98" />
        <source>Poll</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="98" />
        <source>New poll</source>
        <translation>Ny omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="106" />
        <source>Short name (Zoom: at most 64 characters); the question if empty</source>
        <translation>Kort namn (Zoom: högst 64 tecken); frågan om tomt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="108" />
        <source>One option per line</source>
        <translation>Ett alternativ per rad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="114" />
        <source>(not attached)</source>
        <translation>(inte kopplad)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="122" />
        <source>Polls with the same series are one recurring pulse: their trend is shown</source>
        <translation>Omröstningar i samma serie är en återkommande puls: trenden visas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="123" />
        <source>Hide results on the stage until revealed</source>
        <translation>Dölj resultatet på scenen tills det avslöjas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="124" />
        <source>This is the evaluation of the event</source>
        <translation>Detta är utvärderingen av evenemanget</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="125" />
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="126" />
        <source>Question:</source>
        <translation>Fråga:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="127" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="128" />
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="129" />
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="130" />
        <source>Cue with segment:</source>
        <translation>På tur med avsnitt:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="131" />
        <source>Recurring pulse:</source>
        <translation>Återkommande puls:</translation>
    </message>
</context>
<context>
    <name>PollsWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="63" />
        <source>Single choice</source>
        <translation>Ett val</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="64" />
        <source>Multiple choice</source>
        <translation>Flera val</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="65" />
        <source>Rating scale</source>
        <translation>Betygsskala</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="66" />
        <source>Recommendation 0-10</source>
        <translation>Rekommendation 0–10</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="67" />
        <source>One word (word cloud)</source>
        <translation>Ett ord (ordmoln)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="68" />
        <source>Open text</source>
        <translation>Fritext</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="84" />
        <source>not started</source>
        <translation>inte startad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="85" />
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="86" />
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="87" />
        <source>revealed</source>
        <translation>avslöjad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="309" />
        <location filename="../../facilitator_app/ui/polls_window.py" line="821" />
        <source>Polls</source>
        <translation>Omröstningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="334" />
        <source>Poll library</source>
        <translation>Omröstningsbibliotek</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="345" />
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="347" />
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="349" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="360" />
        <source>Launch</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="362" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="364" />
        <source>Reveal</source>
        <translation>Avslöja</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="366" />
        <source>Present on stage</source>
        <translation>Visa på scenen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="368" />
        <source>Import report…</source>
        <translation>Importera rapport…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="373" />
        <location filename="../../facilitator_app/ui/polls_window.py" line="738" />
        <source>Send polls to the platform</source>
        <translation>Skicka omröstningar till plattformen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="377" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="379" />
        <source>All results (CSV)…</source>
        <translation>Alla resultat (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="380" />
        <source>All results (XLSX)…</source>
        <translation>Alla resultat (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="381" />
        <source>Report with charts (PDF)…</source>
        <translation>Rapport med diagram (PDF)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="398" />
        <source>Choose a poll, or make one with New… (Ctrl+N).</source>
        <translation>Välj en omröstning, eller skapa en med Ny… (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="400" />
        <source>Counts from the host client (Ctrl+E, Tab between fields, Enter saves):</source>
        <translation>Antal från värdklienten (Ctrl+E, Tabb mellan fälten, Retur sparar):</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="405" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="415" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="421" />
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="540" />
        <source>Source: %1 · %2 update(s)</source>
        <translation>Källa: %1 · %2 uppdatering(ar)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="544" />
        <source>%1 repeated answers: each person's last one counts</source>
        <translation>%1 upprepade svar: varje persons sista räknas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="547" />
        <source>%1 answers are none of the options</source>
        <translation>%1 svar är inget av alternativen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="550" />
        <source>For Zoom: %1</source>
        <translation>För Zoom: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="573" />
        <source>A trend needs two or more polls in the same recurring pulse.</source>
        <translation>En trend kräver två eller fler omröstningar i samma återkommande puls.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="596" />
        <source>Mark a poll as the evaluation of the event (Edit…) to see its summary here.</source>
        <translation>Markera en omröstning som utvärdering av evenemanget (Redigera…) för att se sammanfattningen här.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="602" />
        <source>%1 answered</source>
        <translation>%1 har svarat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="604" />
        <source>%1 present</source>
        <translation>%1 närvarande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="615" />
        <source>Average: %1</source>
        <translation>Medelvärde: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="649" />
        <source>New poll %1</source>
        <translation>Ny omröstning %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="657" />
        <source>Change poll %1</source>
        <translation>Ändra omröstning %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="676" />
        <source>Delete poll %1</source>
        <translation>Ta bort omröstning %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="719" />
        <source>Import a poll report</source>
        <translation>Importera en omröstningsrapport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="719" />
        <source>Poll reports (*.csv *.xlsx)</source>
        <translation>Omröstningsrapporter (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="727" />
        <source>Nothing was imported: %1</source>
        <translation>Inget importerades: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="778" />
        <source>Export poll results</source>
        <translation>Exportera omröstningsresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="791" />
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>PresentView</name>
    <message>
        <location filename="../../facilitator_app/ui/polls_window.py" line="286" />
        <source>Poll results</source>
        <translation>Omröstningsresultat</translation>
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
        <location filename="../../facilitator_app/ui/readout.py" line="81" />
        <source>Up next: %1</source>
        <translation>Härnäst: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="84" />
        <source>Next: %1 at %2</source>
        <translation>Nästa: %1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="87" />
        <source>Last segment of the day</source>
        <translation>Dagens sista pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="89" />
        <source>Nothing left to run</source>
        <translation>Inget kvar att köra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="91" />
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="93" />
        <source>OVERTIME</source>
        <translation>ÖVERTID</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="96" />
        <source>Show ended</source>
        <translation>Programmet avslutat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/readout.py" line="98" />
        <source>Not started</source>
        <translation>Inte startat</translation>
    </message>
</context>
<context>
    <name>RoomsWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="202" />
        <location filename="../../facilitator_app/ui/rooms_window.py" line="253" />
        <location filename="../../facilitator_app/ui/rooms_window.py" line="923" />
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="238" />
        <source>Round:</source>
        <translation>Runda:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="248" />
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="250" />
        <source>Room size</source>
        <translation>Rumsstorlek</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="251" />
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="252" />
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="258" />
        <source>Room names, comma separated (optional)</source>
        <translation>Rumsnamn, kommaseparerade (valfritt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="260" />
        <source>Apply layout</source>
        <translation>Använd indelning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="271" />
        <source>Mix:</source>
        <translation>Blanda:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="284" />
        <source>Search time:</source>
        <translation>Söktid:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="286" />
        <source>Plan this round</source>
        <translation>Planera rundan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="288" />
        <source>Plan all rounds</source>
        <translation>Planera alla rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="290" />
        <source>Re-plan coming rounds</source>
        <translation>Planera om kommande rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="292" />
        <source>Place newcomers and fill gaps left by people who left, moving as few people as possible</source>
        <translation>Placera nytillkomna och fyll luckor efter dem som gått, med så få flyttar som möjligt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="295" />
        <source>Announce round</source>
        <translation>Meddela rundan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="297" />
        <source>An announced round is never changed by planning</source>
        <translation>En meddelad runda ändras aldrig av planeringen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="304" />
        <source>Import people…</source>
        <translation>Importera deltagare…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="308" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="310" />
        <source>Plan of all rounds (CSV)…</source>
        <translation>Plan för alla rundor (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="311" />
        <source>Zoom pre-assignment for this round (CSV)…</source>
        <translation>Zoom-förfördelning för rundan (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="312" />
        <source>Printable room list (PDF)…</source>
        <translation>Utskrivbar rumslista (PDF)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="316" />
        <location filename="../../facilitator_app/ui/rooms_window.py" line="824" />
        <source>Send to platform</source>
        <translation>Skicka till plattformen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="318" />
        <source>Queue this round's rooms for the platform (Zoom and Webex: before the meeting)</source>
        <translation>Köa rundans rum för plattformen (Zoom och Webex: före mötet)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="355" />
        <source>● here   ○ not here   ▲ in another room   ★ host</source>
        <translation>● här   ○ inte här   ▲ i ett annat rum   ★ värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="357" />
        <source>Ctrl+M moves the selected people</source>
        <translation>Ctrl+M flyttar de valda personerna</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="363" />
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="374" />
        <source>Encounters</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="378" />
        <source>Who to move</source>
        <translation>Vem ska flyttas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="382" />
        <source>People</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="402" />
        <source>Plan this round (Ctrl+G)</source>
        <translation>Planera rundan (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="403" />
        <source>Plan every round not yet announced (Ctrl+Shift+G)</source>
        <translation>Planera alla rundor som inte meddelats (Ctrl+Skift+G)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="451" />
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="452" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="453" />
        <source>department</source>
        <translation>avdelning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="454" />
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="513" />
        <source>no host</source>
        <translation>ingen värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="523" />
        <source>Not in a room (%1)</source>
        <translation>Utan rum (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="538" />
        <source>now in %1</source>
        <translation>nu i %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="546" />
        <source>This round is announced or has run: planning leaves it as it is.</source>
        <translation>Rundan är meddelad eller har körts: planeringen lämnar den som den är.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="548" />
        <source>No rooms planned yet. Plan this round (Ctrl+G) or all rounds (Ctrl+Shift+G).</source>
        <translation>Inga rum planerade än. Planera rundan (Ctrl+G) eller alla rundor (Ctrl+Skift+G).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="552" />
        <source>Repeated meetings: &lt;b&gt;%1&lt;/b&gt; (at least %7 unavoidable) · most times a pair meets: &lt;b&gt;%2&lt;/b&gt; · rooms missing a value of the mix: &lt;b&gt;%3&lt;/b&gt; · new contacts per person: min &lt;b&gt;%4&lt;/b&gt;, mean &lt;b&gt;%5&lt;/b&gt; · rooms without host: &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>Upprepade möten: &lt;b&gt;%1&lt;/b&gt; (minst %7 går inte att undvika) · flest möten för ett par: &lt;b&gt;%2&lt;/b&gt; · rum som saknar en grupp i blandningen: &lt;b&gt;%3&lt;/b&gt; · nya kontakter per person: minst &lt;b&gt;%4&lt;/b&gt;, snitt &lt;b&gt;%5&lt;/b&gt; · rum utan värd: &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="571" />
        <source>No roster from the platform yet.</source>
        <translation>Ingen deltagarlista från plattformen än.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="575" />
        <source>the main meeting</source>
        <translation>huvudmötet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="577" />
        <source>Move %1 to %2 (now in %3)</source>
        <translation>Flytta %1 till %2 (nu i %3)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="580" />
        <source>Everyone present is where the plan has them.</source>
        <translation>Alla närvarande är där planen har dem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="622" />
        <location filename="../../facilitator_app/ui/rooms_window.py" line="634" />
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="632" />
        <source>There is no planned round from here on to re-plan.</source>
        <translation>Det finns ingen planerad runda härifrån att planera om.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="638" />
        <source>Every round is announced or has run: nothing to plan.</source>
        <translation>Alla rundor är meddelade eller har körts: inget att planera.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="641" />
        <source>There are no people to place: import the participant list first.</source>
        <translation>Det finns inga deltagare att placera: importera deltagarlistan först.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="658" />
        <source>Planning… %v of %m tenths of a second</source>
        <translation>Planerar… %v av %m tiondels sekunder</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="675" />
        <source>Planning… %1 of %2 s</source>
        <translation>Planerar… %1 av %2 s</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="693" />
        <source>Plan rooms</source>
        <translation>Planera rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="695" />
        <source>Plan %1 rounds</source>
        <translation>Planera %1 rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="700" />
        <source>Search: one round in %2 s (%3).</source>
        <translation>Sökning: en runda på %2 s (%3).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="702" />
        <source>Search: %1 rounds in %2 s (%3).</source>
        <translation>Sökning: %1 rundor på %2 s (%3).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="708" />
        <source>%1 newcomer(s), %2 people moved.</source>
        <translation>%1 nytillkomna, %2 personer flyttade.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="713" />
        <source>Not met: %1</source>
        <translation>Inte uppfyllt: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="720" />
        <source>no improvement in %1 steps</source>
        <translation>ingen förbättring på %1 steg</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="722" />
        <source>nothing left to improve</source>
        <translation>inget kvar att förbättra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="723" />
        <source>the time budget was reached</source>
        <translation>tidsgränsen nåddes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="724" />
        <source>nothing to search</source>
        <translation>inget att söka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="731" />
        <source>rounds</source>
        <translation>rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="731" />
        <source>round</source>
        <translation>runda</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="733" />
        <source>%1: %2 of %3 rooms have no host: only %4 hosts take part</source>
        <translation>%1: %2 av %3 rum saknar värd: bara %4 värdar deltar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="741" />
        <source>%1 repeated meetings: each person has more room places than there are others to meet</source>
        <translation>%1 upprepade möten: varje person har fler rumsplatser än det finns andra att träffa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="743" />
        <source>%1 repeated meetings: the search found no repeat-free plan in its time</source>
        <translation>%1 upprepade möten: sökningen hittade ingen plan utan upprepningar på sin tid</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="744" />
        <source>%1 rooms lack a value of the mix (too few people with it, or a trade-off)</source>
        <translation>%1 rum saknar en grupp i blandningen (för få personer med den, eller en avvägning)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="745" />
        <source>%1 keep-apart pairs share a room</source>
        <translation>%1 par som ska hållas isär delar rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="746" />
        <source>%1 keep-together groups are split (a group larger than its room?)</source>
        <translation>%1 grupper som ska hållas ihop är delade (en grupp större än sitt rum?)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="747" />
        <source>%1 rooms are outside their size range</source>
        <translation>%1 rum är utanför sitt storleksintervall</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="773" />
        <source>Move %1 to %2</source>
        <translation>Flytta %1 till %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="775" />
        <source>Take %1 out of the rooms</source>
        <translation>Ta %1 ur rummen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="794" />
        <source>Not in a room</source>
        <translation>Utan rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="823" />
        <source>%1 people without an e-mail address were left out.</source>
        <translation>%1 personer utan e-postadress togs inte med.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="840" />
        <source>Export the plan</source>
        <translation>Exportera planen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="848" />
        <location filename="../../facilitator_app/ui/rooms_window.py" line="864" />
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="856" />
        <source>This round has no rooms yet.</source>
        <translation>Rundan har inga rum än.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="858" />
        <source>Zoom breakout pre-assignment</source>
        <translation>Zoom-förfördelning av grupprum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="868" />
        <source>Zoom assigns by e-mail; left out for lack of one: %1</source>
        <translation>Zoom fördelar efter e-post; utan e-post och därför utelämnade: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="877" />
        <source>Printable room list</source>
        <translation>Utskrivbar rumslista</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="893" />
        <source>Could not write %1</source>
        <translation>Kunde inte skriva %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="900" />
        <source>Import participants</source>
        <translation>Importera deltagare</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="900" />
        <source>Participant lists (*.csv *.xlsx *.txt)</source>
        <translation>Deltagarlistor (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms_window.py" line="916" />
        <source>Import %1 new and %2 updated people</source>
        <translation>Importera %1 nya och %2 uppdaterade deltagare</translation>
    </message>
</context>
<context>
    <name>RunOfShowModel</name>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="204" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="205" />
        <source>Gap</source>
        <translation>Lucka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="206" />
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="207" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="209" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="210" />
        <source>Lead</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="211" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="212" />
        <source>Warn</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="213" />
        <source>Danger</source>
        <translation>Fara</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="274" />
        <source>+%1 gap</source>
        <translation>+%1 lucka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="276" />
        <source>%1 overlap</source>
        <translation>%1 överlapp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="313" />
        <source>Fixed start at %1. Clear it to follow the previous segment.</source>
        <translation>Fast start kl. %1. Töm fältet för att följa föregående pass.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="316" />
        <source>Follows the previous segment. Type a time (HH:MM) to fix the start.</source>
        <translation>Följer föregående pass. Skriv en tid (TT:MM) för fast start.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="319" />
        <source>Nothing is planned for %1 before this fixed start.</source>
        <translation>Inget är planerat under %1 före denna fasta start.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="322" />
        <source>The previous segment runs %1 into this fixed start.</source>
        <translation>Föregående pass går %1 in i denna fasta start.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="326" />
        <source>Colour: %1</source>
        <translation>Färg: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="326" />
        <source>the kind's colour</source>
        <translation>typens färg</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show_model.py" line="330" />
        <source>Seconds left when the countdown changes colour; empty uses the default.</source>
        <translation>Sekunder kvar när nedräkningen byter färg; tomt ger standardvärdet.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../facilitator_app/ui/session_controller.py" line="37" />
        <location filename="../../facilitator_app/ui/session_controller.py" line="54" />
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session_controller.py" line="46" />
        <source>Could not take control: %1</source>
        <translation>Kunde inte ta kontrollen: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="44" />
        <source>Platform sign-in</source>
        <translation>Inloggning till plattformar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="54" />
        <source>Secrets are kept in: %1</source>
        <translation>Hemligheter förvaras i: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="59" />
        <source>This is not a secure system keychain: tokens would be stored unprotected. Sign in only on a computer with a working keychain.</source>
        <translation>Det här är ingen säker nyckelring: token skulle sparas oskyddade. Logga bara in på en dator med en fungerande nyckelring.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="68" />
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="74" />
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="82" />
        <source>Zoom: Server-to-Server OAuth app</source>
        <translation>Zoom: Server-to-Server OAuth-app</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="88" />
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="89" />
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="90" />
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="108" />
        <source>Client secret</source>
        <translation>Klienthemlighet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="91" />
        <source>Sign in to Zoom</source>
        <translation>Logga in på Zoom</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="96" />
        <source>Sign in through the browser (Zoom, Webex) or with a code (Microsoft)</source>
        <translation>Logga in via webbläsaren (Zoom, Webex) eller med en kod (Microsoft)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="104" />
        <source>Webex integrations only</source>
        <translation>Bara för Webex-integrationer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="106" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="107" />
        <source>App's client ID</source>
        <translation>Appens klient-ID</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="109" />
        <source>Microsoft tenant</source>
        <translation>Microsoft-klientorganisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="110" />
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="116" />
        <source>For scripts, FACILITATOR_ZOOM_TOKEN, FACILITATOR_WEBEX_TOKEN and FACILITATOR_GRAPH_TOKEN are read from the environment.</source>
        <translation>För skript läses FACILITATOR_ZOOM_TOKEN, FACILITATOR_WEBEX_TOKEN och FACILITATOR_GRAPH_TOKEN från miljön.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="134" />
        <source>signed in</source>
        <translation>inloggad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="134" />
        <source>not signed in</source>
        <translation>inte inloggad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="139" />
        <source>Fill in the account ID, the client ID and the client secret.</source>
        <translation>Fyll i konto-ID, klient-ID och klienthemlighet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="142" />
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="151" />
        <source>Signed in to Zoom. The secret is in the keychain, not in any file.</source>
        <translation>Inloggad på Zoom. Hemligheten ligger i nyckelringen, inte i någon fil.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="162" />
        <source>Fill in the client ID of your organisation's app for %1.</source>
        <translation>Fyll i klient-ID för er organisations app för %1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="185" />
        <source>Finish signing in in your browser…</source>
        <translation>Slutför inloggningen i webbläsaren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="191" />
        <source>Signed in to %1.</source>
        <translation>Inloggad på %1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="198" />
        <source>Open %1 and enter the code %2</source>
        <translation>Öppna %1 och ange koden %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/signin_dialog.py" line="202" />
        <source>Signed out: the tokens are removed from the keychain.</source>
        <translation>Utloggad: token är borttagna ur nyckelringen.</translation>
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
    <name>SyncController</name>
    <message>
        <location filename="../../facilitator_app/ui/sync_controller.py" line="55" />
        <source>Rehearsal platform</source>
        <translation>Övningsplattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/sync_controller.py" line="94" />
        <source>No meeting is linked: Platform → Link meeting…</source>
        <translation>Inget möte är kopplat: Plattform → Koppla möte…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../facilitator_app/app.py" line="547" />
        <source>Session not opened</source>
        <translation>Sessionen öppnades inte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="548" />
        <source>The session could not be opened:

%1

The sample session is open instead.</source>
        <translation>Sessionen kunde inte öppnas:

%1

Exempelsessionen är öppen i stället.</translation>
    </message>
</context>
</TS>