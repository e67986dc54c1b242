-- wrk script: the compliance calendar of every branch in the caller's scope, cycling through the years an
-- office looks at: this year (the default), last year, and the three before.
-- Set the path with WRK_PREFIX (/life/compliance for the page, /api/v1/life/compliance for the API; it may carry
-- a query, such as ?court=12).
dofile("bench/report.lua")
local prefix = os.getenv("WRK_PREFIX") or "/life/compliance"
local year = tonumber(os.date("%Y"))
local join = prefix:find("?", 1, true) and "&" or "?"
local queries = { "", join .. "year=" .. (year - 1), "", join .. "year=" .. (year - 2), "", join .. "year=" .. (year - 4) }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", prefix .. queries[(i % #queries) + 1])
end

done = function(summary, latency, requests)
  report(summary, latency)
end
