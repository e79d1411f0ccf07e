-- wrk script: read saved work while it is being written (GET /api/v1/analyses, pages 1-5).
local counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", "/api/v1/analyses?page=" .. (counter % 5 + 1) .. "&perPage=20")
end

dofile(os.getenv("SEXTANT_LOAD_REPORT") or "Benchmarks/load/report.lua")
