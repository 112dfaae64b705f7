"use strict";
// The phone remote: big buttons that run the console's commands (the control code in the
// address is sent as a header with every press, never kept in a cookie).
async function press(id, args) {
  FC.setText("answer", "");
  try {
    const answer = await FC.command(id, args);
    if (!answer.ok) FC.setText("answer", `${FC.t("refused")}: ${answer.error.message}`);
  } catch (e) {
    FC.setText("answer", FC.t("reconnecting"));
  }
}
for (const button of document.querySelectorAll("button[data-command]")) {
  button.addEventListener("click", () => press(button.dataset.command));
}
FC.el("text").dataset.tPlaceholder = "message";
FC.el("send").addEventListener("click", () => {
  const text = FC.el("text").value.trim();
  if (text) press("live.message", { text });
});
FC.onRender((s) => {
  const seg = s.segment;
  FC.setText("title", seg ? seg.title : s.show.title);
  FC.setText("countdown", seg ? FC.countdown(seg) : "–:––");
  FC.setText("next", s.next ? `${FC.t("next")}: ${s.next.title}` : "");
  FC.setText("toggle", s.status === "running" ? FC.t("pause") : FC.t("start"));
});
FC.start();
