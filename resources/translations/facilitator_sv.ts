<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActualsModel</name>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="71" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="72" />
        <source>Segment</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="73" />
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="74" />
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="75" />
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="76" />
        <source>Actual</source>
        <translation>Faktiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="77" />
        <source>Start ±</source>
        <translation>Start ±</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="78" />
        <source>Length ±</source>
        <translation>Längd ±</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="85" />
        <source>planned</source>
        <translation>planerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="86" />
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="125" />
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="87" />
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="88" />
        <source>skipped</source>
        <translation>hoppas över</translation>
    </message>
</context>
<context>
    <name>ActualsPanel</name>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/actuals_model.py" line="142" />
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
</context>
<context>
    <name>BackgroundRead</name>
    <message>
        <location filename="../../facilitator_app/ui/common/background.py" line="38" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CapabilitiesDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="43" />
        <source>What each platform can do</source>
        <translation>Vad varje plattform kan göra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="48" />
        <source>No platform lets the console move people between rooms live, open rooms, run room timers or launch a poll. Where it cannot, the console prepares the step and prompts you at the right moment. The console syncs with the platform linked under Platform → Link meeting…</source>
        <translation>Ingen plattform låter konsolen flytta deltagare mellan grupprum under mötet, öppna rum, köra rumstimer eller starta en omröstning. Där det inte går förbereder konsolen steget och påminner dig i rätt ögonblick. Konsolen synkar med plattformen som är kopplad under Plattform → Koppla möte…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="58" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="58" />
        <source>Task</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="58" />
        <source>Who does it</source>
        <translation>Vem gör det</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="58" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>CoFacilitation</name>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/cofacilitation.py" line="77" />
        <source>Cannot write to the session folder: %1</source>
        <translation>Kan inte skriva till sessionsmappen: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/cofacilitation.py" line="120" />
        <source>This computer's clock is %1 s off the shared folder's; timers use the shared time.</source>
        <translation>Datorns klocka går %1 s fel mot den delade mappens; nedräkningarna använder den delade tiden.</translation>
    </message>
</context>
<context>
    <name>ColourDelegate</name>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/delegates.py" line="40" />
        <source>Kind's colour</source>
        <translation>Typens färg</translation>
    </message>
</context>
<context>
    <name>ConsoleStatus</name>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="41" />
        <source>NOT SAVED</source>
        <translation>INTE SPARAT</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="48" />
        <source>Saved · %1 events</source>
        <translation>Sparat · %1 händelser</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="52" />
        <source>In control: %1 (this console)</source>
        <translation>Styr: %1 (den här konsolen)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="54" />
        <source>Following · in control: %1</source>
        <translation>Följer · styr: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="57" />
        <source>%1 — %2 (this console)</source>
        <translation>%1 — %2 (den här konsolen)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="59" />
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="62" />
        <source>in control</source>
        <translation>styr</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="59" />
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="62" />
        <source>following</source>
        <translation>följer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="64" />
        <source>%1 — %2, last heard %3 s ago</source>
        <translation>%1 — %2, hördes senast för %3 s sedan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="70" />
        <source>1 console ▾</source>
        <translation>1 konsol ▾</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="70" />
        <source>%1 consoles ▾</source>
        <translation>%1 konsoler ▾</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/status_bar.py" line="79" />
        <source>The log of %1 forked (two different events with one number: a copied data folder?).</source>
        <translation>Loggen för %1 har delat sig (två olika händelser med samma nummer: en kopierad datamapp?).</translation>
    </message>
</context>
<context>
    <name>CountsEntry</name>
    <message>
        <location filename="../../facilitator_app/ui/polls/counts_entry.py" line="25" />
        <source>word=count, word=count … (or one answer per comma)</source>
        <translation>ord=antal, ord=antal … (eller ett svar per komma)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/counts_entry.py" line="27" />
        <source>Save counts</source>
        <translation>Spara antal</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/day_dialog.py" line="23" />
        <source>Day settings</source>
        <translation>Inställningar för dagen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/day_dialog.py" line="30" />
        <source>Hard stop</source>
        <translation>Fast stopp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/day_dialog.py" line="38" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/day_dialog.py" line="39" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/day_dialog.py" line="40" />
        <source>Starts at</source>
        <translation>Börjar kl.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/day_dialog.py" line="42" />
        <source>Roll: every fixed start begins its segment by itself</source>
        <translation>Rullning: varje fast starttid startar sitt pass av sig själv</translation>
    </message>
</context>
<context>
    <name>EncountersModel</name>
    <message>
        <location filename="../../facilitator_app/ui/rooms/encounters.py" line="85" />
        <source>%1 and %2 meet %3 time(s)</source>
        <translation>%1 och %2 möts %3 gång(er)</translation>
    </message>
</context>
<context>
    <name>EventReport</name>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="115" />
        <source>Time: planned vs actual per segment</source>
        <translation>Tid: planerat mot faktiskt per pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="117" />
        <location filename="../../facilitator_app/domain/event_report.py" line="161" />
        <location filename="../../facilitator_app/domain/event_report.py" line="248" />
        <location filename="../../facilitator_app/domain/event_report.py" line="448" />
        <location filename="../../facilitator_app/domain/event_report.py" line="472" />
        <location filename="../../facilitator_app/domain/event_report.py" line="481" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="118" />
        <location filename="../../facilitator_app/domain/event_report.py" line="249" />
        <source>Segment</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="119" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="120" />
        <location filename="../../facilitator_app/domain/event_report.py" line="163" />
        <source>Planned start</source>
        <translation>Planerad start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="121" />
        <source>Planned min</source>
        <translation>Planerat min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="122" />
        <location filename="../../facilitator_app/domain/event_report.py" line="165" />
        <source>Actual start</source>
        <translation>Faktisk start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="123" />
        <source>Actual min</source>
        <translation>Faktiskt min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="125" />
        <source>Over (min)</source>
        <translation>Över (min)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="128" />
        <source>Actual min: from its start to its end, pauses included (for the segment still running: so far). Started late: its start against the plan. Over: longer than planned (negative: shorter); a segment still running has none yet.</source>
        <translation>Faktiskt min: från start till slut, pauser medräknade (för passet som pågår: hittills). Började sent: starten mot planen. Över: längre än planerat (negativt: kortare); ett pass som pågår har inget värde än.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="159" />
        <source>Time per day</source>
        <translation>Tid per dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="164" />
        <source>Planned end</source>
        <translation>Planerat slut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="166" />
        <source>Actual end</source>
        <translation>Faktiskt slut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="577" />
        <source>Average (1–%1)</source>
        <translation>Medelvärde (1–%1)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="579" />
        <source>Net promoter score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="613" />
        <source>Segments run</source>
        <translation>Genomförda pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="237" />
        <source>started late</source>
        <translation>började sent</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="238" />
        <source>ran over</source>
        <translation>drog över tiden</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="246" />
        <source>Where time was lost</source>
        <translation>Där tiden gick förlorad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="124" />
        <source>Started late (min)</source>
        <translation>Började sent (min)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="342" />
        <source>Breakout rounds</source>
        <translation>Grupprumsrundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="344" />
        <location filename="../../facilitator_app/domain/event_report.py" line="500" />
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="345" />
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="395" />
        <source>People</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="348" />
        <source>Rooms without a host</source>
        <translation>Rum utan värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="65" />
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="66" />
        <location filename="../../facilitator_app/domain/event_report.py" line="184" />
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="67" />
        <source>skipped</source>
        <translation>överhoppat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="68" />
        <source>not run</source>
        <translation>ej kört</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="162" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="170" />
        <source>Run</source>
        <translation>Körda</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="171" />
        <source>Not run</source>
        <translation>Ej körda</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="250" />
        <source>How</source>
        <translation>Hur</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="251" />
        <source>Lost (min)</source>
        <translation>Förlorat (min)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="255" />
        <source>Late starts and overruns of half a minute or more, the largest first (at most ten). A late start counts only what it added to the lateness taken over from the segment before.</source>
        <translation>Sena starter och övertid på en halv minut eller mer, störst först (högst tio). En sen start räknar bara det den lade till förseningen från passet före.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="264" />
        <source>No segment started late or ran over.</source>
        <translation>Inget pass började sent eller drog över tiden.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="328" />
        <source>Only the rounds that ran, and in each room only the people placed in it who were in the meeting during the round (from the platform's presence). A room misses a host when none of its people there is a host.</source>
        <translation>Bara rundorna som genomfördes, och i varje rum bara de som placerats där och var med i mötet under rundan (enligt plattformens närvaro). Ett rum saknar värd när ingen av dem som var där är värd.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="335" />
        <source>Only the rounds that ran, with everyone placed in their rooms (no presence was recorded, so who actually took part cannot be told). A room misses a host when none of its people is a host.</source>
        <translation>Bara rundorna som genomfördes, med alla som placerats i rummen (ingen närvaro registrerades, så vilka som faktiskt var med går inte att säga). Ett rum saknar värd när ingen av dess deltagare är värd.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="346" />
        <source>Placed</source>
        <translation>Placerade</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="347" />
        <source>Took part</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="361" />
        <source>New contacts per person</source>
        <translation>Nya kontakter per person</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="363" />
        <location filename="../../facilitator_app/domain/event_report.py" line="473" />
        <location filename="../../facilitator_app/domain/event_report.py" line="482" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="364" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="365" />
        <source>New contacts</source>
        <translation>Nya kontakter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="366" />
        <source>Of them from another organisation</source>
        <translation>Varav från en annan organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="378" />
        <source>no round has run yet</source>
        <translation>ingen runda har genomförts än</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="380" />
        <source>No breakout round has run yet: there is nothing to count.</source>
        <translation>Ingen grupprumsrunda har genomförts än: det finns inget att räkna.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="394" />
        <source>Attendance: people and rounds</source>
        <translation>Närvaro: deltagare och rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="395" />
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="397" />
        <source>From the session: the people list, who was placed in each round that ran, who was marked as left, and the people present when each poll's result was taken.</source>
        <translation>Ur sessionen: deltagarlistan, vilka som placerades i varje genomförd runda, vilka som markerades som lämnat och hur många som var närvarande när varje omröstnings resultat togs.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="404" />
        <location filename="../../facilitator_app/domain/event_report.py" line="620" />
        <source>People in the event</source>
        <translation>Deltagare i evenemanget</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="405" />
        <source>Marked as left</source>
        <translation>Markerade som lämnat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="424" />
        <source>Attendance over time</source>
        <translation>Närvaro över tid</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="428" />
        <source>No presence was recorded for this event: no console in control watched the platform's live roster, and no join and leave times were taken from the platform after the meeting. Who was present per day, late joiners and early leavers cannot be told.</source>
        <translation>Ingen närvaro registrerades för det här evenemanget: ingen konsol med kontrollen följde plattformens deltagarlista live, och inga tider för när någon anslöt eller lämnade hämtades från plattformen efter mötet. Vilka som var närvarande per dag, vilka som anslöt sent och vilka som gick tidigt går inte att säga.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="437" />
        <source>%1 (guest)</source>
        <translation>%1 (gäst)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="449" />
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="450" />
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="451" />
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="452" />
        <source>Of them guests</source>
        <translation>Varav gäster</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="453" />
        <source>Peak</source>
        <translation>Som flest</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="454" />
        <location filename="../../facilitator_app/domain/event_report.py" line="470" />
        <location filename="../../facilitator_app/domain/event_report.py" line="622" />
        <source>Late joiners</source>
        <translation>Anslöt sent</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="455" />
        <location filename="../../facilitator_app/domain/event_report.py" line="479" />
        <location filename="../../facilitator_app/domain/event_report.py" line="623" />
        <source>Left early</source>
        <translation>Gick tidigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="458" />
        <source>From the platform (%1). Present: everyone in the meeting at some time while the day's show ran (from the first segment's start to the last one's end). Late: joined more than %2 minutes after the start. Left early: left more than %2 minutes before the end and did not come back. Guests: on the platform but not on the people list.</source>
        <translation>Från plattformen (%1). Närvarande: alla som var med i mötet någon gång medan dagens program pågick (från första passets start till sista passets slut). Sent: anslöt mer än %2 minuter efter starten. Gick tidigt: lämnade mer än %2 minuter före slutet och kom inte tillbaka. Gäster: på plattformen men inte på deltagarlistan.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="474" />
        <source>Joined</source>
        <translation>Anslöt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="475" />
        <source>Minutes late</source>
        <translation>Minuter sent</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="483" />
        <source>Left</source>
        <translation>Lämnade</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="484" />
        <source>Minutes before the end</source>
        <translation>Minuter före slutet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="498" />
        <source>Attendance per breakout round</source>
        <translation>Närvaro per grupprunda</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="501" />
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="502" />
        <source>Present at the start</source>
        <translation>Närvarande vid starten</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="503" />
        <source>Placed in rooms</source>
        <translation>Placerade i rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="504" />
        <source>Placed and present</source>
        <translation>Placerade och närvarande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="505" />
        <source>Present, not placed</source>
        <translation>Närvarande, ej placerade</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="513" />
        <source>No breakout round has run.</source>
        <translation>Ingen grupprunda har körts.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="515" />
        <source>Nobody joined late.</source>
        <translation>Ingen anslöt sent.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="517" />
        <source>Nobody left early.</source>
        <translation>Ingen gick tidigt.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="537" />
        <source>Poll results</source>
        <translation>Omröstningsresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="539" />
        <source>Poll</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="540" />
        <location filename="../../facilitator_app/domain/event_report.py" line="549" />
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="541" />
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="542" />
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="543" />
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="547" />
        <source>Open answers by theme</source>
        <translation>Öppna svar efter tema</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="550" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="551" />
        <location filename="../../facilitator_app/domain/event_report.py" line="572" />
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="552" />
        <source>For example</source>
        <translation>Till exempel</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="555" />
        <source>Each open question's answers grouped by the word they share most (common words left out), the largest group first; answers that share no word with another are under "other".</source>
        <translation>Varje öppen frågas svar grupperade efter det ord de oftast delar (vanliga ord utelämnade), den största gruppen först; svar som inte delar något ord med ett annat står under "övrigt".</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="562" />
        <source>other</source>
        <translation>övrigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="602" />
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="604" />
        <source>Behind schedule now (min)</source>
        <translation>Efter schemat nu (min)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="606" />
        <source>Later than planned at the end of %1 (min)</source>
        <translation>Senare än planerat vid slutet av %1 (min)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="610" />
        <source>Later than planned (min)</source>
        <translation>Senare än planerat (min)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="612" />
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="616" />
        <source>Running now</source>
        <translation>Pågår nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="624" />
        <source>Breakout rounds run</source>
        <translation>Genomförda grupprumsrundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="625" />
        <source>New contacts per person in the rounds (mean)</source>
        <translation>Nya kontakter per person i rundorna (medel)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="619" />
        <source>Most time lost in</source>
        <translation>Mest tid förlorad i</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="167" />
        <source>Late at end (min)</source>
        <translation>Sen vid slutet (min)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="168" />
        <source>Late starts (min)</source>
        <translation>Sena starter (min)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="169" />
        <source>Overruns (min)</source>
        <translation>Övertid (min)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="174" />
        <source>Run, not run: segments. Late at end: how much later than planned the day's last segment ended (negative: earlier); while a day runs, how far behind schedule it is now, as the console shows it. It is the time lost to late starts (each segment's late start beyond the lateness it took over from the one before) plus the time lost to finished segments' overruns; negative figures are time gained.</source>
        <translation>Körda, ej körda: pass. Sen vid slutet: hur mycket senare än planerat dagens sista pass slutade (negativt: tidigare); medan en dag pågår, hur långt efter schemat den ligger nu, som konsolen visar det. Det är tiden som förlorats på sena starter (varje pass sena start utöver förseningen det tog över från passet före) plus tiden som förlorats på avslutade pass övertid; negativa värden är vunnen tid.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="621" />
        <source>Present on each day</source>
        <translation>Närvarande per dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="626" />
        <source>Meetings across organisations (%)</source>
        <translation>Möten över organisationsgränser (%)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="627" />
        <source>Rounds with rooms missing a host</source>
        <translation>Omgångar med rum utan värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="628" />
        <source>Polls answered</source>
        <translation>Besvarade omröstningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="631" />
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="639" />
        <location filename="../../facilitator_app/ui/reports/event_pdf.py" line="121" />
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="640" />
        <source>Figure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/event_report.py" line="640" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/event_pdf.py" line="100" />
        <source>Nothing to list.</source>
        <translation>Inget att visa.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/event_pdf.py" line="124" />
        <source>Event report: %1</source>
        <translation>Evenemangsrapport: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/event_pdf.py" line="140" />
        <source>Polls</source>
        <translation>Omröstningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/event_pdf.py" line="164" />
        <source>Trend: %1</source>
        <translation>Trend: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/event_pdf.py" line="170" />
        <source>Trends</source>
        <translation>Trender</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/event_pdf.py" line="188" />
        <source>Written %1</source>
        <translation>Skriven %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/event_pdf.py" line="199" />
        <location filename="../../facilitator_app/ui/reports/event_pdf.py" line="211" />
        <source>Event report</source>
        <translation>Evenemangsrapport</translation>
    </message>
</context>
<context>
    <name>FencedDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="41" />
        <source>Changes not applied</source>
        <translation>Ändringar som inte tillämpats</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="46" />
        <source>These changes were made by a console that was not in control at the time. Re-apply them as new changes, or discard them.</source>
        <translation>De här ändringarna gjordes av en konsol som inte hade kontrollen då. Tillämpa dem igen som nya ändringar, eller släng dem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="55" />
        <source>Re-apply</source>
        <translation>Tillämpa igen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="56" />
        <source>Discard</source>
        <translation>Släng</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="84" />
        <source>Only the console in control can re-apply or discard.</source>
        <translation>Bara konsolen som har kontrollen kan tillämpa igen eller slänga.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="93" />
        <source>started “%1”</source>
        <translation>startade ”%1”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="94" />
        <source>paused the countdown</source>
        <translation>pausade nedräkningen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="95" />
        <source>resumed the countdown</source>
        <translation>fortsatte nedräkningen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="96" />
        <source>changed the time by %2 s</source>
        <translation>ändrade tiden med %2 s</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="97" />
        <source>ended the show</source>
        <translation>avslutade programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="98" />
        <source>skip of “%1”</source>
        <translation>hoppa över ”%1”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="99" />
        <source>stage message “%3”</source>
        <translation>scenmeddelande ”%3”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="100" />
        <source>changed “%1”: %4</source>
        <translation>ändrade ”%1”: %4</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="101" />
        <source>added “%5”</source>
        <translation>lade till ”%5”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="102" />
        <source>deleted “%1”</source>
        <translation>tog bort ”%1”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/fenced_dialog.py" line="103" />
        <source>moved “%1”</source>
        <translation>flyttade ”%1”</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/handover.py" line="32" />
        <source>this console</source>
        <translation>den här konsolen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/handover.py" line="44" />
        <source>has sent no heartbeat</source>
        <translation>har inte skickat några livstecken</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/handover.py" line="46" />
        <source>has been silent for %1 s</source>
        <translation>har varit tyst i %1 s</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/handover.py" line="50" />
        <source>%1 is in control and %2.

Take control of the show from this console? If %1 is still running, changes it makes from now on will not be applied until someone re-applies them.</source>
        <translation>%1 styr och %2.

Ta kontrollen över programmet från den här konsolen? Om %1 fortfarande är igång tillämpas inte ändringar därifrån förrän någon tillämpar dem igen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/handover.py" line="57" />
        <source>Take control</source>
        <translation>Ta kontrollen</translation>
    </message>
</context>
<context>
    <name>Ics</name>
    <message>
        <location filename="../../facilitator_app/domain/ics.py" line="21" />
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/ics.py" line="22" />
        <source>Breakout</source>
        <translation>Grupprum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/ics.py" line="23" />
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/ics.py" line="24" />
        <source>Poll</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/ics.py" line="25" />
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/ics.py" line="88" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/ics.py" line="91" />
        <source>Lead: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="44" />
        <source>Import participants: %1</source>
        <translation>Importera deltagare: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="60" />
        <source>Problems found:</source>
        <translation>Problem som hittades:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="66" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="78" />
        <source>This file cannot be imported: %1</source>
        <translation>Filen kan inte importeras: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="90" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="91" />
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="92" />
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="93" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="94" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="95" />
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="96" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="97" />
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="98" />
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="99" />
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="106" />
        <source>Columns:</source>
        <translation>Kolumner:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="122" />
        <source>%1 rows · %2 · delimiter %3 · showing the first %4</source>
        <translation>%1 rader · %2 · avgränsare %3 · visar de första %4</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="159" />
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="162" />
        <source>%1 new · %2 updated · %3 unchanged · %4 only in the session (kept) · %5 rows skipped</source>
        <translation>%1 nya · %2 uppdaterade · %3 oförändrade · %4 bara i sessionen (behålls) · %5 rader hoppades över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="176" />
        <source>No column is mapped to the name (or the e-mail).</source>
        <translation>Ingen kolumn är kopplad till namnet (eller e-posten).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="177" />
        <source>row %1: %2 is not an e-mail address; the person is kept without it</source>
        <translation>rad %1: %2 är ingen e-postadress; personen finns kvar utan den</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="178" />
        <source>row %1: no name and no e-mail; the row is skipped</source>
        <translation>rad %1: inget namn och ingen e-post; raden hoppas över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="179" />
        <source>row %1: %2 is already on row %3; the row is skipped</source>
        <translation>rad %1: %2 finns redan på rad %3; raden hoppas över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/import_dialog.py" line="180" />
        <source>row %1: host value %2 not understood, read as not a host</source>
        <translation>rad %1: värdvärdet %2 förstods inte, läses som inte värd</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="63" />
        <source>Plenary</source>
        <translation>Plenum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="64" />
        <source>Breakout</source>
        <translation>Grupprum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="65" />
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="66" />
        <source>Poll</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="67" />
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="83" />
        <source>Link the meeting</source>
        <translation>Koppla mötet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="92" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="93" />
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="47" />
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="87" />
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="98" />
        <source>Started</source>
        <translation>Startade</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="99" />
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="100" />
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="101" />
        <source>Day ends</source>
        <translation>Dagen slutar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="136" />
        <source>Message on stage</source>
        <translation>Meddelande på scenen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="139" />
        <source>Type a message for the stage, press Enter</source>
        <translation>Skriv ett meddelande till scenen, tryck Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="146" />
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="149" />
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="174" />
        <source>On stage now: “%1”</source>
        <translation>På scenen nu: ”%1”</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="174" />
        <source>No message on stage.</source>
        <translation>Inget meddelande på scenen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="190" />
        <source>%1 · at %2</source>
        <translation>%1 · kl. %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="206" />
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="209" />
        <source>%1 (plan %2)</source>
        <translation>%1 (plan %2)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="218" />
        <source>%1 (stop %2)</source>
        <translation>%1 (stopp %2)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/live_panel.py" line="227" />
        <source>The day is projected to end %1 after its hard stop at %2.</source>
        <translation>Dagen beräknas sluta %1 efter det fasta stoppet kl. %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/shell/main_window.py" line="105" />
        <source>Facilitator Console</source>
        <translation>Facilitator Console</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/layout.py" line="53" />
        <source>Display:</source>
        <translation>Visning:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/layout.py" line="86" />
        <source>Planned vs actual</source>
        <translation>Planerat mot faktiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/layout.py" line="87" />
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/layout.py" line="88" />
        <source>Sync queue</source>
        <translation>Synkkö</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/main_window.py" line="113" />
        <source>Stage screen</source>
        <translation>Skärm för scenvyn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/main_window.py" line="308" />
        <source>Poll cued: %1. Polls (Ctrl+P), then Launch (Ctrl+L).</source>
        <translation>Omröstning på tur: %1. Omröstningar (Ctrl+P), sedan Starta (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="520" />
        <source>The session could not be created: %1</source>
        <translation>Sessionen kunde inte skapas: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="532" />
        <source>The console could not be started for %1.</source>
        <translation>Konsolen kunde inte startas för %1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="706" />
        <source>Session not opened</source>
        <translation>Sessionen öppnades inte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="707" />
        <source>The session could not be opened:

%1

The sample session is open instead.</source>
        <translation>Sessionen kunde inte öppnas:

%1

Exempelsessionen är öppen i stället.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="744" />
        <source>Platform not started</source>
        <translation>Plattformen startades inte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="745" />
        <source>The platform link did not start:

%1</source>
        <translation>Kopplingen till plattformen startade inte:

%1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="755" />
        <source>Outbox replaced</source>
        <translation>Utkorgen ersattes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/app.py" line="756" />
        <source>The outbox of changes for the platform was damaged and replaced:

%1</source>
        <translation>Utkorgen med ändringar till plattformen var skadad och har ersatts:

%1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="101" />
        <source>End the show for now? The countdown stops; Start or Go to selected runs it again.</source>
        <translation>Avsluta programmet för nu? Nedräkningen stannar; Starta eller Gå till markerat kör igen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="104" />
        <source>&amp;End the show</source>
        <translation>&amp;Avsluta programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="138" />
        <source>Export planned vs actual</source>
        <translation>Exportera planerat mot faktiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="139" />
        <source>%1 - planned vs actual.csv</source>
        <translation>%1 - planerat mot faktiskt.csv</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="142" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/menu.py" line="35" />
        <source>day %1</source>
        <translation>dag %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/menu.py" line="39" />
        <source>Print run sheet</source>
        <translation>Skriv ut körschema</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/menu.py" line="36" />
        <source>%1 - run sheet.pdf</source>
        <translation>%1 - körschema.pdf</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="161" />
        <source>Event report</source>
        <translation>Evenemangsrapport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="162" />
        <source>%1 - event report.pdf</source>
        <translation>%1 - evenemangsrapport.pdf</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="165" />
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="173" />
        <source>Export session</source>
        <translation>Exportera sessionen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="175" />
        <source>Session files (*.fcbundle)</source>
        <translation>Sessionsfiler (*.fcbundle)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/commands.py" line="306" />
        <location filename="../../facilitator_app/ui/shell/actions.py" line="180" />
        <location filename="../../facilitator_app/ui/shell/actions.py" line="189" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/commands.py" line="307" />
        <location filename="../../facilitator_app/ui/shell/actions.py" line="183" />
        <location filename="../../facilitator_app/ui/shell/actions.py" line="190" />
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="151" />
        <source>Export calendar (ICS)</source>
        <translation>Exportera kalender (ICS)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="153" />
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="193" />
        <source>Quit</source>
        <translation>Avsluta programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="245" />
        <source>About Facilitator Console</source>
        <translation>Om Facilitator Console</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="246" />
        <source>Facilitator Console %1
The producer's cockpit for digital conferences.

Session: %2</source>
        <translation>Facilitator Console %1
Producentens cockpit för digitala konferenser.

Session: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="263" />
        <location filename="../../facilitator_app/ui/shell/actions.py" line="341" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="264" />
        <source>The language changes when the console is restarted.</source>
        <translation>Språket byts när konsolen startas om.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="280" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="283" />
        <source>Open recent</source>
        <translation>Öppna senaste</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="296" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="316" />
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="332" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="344" />
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="355" />
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="356" />
        <source>Hand over to</source>
        <translation>Lämna över till</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="366" />
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="377" />
        <source>Se&amp;ttings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="380" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="384" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="28" />
        <source>Count down</source>
        <translation>Räkna ned</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="29" />
        <source>Count up</source>
        <translation>Räkna upp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="30" />
        <source>Time of day</source>
        <translation>Klockslag</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../facilitator_app/ui/platform/participants_model.py" line="28" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/participants_model.py" line="28" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/participants_model.py" line="28" />
        <source>Breakout room</source>
        <translation>Grupprum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/participants_model.py" line="28" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/participants_model.py" line="42" />
        <source>(not on the list)</source>
        <translation>(inte på listan)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="59" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="60" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="61" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="62" />
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="63" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="64" />
        <source>Host</source>
        <translation>Värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="65" />
        <source>Left</source>
        <translation>Har gått</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="167" />
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="170" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="173" />
        <source>Keep apart</source>
        <translation>Håll isär</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="174" />
        <source>The selected people never share a room</source>
        <translation>De valda personerna hamnar aldrig i samma rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="177" />
        <source>Keep together</source>
        <translation>Håll ihop</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="178" />
        <source>The selected people always share a room</source>
        <translation>De valda personerna hamnar alltid i samma rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="181" />
        <source>Clear their pairings</source>
        <translation>Ta bort deras parningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="202" />
        <source>Kept apart: %1 · Kept together: %2</source>
        <translation>Hålls isär: %1 · Hålls ihop: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="203" />
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="204" />
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/people_panel.py" line="219" />
        <source>New person %1</source>
        <translation>Ny person %1</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="51" />
        <source>Not running</source>
        <translation>Går inte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="53" />
        <source>Segment within its time</source>
        <translation>Passet inom sin tid</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="54" />
        <source>Wrap up</source>
        <translation>Runda av</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="55" />
        <source>Last seconds</source>
        <translation>Sista sekunderna</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/theme.py" line="56" />
        <source>OVERTIME</source>
        <translation>ÖVERTID</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="26" />
        <source>automatic</source>
        <translation>automatiskt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="27" />
        <source>you, in the host client (prepared)</source>
        <translation>du, i värdklienten (förberett)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="28" />
        <source>after the meeting</source>
        <translation>efter mötet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_dialog.py" line="29" />
        <source>not possible</source>
        <translation>inte möjligt</translation>
    </message>
</context>
<context>
    <name>PlatformPanel</name>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="73" />
        <source>Participants (%1)</source>
        <translation>Deltagare (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="82" />
        <source>online</source>
        <translation>ansluten</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="82" />
        <source>degraded</source>
        <translation>begränsad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="82" />
        <source>offline</source>
        <translation>frånkopplad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="85" />
        <source>● %1: %2 · %3 waiting</source>
        <translation>● %1: %2 · %3 väntar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="94" />
        <source>%1 present</source>
        <translation>%1 närvarande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="98" />
        <source>Meeting updates today: %1 used, %2 left</source>
        <translation>Mötesuppdateringar i dag: %1 använda, %2 kvar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="113" />
        <source>Nothing waiting to be sent.</source>
        <translation>Inget väntar på att skickas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="130" />
        <source>Retry now</source>
        <translation>Försök igen nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="132" />
        <source>Drop this change</source>
        <translation>Släpp den här ändringen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="232" />
        <source>Message to the meeting chat</source>
        <translation>Meddelande till mötets chatt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="233" />
        <source>Message:</source>
        <translation>Meddelande:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="242" />
        <source>End the meeting for everyone on %1?</source>
        <translation>Avsluta mötet för alla på %1?</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/platform_panel.py" line="243" />
        <source>End the meeting</source>
        <translation>Avsluta mötet</translation>
    </message>
</context>
<context>
    <name>PollChart</name>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_chart.py" line="59" />
        <source>%1 of %2 present answered</source>
        <translation>%1 av %2 närvarande har svarat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_chart.py" line="62" />
        <source>%1 answers</source>
        <translation>%1 svar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_chart.py" line="67" />
        <source>%1 late, not counted</source>
        <translation>%1 sena, räknas inte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_chart.py" line="76" />
        <source>Results are hidden until they are revealed</source>
        <translation>Resultatet visas när det avslöjas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_chart.py" line="201" />
        <source>… %1 answers in all</source>
        <translation>… %1 svar totalt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/trend_chart.py" line="67" />
        <source>No results yet</source>
        <translation>Inga resultat än</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="31" />
        <source>Poll</source>
        <translation>Omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="31" />
        <source>New poll</source>
        <translation>Ny omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="39" />
        <source>Short name (Zoom: at most 64 characters); the question if empty</source>
        <translation>Kort namn (Zoom: högst 64 tecken); frågan om tomt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="41" />
        <source>One option per line</source>
        <translation>Ett alternativ per rad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="47" />
        <source>(not attached)</source>
        <translation>(inte kopplad)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="55" />
        <source>Polls with the same series are one recurring pulse: their trend is shown</source>
        <translation>Omröstningar i samma serie är en återkommande puls: trenden visas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="56" />
        <source>Hide results on the stage until revealed</source>
        <translation>Dölj resultatet på scenen tills det avslöjas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="57" />
        <source>This is the evaluation of the event</source>
        <translation>Detta är utvärderingen av evenemanget</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="58" />
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="59" />
        <source>Question:</source>
        <translation>Fråga:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="60" />
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="61" />
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="62" />
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="63" />
        <source>Cue with segment:</source>
        <translation>På tur med avsnitt:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_dialog.py" line="64" />
        <source>Recurring pulse:</source>
        <translation>Återkommande puls:</translation>
    </message>
</context>
<context>
    <name>PollsWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="13" />
        <source>Single choice</source>
        <translation>Ett val</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="14" />
        <source>Multiple choice</source>
        <translation>Flera val</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="15" />
        <source>Rating scale</source>
        <translation>Betygsskala</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="16" />
        <source>Recommendation 0-10</source>
        <translation>Rekommendation 0–10</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="17" />
        <source>One word (word cloud)</source>
        <translation>Ett ord (ordmoln)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="18" />
        <source>Open text</source>
        <translation>Fritext</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="25" />
        <source>not started</source>
        <translation>inte startad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="26" />
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="27" />
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="28" />
        <source>revealed</source>
        <translation>avslöjad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="36" />
        <source>the rehearsal platform</source>
        <translation>övningsplattformen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="39" />
        <source>counts typed in</source>
        <translation>inskrivna antal</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="42" />
        <source>the report %1</source>
        <translation>rapporten %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="60" />
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="85" />
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="458" />
        <source>Polls</source>
        <translation>Omröstningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="107" />
        <source>Poll library</source>
        <translation>Omröstningsbibliotek</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="116" />
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="119" />
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="122" />
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="134" />
        <source>Launch</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="137" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="140" />
        <source>Reveal</source>
        <translation>Avslöja</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="143" />
        <source>Present on stage</source>
        <translation>Visa på scenen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="146" />
        <source>Import report…</source>
        <translation>Importera rapport…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="152" />
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="424" />
        <source>Send polls to the platform</source>
        <translation>Skicka till plattformen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="157" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="159" />
        <source>All results (CSV)…</source>
        <translation>Alla resultat (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="160" />
        <source>All results (XLSX)…</source>
        <translation>Alla resultat (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="161" />
        <source>Report with charts (PDF)…</source>
        <translation>Rapport med diagram (PDF)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="178" />
        <source>Choose a poll, or make one with New… (Ctrl+N).</source>
        <translation>Välj en omröstning, eller skapa en med Ny… (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="180" />
        <source>Counts from the host client (Ctrl+E, Tab between fields, Enter saves):</source>
        <translation>Antal från värdklienten (Ctrl+E, Tabb mellan fälten, Retur sparar):</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="185" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="195" />
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="197" />
        <source>Evaluation</source>
        <translation>Utvärdering</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="299" />
        <source>Source: %1 · %2 update(s)</source>
        <translation>Källa: %1 · %2 uppdatering(ar)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="302" />
        <source>%1 repeated answers: each person's last one counts</source>
        <translation>%1 upprepade svar: varje persons sista räknas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="305" />
        <source>%1 answers are none of the options</source>
        <translation>%1 svar är inget av alternativen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="308" />
        <source>For Zoom: %1</source>
        <translation>För Zoom: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="324" />
        <source>A trend needs two or more polls in the same recurring pulse.</source>
        <translation>En trend kräver två eller fler omröstningar i samma återkommande puls.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="388" />
        <source>“%1” is closed and has its answers. Launch it again? The new answers replace them.</source>
        <translation>”%1” är stängd och har sina svar. Starta den igen? De nya svaren ersätter dem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="391" />
        <source>&amp;Launch again</source>
        <translation>&amp;Starta igen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/poll_names.py" line="55" />
        <source>The result of “%1” now holds %2 answer(s) from %3. The counts you typed (%4 in all) replace them. Ctrl+Z in this window brings them back.</source>
        <translation>Resultatet för ”%1” har nu %2 svar från %3. Antalen du skrev in (%4 sammanlagt) ersätter dem. Ctrl+Z i det här fönstret tar tillbaka dem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/evaluation_view.py" line="25" />
        <source>Mark a poll as the evaluation of the event (Edit…) to see its summary here.</source>
        <translation>Markera en omröstning som utvärdering av evenemanget (Redigera…) för att se sammanfattningen här.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/evaluation_view.py" line="33" />
        <source>%1 answered</source>
        <translation>%1 har svarat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/evaluation_view.py" line="35" />
        <source>%1 present</source>
        <translation>%1 närvarande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/evaluation_view.py" line="47" />
        <source>Average: %1</source>
        <translation>Medelvärde: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/report_import.py" line="32" />
        <source>Import a poll report</source>
        <translation>Importera en omröstningsrapport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/report_import.py" line="34" />
        <source>Poll reports (*.csv *.xlsx)</source>
        <translation>Omröstningsrapporter (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/report_import.py" line="51" />
        <source>Nothing was imported: %1</source>
        <translation>Inget importerades: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/report_import.py" line="55" />
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="448" />
        <source>Export poll results</source>
        <translation>Exportera omröstningsresultat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/polls/polls_window.py" line="455" />
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>PresentView</name>
    <message>
        <location filename="../../facilitator_app/ui/polls/present_view.py" line="22" />
        <source>Poll results</source>
        <translation>Omröstningsresultat</translation>
    </message>
</context>
<context>
    <name>Readout</name>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="59" />
        <source>on schedule</source>
        <translation>enligt schemat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="61" />
        <source>%1 behind schedule</source>
        <translation>%1 efter schemat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="62" />
        <source>%1 ahead of schedule</source>
        <translation>%1 före schemat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="83" />
        <source>Up next: %1</source>
        <translation>Härnäst: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="86" />
        <source>Next: %1 at %2</source>
        <translation>Nästa: %1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="89" />
        <source>Last segment of the day</source>
        <translation>Dagens sista pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="91" />
        <source>Nothing left to run</source>
        <translation>Inget kvar att köra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="93" />
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="95" />
        <source>OVERTIME</source>
        <translation>ÖVERTID</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="98" />
        <source>Show ended</source>
        <translation>Programmet avslutat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/live/readout.py" line="100" />
        <source>Not started</source>
        <translation>Inte startat</translation>
    </message>
</context>
<context>
    <name>RemoteController</name>
    <message>
        <location filename="../../facilitator_app/ui/remote/controller.py" line="85" />
        <source>The codes could not be kept in the keyring: %1</source>
        <translation>Koderna kunde inte sparas i nyckelringen: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/controller.py" line="93" />
        <source>Automations not used: %1</source>
        <translation>Automationerna används inte: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/controller.py" line="102" />
        <source>Automation failed: %1</source>
        <translation>Automationen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/controller.py" line="131" />
        <source>The remote needs the console's event loop.</source>
        <translation>Fjärrstyrningen behöver konsolens händelseslinga.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/controller.py" line="139" />
        <source>The remote could not start on port %1: %2</source>
        <translation>Fjärrstyrningen kunde inte starta på port %1: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/controller.py" line="181" />
        <source>Remote ON THE NETWORK: %1</source>
        <translation>Fjärrstyrning PÅ NÄTVERKET: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/controller.py" line="184" />
        <source>Remote on this computer: %1</source>
        <translation>Fjärrstyrning på den här datorn: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/controller.py" line="187" />
        <source>Remote control and views are on (Settings → Remote control and views…)</source>
        <translation>Fjärrstyrning och vyer är på (Inställningar → Fjärrstyrning och vyer…)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/controller.py" line="194" />
        <source>Remote: %1</source>
        <translation>Fjärr: %1</translation>
    </message>
</context>
<context>
    <name>RemoteDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="44" />
        <source>Remote control and views</source>
        <translation>Fjärrstyrning och vyer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="50" />
        <source>Drive the show from a Stream Deck (Companion), a script or a phone, and show the countdown in a browser or an OBS browser source. Anyone with the control code can run the show.</source>
        <translation>Styr programmet från ett Stream Deck (Companion), ett skript eller en telefon, och visa nedräkningen i en webbläsare eller en webbläsarkälla i OBS. Den som har styrkoden kan köra programmet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="57" />
        <source>Serve the remote control and the browser views</source>
        <translation>Starta fjärrstyrningen och webbläsarvyerna</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="64" />
        <source>This computer only</source>
        <translation>Bara den här datorn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="65" />
        <source>The local network (phones, tablets, other computers)</source>
        <translation>Det lokala nätverket (telefoner, surfplattor, andra datorer)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="69" />
        <source>Reachable from:</source>
        <translation>Nåbar från:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="73" />
        <source>Port (TCP and UDP):</source>
        <translation>Port (TCP och UDP):</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="76" />
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="82" />
        <source>View code:</source>
        <translation>Visningskod:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="83" />
        <source>Control code:</source>
        <translation>Styrkod:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="85" />
        <source>Keep these codes (in the keyring)</source>
        <translation>Behåll koderna (i nyckelringen)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="87" />
        <source>New codes</source>
        <translation>Nya koder</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="94" />
        <source>Phone remote (control)</source>
        <translation>Telefonfjärr (styrning)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="95" />
        <source>Stage view</source>
        <translation>Scenvy</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="96" />
        <source>Backstage view</source>
        <translation>Backstagevy</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="97" />
        <source>Public view (OBS)</source>
        <translation>Publik vy (OBS)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="100" />
        <source>QR code for:</source>
        <translation>QR-kod för:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="109" />
        <source>Copy address</source>
        <translation>Kopiera adressen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="116" />
        <source>Automations, one per line (an OSC message or HTTP request on an event; see docs/REMOTE.md):</source>
        <translation>Automationer, en per rad (ett OSC-meddelande eller en HTTP-förfrågan vid en händelse; se docs/REMOTE.md):</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="124" />
        <source>Use these automations</source>
        <translation>Använd automationerna</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="185" />
        <source>(off)</source>
        <translation>(av)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/remote/dialog.py" line="193" />
        <source>Phones and other computers reach it only when it serves the local network.</source>
        <translation>Telefoner och andra datorer når den bara när den är på det lokala nätverket.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../facilitator_app/ui/reports/menu.py" line="61" />
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/menu.py" line="63" />
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/menu.py" line="79" />
        <source>an unexpected error (%1); the details are in the log</source>
        <translation>ett oväntat fel (%1); detaljerna finns i loggen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/pages.py" line="137" />
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>RoleBars</name>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="35" />
        <source>Take control…</source>
        <translation>Ta kontrollen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="39" />
        <source>Accept control</source>
        <translation>Ta emot kontrollen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="54" />
        <source>Review…</source>
        <translation>Granska…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="63" />
        <source>nobody</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="70" />
        <source>In control. Control offered to %1; it is yours until they accept.</source>
        <translation>Du styr. Kontrollen är erbjuden till %1; den är din tills hen tar emot.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="80" />
        <source>no heartbeat from it</source>
        <translation>inga livstecken</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="82" />
        <source>last heard %1 s ago</source>
        <translation>hördes senast för %1 s sedan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="84" />
        <source>FOLLOWING. %1 is in control (%2). This console is read-only.</source>
        <translation>FÖLJER. %1 styr (%2). Den här konsolen är skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="89" />
        <source>%1 offers you control of the show.</source>
        <translation>%1 erbjuder dig kontrollen över programmet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="97" />
        <source>no heartbeat</source>
        <translation>inga livstecken</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="99" />
        <source>silent %1 s</source>
        <translation>tyst i %1 s</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="101" />
        <source>Take control (%1)…</source>
        <translation>Ta kontrollen (%1)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/cofacilitation/role_bar.py" line="109" />
        <source>%1 change(s) made by %2 while it was not in control were not applied. They are kept until someone in control re-applies or discards them.</source>
        <translation>%1 ändring(ar) som %2 gjorde utan att ha kontrollen har inte tillämpats. De sparas tills den som styr tillämpar dem igen eller slänger dem.</translation>
    </message>
</context>
<context>
    <name>RollDriver</name>
    <message>
        <location filename="../../facilitator_app/ui/shell/roll_driver.py" line="40" />
        <source>⟳ Roll: “%1” starts by itself at %2</source>
        <translation>⟳ Rullning: ”%1” startar av sig själv %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/roll_driver.py" line="53" />
        <source>Next: %1 starts by itself at %2</source>
        <translation>Nästa: %1 startar av sig själv %2</translation>
    </message>
</context>
<context>
    <name>RoomsWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="67" />
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="107" />
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="436" />
        <source>Rooms</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="92" />
        <source>Round:</source>
        <translation>Runda:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="102" />
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="104" />
        <source>Room size</source>
        <translation>Rumsstorlek</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="105" />
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="106" />
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="112" />
        <source>Room names, comma separated (optional)</source>
        <translation>Rumsnamn, kommaseparerade (valfritt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="114" />
        <source>Apply layout</source>
        <translation>Använd indelning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="124" />
        <source>Mix:</source>
        <translation>Blanda:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="137" />
        <source>Search time:</source>
        <translation>Söktid:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="139" />
        <source>Plan this round</source>
        <translation>Planera rundan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="142" />
        <source>Plan all rounds</source>
        <translation>Planera alla rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="145" />
        <source>Re-plan coming rounds</source>
        <translation>Planera om kommande rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="147" />
        <source>Place newcomers and fill gaps left by people who left, moving as few people as possible</source>
        <translation>Placera nytillkomna och fyll luckor efter dem som gått, med så få flyttar som möjligt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="151" />
        <source>Announce round</source>
        <translation>Meddela rundan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="153" />
        <source>An announced round is never changed by planning</source>
        <translation>En meddelad runda ändras aldrig av planeringen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="161" />
        <source>Import people…</source>
        <translation>Importera deltagare…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="166" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="168" />
        <source>Plan of all rounds (CSV)…</source>
        <translation>Plan för alla rundor (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="169" />
        <source>Zoom pre-assignment for this round (CSV)…</source>
        <translation>Zoom-förfördelning för rundan (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="170" />
        <source>Printable room list (PDF)…</source>
        <translation>Utskrivbar rumslista (PDF)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="174" />
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="418" />
        <source>Send to platform</source>
        <translation>Skicka till plattformen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="176" />
        <source>Queue this round's rooms for the platform (Zoom and Webex: before the meeting)</source>
        <translation>Köa rundans rum för plattformen (Zoom och Webex: före mötet)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/board.py" line="135" />
        <source>● here   ○ not here   ▲ in another room   ★ host</source>
        <translation>● här   ○ inte här   ▲ i ett annat rum   ★ värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/board.py" line="137" />
        <source>Ctrl+M moves the selected people</source>
        <translation>Ctrl+M flyttar de valda personerna</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="202" />
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="206" />
        <source>Encounters</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="210" />
        <source>Who to move</source>
        <translation>Vem ska flyttas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="214" />
        <source>People</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="244" />
        <source>Plan this round (Ctrl+G)</source>
        <translation>Planera rundan (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="245" />
        <source>Plan every round not yet announced (Ctrl+Shift+G)</source>
        <translation>Planera alla rundor som inte meddelats (Ctrl+Skift+G)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="295" />
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="296" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="297" />
        <source>department</source>
        <translation>avdelning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="298" />
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/board.py" line="196" />
        <source>no host</source>
        <translation>ingen värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/board.py" line="207" />
        <source>Not in a room (%1)</source>
        <translation>Utan rum (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/board.py" line="224" />
        <source>now in %1</source>
        <translation>nu i %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/round_summary.py" line="19" />
        <source>This round is announced or has run: planning leaves it as it is.</source>
        <translation>Rundan är meddelad eller har körts: planeringen lämnar den som den är.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/round_summary.py" line="26" />
        <source>No rooms planned yet. Plan this round (Ctrl+G) or all rounds (Ctrl+Shift+G).</source>
        <translation>Inga rum planerade än. Planera rundan (Ctrl+G) eller alla rundor (Ctrl+Skift+G).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/round_summary.py" line="33" />
        <source>Plan of %6 round(s): repeated meetings: &lt;b&gt;%1&lt;/b&gt; · most times a pair meets: &lt;b&gt;%2&lt;/b&gt; · rooms missing a value of the mix: &lt;b&gt;%3&lt;/b&gt; · new contacts per person: min &lt;b&gt;%4&lt;/b&gt;, mean &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Plan för %6 runda/rundor: upprepade möten: &lt;b&gt;%1&lt;/b&gt; · flest möten för ett par: &lt;b&gt;%2&lt;/b&gt; · rum som saknar en grupp i blandningen: &lt;b&gt;%3&lt;/b&gt; · nya kontakter per person: minst &lt;b&gt;%4&lt;/b&gt;, snitt &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/round_summary.py" line="46" />
        <source>(at least %1 repeats are unavoidable)</source>
        <translation>(minst %1 upprepningar går inte att undvika)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/round_summary.py" line="54" />
        <source>this round: &lt;b&gt;%1&lt;/b&gt; of %2 rooms without a host (%3 in all rounds)</source>
        <translation>den här rundan: &lt;b&gt;%1&lt;/b&gt; av %2 rum utan värd (%3 i alla rundor)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/round_summary.py" line="70" />
        <source>No roster from the platform yet.</source>
        <translation>Ingen deltagarlista från plattformen än.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/round_summary.py" line="74" />
        <source>the main meeting</source>
        <translation>huvudmötet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/round_summary.py" line="76" />
        <source>Move %1 to %2 (now in %3)</source>
        <translation>Flytta %1 till %2 (nu i %3)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/round_summary.py" line="82" />
        <source>Everyone present is where the plan has them.</source>
        <translation>Alla närvarande är där planen har dem.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="360" />
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="362" />
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="369" />
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="69" />
        <source>Planning… %v of %m tenths of a second</source>
        <translation>Planerar… %v av %m tiondels sekunder</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="86" />
        <source>Planning… %1 of %2 s</source>
        <translation>Planerar… %1 av %2 s</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="103" />
        <source>Search: one round in %2 s (%3).</source>
        <translation>Sökning: en runda på %2 s (%3).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="105" />
        <source>Search: %1 rounds in %2 s (%3).</source>
        <translation>Sökning: %1 rundor på %2 s (%3).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="113" />
        <source>%1 newcomer(s), %2 people moved.</source>
        <translation>%1 nytillkomna, %2 personer flyttade.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="118" />
        <source>Not met: %1</source>
        <translation>Inte uppfyllt: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="134" />
        <source>no improvement in %1 steps</source>
        <translation>ingen förbättring på %1 steg</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="138" />
        <source>nothing left to improve</source>
        <translation>inget kvar att förbättra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="139" />
        <source>the time budget was reached</source>
        <translation>tidsgränsen nåddes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="140" />
        <source>nothing to search</source>
        <translation>inget att söka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="150" />
        <source>rounds</source>
        <translation>rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="151" />
        <source>round</source>
        <translation>runda</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="154" />
        <source>%1: %2 of %3 rooms have no host: only %4 hosts take part</source>
        <translation>%1: %2 av %3 rum saknar värd: bara %4 värdar deltar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="161" />
        <source>%1 repeated meetings: each person has more room places than there are others to meet</source>
        <translation>%1 upprepade möten: varje person har fler rumsplatser än det finns andra att träffa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="164" />
        <source>%1 repeated meetings: the search found no repeat-free plan in its time</source>
        <translation>%1 upprepade möten: sökningen hittade ingen plan utan upprepningar på sin tid</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="167" />
        <source>%1 rooms lack a value of the mix (too few people with it, or a trade-off)</source>
        <translation>%1 rum saknar en grupp i blandningen (för få personer med den, eller en avvägning)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="170" />
        <source>%1 keep-apart pairs share a room</source>
        <translation>%1 par som ska hållas isär delar rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="171" />
        <source>%1 keep-together groups are split (a group larger than its room?)</source>
        <translation>%1 grupper som ska hållas ihop är delade (en grupp större än sitt rum?)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/planning.py" line="174" />
        <source>%1 rooms are outside their size range</source>
        <translation>%1 rum är utanför sitt storleksintervall</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/rooms_window.py" line="401" />
        <source>Not in a room</source>
        <translation>Utan rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/room_files.py" line="44" />
        <source>Export the plan</source>
        <translation>Exportera planen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/room_files.py" line="83" />
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/room_files.py" line="51" />
        <source>This round has no rooms yet.</source>
        <translation>Rundan har inga rum än.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/room_files.py" line="53" />
        <source>Zoom breakout pre-assignment</source>
        <translation>Zoom-förfördelning av grupprum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/room_files.py" line="64" />
        <source>Printable room list</source>
        <translation>Utskrivbar rumslista</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/room_files.py" line="78" />
        <source>host</source>
        <translation>värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/room_files.py" line="94" />
        <source>Import participants</source>
        <translation>Importera deltagare</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/room_files.py" line="96" />
        <source>Participant lists (*.csv *.xlsx *.txt)</source>
        <translation>Deltagarlistor (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/rooms/room_files.py" line="120" />
        <source>Reading %1…</source>
        <translation>Läser %1…</translation>
    </message>
</context>
<context>
    <name>RunOfShowModel</name>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="218" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="219" />
        <source>Expected</source>
        <translation>Väntas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="220" />
        <source>Gap</source>
        <translation>Lucka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="221" />
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="222" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="224" />
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="225" />
        <source>Lead</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="226" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="227" />
        <source>Warn</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="228" />
        <source>Danger</source>
        <translation>Fara</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="312" />
        <source>+%1 gap</source>
        <translation>+%1 lucka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="314" />
        <source>%1 overlap</source>
        <translation>%1 överlapp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="351" />
        <source>Starts by itself at %1 (roll). Ctrl+Shift+R turns the roll off.</source>
        <translation>Startar av sig själv %1 (rullning). Ctrl+Shift+R stänger av rullningen.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="355" />
        <source>Fixed start at %1. Clear it to follow the previous segment.</source>
        <translation>Fast start kl. %1. Töm fältet för att följa föregående pass.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="358" />
        <source>Follows the previous segment. Type a time (HH:MM) to fix the start.</source>
        <translation>Följer föregående pass. Skriv en tid (TT:MM) för fast start.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="361" />
        <source>Nothing is planned for %1 before this fixed start.</source>
        <translation>Inget är planerat under %1 före denna fasta start.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="364" />
        <source>The previous segment runs %1 into this fixed start.</source>
        <translation>Föregående pass går %1 in i denna fasta start.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="370" />
        <source>When the segment will now start, while the show runs.</source>
        <translation>När passet nu väntas börja, medan showen pågår.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="372" />
        <source>Expected at %1, as planned.</source>
        <translation>Väntas %1, som planerat.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="373" />
        <source>%1 later than planned</source>
        <translation>%1 senare än planerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="373" />
        <source>%1 earlier than planned</source>
        <translation>%1 tidigare än planerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="375" />
        <source>Expected at %1 (%2).</source>
        <translation>Väntas %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="380" />
        <source>Colour: %1</source>
        <translation>Färg: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="380" />
        <source>the kind's colour</source>
        <translation>typens färg</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/run_of_show_model.py" line="384" />
        <source>Seconds left when the countdown changes colour; empty uses the default.</source>
        <translation>Sekunder kvar när nedräkningen byter färg; tomt ger standardvärdet.</translation>
    </message>
</context>
<context>
    <name>RunOfShowPanel</name>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/table_panel.py" line="200" />
        <source>New segment</source>
        <translation>Nytt pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/table_panel.py" line="217" />
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Borttaget. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_of_show/table_panel.py" line="223" />
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
</context>
<context>
    <name>RunSheet</name>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="43" />
        <source>Skipped</source>
        <translation>Hoppas över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="45" />
        <source>▶ Live now</source>
        <translation>▶ Pågår nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="47" />
        <source>✓ Done</source>
        <translation>✓ Klart</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="49" />
        <source>Lead: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="54" />
        <source>%1 rooms</source>
        <translation>%1 rum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="56" />
        <source>hosts: %1</source>
        <translation>värdar: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="60" />
        <source>%1 without a host</source>
        <translation>%1 utan värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="64" />
        <source>Rooms not planned yet</source>
        <translation>Rummen är inte planerade än</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="68" />
        <source>host: %1</source>
        <translation>värd: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="72" />
        <source>Poll: %1</source>
        <translation>Omröstning: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="85" />
        <source>exp. %1</source>
        <translation>förv. %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="99" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="121" />
        <source>Starts %1 · planned end %2</source>
        <translation>Börjar %1 · planerat slut %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="126" />
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="165" />
        <source>HARD STOP %1</source>
        <translation>HÅRT STOPP %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="128" />
        <source>expected starts as of %1</source>
        <translation>förväntade starter kl. %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="134" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="135" />
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="136" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="137" />
        <source>Segment</source>
        <translation>Pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="155" />
        <source>expected end %1</source>
        <translation>förväntat slut %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="158" />
        <source>%1 min past the hard stop</source>
        <translation>%1 min efter det hårda stoppet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="163" />
        <source>End of day: planned %1</source>
        <translation>Dagens slut: planerat %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="167" />
        <source>the plan runs past the hard stop</source>
        <translation>planen går förbi det hårda stoppet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="181" />
        <source>Host's sheet: %1</source>
        <translation>Värdens blad: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="183" />
        <source>Speaker's sheet: %1 (cue times)</source>
        <translation>Talarens blad: %1 (starttider)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="185" />
        <source>Producer's sheet</source>
        <translation>Producentens blad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="188" />
        <source>Run sheet</source>
        <translation>Körschema</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="192" />
        <source>printed %1</source>
        <translation>utskrivet %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_pdf.py" line="211" />
        <source>Nothing on this sheet for this day.</source>
        <translation>Inget på det här bladet den här dagen.</translation>
    </message>
</context>
<context>
    <name>RunSheetDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="16" />
        <source>Print run sheet</source>
        <translation>Skriv ut körschema</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="22" />
        <source>Producer (everything)</source>
        <translation>Producent (allt)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="23" />
        <source>Host (their rooms and people)</source>
        <translation>Värd (sina rum och deltagare)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="24" />
        <source>Speaker (their segments and cue times)</source>
        <translation>Talare (sina pass och starttider)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="31" />
        <source>All days</source>
        <translation>Alla dagar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="33" />
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="39" />
        <source>&amp;Sheet for</source>
        <translation>&amp;Blad för</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="40" />
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="41" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="42" />
        <source>P&amp;aper</source>
        <translation>P&amp;apper</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/reports/runsheet_dialog.py" line="60" />
        <source>(nobody in this event)</source>
        <translation>(ingen i det här evenemanget)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../facilitator_app/ui/common/session_controller.py" line="37" />
        <location filename="../../facilitator_app/ui/common/session_controller.py" line="54" />
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/common/session_controller.py" line="46" />
        <source>Could not take control: %1</source>
        <translation>Kunde inte ta kontrollen: %1</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <location filename="../../facilitator_app/ui/shell/session_files.py" line="41" />
        <source>New session from the sample event</source>
        <translation>Ny session från exempelevenemanget</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/session_files.py" line="42" />
        <source>New event.fcsession</source>
        <translation>Nytt evenemang.fcsession</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/session_files.py" line="43" />
        <source>Session folders (*.fcsession)</source>
        <translation>Sessionsmappar (*.fcsession)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/session_files.py" line="53" />
        <source>Open a session folder</source>
        <translation>Öppna en sessionsmapp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/session_files.py" line="73" />
        <source>No other recent sessions</source>
        <translation>Inga andra senaste sessioner</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/session_files.py" line="77" />
        <source>%1 is not a session folder: it has no manifest.json.</source>
        <translation>%1 är ingen sessionsmapp: den saknar manifest.json.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/session_files.py" line="80" />
        <source>%1 already exists and is not empty.</source>
        <translation>%1 finns redan och är inte tom.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/session_files.py" line="92" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="30" />
        <source>Live (every console window, not while typing)</source>
        <translation>Live (alla konsolfönster, inte medan du skriver)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="31" />
        <source>View</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="32" />
        <source>Run-of-show</source>
        <translation>Körschema</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="33" />
        <source>Rooms window</source>
        <translation>Rumsfönstret</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="34" />
        <source>Polls window</source>
        <translation>Omröstningsfönstret</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="35" />
        <source>Files and help</source>
        <translation>Filer och hjälp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="43" />
        <source>Undo / redo in the window where the change was made</source>
        <translation>Ångra / gör om i fönstret där ändringen gjordes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="46" />
        <source>Quit</source>
        <translation>Avsluta programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="47" />
        <source>Stage view: close / full screen</source>
        <translation>Scenvy: stäng / helskärm</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="48" />
        <source>Previous / next round</source>
        <translation>Föregående / nästa runda</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="49" />
        <source>Board / encounters / who to move / people</source>
        <translation>Tavla / möten / vem ska flyttas / personer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="50" />
        <source>Close the rooms window</source>
        <translation>Stäng rumsfönstret</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="51" />
        <source>New poll / edit</source>
        <translation>Ny omröstning / redigera</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="52" />
        <source>Type counts (Tab between fields, Enter saves)</source>
        <translation>Skriv in antal (Tab mellan fälten, Enter sparar)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="53" />
        <source>Import a report</source>
        <translation>Importera en rapport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="54" />
        <source>Present on stage</source>
        <translation>Visa på scenen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="55" />
        <source>Result / trend / evaluation</source>
        <translation>Resultat / trend / utvärdering</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="93" />
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="140" />
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="96" />
        <source>Live keys do nothing while a text field has the keyboard; Esc leaves it.</source>
        <translation>Livetangenterna gör ingenting medan ett textfält har tangentbordet; Esc lämnar det.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="101" />
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="101" />
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="101" />
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="111" />
        <source>Print (PDF)…</source>
        <translation>Skriv ut (PDF)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="121" />
        <source>Print the shortcuts</source>
        <translation>Skriv ut kortkommandona</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/shortcuts_sheet.py" line="121" />
        <source>shortcuts.pdf</source>
        <translation>kortkommandon.pdf</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="45" />
        <source>Platform sign-in</source>
        <translation>Inloggning till plattformar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="55" />
        <source>Secrets are kept in: %1</source>
        <translation>Hemligheter förvaras i: %1</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="60" />
        <source>This is not a secure system keychain: tokens would be stored unprotected. Sign in only on a computer with a working keychain.</source>
        <translation>Det här är ingen säker nyckelring: token skulle sparas oskyddade. Logga bara in på en dator med en fungerande nyckelring.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="69" />
        <source>Signed in</source>
        <translation>Inloggad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="75" />
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="83" />
        <source>Zoom: Server-to-Server OAuth app</source>
        <translation>Zoom: Server-to-Server OAuth-app</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="89" />
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="90" />
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="91" />
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="110" />
        <source>Client secret</source>
        <translation>Klienthemlighet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="92" />
        <source>Sign in to Zoom</source>
        <translation>Logga in på Zoom</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="97" />
        <source>Sign in through the browser (Zoom, Webex) or with a code (Microsoft)</source>
        <translation>Logga in via webbläsaren (Zoom, Webex) eller med en kod (Microsoft)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="106" />
        <source>Webex integrations only</source>
        <translation>Bara för Webex-integrationer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="108" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="109" />
        <source>App's client ID</source>
        <translation>Appens klient-ID</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="111" />
        <source>Microsoft tenant</source>
        <translation>Microsoft-klientorganisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="112" />
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="118" />
        <source>For scripts, FACILITATOR_ZOOM_TOKEN, FACILITATOR_WEBEX_TOKEN and FACILITATOR_GRAPH_TOKEN are read from the environment.</source>
        <translation>För skript läses FACILITATOR_ZOOM_TOKEN, FACILITATOR_WEBEX_TOKEN och FACILITATOR_GRAPH_TOKEN från miljön.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="127" />
        <source>Permissions (scopes) the console uses, and no others:</source>
        <translation>Behörigheter (scopes) som konsolen använder, och inga andra:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="144" />
        <source>signed in</source>
        <translation>inloggad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="144" />
        <source>not signed in</source>
        <translation>inte inloggad</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="149" />
        <source>Fill in the account ID, the client ID and the client secret.</source>
        <translation>Fyll i konto-ID, klient-ID och klienthemlighet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="152" />
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="161" />
        <source>Signed in to Zoom. The secret is in the keychain, not in any file.</source>
        <translation>Inloggad på Zoom. Hemligheten ligger i nyckelringen, inte i någon fil.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="166" />
        <source>Zoom did not grant: %1. Add them to the app in the Zoom App Marketplace.</source>
        <translation>Zoom beviljade inte: %1. Lägg till dem i appen på Zoom App Marketplace.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="180" />
        <source>Fill in the client ID of your organisation's app for %1.</source>
        <translation>Fyll i klient-ID för er organisations app för %1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="201" />
        <source>Finish signing in in your browser…</source>
        <translation>Slutför inloggningen i webbläsaren…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="207" />
        <source>Signed in to %1.</source>
        <translation>Inloggad på %1.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="214" />
        <source>Open %1 and enter the code %2</source>
        <translation>Öppna %1 och ange koden %2</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/platform/signin_dialog.py" line="218" />
        <source>Signed out: the tokens are removed from the keychain.</source>
        <translation>Utloggad: token är borttagna ur nyckelringen.</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/live/stage_window.py" line="27" />
        <source>Stage view</source>
        <translation>Scenvy</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../facilitator_app/ui/platform/sync_controller.py" line="106" />
        <source>No meeting is linked: Platform → Link meeting…</source>
        <translation>Inget möte är kopplat: Plattform → Koppla möte…</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../facilitator_app/commands/exports.py" line="120" />
        <source>Export planned vs actual (CSV)…</source>
        <translation>Exportera planerat mot faktiskt (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/exports.py" line="128" />
        <source>The plan of all rounds (CSV)…</source>
        <translation>Planen för alla rundor (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/exports.py" line="135" />
        <source>Zoom pre-assignment for this round (CSV)…</source>
        <translation>Zoom-förfördelning för rundan (CSV)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/exports.py" line="142" />
        <source>Export poll results…</source>
        <translation>Exportera omröstningsresultat…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/exports.py" line="149" />
        <source>Export session as one file…</source>
        <translation>Exportera sessionen som en fil…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="161" />
        <source>Start / pause</source>
        <translation>Start / paus</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="166" />
        <source>Start, pause or resume</source>
        <translation>Starta, pausa eller fortsätt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="170" />
        <source>Start or resume</source>
        <translation>Starta eller fortsätt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="175" />
        <location filename="../../facilitator_app/ui/shell/actions.py" line="401" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="178" />
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="182" />
        <source>Finish this segment, start the next</source>
        <translation>Avsluta passet och starta nästa</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="186" />
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="190" />
        <source>Back to the previous segment, continuing where it was left</source>
        <translation>Tillbaka till föregående pass, där det lämnades</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="194" />
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="200" />
        <source>Add a minute</source>
        <translation>Lägg till en minut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="204" />
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="210" />
        <source>Remove a minute</source>
        <translation>Ta bort en minut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="214" />
        <source>Go to selected</source>
        <translation>Gå till markerat</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="219" />
        <source>Start the selected segment now</source>
        <translation>Starta det markerade passet nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="223" />
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="228" />
        <source>Skip or unskip the selected upcoming segment</source>
        <translation>Hoppa över (eller ångra) det markerade kommande passet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="232" />
        <source>End</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="237" />
        <source>End the show for now</source>
        <translation>Avsluta programmet för nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="241" />
        <source>Start the segment whose roll time has come</source>
        <translation>Starta passet vars rullningstid har kommit</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="246" />
        <source>Show a stage message</source>
        <translation>Visa ett scenmeddelande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/live.py" line="252" />
        <source>Clear the stage message</source>
        <translation>Rensa scenmeddelandet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="166" />
        <source>Change a person</source>
        <translation>Ändra en person</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="171" />
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="173" />
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="176" />
        <source>Left / back</source>
        <translation>Gått / tillbaka</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="182" />
        <source>Record who is in the meeting</source>
        <translation>Registrera vilka som är med i mötet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="188" />
        <source>Take join and leave times from the platform</source>
        <translation>Hämta tider för anslutning och avfärd från plattformen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/platform.py" line="83" />
        <source>Link meeting…</source>
        <translation>Koppla möte…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/platform.py" line="89" />
        <source>End the meeting on the platform…</source>
        <translation>Avsluta mötet på plattformen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/platform.py" line="92" />
        <source>End the meeting for everyone on %1?</source>
        <translation>Avsluta mötet för alla på %1?</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/platform.py" line="96" />
        <source>Message to the meeting chat…</source>
        <translation>Meddelande till mötets chatt…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/platform.py" line="101" />
        <source>Sync now</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/polls.py" line="220" />
        <source>New poll…</source>
        <translation>Ny omröstning…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/polls.py" line="221" />
        <source>Delete poll</source>
        <translation>Ta bort omröstning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/polls.py" line="224" />
        <source>Launch</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/polls.py" line="235" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/polls.py" line="243" />
        <source>Reveal</source>
        <translation>Avslöja</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/polls.py" line="251" />
        <source>Type counts</source>
        <translation>Skriv in antal</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/polls.py" line="257" />
        <source>Import a report…</source>
        <translation>Importera en rapport…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/polls.py" line="261" />
        <source>Send polls to the platform</source>
        <translation>Skicka till plattformen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/polls.py" line="264" />
        <source>Take poll results from the platform</source>
        <translation>Hämta omröstningsresultat från plattformen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="297" />
        <source>Room sizes and names</source>
        <translation>Rumsstorlekar och namn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="301" />
        <source>Planner options</source>
        <translation>Planerarens inställningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="304" />
        <source>Plan this round</source>
        <translation>Planera rundan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="311" />
        <source>Plan all rounds</source>
        <translation>Planera alla rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="317" />
        <source>Re-plan coming rounds</source>
        <translation>Planera om kommande rundor</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="324" />
        <source>Move to room…</source>
        <translation>Flytta till rum…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="331" />
        <source>Announce round</source>
        <translation>Meddela rundan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="338" />
        <source>Record a plan</source>
        <translation>Spara en plan</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="342" />
        <source>Send to platform</source>
        <translation>Skicka till plattformen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="345" />
        <source>Import people…</source>
        <translation>Importera deltagare…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/rooms.py" line="351" />
        <source>Keep apart / together</source>
        <translation>Håll isär / ihop</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/session.py" line="61" />
        <source>Take control…</source>
        <translation>Ta kontrollen…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/session.py" line="65" />
        <source>Take control of the show from this console?</source>
        <translation>Ta kontrollen över showen från den här konsolen?</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/session.py" line="69" />
        <source>Accept control</source>
        <translation>Ta emot kontrollen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/session.py" line="76" />
        <source>Hand over to</source>
        <translation>Lämna över till</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/session.py" line="82" />
        <source>Changes not applied…</source>
        <translation>Ändringar som inte tillämpats…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="169" />
        <source>Add segment</source>
        <translation>Lägg till pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="180" />
        <source>Duplicate segment</source>
        <translation>Duplicera pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="187" />
        <source>Delete segment</source>
        <translation>Ta bort pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="195" />
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="202" />
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="209" />
        <source>Move segment</source>
        <translation>Flytta pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="215" />
        <source>Change segment</source>
        <translation>Ändra pass</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="221" />
        <source>Roll: start by itself at its fixed start</source>
        <translation>Rullning: starta av sig själv vid den fasta starttiden</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="228" />
        <source>Roll the whole day (every fixed start)</source>
        <translation>Rulla hela dagen (alla fasta starttider)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="232" />
        <source>Add day</source>
        <translation>Lägg till dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="235" />
        <source>Day settings (start, hard stop)…</source>
        <translation>Inställningar för dagen (start, fast stopp)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/show.py" line="241" />
        <source>Delete day</source>
        <translation>Ta bort dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="27" />
        <source>Stage view</source>
        <translation>Scenvy</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="28" />
        <source>Cycle display mode</source>
        <translation>Byt visningsläge</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="29" />
        <source>Rooms and breakout plan…</source>
        <translation>Rum och grupplanering…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="30" />
        <source>Polls…</source>
        <translation>Omröstningar…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="31" />
        <source>Previous day</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="32" />
        <source>Next day</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="33" />
        <source>Flash the stage when time is up</source>
        <translation>Blinka scenvyn när tiden är slut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="34" />
        <source>Sound cue at warning and at zero</source>
        <translation>Ljudsignal vid varning och vid noll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="35" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="36" />
        <source>Stage screen</source>
        <translation>Skärm för scenvyn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="37" />
        <source>Type a stage message</source>
        <translation>Skriv ett scenmeddelande</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="38" />
        <source>Edit cell</source>
        <translation>Redigera cell</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="39" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="40" />
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="41" />
        <source>Quit</source>
        <translation>Avsluta programmet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="42" />
        <source>New session…</source>
        <translation>Ny session…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="43" />
        <source>Open session…</source>
        <translation>Öppna session…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="44" />
        <source>Open recent</source>
        <translation>Öppna senaste</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="45" />
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="46" />
        <source>Retry now</source>
        <translation>Försök igen nu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="47" />
        <source>Drop this change</source>
        <translation>Släpp den här ändringen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="48" />
        <source>About Facilitator Console</source>
        <translation>Om Facilitator Console</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="49" />
        <source>Print run sheet…</source>
        <translation>Skriv ut körschema…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="50" />
        <source>Event report…</source>
        <translation>Evenemangsrapport…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="51" />
        <source>Export calendar (ICS)…</source>
        <translation>Exportera kalender (ICS)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="52" />
        <source>Sign in…</source>
        <translation>Logga in…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="53" />
        <source>What each platform can do…</source>
        <translation>Vad varje plattform kan göra…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="54" />
        <source>Present on stage</source>
        <translation>Visa på scenen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="55" />
        <source>Remote control and views…</source>
        <translation>Fjärrstyrning och vyer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="402" />
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shell/actions.py" line="409" />
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/remote/server.py" line="220" />
        <source>Flash the stage</source>
        <translation>Blinka scenen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/remote/server.py" line="225" />
        <source>Black out the stage</source>
        <translation>Släck scenen</translation>
    </message>
<message><source>%1</source><translation>%1</translation></message><message><source>%1 %2 people without an e-mail address were left out.</source><translation>%1 %2 personer utan e-postadress utelämnades.</translation></message><message><source>%1 is not a breakout round.</source><translation>%1 är ingen grupprumsrunda.</translation></message><message><source>%1 is not a usable e-mail address (invalid, or someone else's)</source><translation>%1 är ingen användbar e-postadress (ogiltig, eller någon annans)</translation></message><message><source>%1 is not offered by the remote.</source><translation>%1 erbjuds inte via fjärrstyrningen.</translation></message><message><source>%1 needs the argument %2.</source><translation>%1 behöver argumentet %2.</translation></message><message><source>%1 people cannot be split into rooms of %2 to %3: rooms of %4 to %5 work</source><translation>%1 personer kan inte delas upp i rum med %2 till %3: rum med %4 till %5 går</translation></message><message><source>%1 people cannot be split into rooms of %2 to %3: rooms of %4 to %5 work, and so do rooms of %6 to %7</source><translation>%1 personer kan inte delas upp i rum med %2 till %3: rum med %4 till %5 går, och rum med %6 till %7 också</translation></message><message><source>%1 poll(s) queued for Zoom.</source><translation>%1 omröstning(ar) i kö för Zoom.</translation></message><message><source>%1 poll(s) queued for Zoom.
Not sent:
%2</source><translation>%1 omröstning(ar) i kö för Zoom.
Inte skickade:
%2</translation></message><message><source>%1 room(s) of “%2” have no host.</source><translation>%1 rum i ”%2” saknar värd.</translation></message><message><source>%1 takes at most %2 arguments.</source><translation>%1 tar högst %2 argument.</translation></message><message><source>A chat message has at most 4,000 characters.</source><translation>Ett chattmeddelande har högst 4 000 tecken.</translation></message><message><source>A count cannot be negative.</source><translation>Ett antal kan inte vara negativt.</translation></message><message><source>A person has no field %1.</source><translation>En person har inget fält %1.</translation></message><message><source>A person needs a name.</source><translation>En person behöver ett namn.</translation></message><message><source>A show needs at least one day.</source><translation>Ett program behöver minst en dag.</translation></message><message><source>A stage message has at most 500 characters.</source><translation>Ett scenmeddelande har högst 500 tecken.</translation></message><message><source>Control offered to %1.</source><translation>Kontrollen erbjuden till %1.</translation></message><message><source>Could not take control.</source><translation>Kunde inte ta kontrollen.</translation></message><message><source>Could not write %1: %2</source><translation>Kunde inte skriva %1: %2</translation></message><message><source>Ending the meeting: queued for the platform.</source><translation>Mötet avslutas: i kö till plattformen.</translation></message><message><source>Every count must be a whole number.</source><translation>Varje antal måste vara ett heltal.</translation></message><message><source>Every round is announced or has run: nothing to plan.</source><translation>Alla rundor är meddelade eller har körts: inget att planera.</translation></message><message><source>Exported %1</source><translation>Exporterade %1</translation></message><message><source>Exported %1 events to %2</source><translation>Exporterade %1 händelser till %2</translation></message><message><source>Give balance, seconds or seed.</source><translation>Ange blandning, sekunder eller frö.</translation></message><message><source>Hand over to whom? (argument writer)</source><translation>Lämna över till vem? (argumentet writer)</translation></message><message><source>Message queued for the meeting chat.</source><translation>Meddelandet ligger i kö till mötets chatt.</translation></message><message><source>No poll is closed; name one (argument poll).</source><translation>Ingen omröstning är stängd; ange en (argumentet poll).</translation></message><message><source>No poll is cued for the live segment; name one (argument poll).</source><translation>Ingen omröstning hör till passet som är live; ange en (argumentet poll).</translation></message><message><source>No poll is open; name one (argument poll).</source><translation>Ingen omröstning är öppen; ange en (argumentet poll).</translation></message><message><source>No round has rooms yet.</source><translation>Ingen runda har rum än.</translation></message><message><source>No segment is live.</source><translation>Inget pass är live.</translation></message><message><source>Nobody has offered control to this console.</source><translation>Ingen har erbjudit kontrollen till den här konsolen.</translation></message><message><source>Not saved.</source><translation>Inte sparat.</translation></message><message><source>Nothing is running.</source><translation>Inget pågår.</translation></message><message><source>Only Microsoft Teams lets the console post to the meeting chat.</source><translation>Bara Microsoft Teams låter konsolen skriva i mötets chatt.</translation></message><message><source>Only Zoom takes poll definitions before the meeting; on %1 the console launches rehearsal polls itself or you type the counts in.</source><translation>Bara Zoom tar emot omröstningar före mötet; på %1 startar konsolen repetitionsomröstningar själv, annars skriver du in antalen.</translation></message><message><source>Only a closed poll can be revealed.</source><translation>Bara en stängd omröstning kan visas.</translation></message><message><source>Only a draft or a closed poll can be launched.</source><translation>Bara ett utkast eller en stängd omröstning kan startas.</translation></message><message><source>Only a segment with a fixed start can roll: type its time in Start.</source><translation>Bara ett pass med fast starttid kan rulla: skriv tiden i Start.</translation></message><message><source>Only an open poll can be closed.</source><translation>Bara en öppen omröstning kan stängas.</translation></message><message><source>Only the console in control can do this.</source><translation>Bara konsolen som har kontrollen kan göra detta.</translation></message><message><source>Select two or more people first.</source><translation>Välj två eller fler personer först.</translation></message><message><source>That segment is already live.</source><translation>Det passet är redan live.</translation></message><message><source>The argument is not JSON.</source><translation>Argumentet är inte JSON.</translation></message><message><source>The list cannot be used: %1</source><translation>Listan kan inte användas: %1</translation></message><message><source>The live segment cannot be skipped; go to the next one.</source><translation>Passet som är live kan inte hoppas över; gå till nästa.</translation></message><message><source>The message is empty.</source><translation>Meddelandet är tomt.</translation></message><message><source>The platform connection has not started yet; try again in a moment.</source><translation>Anslutningen till plattformen har inte startat än; försök igen om en stund.</translation></message><message><source>The poll cannot be used: %1</source><translation>Omröstningen kan inte användas: %1</translation></message><message><source>The result cannot be used: %1</source><translation>Resultatet kan inte användas: %1</translation></message><message><source>The rooms of “%1” are not sent to %2: Rooms (Ctrl+B), Send to platform.</source><translation>Rummen i ”%1” är inte skickade till %2: Rum (Ctrl+B), Skicka till plattformen.</translation></message><message><source>The rooms of “%1” changed since they were sent to %2.</source><translation>Rummen i ”%1” har ändrats sedan de skickades till %2.</translation></message><message><source>The roster must be a list.</source><translation>Deltagarlistan måste vara en lista.</translation></message><message><source>The running segment cannot be deleted; go to another segment first.</source><translation>Det pågående passet kan inte tas bort; gå först till ett annat pass.</translation></message><message><source>The running segment is on this day; go to another segment first.</source><translation>Det pågående passet ligger på den här dagen; gå först till ett annat pass.</translation></message><message><source>The show is already running.</source><translation>Showen pågår redan.</translation></message><message><source>The show is not running.</source><translation>Showen pågår inte.</translation></message><message><source>There are no changes waiting to be re-applied or discarded.</source><translation>Det finns inga ändringar som väntar på att tillämpas igen eller kastas.</translation></message><message><source>There are no people to place: import the participant list first.</source><translation>Det finns inga deltagare att placera: importera deltagarlistan först.</translation></message><message><source>There is no command %1.</source><translation>Det finns inget kommando %1.</translation></message><message><source>There is no day %1.</source><translation>Det finns ingen dag %1.</translation></message><message><source>There is no person %1.</source><translation>Det finns ingen person %1.</translation></message><message><source>There is no planned round from here on to re-plan.</source><translation>Det finns ingen planerad runda härifrån att planera om.</translation></message><message><source>There is no platform %1.</source><translation>Det finns ingen plattform %1.</translation></message><message><source>There is no poll %1.</source><translation>Det finns ingen omröstning %1.</translation></message><message><source>There is no previous segment.</source><translation>Det finns inget föregående pass.</translation></message><message><source>There is no room %1.</source><translation>Det finns inget rum %1.</translation></message><message><source>There is no segment %1.</source><translation>Det finns inget pass %1.</translation></message><message><source>There is no segment left to start.</source><translation>Det finns inget pass kvar att starta.</translation></message><message><source>There is no session folder to export.</source><translation>Det finns ingen sessionsmapp att exportera.</translation></message><message><source>There is no stage message.</source><translation>Det finns inget scenmeddelande.</translation></message><message><source>There is no such change.</source><translation>Det finns ingen sådan ändring.</translation></message><message><source>There is nothing to skip.</source><translation>Det finns inget att hoppa över.</translation></message><message><source>This console cannot resolve changes.</source><translation>Den här konsolen kan inte hantera ändringar.</translation></message><message><source>This console cannot take control.</source><translation>Den här konsolen kan inte ta kontrollen.</translation></message><message><source>This console follows; %1 is in control.</source><translation>Den här konsolen följer; %1 har kontrollen.</translation></message><message><source>This console is already in control.</source><translation>Den här konsolen har redan kontrollen.</translation></message><message><source>This console is in control.</source><translation>Den här konsolen har kontrollen.</translation></message><message><source>This is the last segment.</source><translation>Det här är sista passet.</translation></message><message><source>This round has no rooms yet.</source><translation>Rundan har inga rum än.</translation></message><message><source>Too many control requests at once; try again.</source><translation>För många styrförfrågningar samtidigt; försök igen.</translation></message><message><source>Where to write? (argument path)</source><translation>Var ska filen skrivas? (argumentet path)</translation></message><message><source>Which segment? (argument %1)</source><translation>Vilket pass? (argumentet %1)</translation></message><message><source>Whom to move? (argument people)</source><translation>Vilka ska flyttas? (argumentet people)</translation></message><message><source>Whom to remove? (argument people)</source><translation>Vilka ska tas bort? (argumentet people)</translation></message><message><source>Zoom assigns by e-mail; left out for lack of one: %1</source><translation>Zoom fördelar efter e-post; utan e-post och därför utelämnade: %1</translation></message><message><source>changes must be an object of fields.</source><translation>changes måste vara ett objekt med fält.</translation></message><message><source>counts must be an object of answer: number.</source><translation>counts måste vara ett objekt med svar: antal.</translation></message><message><source>how must be apart, together or clear.</source><translation>how måste vara apart, together eller clear.</translation></message><message><source>minutes must be a whole number.</source><translation>minutes måste vara ett heltal.</translation></message><message><source>minutes must be between 1 and 120.</source><translation>minutes måste vara mellan 1 och 120.</translation></message><message><source>on must be true or false.</source><translation>on måste vara true eller false.</translation></message><message><source>people must be a non-empty list.</source><translation>people måste vara en lista som inte är tom.</translation></message><message><source>poll must be an object.</source><translation>poll måste vara ett objekt.</translation></message><message><source>seconds must be between 0.1 and 600.</source><translation>seconds måste vara mellan 0,1 och 600.</translation></message><message><source>seq must be a number.</source><translation>seq måste vara ett tal.</translation></message><message><source>“%1” has no rooms planned: Rooms (Ctrl+B), Plan this round (Ctrl+G).</source><translation>”%1” har inga planerade rum: Rum (Ctrl+B), Planera rundan (Ctrl+G).</translation></message><message><source>“%1” is closed and has its answers: launching it again replaces them (again: true).</source><translation>”%1” är stängd och har sina svar: startas den igen ersätts de (again: true).</translation></message><message><source>“%1” started by itself (roll).</source><translation>”%1” startade av sig själv (rullning).</translation></message><message><source>“%1” started with rooms not sent to %2: move people in the host client (Rooms, Who to move: Ctrl+3).</source><translation>”%1” startade med rum som inte skickats till %2: flytta deltagarna i värdklienten (Rum, Vem ska flyttas: Ctrl+3).</translation></message></context>
<context>
    <name>edits</name>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="19" />
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="20" />
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="21" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="22" />
        <source>department</source>
        <translation>avdelning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="23" />
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/commands/people.py" line="24" />
        <source>host</source>
        <translation>värd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="17" />
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="18" />
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="19" />
        <source>lead</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="20" />
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="21" />
        <source>length</source>
        <translation>längd</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="22" />
        <source>colour</source>
        <translation>färg</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="23" />
        <location filename="../../facilitator_app/domain/edits.py" line="27" />
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="24" />
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="25" />
        <source>danger</source>
        <translation>fara</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="26" />
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="28" />
        <source>hard stop</source>
        <translation>hårt stopp</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/domain/edits.py" line="29" />
        <source>roll</source>
        <translation>rullning</translation>
    </message>
<message><source>Add %1</source><translation>Lägg till %1</translation></message><message><source>Change %1 of %2</source><translation>Ändra %1 för %2</translation></message><message><source>Change poll %1</source><translation>Ändra omröstning %1</translation></message><message><source>Clear pairings</source><translation>Ta bort parningar</translation></message><message><source>Delete %1</source><translation>Ta bort %1</translation></message><message><source>Delete poll %1</source><translation>Ta bort omröstning %1</translation></message><message><source>Duplicate %1</source><translation>Duplicera %1</translation></message><message><source>Import %1 new and %2 updated people</source><translation>Importera %1 nya och %2 uppdaterade deltagare</translation></message><message><source>Keep apart</source><translation>Håll isär</translation></message><message><source>Keep together</source><translation>Håll ihop</translation></message><message><source>Mark %1 as back</source><translation>Markera att %1 är tillbaka</translation></message><message><source>Mark %1 as left</source><translation>Markera att %1 har gått</translation></message><message><source>Move %1</source><translation>Flytta %1</translation></message><message><source>Move %1 to %2</source><translation>Flytta %1 till %2</translation></message><message><source>New poll %1</source><translation>Ny omröstning %1</translation></message><message><source>Plan %1 rounds</source><translation>Planera %1 rundor</translation></message><message><source>Plan rooms</source><translation>Planera rum</translation></message><message><source>Remove %1 people</source><translation>Ta bort %1 personer</translation></message><message><source>Take %1 out of the rooms</source><translation>Ta %1 ur rummen</translation></message><message><source>Type counts for %1</source><translation>Skriv in antal för %1</translation></message></context>
<context>
    <name>platforms</name>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="156" />
        <source>Rehearsal platform</source>
        <translation>Övningsplattform</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="165" />
        <source>No meeting needed: the rehearsal meeting runs on this computer.</source>
        <translation>Inget möte behövs: övningsmötet körs på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="172" />
        <source>Queued for the rehearsal platform: people go to these rooms when the rooms open.</source>
        <translation>I kö för repetitionsplattformen: deltagarna går till dessa rum när rummen öppnas.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="220" />
        <source>The meeting ID or the join URL (https://…zoom.us/j/…).</source>
        <translation>Mötes-ID eller länken för att ansluta (https://…zoom.us/j/…).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="221" />
        <source>Queued for Zoom: the rooms are pre-assigned in the meeting settings (before the meeting starts).</source>
        <translation>I kö för Zoom: rummen förfördelas i mötesinställningarna (innan mötet börjar).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="225" />
        <location filename="../../facilitator_app/services/platforms/registry.py" line="270" />
        <source>Launch it in the host client now; its status follows here, the answers come after the meeting.</source>
        <translation>Starta den i värdklienten nu; statusen följs här, svaren kommer efter mötet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="229" />
        <location filename="../../facilitator_app/services/platforms/registry.py" line="274" />
        <source>End it in the host client too.</source>
        <translation>Avsluta den i värdklienten också.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="266" />
        <source>The meeting ID.</source>
        <translation>Mötes-ID.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="267" />
        <source>Queued for Webex: the breakout sessions are set before the meeting starts.</source>
        <translation>I kö för Webex: grupprummen ställs in innan mötet börjar.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="305" />
        <source>The organiser's user ID and the online meeting ID, as ORGANISER/MEETING.</source>
        <translation>Organisatörens användar-ID och onlinemötets ID, som ORGANISATÖR/MÖTE.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="308" />
        <source>Teams has no API for breakout rooms: export the room list and assign them in Teams.</source>
        <translation>Teams har inget API för grupprum: exportera rumslistan och fördela i Teams.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="311" />
        <source>Teams has no poll API: run the poll in Teams and type the counts in here.</source>
        <translation>Teams har inget API för omröstningar: kör den i Teams och skriv in antalen här.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/services/platforms/registry.py" line="314" />
        <source>Teams has no API to end a meeting: end it in the Teams client.</source>
        <translation>Teams har inget API för att avsluta möten: avsluta det i Teams-klienten.</translation>
    </message>
</context>
</TS>