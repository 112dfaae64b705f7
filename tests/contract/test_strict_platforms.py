"""The platform clients against a strict platform (tests/contract/strict_server.py): each
behaviour the platforms' documentation allows, and what the console does about it. Every
request and answer is still checked against the published contract."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.services.outbox import Outbox
from facilitator_app.services.platforms.base import AuthError, ScopeError, retry_after_s
from facilitator_app.services.platforms.graph import GraphClient
from facilitator_app.services.platforms.webex import WebexClient
from facilitator_app.services.platforms.zoom import ZoomClient
from facilitator_app.services.sync import TeamsSync, WebexSync, ZoomSync

from .spec_server import SPECS, run_sync_command
from .strict_server import INSTANCE, SCHEDULED, SERIES, Strict, StrictServer

pytestmark = pytest.mark.skipif(
    not (SPECS / "zoom-meeting-api.json").is_file(), reason="../shared/specs is absent (a fresh clone has none)"
)
MEETING = "85746065432"
ROOMS = [{"name": f"Room {i}", "emails": [f"p{j}@example.org" for j in range(i, 20, 4)]} for i in range(4)]


def run(coro: Any) -> Any:
    return asyncio.run(coro)


# ---------------------------------------------------------------- paging (items 1-3)


@pytest.mark.parametrize(
    ("paging", "people", "expect_pages", "ended"),
    [
        ("example", 1, 1, ""),  # the contract's example: total_records 1 is reached on page 1
        ("repeat", 700, 2, "repeated a page (token)"),  # the same token twice: stop
        ("endless", 700, 8, "stopped at 8 pages"),  # fresh tokens forever: the cap (1000 people, rejoins)
        ("fresh", 700, 3, ""),  # a well-behaved list: ceil(700/300) pages
    ],
)
def test_zoom_paging_always_ends_and_says_why(paging: str, people: int, expect_pages: int, ended: str) -> None:
    strict = Strict(people=people, paging=paging)
    with StrictServer.zoom(strict) as server:

        async def go() -> tuple[int, list[str]]:
            client = ZoomClient("token", base_url=server.url)
            got = await client.participants(MEETING)
            await client.aclose()
            return len(got), client.notes

        count, notes = run(go())
    assert strict.requests == expect_pages, strict.by_path
    assert server.violations == []
    if ended:
        assert len(notes) == 1 and ended in notes[0]
    else:
        assert notes == []
    if paging == "fresh":
        assert count == people


def test_graph_paging_stops_when_the_next_link_repeats() -> None:
    strict = Strict(next_link="repeat", sessions=2)
    with StrictServer.graph(strict) as server:

        async def go() -> list[str]:
            client = GraphClient("token", base_url=server.url)
            await client.attendance_reports("producer@example.org", "MSpkYzE3Yjk")
            await client.aclose()
            return client.notes

        notes = run(go())
    assert strict.by_path["GET /users/producer%40example.org/onlineMeetings/MSpkYzE3Yjk/attendanceReports"] == 2
    assert "repeated a page (URL)" in notes[0]
    assert server.violations == []


def test_webex_link_with_first_and_prev_before_next_reads_each_page_once() -> None:
    strict = Strict(people=249, breakout_people=0)
    with StrictServer.webex(strict) as server:

        async def go() -> list[dict[str, Any]]:
            client = WebexClient("token", base_url=server.url)
            people = await client.participants(INSTANCE)
            await client.aclose()
            return people

        people = run(go())
    assert len(people) == 250 and len({p["id"] for p in people}) == 250  # 249 + one in the lobby
    assert strict.by_path["GET /meetingParticipants"] == 3  # max=100: pages 1, 2, 3 and no more
    assert server.violations == []


def test_webex_poll_results_are_paged() -> None:
    strict = Strict(poll_respondents=250)
    with StrictServer.webex(strict) as server:

        async def go() -> list[dict[str, Any]]:
            client = WebexClient("token", base_url=server.url)
            items = await client.poll_results(INSTANCE)
            await client.aclose()
            return items

        items = run(go())
    assert sum(i["totalRespondents"] for i in items) == 250
    assert strict.by_path["GET /meetings/pollResults"] == 3
    assert server.violations == []


# ---------------------------------------------------------------- reads never block writes (4-6)


def test_zoom_pro_plan_still_pushes_rooms_polls_and_end_and_says_why_no_roster(tmp_path: Path) -> None:
    strict = Strict(plan="pro")
    with StrictServer.zoom(strict) as server:

        async def go() -> Any:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            outbox.add("zoom", "assignments", {"rooms": ROOMS})
            outbox.add("zoom", "poll.create", {"title": "Ready?", "question": "Ready?", "options": ["Yes", "No"]})
            outbox.add("zoom", "meeting.end", {})
            client = ZoomClient("token", base_url=server.url)
            sync = ZoomSync(client, outbox, MEETING)
            live = await sync.cycle()
            after = await sync.cycle()  # the meeting has ended: the past meeting's participants
            await client.aclose()
            outbox.close()
            return live, after

        live, after = run(go())
    assert live.drain.sent == 3 and live.drain.waiting == 0 and not live.error
    assert strict.rooms and strict.polls and strict.ended == 1
    assert "Business plan" in live.unavailable["roster"] and live.status == "degraded"
    assert after.participants == 20 and after.roster_source == "the past meeting's participants"
    assert any("Business plan" in n for n in after.notes)
    assert "GET /metrics/meetings/85746065432/participants" in strict.by_path
    assert strict.by_path["GET /metrics/meetings/85746065432/participants"] == 1  # not asked again every cycle
    assert server.violations == []


def test_zoom_past_participants_of_an_older_instance_are_not_todays(tmp_path: Path) -> None:
    week_ago = datetime.fromtimestamp(time.time() - 7 * 86400, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    strict = Strict(status="waiting", held_at=week_ago)
    with StrictServer.zoom(strict) as server:

        async def go() -> Any:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            client = ZoomClient("token", base_url=server.url)
            report = await ZoomSync(client, outbox, MEETING).cycle()
            await client.aclose()
            outbox.close()
            return report

        report = run(go())
    assert report.participants == 0 and report.roster_source == "no meeting held in the last 24 hours"
    assert server.violations == []


def test_zoom_daily_limit_holds_only_the_room_updates(tmp_path: Path) -> None:
    strict = Strict(daily_left=0)
    with StrictServer.zoom(strict) as server:

        async def go() -> Any:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            outbox.add("zoom", "assignments", {"rooms": ROOMS})
            outbox.add("zoom", "poll.create", {"title": "Ready?", "question": "Ready?", "options": ["Yes", "No"]})
            outbox.add("zoom", "meeting.end", {})
            client = ZoomClient("token", base_url=server.url)
            report = await ZoomSync(client, outbox, MEETING).cycle()
            holds = outbox.holds("zoom", time.time())
            await client.aclose()
            outbox.close()
            return report, holds

        report, holds = run(go())
    assert report.drain.sent == 2 and report.drain.waiting == 1  # the poll and "end meeting" went
    assert strict.polls and strict.ended == 1
    assert [(h.lane, h.cause) for h in holds] == [("assignments", "daily")]
    midnight = (time.time() // 86400 + 1) * 86400
    assert abs(holds[0].until - midnight) < 5  # Zoom's Retry-After (an ISO timestamp), not a guess
    assert "resumes" in report.drain.held["assignments"]
    assert server.violations == []


def test_webex_series_id_is_resolved_to_the_instance_and_both_are_used(tmp_path: Path) -> None:
    strict = Strict(people=6, breakout_people=4)
    with StrictServer.webex(strict) as server:

        async def go() -> Any:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            outbox.add("webex", "assignments", {"rooms": ROOMS})
            client = WebexClient("token", base_url=server.url)
            sync = WebexSync(client, outbox, SERIES)
            report = await sync.cycle()
            await client.aclose()
            outbox.close()
            return sync, report

        sync, report = run(go())
    assert (sync.ids.scheduled, sync.ids.instance) == (SERIES, INSTANCE)
    assert report.meeting["link"] == f"{SERIES}/{INSTANCE}"
    assert sync.linked_meeting() == f"{SERIES}/{INSTANCE}"  # the console keeps both in the session's link
    assert strict.breakouts_on == [SERIES] and strict.poll_results_for == [INSTANCE]
    assert report.drain.sent == 1 and "polls" not in report.unavailable
    # Item 11: everyone in a breakout session is present, in that room; the lobby is not.
    assert report.participants == 6 and report.in_rooms == 4
    assert server.violations == []


def test_webex_instance_id_is_resolved_to_its_scheduled_meeting() -> None:
    strict = Strict()
    with StrictServer.webex(strict) as server:

        async def go() -> Any:
            client = WebexClient("token", base_url=server.url)
            ids = await client.resolve(INSTANCE)
            await client.aclose()
            return ids

        ids = run(go())
    assert (ids.scheduled, ids.instance) == (SCHEDULED, INSTANCE)


# ---------------------------------------------------------------- auth (7-9)


def test_a_401_is_cured_by_one_refresh_and_the_request_retried() -> None:
    strict = Strict(valid_tokens={"new"})
    refreshed: list[str] = []

    async def refresh() -> str:
        refreshed.append("new")
        return "new"

    with StrictServer.zoom(strict) as server:

        async def go() -> None:
            client = ZoomClient("old", base_url=server.url, refresh=refresh)
            assert (await client.meeting(MEETING))["status"] == "started"
            assert await client.meeting(MEETING)  # the new token stays in use
            await client.aclose()
            cold = ZoomClient("old", base_url=server.url)  # no way to refresh: sign in again
            with pytest.raises(AuthError, match="sign in again"):
                await cold.meeting(MEETING)
            await cold.aclose()

        run(go())
    assert refreshed == ["new"] and strict.requests == 4


def test_a_refresh_that_fails_asks_for_sign_in_once() -> None:
    from facilitator_app.services.platforms.base import PlatformError

    strict = Strict(valid_tokens={"new"})

    async def refresh() -> str:
        raise PlatformError("sign-in refused: invalid_grant")

    with StrictServer.zoom(strict) as server:

        async def go() -> None:
            client = ZoomClient("old", base_url=server.url, refresh=refresh)
            with pytest.raises(AuthError, match=r"refreshing it failed.*sign in again"):
                await client.meeting(MEETING)
            await client.aclose()

        run(go())
    assert strict.requests == 1


def test_a_missing_scope_is_named_holds_its_lane_and_a_new_sign_in_resumes(tmp_path: Path) -> None:
    strict = Strict(missing_scopes={"meeting:write"}, status="waiting")
    with StrictServer.zoom(strict) as server:

        async def go() -> Any:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            for i in range(6):
                outbox.add("zoom", "poll.create", {"title": f"P{i}", "question": f"P{i}?", "options": ["A", "B"]})
            outbox.add("zoom", "meeting.end", {})
            client = ZoomClient("token", base_url=server.url)
            with pytest.raises(ScopeError) as err:
                await client.end_meeting(MEETING)
            assert err.value.scopes == ("meeting:write",)
            first = await ZoomSync(client, outbox, MEETING).cycle()
            await client.aclose()
            # A later run, same token, the platform now healthy: still held (nothing changed) ...
            strict.missing_scopes.clear()
            same = ZoomClient("token", base_url=server.url)
            held = await ZoomSync(same, outbox, MEETING).cycle()
            await same.aclose()
            # ... until the producer signs in again (a new token) -- or a refresh gives one.
            strict.valid_tokens.add("signed-in-again")
            fresh = ZoomClient("signed-in-again", base_url=server.url)
            second = await ZoomSync(fresh, outbox, MEETING).cycle()
            await fresh.aclose()
            outbox.close()
            return first, held, second

        first, held, second = run(go())
    assert "meeting:write" in first.drain.stopped and "sign in" in first.drain.stopped
    assert first.drain.waiting == 7 and set(first.drain.held) == {"poll", "meeting"}
    assert held.drain.waiting == 7
    assert second.drain.sent == 7 and second.drain.waiting == 0 and second.drain.stopped == ""


def test_a_403_that_names_no_scope_names_the_one_the_call_needs() -> None:
    strict = Strict(forbid={"/meetingParticipants"})
    with StrictServer.webex(strict) as server:

        async def go() -> None:
            client = WebexClient("token", base_url=server.url)
            with pytest.raises(ScopeError, match="meeting:participants_read") as err:
                await client.participants(INSTANCE)
            assert err.value.scopes == ("meeting:participants_read",)
            await client.aclose()

        run(go())


def test_a_held_change_can_be_retried_or_dropped(tmp_path: Path) -> None:
    strict = Strict(missing_scopes={"meeting:write"})
    with StrictServer.zoom(strict) as server:

        async def go() -> Any:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            outbox.add("zoom", "poll.create", {"title": "P", "question": "P?", "options": ["A", "B"]})
            outbox.add("zoom", "meeting.end", {})
            client = ZoomClient("token", base_url=server.url)
            sync = ZoomSync(client, outbox, MEETING)
            await sync.cycle()
            poll, end = outbox.items("zoom")
            assert outbox.drop(poll.id)
            strict.missing_scopes.clear()  # the app's scopes were fixed on the platform's side
            assert outbox.retry(end.id)
            report = await sync.cycle()
            await client.aclose()
            outbox.close()
            return report

        report = run(go())
    assert report.drain.sent == 1 and report.drain.waiting == 0
    assert strict.polls == [] and strict.ended == 1


# ---------------------------------------------------------------- what the platforms say (10-14)


@pytest.mark.parametrize("kind", ["date", "iso", "seconds"])
def test_retry_after_as_date_iso_or_seconds_is_honoured(tmp_path: Path, kind: str) -> None:
    strict = Strict(retry_after=kind)
    with StrictServer.zoom(strict) as server:

        async def go() -> float:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            outbox.add("zoom", "poll.create", {"title": "P", "question": "P?", "options": ["A", "B"]})
            client = ZoomClient("token", base_url=server.url)
            now = time.time()
            await outbox.drain("zoom", ZoomSync(client, outbox, MEETING).senders, {}, now)
            wait = outbox.items("zoom")[0].next_at - now
            await client.aclose()
            outbox.close()
            return wait

        wait = run(go())
    assert 115 <= wait <= 121  # 120 s as the platform said, not a backoff of a second or two


def test_retry_after_forms() -> None:
    now = datetime(2026, 11, 18, 8, 26, 40, tzinfo=UTC).timestamp()
    assert retry_after_s("30", now) == 30
    assert retry_after_s("Wed, 18 Nov 2026 08:27:40 GMT", now) == 60
    assert retry_after_s("2026-11-18T08:28:40Z", now) == 120
    assert retry_after_s("2026-11-18T08:28:40", now) == 120  # no zone: UTC
    assert retry_after_s("soon", now) is None and retry_after_s(None, now) is None


def test_zoom_polls_send_ratings_as_rating_scale_within_its_limits() -> None:
    from facilitator_app.domain.polls import PollDef, PollKind

    nps = PollDef("n", PollKind.NPS, "How likely are you to recommend us?", title="Recommend")
    rating = PollDef("r", PollKind.RATING, "Energy?", scale=5)
    eleven = PollDef("c", PollKind.SINGLE, "Pick", options=tuple(str(i) for i in range(11)))
    assert "11 answers; Zoom allows 10" in eleven.platform_problems()
    strict = Strict()
    with StrictServer.zoom(strict) as server:

        async def go() -> None:
            client = ZoomClient("token", base_url=server.url)
            for poll in (nps, rating):
                p = poll.zoom_payload()
                await client.create_poll(MEETING, p["title"], p["question"], p["options"], rating=tuple(p["rating"]))
            await client.aclose()

        run(go())
    assert server.violations == []
    questions = [p["questions"][0] for p in strict.polls]
    assert [(q["type"], q["rating_min_value"], q["rating_max_value"]) for q in questions] == [
        ("rating_scale", 0, 10),
        ("rating_scale", 1, 5),
    ]
    assert all(p["poll_type"] == 2 for p in strict.polls) and all("answers" not in q for q in questions)


def test_zoom_end_meeting_is_read_back_from_a_status_the_api_gives(tmp_path: Path) -> None:
    strict = Strict(drop_end=True)
    with StrictServer.zoom(strict) as server:

        async def go() -> Any:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            outbox.add("zoom", "meeting.end", {})
            client = ZoomClient("token", base_url=server.url, timeout=2.0)
            sync = ZoomSync(client, outbox, MEETING)
            first = await outbox.drain("zoom", sync.senders, sync.checkers, time.time())
            second = await outbox.drain("zoom", sync.senders, sync.checkers, time.time())
            await client.aclose()
            outbox.close()
            return first, second

        first, second = run(go())
    assert first.sent == 0 and "connection dropped" in first.stopped
    assert second.read_back == 1 and second.waiting == 0
    assert strict.ended == 1  # confirmed by reading back, not ended twice


def test_teams_attendance_is_the_latest_sessions_report_only(tmp_path: Path) -> None:
    strict = Strict(sessions=3, people=4)  # reports of 2, 3 and 4 people
    with StrictServer.graph(strict) as server:

        async def go() -> Any:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            client = GraphClient("token", base_url=server.url)
            report = await TeamsSync(client, outbox, "producer@example.org", "MSpkYzE3Yjk").cycle()
            await client.aclose()
            outbox.close()
            return report

        report = run(go())
    assert report.participants == 4  # not 2 + 3 + 4
    assert sum(1 for k in strict.by_path if k.endswith("/attendanceRecords")) == 1
    assert server.violations == []


def test_sync_once_says_the_zoom_update_count_only_when_it_is_known(tmp_path: Path) -> None:
    result = run_sync_command(tmp_path, "zoom", "http://127.0.0.1:9/v2", MEETING, "FACILITATOR_ZOOM_TOKEN")
    assert result.returncode == 1
    assert "offline" in result.stdout and "zoom updates" not in result.stdout


def test_an_unreachable_platform_is_offline_even_where_some_reads_need_no_request(tmp_path: Path) -> None:
    async def go() -> Any:
        outbox = Outbox(tmp_path / "cache.sqlite3")
        client = GraphClient("token", base_url="http://127.0.0.1:9/v1.0")
        report = await TeamsSync(client, outbox, "producer@example.org", "MSpkYzE3Yjk").cycle()
        await client.aclose()
        outbox.close()
        return report

    report = run(go())
    assert report.status == "offline" and "cannot reach" in report.error


def test_a_refused_dashboard_is_asked_again_after_ten_minutes(tmp_path: Path) -> None:
    strict = Strict(plan="pro")
    with StrictServer.zoom(strict) as server:

        async def go() -> None:
            outbox = Outbox(tmp_path / "cache.sqlite3")
            client = ZoomClient("token", base_url=server.url)
            sync = ZoomSync(client, outbox, MEETING)
            t = time.time()
            for now in (t, t + 5, t + 599, t + 601):
                await sync.cycle(now)
            await client.aclose()
            outbox.close()

        run(go())
    assert strict.by_path["GET /metrics/meetings/85746065432/participants"] == 2
