-- wrk script: the compliance calendar of every branch in the caller's scope, cycling through the years an
-- office looks at: this year (the default), last year, and the three before.
-- Set the path with WRK_PREFIX (/life/compliance for the page, /api/v1/life/compliance for the API).
dofile("bench/report.lua")
local prefix = os.getenv("WRK_PREFIX") or "/life/compliance"
local year = tonumber(os.date("%Y"))
local queries = { "", "?year=" .. (year - 1), "", "?year=" .. (year - 2), "", "?year=" .. (year - 4) }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", prefix .. queries[(i % #queries) + 1])
end

done = function(summary, latency, requests)
  report(summary, latency)
end
