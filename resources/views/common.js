// Facilitator Console views: one WebSocket to the console, its clock, phases, Swedish/English.
// Plain script, no build step. The state arrives as end instants plus the server's clock,
// so the countdown is computed here and shows the right second even when a message is late.
"use strict";

const FC = (() => {
  const params = new URLSearchParams(location.search);
  const code = params.get("code") || "";
  const TEXT = {
    en: {
      reconnecting: "Reconnecting…", idle: "Not running", paused: "Paused", ended: "The show has ended",
      next: "Next", at: "at", expected: "expected", planned: "planned", message: "Message",
      resume: "We resume at %1", starts: "Starts at %1", welcome: "Welcome", wrap: "Wrap up", overtime: "Overtime",
      start: "Start", pause: "Pause", previous: "Previous", plus: "+1 min", minus: "−1 min", send: "Show message",
      clear: "Clear message", done: "done", live: "live", skipped: "skipped", refused: "Refused",
      blackout: "Blackout", flash: "Flash", late: "late", early: "early", code: "A code is needed (?code=…)",
    },
    sv: {
      reconnecting: "Återansluter…", idle: "Inte igång", paused: "Pausad", ended: "Programmet är slut",
      next: "Nästa", at: "kl.", expected: "väntas", planned: "planerat", message: "Meddelande",
      resume: "Vi fortsätter kl. %1", starts: "Börjar kl. %1", welcome: "Välkommen", wrap: "Avrunda",
      overtime: "Övertid", start: "Starta", pause: "Pausa", previous: "Föregående", plus: "+1 min",
      minus: "−1 min", send: "Visa meddelande", clear: "Ta bort meddelandet", done: "klar", live: "pågår",
      skipped: "hoppas över", refused: "Nekades", blackout: "Släck", flash: "Blinka", late: "sent",
      early: "tidigt", code: "En kod behövs (?code=…)",
    },
  };
  let offset = 0; // the server's clock minus this clock, in ms
  let state = null;
  let socket = null;
  let retry = 500;
  let watchdog = null;
  let ticker = null;
  const renderers = [];

  function lang() {
    const wanted = (params.get("lang") || (state && state.language) || navigator.language || "en").slice(0, 2);
    return TEXT[wanted] ? wanted : "en";
  }
  function t(key, arg) {
    const text = TEXT[lang()][key] || TEXT.en[key] || key;
    return arg === undefined ? text : text.replace("%1", arg);
  }
  function now() { return Date.now() + offset; }
  function remaining(seg) {
    if (!seg) return null;
    if (seg.ends_at) return (Date.parse(seg.ends_at) - now()) / 1000;
    return seg.remaining_s;
  }
  function displaySeconds(r) { return r > 0 ? Math.ceil(r - 1e-9) : -Math.floor(-r + 1e-9); }
  function phase(s) {
    if (!s || !s.segment) return "idle";
    const r = remaining(s.segment);
    if (r === null) return s.phase;
    if (r <= 0) return "overtime";
    const shown = displaySeconds(r);
    if (shown <= s.segment.danger_s) return "danger";
    if (shown <= s.segment.warning_s) return "warning";
    return "normal";
  }
  function duration(sec) {
    const sign = sec < 0 ? "-" : "";
    let whole = Math.abs(sec);
    const h = Math.floor(whole / 3600);
    whole -= h * 3600;
    const m = Math.floor(whole / 60);
    const s = whole - m * 60;
    const pad = (n) => String(n).padStart(2, "0");
    return h ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${m}:${pad(s)}`;
  }
  function countdown(seg) {
    const r = remaining(seg);
    return r === null || r === undefined ? "" : duration(displaySeconds(r));
  }
  function clock(iso) {
    if (!iso) return "";
    const zone = state && state.show ? state.show.timezone : undefined;
    try {
      return new Intl.DateTimeFormat(lang() === "sv" ? "sv-SE" : "en-GB",
        { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(iso));
    } catch (e) {
      return new Date(iso).toTimeString().slice(0, 5);
    }
  }
  function el(id) { return document.getElementById(id); }
  function setText(id, text) { const e = el(id); if (e && e.textContent !== text) e.textContent = text; }

  let labelled = "";
  function label() {
    // The fixed labels follow the console's language once the first state says it.
    if (labelled === lang()) return;
    labelled = lang();
    document.documentElement.lang = labelled;
    for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
    for (const node of document.querySelectorAll("[data-t-placeholder]")) node.placeholder = t(node.dataset.tPlaceholder);
  }
  function render() {
    label();
    if (!state) return;
    const p = phase(state);
    document.body.dataset.phase = p;
    document.body.dataset.status = state.status;
    for (const fn of renderers) fn(state, p);
    schedule();
  }
  function schedule() {
    clearTimeout(ticker);
    if (!state || !state.segment || !state.segment.ends_at) return;
    const r = remaining(state.segment);
    // The next change of the shown second, plus a little.
    const frac = r > 0 ? r - (displaySeconds(r) - 1) : (Math.floor(-r + 1e-9) + 1) + r;
    ticker = setTimeout(render, Math.max(20, frac * 1000 + 5));
  }
  function connection(text) {
    document.body.dataset.connection = text;
    setText("connection", text === "live" ? "" : t("reconnecting"));
  }
  function connect() {
    if (!code) { connection("closed"); setText("connection", t("code")); return; }
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(`${proto}//${location.host}/api/v1/ws?code=${encodeURIComponent(code)}`);
    socket.onmessage = (event) => {
      const received = Date.now();
      state = JSON.parse(event.data);
      offset = Date.parse(state.server_time) - received;
      retry = 500;
      connection("live");
      resetWatchdog();
      render();
    };
    socket.onclose = () => {
      connection("reconnecting");
      clearTimeout(watchdog);
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 4000);
    };
    socket.onerror = () => { try { socket.close(); } catch (e) { /* closing anyway */ } };
  }
  function resetWatchdog() {
    clearTimeout(watchdog);
    // The console sends a fresh state at least every 30 s; silence longer than that is a lost link.
    watchdog = setTimeout(() => { try { socket.close(); } catch (e) { /* reconnects */ } }, 45000);
  }
  async function command(id, args) {
    const response = await fetch(`/api/v1/commands/${id}`, {
      method: "POST",
      headers: { "Authorization": `Bearer ${code}`, "Content-Type": "application/json" },
      body: JSON.stringify(args || {}),
    });
    return response.json();
  }
  function onRender(fn) { renderers.push(fn); }
  function start() {
    label();
    connection("connecting");
    connect();
  }
  return { t, now, remaining, countdown, phase, clock, duration, setText, el, onRender, start, command,
           get state() { return state; } };
})();
