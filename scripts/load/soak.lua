-- The soak mix: the reads of mix.lua plus the writes of signed-in users, in a fixed cycle per client.
-- Run with one connection per thread (wrk -tN -cN), so that each thread is one client that sends a request only
-- after the answer to the previous one: it reads an ETag and then writes with it. Every client has its own learner,
-- educator and steward (tokens from SOAK_TOKENS, line n for client n), its own curriculum and its own draft, so no two
-- clients race for one If-Match and every request of the cycle is expected to succeed (2xx); anything else is an error.
local tag = os.getenv("SOAK_TAG") or "s"
local tokens = os.getenv("SOAK_TOKENS")
local public_curriculum = os.getenv("MIX_CURRICULUM") or "load.radiology-2025"

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

local learner, educator, steward
local curriculum, draft, item
local etag, plan_id
local step = 0
local kind_of_last = nil
counts = {}
failures = {}
first_failure = ""

local function json_headers(token, if_match)
  local h = {["Content-Type"] = "application/json"}
  if token then h["Authorization"] = "Bearer " .. token end
  if if_match then h["If-Match"] = if_match end
  return h
end

local function auth(token, extra)
  local h = extra or {}
  h["Authorization"] = "Bearer " .. token
  return h
end

function init(args)
  local n = tonumber(id)
  local i = 0
  for line in io.lines(tokens) do
    i = i + 1
    if i == n then learner, educator, steward = line:match("^(%S+) (%S+) (%S+)$") end
  end
  assert(learner, "no tokens for client " .. n .. " in " .. tostring(tokens))
  curriculum = "soak." .. tag .. "-" .. n
  draft = "miis@soak-" .. tag .. "-" .. n
  item = "miis.dicom.soak-" .. tag .. "-" .. n
end

local course = [[{"code": "SK-101", "title": {"ja": "医用画像情報システム演習", "en": "Medical imaging information systems, practice"},
 "year": 2, "semester": "first", "hours": 30, "credits": 2,
 "mappings": [{"target": "miis.dicom.query-retrieve", "depth": "%s"}, {"target": "hit.it.db.sql", "depth": "introduces"}]}]]

local read = {
  {"browse", "GET", "/api/v1/credentials?size=20"},
  {"browse", "GET", "/api/v1/credentials/senior-hit"},
  {"browse", "GET", "/api/v1/frameworks/hit/versions/current/targets?domain=hit.it"},
  {"browse", "GET", "/api/v1/targets/miis.dicom.query-retrieve"},
  {"browse", "GET", "/api/v1/roles/pacs-administrator"},
  {"browse", "GET", "/api/v1/statistics?credential=hit"},
  {"search", "GET", "/api/v1/search?q=%E7%94%BB%E5%83%8F"},
  {"search", "GET", "/api/v1/search?q=DICOM&lang=en&type=target"},
  {"plan", "POST", "/api/v1/plans", '{"profile": {"credentials": ["hit"], "hoursPerWeek": 5}, "goal": {"credential": "miis"}, "alternatives": 0}'},
  {"plan", "POST", "/api/v1/plans", '{"profile": {"hoursPerWeek": 8}, "goal": {"role": "hospital-his-staff"}}'},
  {"role-fit", "POST", "/api/v1/role-fit", '{"profile": {"credentials": ["hit"], "hoursPerWeek": 5}, "limit": 5}'},
  {"coverage", "GET", "/api/v1/curricula/" .. public_curriculum .. "/coverage?version=hit"},
}
local reads_done = 0

local function public_read()
  reads_done = reads_done + 1
  local r = read[((reads_done - 1) % #read) + 1]
  return r[1], r[2], r[3], (r[4] and {["Content-Type"] = "application/json"} or {}), r[4]
end

-- Each step answers kind, method, path, headers, body; nil skips the step (its input is missing after an error).
local once = {
  function() return "setup", "POST", "/api/v1/curricula", json_headers(educator),
    string.format('{"id": "%s", "institution": "soak", "visibility": "private", "name": {"ja": "耐久試験 %s", "en": "Soak %s"}}',
      curriculum, curriculum, curriculum) end,
  function() return "setup", "POST", "/api/v1/frameworks/miis/drafts", json_headers(steward),
    string.format('{"version": "%s"}', draft:match("@(.*)$")) end,
  -- The first profile needs no precondition; every later save sends If-Match.
  function() return "setup", "PUT", "/api/v1/me/profile", json_headers(learner),
    '{"credentials": ["hit"], "hoursPerWeek": 5}' end,
}

local hours = 5
local cycle = {
  public_read, public_read, public_read,
  -- the learner's profile: read its ETag, save a change with it
  function() return "profile-read", "GET", "/api/v1/me/profile", auth(learner) end,
  function()
    if not etag then return nil end
    hours = hours % 20 + 1
    return "profile-save", "PUT", "/api/v1/me/profile", json_headers(learner, etag),
      string.format('{"credentials": ["hit"], "hoursPerWeek": %d, "mastered": {"hit.it.db.sql": %d}}', hours, hours % 4)
  end,
  public_read, public_read,
  -- a saved plan: made from the saved profile, listed, printed, deleted
  function() return "plan-save", "POST", "/api/v1/me/plans", json_headers(learner),
    '{"title": "HIT → MIIS", "goal": {"credential": "miis"}, "alternatives": 0}' end,
  function() return "plan-read", "GET", "/api/v1/me/plans", auth(learner) end,
  function()
    if not plan_id then return nil end
    return "plan-read", "GET", "/api/v1/me/plans/" .. plan_id, auth(learner, {Accept = "text/markdown"})
  end,
  function()
    if not plan_id then return nil end
    local p = plan_id
    plan_id = nil
    return "plan-delete", "DELETE", "/api/v1/me/plans/" .. p, auth(learner)
  end,
  public_read, public_read,
  -- the educator's curriculum: read it, add a course with mappings, change a mapping, see coverage, remove the course
  function() return "curriculum-read", "GET", "/api/v1/curricula/" .. curriculum, auth(educator) end,
  function()
    if not etag then return nil end
    return "curriculum-edit", "PUT", "/api/v1/curricula/" .. curriculum .. "/courses/SK-101", json_headers(educator, etag),
      string.format(course, "reinforces")
  end,
  function()
    if not etag then return nil end
    return "curriculum-edit", "PUT", "/api/v1/curricula/" .. curriculum .. "/courses/SK-101", json_headers(educator, etag),
      string.format(course, "masters")
  end,
  function() return "curriculum-read", "GET", "/api/v1/curricula/" .. curriculum .. "/coverage?version=miis", auth(educator) end,
  function() return "curriculum-read", "GET", "/api/v1/curricula/" .. curriculum, auth(educator) end,
  function()
    if not etag then return nil end
    return "curriculum-edit", "DELETE", "/api/v1/curricula/" .. curriculum .. "/courses/SK-101", auth(educator, {["If-Match"] = etag})
  end,
  public_read, public_read,
  -- the steward's draft: read its (strong) ETag, add a target, reword it, read the diff, retire it again (which
  -- withdraws the addition: the draft is back at its base; the API has no way to delete a whole draft)
  function() return "draft-read", "GET", "/api/v1/drafts/" .. draft, auth(steward) end,
  function()
    if not etag then return nil end
    return "draft-edit", "POST", "/api/v1/drafts/" .. draft .. "/operations", json_headers(steward, etag),
      string.format('{"op": "add", "id": "%s", "parent": "miis.dicom.objects", "domain": "miis.imaging-standards", "kind": "topic",'
        .. ' "name": {"ja": "耐久試験の項目", "en": "Soak test item"}, "effortHours": 1}', item)
  end,
  function()
    if not etag then return nil end
    return "draft-edit", "POST", "/api/v1/drafts/" .. draft .. "/operations", json_headers(steward, etag),
      string.format('{"op": "reword", "target": "%s", "name": {"ja": "耐久試験の項目 (改)", "en": "Soak test item, reworded"}}', item)
  end,
  function() return "draft-read", "GET", "/api/v1/drafts/" .. draft .. "/diff", auth(steward) end,
  function() return "draft-read", "GET", "/api/v1/drafts/" .. draft, auth(steward) end,
  function()
    if not etag then return nil end
    return "draft-edit", "POST", "/api/v1/drafts/" .. draft .. "/operations", json_headers(steward, etag),
      string.format('{"op": "retire", "target": "%s"}', item)
  end,
  public_read, public_read, public_read,
}

local setup_done = 0
-- wrk calls request() once in the first thread's state before the run, only to check for pipelining, and never sends
-- that request; that call must not use up the client's first step.
local verified = false

request = function()
  if tonumber(id) == 1 and not verified then
    verified = true
    return wrk.format("GET", "/livez")
  end
  while true do
    local kind, method, path, headers, body
    if setup_done < #once then
      setup_done = setup_done + 1
      kind, method, path, headers, body = once[setup_done]()
    else
      step = step % #cycle + 1
      kind, method, path, headers, body = cycle[step]()
    end
    if kind then
      kind_of_last = kind
      return wrk.format(method, path, headers, body)
    end
  end
end

local function header(headers, name)
  return headers[name] or headers[name:lower()] or headers[name:upper()]
end

response = function(status, headers, body)
  local k = kind_of_last or "?"
  counts[k] = (counts[k] or 0) + 1
  if status < 200 or status > 299 then
    failures[k] = (failures[k] or 0) + 1
    if first_failure == "" then
      first_failure = string.format("%s %d %s", k, status, (body or ""):sub(1, 300):gsub("%s+", " "))
    end
    etag = nil
    return
  end
  -- Reads of personal data and writes answer the ETag the next write sends back; a read of anything else keeps it.
  local e = header(headers, "ETag")
  if k ~= "browse" and k ~= "search" and k ~= "plan" and k ~= "role-fit" and k ~= "coverage" then etag = e end
  local location = header(headers, "Location")
  if k == "plan-save" and location then plan_id = location:match("/me/plans/([^/]+)$") end
end

done = function(summary, latency, requests)
  local total, failed, kinds = {}, {}, {}
  local first = ""
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("counts") or {}) do
      if not total[k] then table.insert(kinds, k) end
      total[k] = (total[k] or 0) + v
    end
    for k, v in pairs(t:get("failures") or {}) do failed[k] = (failed[k] or 0) + v end
    local f = t:get("first_failure")
    if first == "" and f and f ~= "" then first = f end
  end
  table.sort(kinds)
  local seconds = summary.duration / 1e6
  local non2xx = 0
  for _, k in ipairs(kinds) do
    non2xx = non2xx + (failed[k] or 0)
    io.write(string.format("KIND %s requests=%d rps=%.1f non2xx=%d\n", k, total[k], total[k] / seconds, failed[k] or 0))
  end
  if first ~= "" then io.write("FIRST_FAILURE " .. first .. "\n") end
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, math.max(non2xx, summary.errors.status),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
