-- wrk script: POST the sample posting to /api/v1/analyze as JSON.
local file = io.open(os.getenv("SEXTANT_LOAD_POSTING") or "Benchmarks/load/posting.txt", "r")
local text = file:read("*a")
file:close()

local function escape(s)
    return (s:gsub('[%c"\\]', function(c)
        if c == "\n" then return "\\n" end
        if c == '"' then return '\\"' end
        if c == "\\" then return "\\\\" end
        return string.format("\\u%04x", c:byte())
    end))
end

local title = text:match("^[^\n]*")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title": "' .. escape(title) .. '", "description": "' .. escape(text) .. '"}'

function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        "LOAD requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        latency.max / 1000, errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
