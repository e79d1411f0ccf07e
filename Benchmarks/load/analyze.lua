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

dofile(os.getenv("SEXTANT_LOAD_REPORT") or "Benchmarks/load/report.lua")
