"""The ``__init__`` of every record of the console, compiled with the package, by its text
(domain/frozen.py says why). Written by ``make records`` (packaging/build_record_inits.py);
a test fails when it is not up to date. Do not edit."""
# ruff: noqa
# fmt: off

def _0(self, access_token, expires_at):
  __set(self, 'access_token', access_token)
  __set(self, 'expires_at', expires_at)

def _1(self, added, updated, unchanged, only_in_session):
  __set(self, 'added', added)
  __set(self, 'updated', updated)
  __set(self, 'unchanged', unchanged)
  __set(self, 'only_in_session', only_in_session)

def _2(self, background, text, muted, bar, bar_top, track, promoter, passive, detractor, cloud):
  __set(self, 'background', background)
  __set(self, 'text', text)
  __set(self, 'muted', muted)
  __set(self, 'bar', bar)
  __set(self, 'bar_top', bar_top)
  __set(self, 'track', track)
  __set(self, 'promoter', promoter)
  __set(self, 'passive', passive)
  __set(self, 'detractor', detractor)
  __set(self, 'cloud', cloud)

def _3(self, big, phase, progress, title, lead, next_line, next_title, next_at, status_line, stage_status, late_s):
  __set(self, 'big', big)
  __set(self, 'phase', phase)
  __set(self, 'progress', progress)
  __set(self, 'title', title)
  __set(self, 'lead', lead)
  __set(self, 'next_line', next_line)
  __set(self, 'next_title', next_title)
  __set(self, 'next_at', next_at)
  __set(self, 'status_line', status_line)
  __set(self, 'stage_status', stage_status)
  __set(self, 'late_s', late_s)

def _4(self, code, row, value, other_row):
  __set(self, 'code', code)
  __set(self, 'row', row)
  __set(self, 'value', value)
  __set(self, 'other_row', other_row)

def _5(self, data_dir, config_dir, log_dir):
  __set(self, 'data_dir', data_dir)
  __set(self, 'config_dir', config_dir)
  __set(self, 'log_dir', log_dir)

def _6(self, day, start, end, ran, present, peak, peak_at, late, left):
  __set(self, 'day', day)
  __set(self, 'start', start)
  __set(self, 'end', end)
  __set(self, 'ran', ran)
  __set(self, 'present', present)
  __set(self, 'peak', peak)
  __set(self, 'peak_at', peak_at)
  __set(self, 'late', late)
  __set(self, 'left', left)

def _7(self, day_title, segment_id, title, kind, lead, planned_start, planned_duration_s, actual_start, actual_end, actual_duration_s, added_s, paused_s, status, day_id):
  __set(self, 'day_title', day_title)
  __set(self, 'segment_id', segment_id)
  __set(self, 'title', title)
  __set(self, 'kind', kind)
  __set(self, 'lead', lead)
  __set(self, 'planned_start', planned_start)
  __set(self, 'planned_duration_s', planned_duration_s)
  __set(self, 'actual_start', actual_start)
  __set(self, 'actual_end', actual_end)
  __set(self, 'actual_duration_s', actual_duration_s)
  __set(self, 'added_s', added_s)
  __set(self, 'paused_s', paused_s)
  __set(self, 'status', status)
  __set(self, 'day_id', day_id)

def _8(self, days, rounds, names):
  if days is __FACTORY: days = __factory_days()
  __set(self, 'days', days)
  if rounds is __FACTORY: rounds = __factory_rounds()
  __set(self, 'rounds', rounds)
  if names is __FACTORY: names = __factory_names()
  __set(self, 'names', names)

def _9(self, event, kind, target, address, args):
  __set(self, 'event', event)
  __set(self, 'kind', kind)
  __set(self, 'target', target)
  __set(self, 'address', address)
  __set(self, 'args', args)

def _10(self, event, timezone, role, person, printed_at, live, days):
  __set(self, 'event', event)
  __set(self, 'timezone', timezone)
  __set(self, 'role', role)
  __set(self, 'person', person)
  __set(self, 'printed_at', printed_at)
  __set(self, 'live', live)
  __set(self, 'days', days)

def _11(self, given, scheduled, instance, state):
  __set(self, 'given', given)
  __set(self, 'scheduled', scheduled)
  __set(self, 'instance', instance)
  __set(self, 'state', state)

def _12(self, headers, rows, encoding, delimiter):
  __set(self, 'headers', headers)
  __set(self, 'rows', rows)
  __set(self, 'encoding', encoding)
  __set(self, 'delimiter', delimiter)

def _13(self, id, kind, question, title, options, scale, segment_id, series, hidden, evaluation):
  __set(self, 'id', id)
  __set(self, 'kind', kind)
  __set(self, 'question', question)
  __set(self, 'title', title)
  __set(self, 'options', options)
  __set(self, 'scale', scale)
  __set(self, 'segment_id', segment_id)
  __set(self, 'series', series)
  __set(self, 'hidden', hidden)
  __set(self, 'evaluation', evaluation)
  self.__post_init__()

def _14(self, id, name, default_base, token_env, signs_in, rooms_api, rooms_live, polls_before, polls_launch, chat, end_meeting, meeting_hint, daily_updates, server_to_server, capabilities, oauth_flow, oauth_base, oauth, rooms_note, poll_open_note, poll_close_note, no_polls_note, no_end_note, parse_meeting, make, poll_results, poll_status):
  __set(self, 'id', id)
  __set(self, 'name', name)
  __set(self, 'default_base', default_base)
  __set(self, 'token_env', token_env)
  __set(self, 'signs_in', signs_in)
  __set(self, 'rooms_api', rooms_api)
  __set(self, 'rooms_live', rooms_live)
  __set(self, 'polls_before', polls_before)
  __set(self, 'polls_launch', polls_launch)
  __set(self, 'chat', chat)
  __set(self, 'end_meeting', end_meeting)
  __set(self, 'meeting_hint', meeting_hint)
  __set(self, 'daily_updates', daily_updates)
  __set(self, 'server_to_server', server_to_server)
  __set(self, 'capabilities', capabilities)
  __set(self, 'oauth_flow', oauth_flow)
  __set(self, 'oauth_base', oauth_base)
  __set(self, 'oauth', oauth)
  __set(self, 'rooms_note', rooms_note)
  __set(self, 'poll_open_note', poll_open_note)
  __set(self, 'poll_close_note', poll_close_note)
  __set(self, 'no_polls_note', no_polls_note)
  __set(self, 'no_end_note', no_end_note)
  __set(self, 'parse_meeting', parse_meeting)
  __set(self, 'make', make)
  __set(self, 'poll_results', poll_results)
  __set(self, 'poll_status', poll_status)

def _15(self, id, name, email, organisation, department, role, host, attributes):
  __set(self, 'id', id)
  __set(self, 'name', name)
  __set(self, 'email', email)
  __set(self, 'organisation', organisation)
  __set(self, 'department', department)
  __set(self, 'role', role)
  __set(self, 'host', host)
  if attributes is __FACTORY: attributes = __factory_attributes()
  __set(self, 'attributes', attributes)

def _16(self, id, platform, kind, payload, key, state, attempts, next_at, last_error):
  __set(self, 'id', id)
  __set(self, 'platform', platform)
  __set(self, 'kind', kind)
  __set(self, 'payload', payload)
  __set(self, 'key', key)
  __set(self, 'state', state)
  __set(self, 'attempts', attempts)
  __set(self, 'next_at', next_at)
  __set(self, 'last_error', last_error)

def _17(self, id, title, date, start, hard_stop, segments, roll):
  __set(self, 'id', id)
  __set(self, 'title', title)
  __set(self, 'date', date)
  __set(self, 'start', start)
  __set(self, 'hard_stop', hard_stop)
  __set(self, 'segments', segments)
  __set(self, 'roll', roll)

def _18(self, id, title, kind, duration_s, lead, notes, fixed_start, colour, warning_s, danger_s, roll):
  __set(self, 'id', id)
  __set(self, 'title', title)
  __set(self, 'kind', kind)
  __set(self, 'duration_s', duration_s)
  __set(self, 'lead', lead)
  __set(self, 'notes', notes)
  __set(self, 'fixed_start', fixed_start)
  __set(self, 'colour', colour)
  __set(self, 'warning_s', warning_s)
  __set(self, 'danger_s', danger_s)
  __set(self, 'roll', roll)
  self.__post_init__()

def _19(self, id, title, run, keys, needs_control, check, params, live, tip, confirm):
  __set(self, 'id', id)
  __set(self, 'title', title)
  __set(self, 'run', run)
  __set(self, 'keys', keys)
  __set(self, 'needs_control', needs_control)
  __set(self, 'check', check)
  __set(self, 'params', params)
  __set(self, 'live', live)
  __set(self, 'tip', tip)
  __set(self, 'confirm', confirm)

def _20(self, id, title, timezone, days, people, organisations):
  __set(self, 'id', id)
  __set(self, 'title', title)
  __set(self, 'timezone', timezone)
  __set(self, 'days', days)
  __set(self, 'people', people)
  __set(self, 'organisations', organisations)

def _21(self, intervals, guests, last_at, sources):
  if intervals is __FACTORY: intervals = __factory_intervals()
  __set(self, 'intervals', intervals)
  if guests is __FACTORY: guests = __factory_guests()
  __set(self, 'guests', guests)
  __set(self, 'last_at', last_at)
  __set(self, 'sources', sources)

def _22(self, intervals, guests, refused):
  __set(self, 'intervals', intervals)
  __set(self, 'guests', guests)
  __set(self, 'refused', refused)

def _23(self, kind, responses, counts, mean, nps, promoters, passives, detractors, texts, late, duplicates, unknown, source):
  __set(self, 'kind', kind)
  __set(self, 'responses', responses)
  __set(self, 'counts', counts)
  __set(self, 'mean', mean)
  __set(self, 'nps', nps)
  __set(self, 'promoters', promoters)
  __set(self, 'passives', passives)
  __set(self, 'detractors', detractors)
  __set(self, 'texts', texts)
  __set(self, 'late', late)
  __set(self, 'duplicates', duplicates)
  __set(self, 'unknown', unknown)
  __set(self, 'source', source)

def _24(self, m, levels, fixed, size, developed, invariant, groups):
  __set(self, 'm', m)
  __set(self, 'levels', levels)
  __set(self, 'fixed', fixed)
  __set(self, 'size', size)
  __set(self, 'developed', developed)
  __set(self, 'invariant', invariant)
  __set(self, 'groups', groups)

def _25(self, message, data, changed):
  __set(self, 'message', message)
  __set(self, 'data', data)
  __set(self, 'changed', changed)

def _26(self, msg, type, payload, inverse_type, inverse_payload):
  __set(self, 'msg', msg)
  __set(self, 'type', type)
  __set(self, 'payload', payload)
  __set(self, 'inverse_type', inverse_type)
  __set(self, 'inverse_payload', inverse_payload)

def _27(self, name, authorize_url, token_url, device_url, scopes):
  __set(self, 'name', name)
  __set(self, 'authorize_url', authorize_url)
  __set(self, 'token_url', token_url)
  __set(self, 'device_url', device_url)
  __set(self, 'scopes', scopes)

def _28(self, name, host, members):
  __set(self, 'name', name)
  __set(self, 'host', host)
  __set(self, 'members', members)

def _29(self, name, kind, required, doc):
  __set(self, 'name', name)
  __set(self, 'kind', kind)
  __set(self, 'required', required)
  __set(self, 'doc', doc)

def _30(self, name, members, host):
  __set(self, 'name', name)
  __set(self, 'members', members)
  __set(self, 'host', host)

def _31(self, name, secure):
  __set(self, 'name', name)
  __set(self, 'secure', secure)

def _32(self, name, used_for, calls):
  __set(self, 'name', name)
  __set(self, 'used_for', used_for)
  __set(self, 'calls', calls)

def _33(self, owner, owner_name, epoch):
  __set(self, 'owner', owner)
  __set(self, 'owner_name', owner_name)
  __set(self, 'epoch', epoch)

def _34(self, people, problems, attributes):
  __set(self, 'people', people)
  __set(self, 'problems', problems)
  __set(self, 'attributes', attributes)

def _35(self, people, rounds, balance, hosts, apart, together, history, present, seed, seconds, room_word, round_numbers):
  __set(self, 'people', people)
  __set(self, 'rounds', rounds)
  if balance is __FACTORY: balance = __factory_balance()
  __set(self, 'balance', balance)
  __set(self, 'hosts', hosts)
  __set(self, 'apart', apart)
  __set(self, 'together', together)
  if history is __FACTORY: history = __factory_history()
  __set(self, 'history', history)
  __set(self, 'present', present)
  __set(self, 'seed', seed)
  __set(self, 'seconds', seconds)
  __set(self, 'room_word', room_word)
  __set(self, 'round_numbers', round_numbers)

def _36(self, person_id, name, email, join_s, leave_s, back_s):
  __set(self, 'person_id', person_id)
  __set(self, 'name', name)
  __set(self, 'email', email)
  __set(self, 'join_s', join_s)
  __set(self, 'leave_s', leave_s)
  __set(self, 'back_s', back_s)

def _37(self, person_id, name, planned, actual):
  __set(self, 'person_id', person_id)
  __set(self, 'name', name)
  __set(self, 'planned', planned)
  __set(self, 'actual', actual)

def _38(self, platform, lane, until, reason, cause):
  __set(self, 'platform', platform)
  __set(self, 'lane', lane)
  __set(self, 'until', until)
  __set(self, 'reason', reason)
  __set(self, 'cause', cause)

def _39(self, platform, meeting):
  __set(self, 'platform', platform)
  __set(self, 'meeting', meeting)

def _40(self, poll, status, opened_at, closed_at, revealed, snapshot, snapshots):
  __set(self, 'poll', poll)
  __set(self, 'status', status)
  __set(self, 'opened_at', opened_at)
  __set(self, 'closed_at', closed_at)
  __set(self, 'revealed', revealed)
  __set(self, 'snapshot', snapshot)
  __set(self, 'snapshots', snapshots)

def _41(self, poll_id, label, value, responses):
  __set(self, 'poll_id', poll_id)
  __set(self, 'label', label)
  __set(self, 'value', value)
  __set(self, 'responses', responses)

def _42(self, question, responses, present, shares, mean):
  __set(self, 'question', question)
  __set(self, 'responses', responses)
  __set(self, 'present', present)
  __set(self, 'shares', shares)
  __set(self, 'mean', mean)

def _43(self, record, epoch, seen):
  __set(self, 'record', record)
  __set(self, 'epoch', epoch)
  __set(self, 'seen', seen)

def _44(self, records, bad_lines, torn_tail, good_length):
  __set(self, 'records', records)
  __set(self, 'bad_lines', bad_lines)
  __set(self, 'torn_tail', torn_tail)
  __set(self, 'good_length', good_length)

def _45(self, respondent, value, at):
  __set(self, 'respondent', respondent)
  __set(self, 'value', value)
  __set(self, 'at', at)

def _46(self, rounds, pairs_met, repeats, repeats_bound, max_meetings, repeat_free_rounds, rooms_missing_value, new_contacts_min, new_contacts_mean, rooms_without_host, rooms_with_extra_hosts, apart_violations, together_violations, size_violations, moved, unmet, notes, seconds, stopped, method):
  __set(self, 'rounds', rounds)
  __set(self, 'pairs_met', pairs_met)
  __set(self, 'repeats', repeats)
  __set(self, 'repeats_bound', repeats_bound)
  __set(self, 'max_meetings', max_meetings)
  __set(self, 'repeat_free_rounds', repeat_free_rounds)
  __set(self, 'rooms_missing_value', rooms_missing_value)
  __set(self, 'new_contacts_min', new_contacts_min)
  __set(self, 'new_contacts_mean', new_contacts_mean)
  __set(self, 'rooms_without_host', rooms_without_host)
  __set(self, 'rooms_with_extra_hosts', rooms_with_extra_hosts)
  __set(self, 'apart_violations', apart_violations)
  __set(self, 'together_violations', together_violations)
  __set(self, 'size_violations', size_violations)
  __set(self, 'moved', moved)
  __set(self, 'unmet', unmet)
  __set(self, 'notes', notes)
  __set(self, 'seconds', seconds)
  __set(self, 'stopped', stopped)
  __set(self, 'method', method)

def _47(self, rounds, quality):
  __set(self, 'rounds', rounds)
  __set(self, 'quality', quality)

def _48(self, row, late_start_s, lost_start_s, late_end_s, overrun_s):
  __set(self, 'row', row)
  __set(self, 'late_start_s', late_start_s)
  __set(self, 'lost_start_s', lost_start_s)
  __set(self, 'late_end_s', late_end_s)
  __set(self, 'overrun_s', overrun_s)

def _49(self, segment, index, start, end, fixed, gap_s):
  __set(self, 'segment', segment)
  __set(self, 'index', index)
  __set(self, 'start', start)
  __set(self, 'end', end)
  __set(self, 'fixed', fixed)
  __set(self, 'gap_s', gap_s)

def _50(self, segment_id, rooms, placed):
  __set(self, 'segment_id', segment_id)
  __set(self, 'rooms', rooms)
  __set(self, 'placed', placed)

def _51(self, segment_id, started_at, ended_at, ran_s, paused_s, added_s, runs):
  __set(self, 'segment_id', segment_id)
  __set(self, 'started_at', started_at)
  __set(self, 'ended_at', ended_at)
  __set(self, 'ran_s', ran_s)
  __set(self, 'paused_s', paused_s)
  __set(self, 'added_s', added_s)
  __set(self, 'runs', runs)

def _52(self, segment_id, title, kind, planned_start, expected_start, duration_s, lead, notes, fixed, skipped, room_count, hosts, rooms, polls, status):
  __set(self, 'segment_id', segment_id)
  __set(self, 'title', title)
  __set(self, 'kind', kind)
  __set(self, 'planned_start', planned_start)
  __set(self, 'expected_start', expected_start)
  __set(self, 'duration_s', duration_s)
  __set(self, 'lead', lead)
  __set(self, 'notes', notes)
  __set(self, 'fixed', fixed)
  __set(self, 'skipped', skipped)
  __set(self, 'room_count', room_count)
  __set(self, 'hosts', hosts)
  __set(self, 'rooms', rooms)
  __set(self, 'polls', polls)
  __set(self, 'status', status)

def _53(self, segment_id, title, started_at, present, placed, placed_present, present_not_placed):
  __set(self, 'segment_id', segment_id)
  __set(self, 'title', title)
  __set(self, 'started_at', started_at)
  __set(self, 'present', present)
  __set(self, 'placed', placed)
  __set(self, 'placed_present', placed_present)
  __set(self, 'present_not_placed', present_not_placed)

def _54(self, segment_ids, problem, previous, max_moved, newcomers, before):
  __set(self, 'segment_ids', segment_ids)
  __set(self, 'problem', problem)
  __set(self, 'previous', previous)
  __set(self, 'max_moved', max_moved)
  __set(self, 'newcomers', newcomers)
  __set(self, 'before', before)

def _55(self, show, live, lease, offer, platform, rooms, polls, skipped, fenced, presence):
  __set(self, 'show', show)
  if live is __FACTORY: live = __factory_live()
  __set(self, 'live', live)
  if lease is __FACTORY: lease = __factory_lease()
  __set(self, 'lease', lease)
  __set(self, 'offer', offer)
  if platform is __FACTORY: platform = __factory_platform()
  __set(self, 'platform', platform)
  if rooms is __FACTORY: rooms = __factory_rooms()
  __set(self, 'rooms', rooms)
  if polls is __FACTORY: polls = __factory_polls()
  __set(self, 'polls', polls)
  __set(self, 'skipped', skipped)
  __set(self, 'fenced', fenced)
  if presence is __FACTORY: presence = __factory_presence()
  __set(self, 'presence', presence)

def _56(self, size, min_size, max_size, count, names):
  __set(self, 'size', size)
  __set(self, 'min_size', min_size)
  __set(self, 'max_size', max_size)
  __set(self, 'count', count)
  __set(self, 'names', names)

def _57(self, source, args, context):
  __set(self, 'source', source)
  __set(self, 'args', args)
  __set(self, 'context', context)

def _58(self, source, at, counts, answers, present):
  __set(self, 'source', source)
  __set(self, 'at', at)
  __set(self, 'counts', counts)
  __set(self, 'answers', answers)
  __set(self, 'present', present)

def _59(self, specs, plans, announced, absent, balance, apart, together, seconds, seed, sent):
  if specs is __FACTORY: specs = __factory_specs()
  __set(self, 'specs', specs)
  if plans is __FACTORY: plans = __factory_plans()
  __set(self, 'plans', plans)
  __set(self, 'announced', announced)
  __set(self, 'absent', absent)
  __set(self, 'balance', balance)
  __set(self, 'apart', apart)
  __set(self, 'together', together)
  __set(self, 'seconds', seconds)
  __set(self, 'seed', seed)
  if sent is __FACTORY: sent = __factory_sent()
  __set(self, 'sent', sent)

def _60(self, status, phase, day, segment, next_segment, remaining_s, elapsed_s, total_s, progress, planned_start, planned_end, actual_start, projected_end, late_s, projected_day_end, hard_stop, past_hard_stop_s):
  __set(self, 'status', status)
  __set(self, 'phase', phase)
  __set(self, 'day', day)
  __set(self, 'segment', segment)
  __set(self, 'next_segment', next_segment)
  __set(self, 'remaining_s', remaining_s)
  __set(self, 'elapsed_s', elapsed_s)
  __set(self, 'total_s', total_s)
  __set(self, 'progress', progress)
  __set(self, 'planned_start', planned_start)
  __set(self, 'planned_end', planned_end)
  __set(self, 'actual_start', actual_start)
  __set(self, 'projected_end', projected_end)
  __set(self, 'late_s', late_s)
  __set(self, 'projected_day_end', projected_day_end)
  __set(self, 'hard_stop', hard_stop)
  __set(self, 'past_hard_stop_s', past_hard_stop_s)

def _61(self, status, segment_id, end_at, remaining_s, run_started_at, paused_at, run_paused_s, added_s, last_end_at, skipped, actuals, message):
  __set(self, 'status', status)
  __set(self, 'segment_id', segment_id)
  __set(self, 'end_at', end_at)
  __set(self, 'remaining_s', remaining_s)
  __set(self, 'run_started_at', run_started_at)
  __set(self, 'paused_at', paused_at)
  __set(self, 'run_paused_s', run_paused_s)
  __set(self, 'added_s', added_s)
  if last_end_at is __FACTORY: last_end_at = __factory_last_end_at()
  __set(self, 'last_end_at', last_end_at)
  __set(self, 'skipped', skipped)
  if actuals is __FACTORY: actuals = __factory_actuals()
  __set(self, 'actuals', actuals)
  __set(self, 'message', message)

def _62(self, task, how, detail):
  __set(self, 'task', task)
  __set(self, 'how', how)
  __set(self, 'detail', detail)

def _63(self, title, date, planned_end, hard_stop, entries, expected_end):
  __set(self, 'title', title)
  __set(self, 'date', date)
  __set(self, 'planned_end', planned_end)
  __set(self, 'hard_stop', hard_stop)
  __set(self, 'entries', entries)
  __set(self, 'expected_end', expected_end)

def _64(self, to, to_name, epoch):
  __set(self, 'to', to)
  __set(self, 'to_name', to_name)
  __set(self, 'epoch', epoch)

def _65(self, value, what, source):
  __set(self, 'value', value)
  __set(self, 'what', what)
  __set(self, 'source', source)

def _66(self, view, control, source):
  __set(self, 'view', view)
  __set(self, 'control', control)
  __set(self, 'source', source)
  self.__post_init__()

def _67(self, winners, void):
  __set(self, 'winners', winners)
  __set(self, 'void', void)

def _68(self, word, answers):
  __set(self, 'word', word)
  __set(self, 'answers', answers)

def _69(self, writer, name, role, counter, clock_offset_s, silent_s, version):
  __set(self, 'writer', writer)
  __set(self, 'name', name)
  __set(self, 'role', role)
  __set(self, 'counter', counter)
  __set(self, 'clock_offset_s', clock_offset_s)
  __set(self, 'silent_s', silent_s)
  __set(self, 'version', version)

def _70(self, writer_id, name):
  __set(self, 'writer_id', writer_id)
  __set(self, 'name', name)

CODES = {
    "def __init__(self, access_token, expires_at):\n  __set(self, 'access_token', access_token)\n  __set(self, 'expires_at', expires_at)\n": _0.__code__,
    "def __init__(self, added, updated, unchanged, only_in_session):\n  __set(self, 'added', added)\n  __set(self, 'updated', updated)\n  __set(self, 'unchanged', unchanged)\n  __set(self, 'only_in_session', only_in_session)\n": _1.__code__,
    "def __init__(self, background, text, muted, bar, bar_top, track, promoter, passive, detractor, cloud):\n  __set(self, 'background', background)\n  __set(self, 'text', text)\n  __set(self, 'muted', muted)\n  __set(self, 'bar', bar)\n  __set(self, 'bar_top', bar_top)\n  __set(self, 'track', track)\n  __set(self, 'promoter', promoter)\n  __set(self, 'passive', passive)\n  __set(self, 'detractor', detractor)\n  __set(self, 'cloud', cloud)\n": _2.__code__,
    "def __init__(self, big, phase, progress, title, lead, next_line, next_title, next_at, status_line, stage_status, late_s):\n  __set(self, 'big', big)\n  __set(self, 'phase', phase)\n  __set(self, 'progress', progress)\n  __set(self, 'title', title)\n  __set(self, 'lead', lead)\n  __set(self, 'next_line', next_line)\n  __set(self, 'next_title', next_title)\n  __set(self, 'next_at', next_at)\n  __set(self, 'status_line', status_line)\n  __set(self, 'stage_status', stage_status)\n  __set(self, 'late_s', late_s)\n": _3.__code__,
    "def __init__(self, code, row, value, other_row):\n  __set(self, 'code', code)\n  __set(self, 'row', row)\n  __set(self, 'value', value)\n  __set(self, 'other_row', other_row)\n": _4.__code__,
    "def __init__(self, data_dir, config_dir, log_dir):\n  __set(self, 'data_dir', data_dir)\n  __set(self, 'config_dir', config_dir)\n  __set(self, 'log_dir', log_dir)\n": _5.__code__,
    "def __init__(self, day, start, end, ran, present, peak, peak_at, late, left):\n  __set(self, 'day', day)\n  __set(self, 'start', start)\n  __set(self, 'end', end)\n  __set(self, 'ran', ran)\n  __set(self, 'present', present)\n  __set(self, 'peak', peak)\n  __set(self, 'peak_at', peak_at)\n  __set(self, 'late', late)\n  __set(self, 'left', left)\n": _6.__code__,
    "def __init__(self, day_title, segment_id, title, kind, lead, planned_start, planned_duration_s, actual_start, actual_end, actual_duration_s, added_s, paused_s, status, day_id):\n  __set(self, 'day_title', day_title)\n  __set(self, 'segment_id', segment_id)\n  __set(self, 'title', title)\n  __set(self, 'kind', kind)\n  __set(self, 'lead', lead)\n  __set(self, 'planned_start', planned_start)\n  __set(self, 'planned_duration_s', planned_duration_s)\n  __set(self, 'actual_start', actual_start)\n  __set(self, 'actual_end', actual_end)\n  __set(self, 'actual_duration_s', actual_duration_s)\n  __set(self, 'added_s', added_s)\n  __set(self, 'paused_s', paused_s)\n  __set(self, 'status', status)\n  __set(self, 'day_id', day_id)\n": _7.__code__,
    "def __init__(self, days, rounds, names):\n  if days is __FACTORY: days = __factory_days()\n  __set(self, 'days', days)\n  if rounds is __FACTORY: rounds = __factory_rounds()\n  __set(self, 'rounds', rounds)\n  if names is __FACTORY: names = __factory_names()\n  __set(self, 'names', names)\n": _8.__code__,
    "def __init__(self, event, kind, target, address, args):\n  __set(self, 'event', event)\n  __set(self, 'kind', kind)\n  __set(self, 'target', target)\n  __set(self, 'address', address)\n  __set(self, 'args', args)\n": _9.__code__,
    "def __init__(self, event, timezone, role, person, printed_at, live, days):\n  __set(self, 'event', event)\n  __set(self, 'timezone', timezone)\n  __set(self, 'role', role)\n  __set(self, 'person', person)\n  __set(self, 'printed_at', printed_at)\n  __set(self, 'live', live)\n  __set(self, 'days', days)\n": _10.__code__,
    "def __init__(self, given, scheduled, instance, state):\n  __set(self, 'given', given)\n  __set(self, 'scheduled', scheduled)\n  __set(self, 'instance', instance)\n  __set(self, 'state', state)\n": _11.__code__,
    "def __init__(self, headers, rows, encoding, delimiter):\n  __set(self, 'headers', headers)\n  __set(self, 'rows', rows)\n  __set(self, 'encoding', encoding)\n  __set(self, 'delimiter', delimiter)\n": _12.__code__,
    "def __init__(self, id, kind, question, title, options, scale, segment_id, series, hidden, evaluation):\n  __set(self, 'id', id)\n  __set(self, 'kind', kind)\n  __set(self, 'question', question)\n  __set(self, 'title', title)\n  __set(self, 'options', options)\n  __set(self, 'scale', scale)\n  __set(self, 'segment_id', segment_id)\n  __set(self, 'series', series)\n  __set(self, 'hidden', hidden)\n  __set(self, 'evaluation', evaluation)\n  self.__post_init__()\n": _13.__code__,
    "def __init__(self, id, name, default_base, token_env, signs_in, rooms_api, rooms_live, polls_before, polls_launch, chat, end_meeting, meeting_hint, daily_updates, server_to_server, capabilities, oauth_flow, oauth_base, oauth, rooms_note, poll_open_note, poll_close_note, no_polls_note, no_end_note, parse_meeting, make, poll_results, poll_status):\n  __set(self, 'id', id)\n  __set(self, 'name', name)\n  __set(self, 'default_base', default_base)\n  __set(self, 'token_env', token_env)\n  __set(self, 'signs_in', signs_in)\n  __set(self, 'rooms_api', rooms_api)\n  __set(self, 'rooms_live', rooms_live)\n  __set(self, 'polls_before', polls_before)\n  __set(self, 'polls_launch', polls_launch)\n  __set(self, 'chat', chat)\n  __set(self, 'end_meeting', end_meeting)\n  __set(self, 'meeting_hint', meeting_hint)\n  __set(self, 'daily_updates', daily_updates)\n  __set(self, 'server_to_server', server_to_server)\n  __set(self, 'capabilities', capabilities)\n  __set(self, 'oauth_flow', oauth_flow)\n  __set(self, 'oauth_base', oauth_base)\n  __set(self, 'oauth', oauth)\n  __set(self, 'rooms_note', rooms_note)\n  __set(self, 'poll_open_note', poll_open_note)\n  __set(self, 'poll_close_note', poll_close_note)\n  __set(self, 'no_polls_note', no_polls_note)\n  __set(self, 'no_end_note', no_end_note)\n  __set(self, 'parse_meeting', parse_meeting)\n  __set(self, 'make', make)\n  __set(self, 'poll_results', poll_results)\n  __set(self, 'poll_status', poll_status)\n": _14.__code__,
    "def __init__(self, id, name, email, organisation, department, role, host, attributes):\n  __set(self, 'id', id)\n  __set(self, 'name', name)\n  __set(self, 'email', email)\n  __set(self, 'organisation', organisation)\n  __set(self, 'department', department)\n  __set(self, 'role', role)\n  __set(self, 'host', host)\n  if attributes is __FACTORY: attributes = __factory_attributes()\n  __set(self, 'attributes', attributes)\n": _15.__code__,
    "def __init__(self, id, platform, kind, payload, key, state, attempts, next_at, last_error):\n  __set(self, 'id', id)\n  __set(self, 'platform', platform)\n  __set(self, 'kind', kind)\n  __set(self, 'payload', payload)\n  __set(self, 'key', key)\n  __set(self, 'state', state)\n  __set(self, 'attempts', attempts)\n  __set(self, 'next_at', next_at)\n  __set(self, 'last_error', last_error)\n": _16.__code__,
    "def __init__(self, id, title, date, start, hard_stop, segments, roll):\n  __set(self, 'id', id)\n  __set(self, 'title', title)\n  __set(self, 'date', date)\n  __set(self, 'start', start)\n  __set(self, 'hard_stop', hard_stop)\n  __set(self, 'segments', segments)\n  __set(self, 'roll', roll)\n": _17.__code__,
    "def __init__(self, id, title, kind, duration_s, lead, notes, fixed_start, colour, warning_s, danger_s, roll):\n  __set(self, 'id', id)\n  __set(self, 'title', title)\n  __set(self, 'kind', kind)\n  __set(self, 'duration_s', duration_s)\n  __set(self, 'lead', lead)\n  __set(self, 'notes', notes)\n  __set(self, 'fixed_start', fixed_start)\n  __set(self, 'colour', colour)\n  __set(self, 'warning_s', warning_s)\n  __set(self, 'danger_s', danger_s)\n  __set(self, 'roll', roll)\n  self.__post_init__()\n": _18.__code__,
    "def __init__(self, id, title, run, keys, needs_control, check, params, live, tip, confirm):\n  __set(self, 'id', id)\n  __set(self, 'title', title)\n  __set(self, 'run', run)\n  __set(self, 'keys', keys)\n  __set(self, 'needs_control', needs_control)\n  __set(self, 'check', check)\n  __set(self, 'params', params)\n  __set(self, 'live', live)\n  __set(self, 'tip', tip)\n  __set(self, 'confirm', confirm)\n": _19.__code__,
    "def __init__(self, id, title, timezone, days, people, organisations):\n  __set(self, 'id', id)\n  __set(self, 'title', title)\n  __set(self, 'timezone', timezone)\n  __set(self, 'days', days)\n  __set(self, 'people', people)\n  __set(self, 'organisations', organisations)\n": _20.__code__,
    "def __init__(self, intervals, guests, last_at, sources):\n  if intervals is __FACTORY: intervals = __factory_intervals()\n  __set(self, 'intervals', intervals)\n  if guests is __FACTORY: guests = __factory_guests()\n  __set(self, 'guests', guests)\n  __set(self, 'last_at', last_at)\n  __set(self, 'sources', sources)\n": _21.__code__,
    "def __init__(self, intervals, guests, refused):\n  __set(self, 'intervals', intervals)\n  __set(self, 'guests', guests)\n  __set(self, 'refused', refused)\n": _22.__code__,
    "def __init__(self, kind, responses, counts, mean, nps, promoters, passives, detractors, texts, late, duplicates, unknown, source):\n  __set(self, 'kind', kind)\n  __set(self, 'responses', responses)\n  __set(self, 'counts', counts)\n  __set(self, 'mean', mean)\n  __set(self, 'nps', nps)\n  __set(self, 'promoters', promoters)\n  __set(self, 'passives', passives)\n  __set(self, 'detractors', detractors)\n  __set(self, 'texts', texts)\n  __set(self, 'late', late)\n  __set(self, 'duplicates', duplicates)\n  __set(self, 'unknown', unknown)\n  __set(self, 'source', source)\n": _23.__code__,
    "def __init__(self, m, levels, fixed, size, developed, invariant, groups):\n  __set(self, 'm', m)\n  __set(self, 'levels', levels)\n  __set(self, 'fixed', fixed)\n  __set(self, 'size', size)\n  __set(self, 'developed', developed)\n  __set(self, 'invariant', invariant)\n  __set(self, 'groups', groups)\n": _24.__code__,
    "def __init__(self, message, data, changed):\n  __set(self, 'message', message)\n  __set(self, 'data', data)\n  __set(self, 'changed', changed)\n": _25.__code__,
    "def __init__(self, msg, type, payload, inverse_type, inverse_payload):\n  __set(self, 'msg', msg)\n  __set(self, 'type', type)\n  __set(self, 'payload', payload)\n  __set(self, 'inverse_type', inverse_type)\n  __set(self, 'inverse_payload', inverse_payload)\n": _26.__code__,
    "def __init__(self, name, authorize_url, token_url, device_url, scopes):\n  __set(self, 'name', name)\n  __set(self, 'authorize_url', authorize_url)\n  __set(self, 'token_url', token_url)\n  __set(self, 'device_url', device_url)\n  __set(self, 'scopes', scopes)\n": _27.__code__,
    "def __init__(self, name, host, members):\n  __set(self, 'name', name)\n  __set(self, 'host', host)\n  __set(self, 'members', members)\n": _28.__code__,
    "def __init__(self, name, kind, required, doc):\n  __set(self, 'name', name)\n  __set(self, 'kind', kind)\n  __set(self, 'required', required)\n  __set(self, 'doc', doc)\n": _29.__code__,
    "def __init__(self, name, members, host):\n  __set(self, 'name', name)\n  __set(self, 'members', members)\n  __set(self, 'host', host)\n": _30.__code__,
    "def __init__(self, name, secure):\n  __set(self, 'name', name)\n  __set(self, 'secure', secure)\n": _31.__code__,
    "def __init__(self, name, used_for, calls):\n  __set(self, 'name', name)\n  __set(self, 'used_for', used_for)\n  __set(self, 'calls', calls)\n": _32.__code__,
    "def __init__(self, owner, owner_name, epoch):\n  __set(self, 'owner', owner)\n  __set(self, 'owner_name', owner_name)\n  __set(self, 'epoch', epoch)\n": _33.__code__,
    "def __init__(self, people, problems, attributes):\n  __set(self, 'people', people)\n  __set(self, 'problems', problems)\n  __set(self, 'attributes', attributes)\n": _34.__code__,
    "def __init__(self, people, rounds, balance, hosts, apart, together, history, present, seed, seconds, room_word, round_numbers):\n  __set(self, 'people', people)\n  __set(self, 'rounds', rounds)\n  if balance is __FACTORY: balance = __factory_balance()\n  __set(self, 'balance', balance)\n  __set(self, 'hosts', hosts)\n  __set(self, 'apart', apart)\n  __set(self, 'together', together)\n  if history is __FACTORY: history = __factory_history()\n  __set(self, 'history', history)\n  __set(self, 'present', present)\n  __set(self, 'seed', seed)\n  __set(self, 'seconds', seconds)\n  __set(self, 'room_word', room_word)\n  __set(self, 'round_numbers', round_numbers)\n": _35.__code__,
    "def __init__(self, person_id, name, email, join_s, leave_s, back_s):\n  __set(self, 'person_id', person_id)\n  __set(self, 'name', name)\n  __set(self, 'email', email)\n  __set(self, 'join_s', join_s)\n  __set(self, 'leave_s', leave_s)\n  __set(self, 'back_s', back_s)\n": _36.__code__,
    "def __init__(self, person_id, name, planned, actual):\n  __set(self, 'person_id', person_id)\n  __set(self, 'name', name)\n  __set(self, 'planned', planned)\n  __set(self, 'actual', actual)\n": _37.__code__,
    "def __init__(self, platform, lane, until, reason, cause):\n  __set(self, 'platform', platform)\n  __set(self, 'lane', lane)\n  __set(self, 'until', until)\n  __set(self, 'reason', reason)\n  __set(self, 'cause', cause)\n": _38.__code__,
    "def __init__(self, platform, meeting):\n  __set(self, 'platform', platform)\n  __set(self, 'meeting', meeting)\n": _39.__code__,
    "def __init__(self, poll, status, opened_at, closed_at, revealed, snapshot, snapshots):\n  __set(self, 'poll', poll)\n  __set(self, 'status', status)\n  __set(self, 'opened_at', opened_at)\n  __set(self, 'closed_at', closed_at)\n  __set(self, 'revealed', revealed)\n  __set(self, 'snapshot', snapshot)\n  __set(self, 'snapshots', snapshots)\n": _40.__code__,
    "def __init__(self, poll_id, label, value, responses):\n  __set(self, 'poll_id', poll_id)\n  __set(self, 'label', label)\n  __set(self, 'value', value)\n  __set(self, 'responses', responses)\n": _41.__code__,
    "def __init__(self, question, responses, present, shares, mean):\n  __set(self, 'question', question)\n  __set(self, 'responses', responses)\n  __set(self, 'present', present)\n  __set(self, 'shares', shares)\n  __set(self, 'mean', mean)\n": _42.__code__,
    "def __init__(self, record, epoch, seen):\n  __set(self, 'record', record)\n  __set(self, 'epoch', epoch)\n  __set(self, 'seen', seen)\n": _43.__code__,
    "def __init__(self, records, bad_lines, torn_tail, good_length):\n  __set(self, 'records', records)\n  __set(self, 'bad_lines', bad_lines)\n  __set(self, 'torn_tail', torn_tail)\n  __set(self, 'good_length', good_length)\n": _44.__code__,
    "def __init__(self, respondent, value, at):\n  __set(self, 'respondent', respondent)\n  __set(self, 'value', value)\n  __set(self, 'at', at)\n": _45.__code__,
    "def __init__(self, rounds, pairs_met, repeats, repeats_bound, max_meetings, repeat_free_rounds, rooms_missing_value, new_contacts_min, new_contacts_mean, rooms_without_host, rooms_with_extra_hosts, apart_violations, together_violations, size_violations, moved, unmet, notes, seconds, stopped, method):\n  __set(self, 'rounds', rounds)\n  __set(self, 'pairs_met', pairs_met)\n  __set(self, 'repeats', repeats)\n  __set(self, 'repeats_bound', repeats_bound)\n  __set(self, 'max_meetings', max_meetings)\n  __set(self, 'repeat_free_rounds', repeat_free_rounds)\n  __set(self, 'rooms_missing_value', rooms_missing_value)\n  __set(self, 'new_contacts_min', new_contacts_min)\n  __set(self, 'new_contacts_mean', new_contacts_mean)\n  __set(self, 'rooms_without_host', rooms_without_host)\n  __set(self, 'rooms_with_extra_hosts', rooms_with_extra_hosts)\n  __set(self, 'apart_violations', apart_violations)\n  __set(self, 'together_violations', together_violations)\n  __set(self, 'size_violations', size_violations)\n  __set(self, 'moved', moved)\n  __set(self, 'unmet', unmet)\n  __set(self, 'notes', notes)\n  __set(self, 'seconds', seconds)\n  __set(self, 'stopped', stopped)\n  __set(self, 'method', method)\n": _46.__code__,
    "def __init__(self, rounds, quality):\n  __set(self, 'rounds', rounds)\n  __set(self, 'quality', quality)\n": _47.__code__,
    "def __init__(self, row, late_start_s, lost_start_s, late_end_s, overrun_s):\n  __set(self, 'row', row)\n  __set(self, 'late_start_s', late_start_s)\n  __set(self, 'lost_start_s', lost_start_s)\n  __set(self, 'late_end_s', late_end_s)\n  __set(self, 'overrun_s', overrun_s)\n": _48.__code__,
    "def __init__(self, segment, index, start, end, fixed, gap_s):\n  __set(self, 'segment', segment)\n  __set(self, 'index', index)\n  __set(self, 'start', start)\n  __set(self, 'end', end)\n  __set(self, 'fixed', fixed)\n  __set(self, 'gap_s', gap_s)\n": _49.__code__,
    "def __init__(self, segment_id, rooms, placed):\n  __set(self, 'segment_id', segment_id)\n  __set(self, 'rooms', rooms)\n  __set(self, 'placed', placed)\n": _50.__code__,
    "def __init__(self, segment_id, started_at, ended_at, ran_s, paused_s, added_s, runs):\n  __set(self, 'segment_id', segment_id)\n  __set(self, 'started_at', started_at)\n  __set(self, 'ended_at', ended_at)\n  __set(self, 'ran_s', ran_s)\n  __set(self, 'paused_s', paused_s)\n  __set(self, 'added_s', added_s)\n  __set(self, 'runs', runs)\n": _51.__code__,
    "def __init__(self, segment_id, title, kind, planned_start, expected_start, duration_s, lead, notes, fixed, skipped, room_count, hosts, rooms, polls, status):\n  __set(self, 'segment_id', segment_id)\n  __set(self, 'title', title)\n  __set(self, 'kind', kind)\n  __set(self, 'planned_start', planned_start)\n  __set(self, 'expected_start', expected_start)\n  __set(self, 'duration_s', duration_s)\n  __set(self, 'lead', lead)\n  __set(self, 'notes', notes)\n  __set(self, 'fixed', fixed)\n  __set(self, 'skipped', skipped)\n  __set(self, 'room_count', room_count)\n  __set(self, 'hosts', hosts)\n  __set(self, 'rooms', rooms)\n  __set(self, 'polls', polls)\n  __set(self, 'status', status)\n": _52.__code__,
    "def __init__(self, segment_id, title, started_at, present, placed, placed_present, present_not_placed):\n  __set(self, 'segment_id', segment_id)\n  __set(self, 'title', title)\n  __set(self, 'started_at', started_at)\n  __set(self, 'present', present)\n  __set(self, 'placed', placed)\n  __set(self, 'placed_present', placed_present)\n  __set(self, 'present_not_placed', present_not_placed)\n": _53.__code__,
    "def __init__(self, segment_ids, problem, previous, max_moved, newcomers, before):\n  __set(self, 'segment_ids', segment_ids)\n  __set(self, 'problem', problem)\n  __set(self, 'previous', previous)\n  __set(self, 'max_moved', max_moved)\n  __set(self, 'newcomers', newcomers)\n  __set(self, 'before', before)\n": _54.__code__,
    "def __init__(self, show, live, lease, offer, platform, rooms, polls, skipped, fenced, presence):\n  __set(self, 'show', show)\n  if live is __FACTORY: live = __factory_live()\n  __set(self, 'live', live)\n  if lease is __FACTORY: lease = __factory_lease()\n  __set(self, 'lease', lease)\n  __set(self, 'offer', offer)\n  if platform is __FACTORY: platform = __factory_platform()\n  __set(self, 'platform', platform)\n  if rooms is __FACTORY: rooms = __factory_rooms()\n  __set(self, 'rooms', rooms)\n  if polls is __FACTORY: polls = __factory_polls()\n  __set(self, 'polls', polls)\n  __set(self, 'skipped', skipped)\n  __set(self, 'fenced', fenced)\n  if presence is __FACTORY: presence = __factory_presence()\n  __set(self, 'presence', presence)\n": _55.__code__,
    "def __init__(self, size, min_size, max_size, count, names):\n  __set(self, 'size', size)\n  __set(self, 'min_size', min_size)\n  __set(self, 'max_size', max_size)\n  __set(self, 'count', count)\n  __set(self, 'names', names)\n": _56.__code__,
    "def __init__(self, source, args, context):\n  __set(self, 'source', source)\n  __set(self, 'args', args)\n  __set(self, 'context', context)\n": _57.__code__,
    "def __init__(self, source, at, counts, answers, present):\n  __set(self, 'source', source)\n  __set(self, 'at', at)\n  __set(self, 'counts', counts)\n  __set(self, 'answers', answers)\n  __set(self, 'present', present)\n": _58.__code__,
    "def __init__(self, specs, plans, announced, absent, balance, apart, together, seconds, seed, sent):\n  if specs is __FACTORY: specs = __factory_specs()\n  __set(self, 'specs', specs)\n  if plans is __FACTORY: plans = __factory_plans()\n  __set(self, 'plans', plans)\n  __set(self, 'announced', announced)\n  __set(self, 'absent', absent)\n  __set(self, 'balance', balance)\n  __set(self, 'apart', apart)\n  __set(self, 'together', together)\n  __set(self, 'seconds', seconds)\n  __set(self, 'seed', seed)\n  if sent is __FACTORY: sent = __factory_sent()\n  __set(self, 'sent', sent)\n": _59.__code__,
    "def __init__(self, status, phase, day, segment, next_segment, remaining_s, elapsed_s, total_s, progress, planned_start, planned_end, actual_start, projected_end, late_s, projected_day_end, hard_stop, past_hard_stop_s):\n  __set(self, 'status', status)\n  __set(self, 'phase', phase)\n  __set(self, 'day', day)\n  __set(self, 'segment', segment)\n  __set(self, 'next_segment', next_segment)\n  __set(self, 'remaining_s', remaining_s)\n  __set(self, 'elapsed_s', elapsed_s)\n  __set(self, 'total_s', total_s)\n  __set(self, 'progress', progress)\n  __set(self, 'planned_start', planned_start)\n  __set(self, 'planned_end', planned_end)\n  __set(self, 'actual_start', actual_start)\n  __set(self, 'projected_end', projected_end)\n  __set(self, 'late_s', late_s)\n  __set(self, 'projected_day_end', projected_day_end)\n  __set(self, 'hard_stop', hard_stop)\n  __set(self, 'past_hard_stop_s', past_hard_stop_s)\n": _60.__code__,
    "def __init__(self, status, segment_id, end_at, remaining_s, run_started_at, paused_at, run_paused_s, added_s, last_end_at, skipped, actuals, message):\n  __set(self, 'status', status)\n  __set(self, 'segment_id', segment_id)\n  __set(self, 'end_at', end_at)\n  __set(self, 'remaining_s', remaining_s)\n  __set(self, 'run_started_at', run_started_at)\n  __set(self, 'paused_at', paused_at)\n  __set(self, 'run_paused_s', run_paused_s)\n  __set(self, 'added_s', added_s)\n  if last_end_at is __FACTORY: last_end_at = __factory_last_end_at()\n  __set(self, 'last_end_at', last_end_at)\n  __set(self, 'skipped', skipped)\n  if actuals is __FACTORY: actuals = __factory_actuals()\n  __set(self, 'actuals', actuals)\n  __set(self, 'message', message)\n": _61.__code__,
    "def __init__(self, task, how, detail):\n  __set(self, 'task', task)\n  __set(self, 'how', how)\n  __set(self, 'detail', detail)\n": _62.__code__,
    "def __init__(self, title, date, planned_end, hard_stop, entries, expected_end):\n  __set(self, 'title', title)\n  __set(self, 'date', date)\n  __set(self, 'planned_end', planned_end)\n  __set(self, 'hard_stop', hard_stop)\n  __set(self, 'entries', entries)\n  __set(self, 'expected_end', expected_end)\n": _63.__code__,
    "def __init__(self, to, to_name, epoch):\n  __set(self, 'to', to)\n  __set(self, 'to_name', to_name)\n  __set(self, 'epoch', epoch)\n": _64.__code__,
    "def __init__(self, value, what, source):\n  __set(self, 'value', value)\n  __set(self, 'what', what)\n  __set(self, 'source', source)\n": _65.__code__,
    "def __init__(self, view, control, source):\n  __set(self, 'view', view)\n  __set(self, 'control', control)\n  __set(self, 'source', source)\n  self.__post_init__()\n": _66.__code__,
    "def __init__(self, winners, void):\n  __set(self, 'winners', winners)\n  __set(self, 'void', void)\n": _67.__code__,
    "def __init__(self, word, answers):\n  __set(self, 'word', word)\n  __set(self, 'answers', answers)\n": _68.__code__,
    "def __init__(self, writer, name, role, counter, clock_offset_s, silent_s, version):\n  __set(self, 'writer', writer)\n  __set(self, 'name', name)\n  __set(self, 'role', role)\n  __set(self, 'counter', counter)\n  __set(self, 'clock_offset_s', clock_offset_s)\n  __set(self, 'silent_s', silent_s)\n  __set(self, 'version', version)\n": _69.__code__,
    "def __init__(self, writer_id, name):\n  __set(self, 'writer_id', writer_id)\n  __set(self, 'name', name)\n": _70.__code__,
}
