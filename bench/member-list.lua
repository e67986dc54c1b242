-- wrk script: the filtered member list, a page of 20, cycling through realistic filters.
-- Set the prefix with WRK_PREFIX (/members for the UI, /api/v1/members for the API).
dofile("bench/report.lua")
local prefix = os.getenv("WRK_PREFIX") or "/members"
local queries = {
  "?page=0", "?position=JUDGE&page=3", "?status=PROBATIONARY", "?q=%E7%8E%8B", "?q=%E5%BC%A0%E4%BC%9F",
  "?position=CLERK&status=FULL&page=10", "?page=200", "?q=%E6%9D%8E&position=JUDGE_ASSISTANT",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", prefix .. queries[(i % #queries) + 1])
end

done = function(summary, latency, requests)
  report(summary, latency)
end
