"""Swedish translations, kept as a table so they survive `pyside6-lupdate` refreshes.

`python packaging/translations_sv.py` writes them into resources/translations/facilitator_sv.ts
(run `make translations` after changing UI strings, then fill in any new ones here).
Terms follow Swedish event practice: körschema (run-of-show), pass (segment), grupprum
(breakout room), plenum, övertid.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "facilitator_sv.ts"

# "Context|source" overrides a plain source where one English word needs two Swedish ones.
SV = {
    "RunOfShowModel|Start": "Start",
    "Day": "Dag",
    "Segment": "Pass",
    "Planned start": "Planerad start",
    "Planned": "Planerat",
    "Actual start": "Faktisk start",
    "Actual": "Faktiskt",
    "Start ±": "Start ±",
    "Length ±": "Längd ±",
    "Status": "Status",
    "planned": "planerat",
    "running": "pågår",
    "done": "klart",
    "skipped": "hoppas över",
    "Kind's colour": "Typens färg",
    "Plenary": "Plenum",
    "Breakout": "Grupprum",
    "Break": "Paus",
    "Poll": "Omröstning",
    "Other": "Övrigt",
    "Now": "Nu",
    "Next": "Nästa",
    "Started": "Startade",
    "Ends": "Slutar",
    "Schedule": "Schema",
    "Day ends": "Dagen slutar",
    "Message on stage": "Meddelande på scenen",
    "Type a message for the stage, press Enter": "Skriv ett meddelande till scenen, tryck Enter",
    "Show": "Visa",
    "Clear": "Rensa",
    "On stage now: “%1”": "På scenen nu: ”%1”",
    "No message on stage.": "Inget meddelande på scenen.",
    "%1 · at %2": "%1 · kl. %2",
    "%1 (plan %2)": "%1 (plan %2)",
    "%1 (stop %2)": "%1 (stopp %2)",
    "The day is projected to end %1 after its hard stop at %2.": "Dagen beräknas sluta %1 efter det fasta stoppet kl. %2.",
    "Facilitator Console": "Facilitator Console",
    "Start": "Starta",
    "Start, pause or resume": "Starta, pausa eller fortsätt",
    "Finish this segment, start the next": "Avsluta passet och starta nästa",
    "Previous": "Föregående",
    "Back to the previous segment, continuing where it was left": "Tillbaka till föregående pass, där det lämnades",
    "−1 min": "−1 min",
    "Remove a minute": "Ta bort en minut",
    "+1 min": "+1 min",
    "Add a minute": "Lägg till en minut",
    "Go to selected": "Gå till markerat",
    "Start the selected segment now": "Starta det markerade passet nu",
    "Skip": "Hoppa över",
    "Skip or unskip the selected upcoming segment": "Hoppa över (eller ångra) det markerade kommande passet",
    "End": "Avsluta",
    "End the show for now": "Avsluta programmet för nu",
    "Stage view": "Scenvy",
    "Show or hide the stage view": "Visa eller dölj scenvyn",
    "Cycle display mode": "Byt visningsläge",
    "Type a stage message": "Skriv ett scenmeddelande",
    "Clear the stage message": "Rensa scenmeddelandet",
    "Add segment": "Lägg till pass",
    "Duplicate segment": "Duplicera pass",
    "Delete segment": "Ta bort pass",
    "Move up": "Flytta upp",
    "Move down": "Flytta ned",
    "Edit cell": "Redigera cell",
    "Previous day": "Föregående dag",
    "Next day": "Nästa dag",
    "Export planned vs actual (CSV)…": "Exportera planerat mot faktiskt (CSV)…",
    "Undo": "Ångra",
    "Redo": "Gör om",
    "Quit": "Avsluta programmet",
    "Display:": "Visning:",
    "PLANNED VS ACTUAL": "PLANERAT MOT FAKTISKT",
    "Export CSV…": "Exportera CSV…",
    "Live": "Live",
    "&File": "&Arkiv",
    "&Edit": "&Redigera",
    "Add day": "Lägg till dag",
    "&Live": "&Live",
    "&View": "&Visa",
    "Stage screen": "Skärm för scenvyn",
    "Flash the stage when time is up": "Blinka scenvyn när tiden är slut",
    "Sound cue at warning and at zero": "Ljudsignal vid varning och vid noll",
    "Language": "Språk",
    "System default": "Systemets språk",
    "&Help": "&Hjälp",
    "About Facilitator Console": "Om Facilitator Console",
    "NOT SAVED": "INTE SPARAT",
    "Saved · %1 events": "Sparat · %1 händelser",
    "In control: %1 (this console)": "Styr: %1 (den här konsolen)",
    "In control: %1": "Styr: %1",
    "Pause": "Pausa",
    "Resume": "Fortsätt",
    "New segment": "Nytt pass",
    "The running segment cannot be deleted; go to another segment first.": "Det pågående passet kan inte tas bort; gå först till ett annat pass.",
    "Day %1": "Dag %1",
    "Export planned vs actual": "Exportera planerat mot faktiskt",
    "CSV files (*.csv)": "CSV-filer (*.csv)",
    "Could not write %1: %2": "Kunde inte skriva %1: %2",
    "Exported %1": "Exporterade %1",
    "The language changes when the console is restarted.": "Språket byts när konsolen startas om.",
    "Facilitator Console %1\nThe producer's cockpit for digital conferences.\n\nSession: %2": "Facilitator Console %1\nProducentens cockpit för digitala konferenser.\n\nSession: %2",
    "Count down": "Räkna ned",
    "Count up": "Räkna upp",
    "Time of day": "Klockslag",
    "Not running": "Går inte",
    "On time": "I tid",
    "Wrap up": "Runda av",
    "Last seconds": "Sista sekunderna",
    "OVERTIME": "ÖVERTID",
    "on schedule": "enligt schemat",
    "%1 behind schedule": "%1 efter schemat",
    "%1 ahead of schedule": "%1 före schemat",
    "Up next: %1": "Härnäst: %1",
    "Next: %1 at %2": "Nästa: %1 kl. %2",
    "Last segment of the day": "Dagens sista pass",
    "Nothing left to run": "Inget kvar att köra",
    "Paused": "Pausad",
    "Show ended": "Programmet avslutat",
    "Not started": "Inte startat",
    "Gap": "Lucka",
    "Length": "Längd",
    "Kind": "Typ",
    "Title": "Rubrik",
    "Lead": "Ansvarig",
    "Notes": "Anteckningar",
    "Warn": "Varning",
    "Danger": "Fara",
    "+%1 gap": "+%1 lucka",
    "%1 overlap": "%1 överlapp",
    "Fixed start at %1. Clear it to follow the previous segment.": "Fast start kl. %1. Töm fältet för att följa föregående pass.",
    "Follows the previous segment. Type a time (HH:MM) to fix the start.": "Följer föregående pass. Skriv en tid (TT:MM) för fast start.",
    "Nothing is planned for %1 before this fixed start.": "Inget är planerat under %1 före denna fasta start.",
    "The previous segment runs %1 into this fixed start.": "Föregående pass går %1 in i denna fasta start.",
    "Colour: %1": "Färg: %1",
    "the kind's colour": "typens färg",
    "Seconds left when the countdown changes colour; empty uses the default.": "Sekunder kvar när nedräkningen byter färg; tomt ger standardvärdet.",
    "Not saved: %1": "Inte sparat: %1",
    "Session not opened": "Sessionen öppnades inte",
    "The session could not be opened:\n\n%1\n\nThe sample session is open instead.": "Sessionen kunde inte öppnas:\n\n%1\n\nExempelsessionen är öppen i stället.",
    "Customer panel joins at 10:00 – please be ready": "Kundpanelen ansluter kl. 10.00 – var redo",
    # Co-facilitation
    "Cannot write to the session folder: %1": "Kan inte skriva till sessionsmappen: %1",
    "This computer's clock is %1 s off the shared folder's; timers use the shared time.": "Datorns klocka går %1 s fel mot den delade mappens; nedräkningarna använder den delade tiden.",
    "Changes not applied": "Ändringar som inte tillämpats",
    "These changes were made by a console that was not in control at the time. Re-apply them as new changes, or discard them.": "De här ändringarna gjordes av en konsol som inte hade kontrollen då. Tillämpa dem igen som nya ändringar, eller släng dem.",
    "Re-apply": "Tillämpa igen",
    "Discard": "Släng",
    "Only the console in control can re-apply or discard.": "Bara konsolen som har kontrollen kan tillämpa igen eller slänga.",
    "started “%1”": "startade ”%1”",
    "paused the countdown": "pausade nedräkningen",
    "resumed the countdown": "fortsatte nedräkningen",
    "changed the time by %2 s": "ändrade tiden med %2 s",
    "ended the show": "avslutade programmet",
    "skip of “%1”": "hoppa över ”%1”",
    "stage message “%3”": "scenmeddelande ”%3”",
    "changed “%1”: %4": "ändrade ”%1”: %4",
    "added “%5”": "lade till ”%5”",
    "deleted “%1”": "tog bort ”%1”",
    "moved “%1”": "flyttade ”%1”",
    "Take control…": "Ta kontrollen…",
    "Accept control": "Ta emot kontrollen",
    "Review…": "Granska…",
    "&Session": "&Session",
    "Hand over to": "Lämna över till",
    "Changes not applied…": "Ändringar som inte tillämpats…",
    "nobody": "ingen",
    "In control. Control offered to %1; it is yours until they accept.": "Du styr. Kontrollen är erbjuden till %1; den är din tills hen tar emot.",
    "no heartbeat from it": "inga livstecken",
    "last heard %1 s ago": "hördes senast för %1 s sedan",
    "FOLLOWING. %1 is in control (%2). This console is read-only.": "FÖLJER. %1 styr (%2). Den här konsolen är skrivskyddad.",
    "%1 offers you control of the show.": "%1 erbjuder dig kontrollen över programmet.",
    "no heartbeat": "inga livstecken",
    "silent %1 s": "tyst i %1 s",
    "Take control (%1)…": "Ta kontrollen (%1)…",
    "%1 change(s) made by %2 while it was not in control were not applied. They are kept until someone in control re-applies or discards them.": "%1 ändring(ar) som %2 gjorde utan att ha kontrollen har inte tillämpats. De sparas tills den som styr tillämpar dem igen eller slänger dem.",
    "this console": "den här konsolen",
    "Control offered to %1.": "Kontrollen erbjuden till %1.",
    "has sent no heartbeat": "har inte skickat några livstecken",
    "has been silent for %1 s": "har varit tyst i %1 s",
    "Take control": "Ta kontrollen",
    "%1 is in control and %2.\n\nTake control of the show from this console? If %1 is still running, changes it makes from now on will not be applied until someone re-applies them.": "%1 styr och %2.\n\nTa kontrollen över programmet från den här konsolen? Om %1 fortfarande är igång tillämpas inte ändringar därifrån förrän någon tillämpar dem igen.",
    "Following · in control: %1": "Följer · styr: %1",
    "%1 — %2 (this console)": "%1 — %2 (den här konsolen)",
    "in control": "styr",
    "following": "följer",
    "%1 — %2, last heard %3 s ago": "%1 — %2, hördes senast för %3 s sedan",
    "%1 console(s)": "%1 konsol(er)",
    "Could not take control: %1": "Kunde inte ta kontrollen: %1",
    "Export session as one file…": "Exportera sessionen som en fil…",
    "The log of %1 forked (two different events with one number: a copied data folder?).": "Loggen för %1 har delat sig (två olika händelser med samma nummer: en kopierad datamapp?).",
    "Export session": "Exportera sessionen",
    "Session files (*.fcbundle)": "Sessionsfiler (*.fcbundle)",
    "Exported %1 events to %2": "Exporterade %1 händelser till %2",
}


def apply(ts: Path = TS) -> list[str]:
    """Fill every translation; return the source texts that have none yet."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = SV.get(f"{name}|{source}", SV.get(source))
            if text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
                translation.set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    gaps = apply()
    for text in gaps:
        print(f"untranslated: {text!r}", file=sys.stderr)
    sys.exit(1 if gaps else 0)
