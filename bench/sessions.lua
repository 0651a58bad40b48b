-- Signed-in load (bench/run): each request goes with the next of several sessions of the same member (one per line of
-- the file given after "--"), as several colleagues of one workspace would use it, and accepts gzip as browsers do.
local cookies = {}
local n = 0

function init(args)
  for line in io.lines(args[1]) do
    table.insert(cookies, line)
  end
end

function request()
  n = n + 1
  return wrk.format("GET", wrk.path, {["Cookie"] = cookies[(n % #cookies) + 1], ["Accept-Encoding"] = "gzip"})
end
