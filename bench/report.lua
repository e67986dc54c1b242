-- Shared by the wrk scripts: prints the request count, errors and the latency percentiles at the end.
function report(summary, latency, extra)
  io.write(string.format("requests %d, errors %d (non-2xx %d)%s\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, extra or ""))
  io.write(string.format("latency ms: median %.1f  p95 %.1f  p99 %.1f  max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
