"use strict";
// The backstage view: the live segment and the day's run-of-show with expected times.
let rowsKey = "";
FC.onRender((s, phase) => {
  const seg = s.segment;
  FC.setText("countdown", seg ? FC.countdown(seg) : "");
  FC.setText("title", seg ? seg.title : s.show.title);
  FC.setText("status", s.status === "paused" ? FC.t("paused") : (phase === "overtime" ? FC.t("overtime") : ""));
  FC.setText("message", s.message ? `${FC.t("message")}: ${s.message}` : "");
  const key = JSON.stringify(s.run_of_show);
  if (key === rowsKey) return;
  rowsKey = key;
  const body = FC.el("rows");
  body.replaceChildren();
  for (const row of s.run_of_show) {
    const tr = document.createElement("tr");
    tr.dataset.state = row.state;
    tr.dataset.segment = row.id;
    const cells = [
      FC.clock(row.planned_start),
      row.state === "upcoming" ? FC.clock(row.expected_start) : FC.clock(row.started_at),
      row.title,
      row.state === "upcoming" ? FC.duration(row.duration_s) : FC.t(row.state),
    ];
    cells.forEach((text, i) => {
      const td = document.createElement("td");
      if (i < 2) td.className = "time";
      td.textContent = text;
      tr.appendChild(td);
    });
    body.appendChild(tr);
  }
});
FC.start();
