-- wrk script for the public dossier lookup (issue 5): POST /api/v1/dossiers/lookup with valid code and phone pairs
-- of a generated province, each connection cycling through the pairs from its own starting point.
--   java -cp "$CP" vn.sen.bench.StatisticsBenchmark <base> <jdbc> <user> <password> lookup-pairs /tmp/pairs.tsv
--   wrk -t2 -c64 -d30s --latency -s scripts/bench-lookup.lua http://localhost:18091 -- /tmp/pairs.tsv
local lookups = {}
local next_pair = 1

function init(args)
  for line in io.lines(args[1]) do
    local code, phone = line:match("^([^\t]+)\t([^\t]+)$")
    if code then
      lookups[#lookups + 1] = '{"code":"' .. code .. '","contact":"' .. phone .. '"}'
    end
  end
  assert(#lookups > 0, "no pairs in " .. tostring(args[1]))
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  next_pair = math.random(#lookups)
end

function request()
  next_pair = next_pair % #lookups + 1
  return wrk.format("POST", "/api/v1/dossiers/lookup", { ["Content-Type"] = "application/json" }, lookups[next_pair])
end

function done(summary, latency, requests)
  io.write(string.format("lookup: %d requests in %.1f s = %.0f/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
