-- A realistic mix over many paths: browse, search (ja and en), plans, role fit and curriculum coverage.
-- Any answer that is not 2xx counts as an error; the run fails (exit 1) when there is one.
local curriculum = os.getenv("MIX_CURRICULUM") or "load.radiology-2025"
local requests = {
  {"GET", "/api/v1/credentials?size=20", nil},
  {"GET", "/api/v1/credentials/senior-hit", nil},
  {"GET", "/api/v1/frameworks/hit/versions/current/targets?domain=hit.it", nil},
  {"GET", "/api/v1/targets/miis.dicom.query-retrieve", nil},
  {"GET", "/api/v1/roles/pacs-administrator", nil},
  {"GET", "/api/v1/statistics?credential=hit", nil},
  {"GET", "/api/v1/search?q=%E7%94%BB%E5%83%8F", nil},
  {"GET", "/api/v1/search?q=DICOM&lang=en&type=target", nil},
  {"POST", "/api/v1/plans", '{"profile": {"credentials": ["hit"], "hoursPerWeek": 5}, "goal": {"credential": "miis"}, "alternatives": 0}'},
  {"POST", "/api/v1/plans", '{"profile": {"hoursPerWeek": 8}, "goal": {"role": "hospital-his-staff"}}'},
  {"POST", "/api/v1/role-fit", '{"profile": {"credentials": ["hit"], "hoursPerWeek": 5}, "limit": 5}'},
  {"GET", "/api/v1/curricula/" .. curriculum .. "/coverage?version=hit", nil},
}
local counter = 0

request = function()
  counter = counter + 1
  local r = requests[(counter % #requests) + 1]
  local headers = {}
  if r[3] then headers["Content-Type"] = "application/json" end
  return wrk.format(r[1], r[2], headers, r[3])
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
