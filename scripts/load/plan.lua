-- POST /api/v1/plans with a HIT holder planning MIIS; wrk counts answers of status 400 and above (non2xx below).
-- No response() callback: with one, wrk copies every 26 KB body into Lua, CPU the service on the same machine then lacks,
-- which the trivial run (no callback) does not pay.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"profile": {"credentials": ["hit"], "hoursPerWeek": 5}, "goal": {"credential": "miis"}, "alternatives": 0}'

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
