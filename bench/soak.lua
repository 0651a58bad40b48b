-- wrk script for bench/soak: each request picks the next path of a mix of public pages and, with a session cookie
-- (SOAK_COOKIE), the tool's pages of a signed-in member; counts answers that are neither 2xx nor 3xx.
local public = { "/", "/pioneers", "/pioneers/cape-town", "/library?q=flood", "/library?type=GUIDE&lang=en", "/about",
  "/supporters", "/privacy", "/register", "/login" }
local tool = { "/tool", "/tool/steps/impacts-and-risks", "/tool/steps/adaptation-options", "/tool/steps/action-plan",
  "/tool/steps/monitoring", "/tool/report", "/tool/export/risks.csv", "/account" }
local cookie = os.getenv("SOAK_COOKIE") or ""
local counter = 0
local bad = 0

request = function()
  counter = counter + 1
  if cookie ~= "" and counter % 3 == 0 then
    local path = tool[(counter / 3) % #tool + 1]
    return wrk.format("GET", path, { ["Cookie"] = cookie, ["Accept-Encoding"] = "gzip" })
  end
  return wrk.format("GET", public[counter % #public + 1], { ["Accept-Encoding"] = "gzip" })
end

response = function(status, headers, body)
  if status >= 400 then
    bad = bad + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors: connect %d read %d write %d timeout %d, http>=400 (this thread only) %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, bad))
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
