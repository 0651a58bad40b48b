-- Anonymous visitors over the public pages (bench/run): each request takes the next page of the list, and every
-- JSESSIONID cookie the portal sets is counted (a visitor who does not sign in must get no HTTP session).
local threads = {}
local pages = {"/", "/about", "/pioneers", "/pioneers/cape-town", "/supporters", "/library", "/library?q=flood",
               "/library?type=GUIDE&lang=en", "/tool", "/contacts", "/privacy", "/login", "/register"}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  sessions = 0
  n = 0
end

function request()
  n = n + 1
  return wrk.format("GET", pages[(n % #pages) + 1], {["Accept-Encoding"] = "gzip"})
end

function response(status, headers, body)
  for name, value in pairs(headers) do
    if string.lower(name) == "set-cookie" and string.find(value, "JSESSIONID", 1, true) then
      sessions = sessions + 1
    end
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("sessions")
  end
  io.write(string.format("anonymous requests: %d, errors (HTTP >= 400 or socket): %d, HTTP sessions created: %d\n",
      summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, total))
end
