-- wrk script: 12345 work orders posted in batches of BATCH (default 100) to POST /api/v1/demands/batch.
-- Needs WRK_COURT, WRK_STREET and WRK_CATEGORY like demand-intake.lua.
dofile("bench/report.lua")
local court = os.getenv("WRK_COURT")
local street = os.getenv("WRK_STREET")
local category = os.getenv("WRK_CATEGORY")
local run = os.getenv("WRK_RUN") or tostring(os.time())
local size = tonumber(os.getenv("BATCH") or "100")
local threads = {}
local counter = 0

setup = function(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

init = function(args)
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept-Language"] = "zh-CN"
end

request = function()
  local orders = {}
  for i = 1, size do
    counter = counter + 1
    orders[i] = string.format(
      '{"channel":"HOTLINE_12345","orderNumber":"%s-%d-%d","requesterName":"赵国庆","requesterPhone":"13911112222",' ..
      '"district":"西城区","streetId":%s,"categoryId":%s,"service":"PRE_LITIGATION_MEDIATION","urgency":"NORMAL",' ..
      '"description":"楼上住户装修导致我家天花板漏水，多次协商未果，希望法官帮助调解。"}',
      run, id, counter, street, category)
  end
  return wrk.format("POST", "/api/v1/demands/batch?court=" .. court, nil, "[" .. table.concat(orders, ",") .. "]")
end

done = function(summary, latency, requests)
  report(summary, latency, string.format(", %.0f demands/s in batches of %d",
    summary.requests * size / (summary.duration / 1000000), size))
end
