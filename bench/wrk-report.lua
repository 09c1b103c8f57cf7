-- Prints one JSON line after a wrk run: throughput, latency percentiles (ms),
-- responses with status >= 400 (wrk's errors.status) and socket errors.
-- No per-response callback: it would make wrk itself the bottleneck.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50":%.3f,"p95":%.3f,"p99":%.3f,"badStatus":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
