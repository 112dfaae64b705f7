"use strict";
// The stage/presenter view: what the stage window shows, in a browser.
let lastFlash = null;
FC.onRender((s, phase) => {
  const seg = s.segment;
  FC.setText("title", seg ? seg.title : (s.next ? s.next.title : s.show.title));
  if (seg) {
    FC.setText("countdown", FC.countdown(seg));
  } else {
    FC.setText("countdown", s.next && s.next.expected_start ? FC.clock(s.next.expected_start) : "–:––");
  }
  let status = "";
  if (s.status === "paused") status = FC.t("paused");
  else if (phase === "overtime") status = FC.t("overtime");
  else if (phase === "warning" || phase === "danger") status = FC.t("wrap");
  else if (s.status === "ended") status = FC.t("ended");
  else if (!seg) status = FC.t("idle");
  FC.setText("status", status);
  FC.setText("next", s.next ? `${FC.t("next")}: ${s.next.title}` : "");
  FC.setText("message", s.message || "");
  document.body.dataset.blackout = String(Boolean(s.stage && s.stage.blackout));
  const flash = s.stage ? s.stage.flash_at : null;
  if (flash && flash !== lastFlash && lastFlash !== null) {
    document.body.classList.remove("flash");
    void document.body.offsetWidth; // restart the animation
    document.body.classList.add("flash");
  }
  lastFlash = flash || "";
});
FC.start();
