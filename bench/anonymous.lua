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
  client_errors = 0
  server_errors = 0
  n = 0
end

function request()
  n = n + 1
  return wrk.format("GET", pages[(n % #pages) + 1], {["Accept-Encoding"] = "gzip"})
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status >= 400 then
    client_errors = client_errors + 1
  end
  for name, value in pairs(headers) do
    if string.lower(name) == "set-cookie" and string.find(value, "JSESSIONID", 1, true) then
      sessions = sessions + 1
    end
  end
end

function done(summary, latency, requests)
  local total, c4, c5 = 0, 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("sessions")
    c4 = c4 + thread:get("client_errors")
    c5 = c5 + thread:get("server_errors")
  end
  io.write(string.format("anonymous requests: %d; HTTP 4xx: %d, 5xx: %d, timeouts (2 s): %d, socket errors: %d; HTTP sessions created: %d\n",
      summary.requests, c4, c5, summary.errors.timeout, summary.errors.connect + summary.errors.read + summary.errors.write, total))
end
