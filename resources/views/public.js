"use strict";
// The public view for an OBS browser source (transparent): during a break or before the
// start, "we resume at 13:00"; a stage message when there is one; nothing otherwise.
FC.onRender((s) => {
  const seg = s.segment;
  let text = "";
  if (s.message) text = s.message;
  else if (seg && seg.kind === "break" && s.next) text = FC.t("resume", FC.clock(s.next.expected_start || seg.ends_at));
  else if (seg && seg.kind === "break" && seg.ends_at) text = FC.t("resume", FC.clock(seg.ends_at));
  else if (!seg && s.next && s.next.expected_start) text = FC.t("starts", FC.clock(s.next.expected_start));
  FC.setText("notice", text);
});
FC.start();
