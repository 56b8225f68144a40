-- wrk script for the GET scenarios of IncomingLoadBenchmark: replays the lines it printed with --print
-- ("path TAB Authorization"), each connection thread from its own starting point, and reports p50/p95/p99.
-- usage: wrk -t2 -c32 -d20s -s scripts/wrk-requests.lua http://localhost:18080 -- requests.tsv
local requests = {}
local next_index = 1
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  for line in io.lines(args[1]) do
    local path, auth = line:match("^([^\t]+)\t(.+)$")
    requests[#requests + 1] = wrk.format("GET", path, { ["Authorization"] = auth })
  end
  next_index = (id * 7919) % #requests
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

function done(summary, latency, _)
  local errors = summary.errors
  local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
  io.write(string.format("%d requests (%d errors) in %.1f s = %d/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, failed, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
