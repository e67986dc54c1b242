-- wrk script: the demand statistics, cycling through the periods an office looks at: the default
-- twelve months, last month (每月一题), this year, a quarter, a single month a year ago.
-- Set the path with WRK_PREFIX (/demands/figures for the page, /api/v1/demands/figures for the API).
dofile("bench/report.lua")
local prefix = os.getenv("WRK_PREFIX") or "/demands/figures"
local now = os.date("*t")
local function month(offset)
  local m = now.month + offset
  local y = now.year
  while m < 1 do m = m + 12; y = y - 1 end
  return string.format("%04d-%02d", y, m)
end
local queries = {
  "", "?from=" .. month(-1) .. "&to=" .. month(-1), "?from=" .. month(1 - now.month) .. "&to=" .. month(0),
  "?from=" .. month(-3) .. "&to=" .. month(-1), "?from=" .. month(-12) .. "&to=" .. month(-12),
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", prefix .. queries[(i % #queries) + 1])
end

done = function(summary, latency, requests)
  report(summary, latency)
end
