-- wrk script: save a short posting (POST /api/v1/analyses); each request a slightly different title.
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
    counter = counter + 1
    local body = '{"title": "SOC Analyst ' .. counter .. '", "description": "You triage SIEM alerts and support incident response. CISSP required. 3 years of experience in security operations. We offer a training budget."}'
    return wrk.format(nil, nil, nil, body)
end

dofile(os.getenv("SEXTANT_LOAD_REPORT") or "Benchmarks/load/report.lua")
